/**
 * A small in-memory model of one GitHub issue for decide-layer tests: what people do (label,
 * close, comment, edit any comment, tick) and what the bot's plans do are recorded as GitHub
 * records them, as timeline items with actor and time. `run()` reconciles the way a workflow
 * run does: it reads the history at that moment, decides, and applies the plan, optionally
 * dying after k writes or landing a write whose answer was lost (so it is sent again).
 */
import { partsOf } from '../../../src/incident/answers.js'
import type { ActorFacts } from '../../../src/incident/authz.js'
import { mergeTicks } from '../../../src/incident/checklist.js'
import { historyFromTimeline, type TimelineItem } from '../../../src/incident/history.js'
import type { IssueSnapshot, RunContext } from '../../../src/incident/model.js'
import type { Change, Plan } from '../../../src/incident/plan.js'
import { existingFrom, missingOnce, reconcileIncident, type ChecklistEdit, type ReconcileInput, type Reconciled } from '../../../src/incident/reconcile.js'
import { decodeState, type IncidentState } from '../../../src/incident/state.js'
import { context, issue as issueFixture } from './context.js'

export const BOT = 'github-actions[bot]'

interface Comment {
  id: number
  user: string
  body: string
  createdAt: string
  updatedAt: string
  reactions: { user: string; content: string }[]
}

export interface RunOptions {
  /** The run's clock (default: one minute after the latest recorded time). */
  at?: string
  /** The run dies after this many writes. */
  killAfter?: number
  /** This write (0-based) lands, but its answer is lost and the client sends it again. */
  duplicateWrite?: number
  checklistEdit?: Omit<ChecklistEdit, 'allowed'> & { allowed?: boolean }
}

export class IssueModel {
  issue: IssueSnapshot
  events: TimelineItem[] = []
  comments: Comment[] = []
  permissions = new Map<string, ActorFacts['permission']>()
  teams = new Map<string, Set<string>>()
  teamsReadable = true
  pages: Change[] = []
  /** What the shell would read once per incident (who can read it, the runbook commit), given to a run only when the cache lacks it. */
  once: Pick<ReconcileInput, 'visibility' | 'runbook'> = {}
  /** How many runs were given `once` (the shell's reads). */
  onceReads = 0
  private nextId = 1000
  private clock: number

  constructor(
    public ctx: RunContext = context(),
    overrides: Partial<IssueSnapshot> = {}
  ) {
    this.issue = issueFixture(overrides)
    this.clock = Date.parse(this.issue.createdAt)
    for (const label of this.issue.labels) this.event('labeled', this.issue.author, { label: { name: label } }, this.issue.createdAt)
    for (const [login, p] of [
      ['alice', 'read'],
      ['wendy', 'write'],
      ['ic-ian', 'admin'],
      ['rita', 'read'],
      ['mallory', 'write'],
      ['counsel-lin', 'maintain']
    ] as const)
      this.permissions.set(login, p)
  }

  /** An independent copy: what happens to the copy does not happen to this issue. */
  fork(): IssueModel {
    const copy = Object.create(IssueModel.prototype) as IssueModel
    Object.assign(copy, structuredClone({ ...this }))
    return copy
  }

  /** Sets GitHub's clock: the next act happens at `iso` exactly. */
  setClock(iso: string): void {
    this.clock = Date.parse(iso) - 5000
  }

  /** The next GitHub time: every act is a few seconds after the one before. */
  tick(seconds = 5): string {
    this.clock += seconds * 1000
    return new Date(this.clock).toISOString()
  }

  private event(type: string, actor: string, extra: Record<string, unknown>, at = this.tick()): void {
    this.events.push({ event: type, id: this.nextId++, created_at: at, actor: { login: actor, type: actor === BOT ? 'Bot' : 'User' }, ...extra })
  }

  // -- what people do --------------------------------------------------------------------------

  label(name: string, by: string): void {
    if (this.issue.labels.includes(name)) return
    this.issue.labels = [...this.issue.labels, name]
    this.event('labeled', by, { label: { name } })
  }

  unlabel(name: string, by: string): void {
    if (!this.issue.labels.includes(name)) return
    this.issue.labels = this.issue.labels.filter((l) => l !== name)
    this.event('unlabeled', by, { label: { name } })
  }

  close(by: string): void {
    if (this.issue.state === 'closed') return
    this.issue.state = 'closed'
    this.event('closed', by, {})
  }

  reopen(by: string): void {
    if (this.issue.state === 'open') return
    this.issue.state = 'open'
    this.event('reopened', by, {})
  }

  comment(by: string, body: string): Comment {
    const at = this.tick()
    const c: Comment = { id: this.nextId++, user: by, body, createdAt: at, updatedAt: at, reactions: [] }
    this.comments.push(c)
    return c
  }

  /** People with write access can edit any comment on GitHub, the bot's included. */
  edit(id: number, body: string): void {
    const c = this.comments.find((x) => x.id === id)!
    c.body = body
    c.updatedAt = this.tick()
  }

  bot(kind: string): Comment | undefined {
    return this.comments.find((c) => c.user === BOT && c.body.includes(`incident-kit:kind=${kind}`))
  }

  botComments(kind?: string): Comment[] {
    return this.comments.filter((c) => c.user === BOT && (!kind || c.body.includes(`incident-kit:kind=${kind}`)))
  }

  /** Every answer the bot gave, oldest first, as its answers comments show them (a comment posted twice shows its answers twice). */
  replies(): string[] {
    return this.botComments('answers').flatMap((c) =>
      partsOf(c.body)
        .reverse()
        .map((p) => p.body)
    )
  }

  /** Ticks a box in the bot's checklist as `by`; returns the edit as the event carries it. */
  tickBox(id: string, by: string, checked = true): Omit<ChecklistEdit, 'allowed'> {
    const checklist = this.bot('checklist')!
    const before = checklist.body
    const re = new RegExp(`^(\\s*[-*+] )\\[[ xX]\\](.*<!--\\s*i:${id.replace(/\./g, '\\.')}\\s*-->)`, 'm')
    if (!re.test(before)) throw new Error(`no task ${id}`)
    this.edit(checklist.id, before.replace(re, `$1[${checked ? 'x' : ' '}]$2`))
    return { commentId: checklist.id, by, at: checklist.updatedAt, before, after: checklist.body }
  }

  get state(): IncidentState {
    const state = decodeState(this.bot('dashboard')?.body ?? '')
    if (!state) throw new Error('no readable dashboard')
    return state
  }

  // -- what GitHub returns -------------------------------------------------------------------

  timeline(): TimelineItem[] {
    const comments: TimelineItem[] = this.comments.map((c) => ({
      event: 'commented',
      id: c.id,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      user: { login: c.user, type: c.user === BOT ? 'Bot' : 'User' },
      actor: { login: c.user, type: c.user === BOT ? 'Bot' : 'User' },
      body: c.body
    }))
    return [...this.events, ...comments].sort((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? '') || (a.id ?? 0) - (b.id ?? 0))
  }

  actors(): Map<string, ActorFacts> {
    const map = new Map<string, ActorFacts>()
    for (const [login, permission] of this.permissions) {
      const teams: ActorFacts['teams'] = {}
      for (const [team, members] of this.teams) teams[team] = this.teamsReadable ? members.has(login) : 'unknown'
      map.set(login.toLowerCase(), { login, permission, teams })
    }
    return map
  }

  // -- a workflow run ------------------------------------------------------------------------

  decide(options: RunOptions = {}): Reconciled {
    const now = options.at ?? new Date(this.clock + 60_000).toISOString()
    const edit = options.checklistEdit
    const allowed = edit ? (edit.allowed ?? ['write', 'maintain', 'admin'].includes(this.permissions.get(edit.by) ?? 'none')) : false
    const history = historyFromTimeline(this.timeline(), BOT)
    const missing = missingOnce(history)
    const once = {
      ...(missing.visibility && this.once.visibility ? { visibility: this.once.visibility } : {}),
      ...(missing.runbook && this.once.runbook ? { runbook: this.once.runbook } : {})
    }
    if (Object.keys(once).length > 0) this.onceReads++
    return reconcileIncident({
      issue: structuredClone(this.issue),
      history,
      actors: this.actors(),
      ctx: { ...this.ctx, now },
      ...(edit ? { checklistEdit: { ...edit, allowed } } : {}),
      ...once
    })
  }

  /** One run: read, decide, apply (as the applier does). Returns the plan. */
  run(options: RunOptions = {}): Plan {
    const reconciled = this.decide(options)
    const existing = existingFrom(historyFromTimeline(this.timeline(), BOT).bot)
    let writes = 0
    for (const change of reconciled.plan.changes) {
      if (options.killAfter !== undefined && writes >= options.killAfter) break
      const wrote = this.apply(change, existing)
      if (wrote && options.duplicateWrite === writes) this.apply(change, { others: {} })
      if (wrote) writes++
    }
    return reconciled.plan
  }

  /** Runs until nothing is left to do (at most 5 runs); returns the number of runs that wrote. */
  settle(): number {
    for (let i = 0; i < 5; i++) if (this.writesOf(this.run()) === 0) return i
    throw new Error('did not converge in 5 runs')
  }

  writesOf(plan: Plan): number {
    return plan.changes.filter((c) => c.kind !== 'annotate').length
  }

  private apply(change: Change, existing: ReturnType<typeof existingFrom>): boolean {
    switch (change.kind) {
      case 'update-issue':
        if (change.title !== undefined && change.title !== this.issue.title) {
          this.event('renamed', BOT, { rename: { from: this.issue.title, to: change.title } })
          this.issue.title = change.title
        }
        if (change.state === 'closed') this.closeAsBot()
        if (change.state === 'open' && this.issue.state === 'closed') {
          this.issue.state = 'open'
          this.event('reopened', BOT, {})
        }
        if (change.assignees) this.issue.assignees = change.assignees
        return true
      case 'add-labels':
        for (const l of change.labels) this.label(l, BOT)
        return true
      case 'remove-label':
        if (!this.issue.labels.includes(change.label)) return false
        this.unlabel(change.label, BOT)
        return true
      case 'upsert-comment': {
        const current = existing[change.comment === 'dashboard' ? 'dashboard' : change.comment === 'checklist' ? 'checklist' : 'others']
        const snapshot =
          change.comment === 'dashboard' || change.comment === 'checklist'
            ? (current as { id: number; body: string } | undefined)
            : existing.others[change.comment]
        if (!snapshot) {
          this.comment(BOT, change.body)
          return true
        }
        const live = this.comments.find((c) => c.id === snapshot.id)
        if (!live) return false
        const body = change.mergeTicks ? mergeTicks(change.body, snapshot.body) : change.body
        if (body === live.body) return false
        this.edit(live.id, body)
        return true
      }
      case 'keyed-comment': {
        const current = existing.keyed?.[change.key]
        if (!current) this.comment(BOT, change.body)
        else if (current.body !== change.body) this.edit(current.id, change.body)
        else return false
        return true
      }
      case 'reply':
        this.comment(BOT, change.body)
        return true
      case 'edit-comment':
        this.edit(change.commentId, change.body)
        return true
      case 'delete-comment':
        this.comments = this.comments.filter((c) => c.id !== change.commentId)
        return true
      case 'react': {
        const c = this.comments.find((x) => x.id === change.commentId)!
        // GitHub answers an existing reaction with 200 and adds nothing.
        if (!c.reactions.some((r) => r.user === BOT && r.content === change.content)) c.reactions.push({ user: BOT, content: change.content })
        return true
      }
      case 'page':
        this.pages.push(change)
        return true
      case 'create-issue':
      case 'update-tracking-issue':
      case 'create-label':
      case 'propose-file':
        return true
      case 'annotate':
        return false
    }
  }

  private closeAsBot(): void {
    if (this.issue.state === 'closed') return
    this.issue.state = 'closed'
    this.event('closed', BOT, {})
  }
}
