/**
 * Reconciling an incident: fold GitHub's history into the record (fold.ts), work out what the
 * issue should look like (title, labels, open or closed, the IC assigned, the bot's comments,
 * the answers owed to people) and plan only the difference. Whatever woke the run, whichever
 * runs were cancelled or died half-way, the next reconcile converges on the same issue, and a
 * second run over the same history plans nothing.
 */
import { createHash } from 'node:crypto'
import { planDrafts, textApprovals } from '../comms/drafts.js'
import { planPostMortem } from '../comms/post-mortem.js'
import { neutraliseInline, quietLogin } from '../comms/neutralise.js'
import { planAnswers, type AnswerPart } from './answers.js'
import type { ActorFacts } from './authz.js'
import { diffTicks, mergeTicks, parseTicks } from './checklist.js'
import { evaluateClocks, isActive, planReminders } from './clocks.js'
import { archiveComments, renderDashboard } from './dashboard.js'
import { foldIncident, TAMPER_KEY, tamperEntry, tickEntries, watermarkOf, type Answer, type Folded, type Watermark } from './fold.js'
import { keyMarker, type BotComment, type History } from './history.js'
import type { CommentSnapshot, Existing, IssueSnapshot, RunContext } from './model.js'
import { incidentOutputs, isIncidentIssue, refusePublic, renderChecklist, titleFor } from './open.js'
import { coalesce, emptyPlan, type Change, type Plan } from './plan.js'
import { decodeState, type CommentKind, type IncidentState } from './state.js'
import { renderStatusComment } from './status-comment.js'
import { visibilityWarning, visibilitySummary, type VisibilityRecord } from './visibility.js'

export interface ChecklistEdit {
  commentId: number
  by: string
  at: string
  before: string
  after: string
  /** Whether the editor may tick (read by the shell from GitHub for the event's sender). */
  allowed: boolean
}

export interface FailedPage {
  /** The page's timeline key (`paged:…`). */
  key: string
  error: string
}

export interface ReconcileInput {
  /** The issue as GitHub has it now. */
  issue: IssueSnapshot
  history: History
  actors: ReadonlyMap<string, ActorFacts>
  ctx: RunContext
  /**
   * Pages this run tried before writing anything, that failed: each is noted on the timeline and
   * at the top of the dashboard instead of as sent, and its fallback (the IC team) is said.
   */
  failedPages?: readonly FailedPage[]
  /** The checklist edit that woke this run, with its sender: ticks are attributed and authorized by it. */
  checklistEdit?: ChecklistEdit
  /** Who can read the incident, read by the shell when the cache lacks it (once per incident). */
  visibility?: VisibilityRecord
  /** The runbook and commit the incident follows, read by the shell when the cache lacks it (at opening). */
  runbook?: IncidentState['runbook']
}

const DIGEST_MARKER = 'incident-kit:digest'

/** A body (the dashboard, the status comment) with its digest, so an edit by anyone but the action is noticed. */
export function sealDashboard(body: string): string {
  return `${body}\n<!-- ${DIGEST_MARKER} ${digestOf(body)} -->`
}

/** What a seal covers, and whether it is still as the action wrote it; undefined without a seal. */
function sealOf(body: string): { covered: string; intact: boolean } | undefined {
  const m = new RegExp(`\\n<!-- ${DIGEST_MARKER} ([0-9a-f]{32}) -->$`).exec(body)
  if (!m) return undefined
  const covered = body.slice(0, m.index)
  return { covered, intact: digestOf(covered) === m[1] }
}

/** Whether a sealed body is as the action wrote it. */
export function isSealed(body: string): boolean {
  return sealOf(body)?.intact === true
}

function digestOf(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 32)
}

export type CacheStatus = 'none' | 'verified' | 'edited' | 'unreadable'

/** Reads the cached record of a dashboard, trusted only when the body is exactly what the action wrote. */
export function readCache(dashboard: BotComment | undefined): { status: CacheStatus; state?: IncidentState } {
  if (!dashboard) return { status: 'none' }
  const seal = sealOf(dashboard.body)
  if (!seal) return { status: decodeState(dashboard.body) ? 'edited' : 'unreadable' }
  if (!seal.intact) return { status: 'edited' }
  const state = decodeState(seal.covered)
  return state ? { status: 'verified', state } : { status: 'unreadable' }
}

/** The bot's comments of one kind, oldest first: the oldest is kept, later ones are duplicates. */
function ofKind(bot: readonly BotComment[], kind: CommentKind): BotComment[] {
  return bot.filter((c) => c.kind === kind)
}

function snapshot(c: BotComment | undefined): CommentSnapshot | undefined {
  return c ? { id: c.id, body: c.body, author: '' } : undefined
}

/** What the applier needs to find the bot's comments again: the oldest of each kind, and keyed ones. */
export function existingFrom(bot: readonly BotComment[]): Existing {
  const existing: Existing = { others: {}, keyed: {} }
  for (const c of bot) {
    for (const key of c.keys) existing.keyed![key] ??= snapshot(c)!
    if (!c.kind || c.kind === 'reply' || c.kind === 'answers') continue
    if (c.kind === 'dashboard') existing.dashboard ??= snapshot(c)
    else if (c.kind === 'checklist') existing.checklist ??= snapshot(c)
    else existing.others[c.kind] ??= snapshot(c)
  }
  return existing
}

/** The plan that brings the issue in line with its history. */
export function decideReconcile(input: ReconcileInput): Plan {
  return reconcileIncident(input).plan
}

export interface Reconciled {
  plan: Plan
  /** The record as written (undefined when the issue is no incident). */
  state?: IncidentState
  /** Clocks overdue now, and those reminded of by this plan. */
  overdue: number
  reminded: string[]
  /** Kinds of the drafts on the issue after this plan. */
  posted: string[]
}

export function reconcileIncident(input: ReconcileInput): Reconciled {
  const { issue, history, ctx } = input
  const refusal = refusePublic(ctx)
  if (refusal) return { plan: { ...emptyPlan(), failure: refusal }, overdue: 0, reminded: [], posted: [] }
  const dashboards = ofKind(history.bot, 'dashboard')
  if (!isIncidentIssue(issue, ctx) && dashboards.length === 0) return { plan: emptyPlan(), overdue: 0, reminded: [], posted: [] }

  const cache = readCache(dashboards[0])
  const seenUntil = cache.state?.seenUntil ?? watermarkBefore(history, dashboards[0])
  const folded = foldIncident({ ...input, ...(cache.state ? { cached: cache.state } : {}), ...(seenUntil ? { seenUntil } : {}) })
  const changes: Change[] = []
  const fallbacks = markFailedPages(folded, input.failedPages ?? [])
  carryOnce(folded.state, cache.state, input)
  const ticks = checklistTicks(input, folded, cache.state, changes)

  changes.push(...issueChanges(issue, folded.state, ctx), ...reactions(folded.answers), ...folded.outbound)
  const parts: AnswerPart[] = pendingReplies(folded.answers, history.bot).map((r) => ({ keys: [r.key], at: ctx.now, body: r.body }))
  if (ticks.reply) parts.push({ keys: [ticks.reply.key], at: ctx.now, body: ticks.reply.body })
  parts.push(...fallbacks.map((f) => ({ ...f, at: ctx.now })))
  const warning = visibilityWarning(folded.state.visibility)
  if (warning && !given(history.bot).has(VISIBILITY_KEY))
    parts.push({ keys: [VISIBILITY_KEY], at: ctx.now, body: `${warning}\n\nWho can read it: ${visibilitySummary(folded.state.visibility)}.` })
  if (cache.status === 'edited' && dashboards[0]) {
    const key = `${TAMPER_KEY}:${dashboards[0].updatedAt}`
    if (!given(history.bot).has(key)) parts.push({ keys: [key], at: ctx.now, body: tamperNote(dashboards[0]) })
    if (!folded.state.timeline.some((e) => e.key === key)) addEntries(folded.state, [tamperEntry(key)])
  }

  const posted = new Set(Object.keys(existingFrom(history.bot).others))
  // Clocks are checked on every event, not only by the schedule, which GitHub may run hours late.
  // The reminders already posted are history too: a run that died before its dashboard write does not remind twice.
  folded.state.reminded = remindedSoFar(folded.state.reminded, history.bot)
  const reminders = planReminders(folded.state, ctx.config, ctx.now, posted)
  const state = reminders.state === folded.state ? folded.state : reminders.state
  const reminded = Object.keys(state.reminded).filter((id) => state.reminded[id] !== folded.state.reminded[id])
  const reminderKeys = reminded.map((id) => `remind:${id}:${ctx.now.slice(0, 16)}`)
  for (const change of reminders.changes) {
    if (change.kind === 'reply') parts.push({ keys: reminderKeys, at: ctx.now, body: change.body })
    else changes.push(change)
  }
  changes.push(...planAnswers(issue.number, parts, history.bot))
  const draftCtx = { existing: posted, issueUrl: issue.url }
  // Views are drawn as of the record's latest entry, not the run's clock: a replay draws the same.
  const asOf = recordTime(state)
  const now = new Date(asOf)
  if (cache.state?.comments['post-mortem'] !== undefined) state.comments['post-mortem'] = cache.state.comments['post-mortem']
  const postMortem = planPostMortem(state, ctx.config, ctx.templates, now, draftCtx)
  if (postMortem.some((c) => c.kind === 'create-issue')) state.comments['post-mortem'] = 0
  changes.push(...postMortem, ...planDrafts(state, ctx.config, ctx.templates, now, draftCtx))
  // The status comment is drawn once per update; one a person edited is drawn again (it is sealed like the dashboard).
  const shownStatus = ofKind(history.bot, 'status-update')[0]
  const statusBody = renderStatusComment(folded.statuses, shownStatus && isSealed(shownStatus.body) ? shownStatus.keys : [])
  if (statusBody) changes.push({ kind: 'upsert-comment', issue: issue.number, comment: 'status-update', body: sealDashboard(statusBody) })

  const approvals = textApprovals(state, ctx.config, ctx.templates, now, draftCtx)
  const { body, archived } = renderDashboard(state, { ...ctx, now: asOf, repoUrl: ctx.repo.url, approvals })
  archiveComments(state.codename, archived).forEach((archive, i) =>
    changes.push({ kind: 'keyed-comment', issue: issue.number, key: `archive:${i + 1}`, body: `${keyMarker(`archive:${i + 1}`)}\n${archive}` })
  )
  changes.push({ kind: 'upsert-comment', issue: issue.number, comment: 'dashboard', body: sealDashboard(body) })
  // The rendering carries every tick already (a duplicate's too); merging the kept body's would undo a duplicate's.
  const extra = duplicates(history.bot)
  // After a revert the checklist is restored as the person's editor saved it; the next run redraws it if needed.
  if (!ticks.reverted)
    changes.push({ kind: 'upsert-comment', issue: issue.number, comment: 'checklist', body: renderChecklist(state, ctx), mergeTicks: extra.length === 0 })
  changes.push(...extra)
  const planned = withoutNoOps(changes, existingFrom(history.bot))
  const overdue = isActive(state, ctx.config) ? evaluateClocks(state, ctx.config, ctx.now, posted).filter((c) => c.status === 'missed').length : 0
  const drafted = changes.flatMap((c) => (c.kind === 'upsert-comment' ? [c.comment] : []))
  return {
    plan: { changes: coalesce(planned), outputs: incidentOutputs(state, issue.number) },
    state,
    overdue,
    reminded,
    posted: [...new Set([...posted, ...drafted])]
  }
}

const VISIBILITY_KEY = 'visibility-warning'

/**
 * What is recorded once per incident and history cannot give back (who could read it, the runbook
 * commit it follows): the verified cache's, else what the shell read for this run.
 */
function carryOnce(state: IncidentState, cached: IncidentState | undefined, input: ReconcileInput): void {
  const visibility = cached?.visibility ?? input.visibility
  const runbook = cached?.runbook ?? input.runbook
  if (visibility) state.visibility = visibility
  if (runbook) state.runbook = runbook
}

/** Which of the once-per-incident records the dashboard's verified cache lacks: the shell reads only those. */
export function missingOnce(history: History): { visibility: boolean; runbook: boolean } {
  const cached = readCache(ofKind(history.bot, 'dashboard')[0]).state
  return { visibility: !cached?.visibility, runbook: !cached?.runbook }
}

/**
 * A page that failed is recorded as such (the dashboard says so at the top until an IC is
 * appointed) and not sent again by this plan; its fallback, the IC team's mention, is owed.
 */
function markFailedPages(folded: Folded, failed: readonly FailedPage[]): { keys: string[]; body: string }[] {
  const fallbacks: { keys: string[]; body: string }[] = []
  for (const f of failed) {
    const entry = folded.state.timeline.find((e) => e.key === f.key && e.kind === 'paged')
    const change = folded.outbound.find((c) => c.kind === 'page' && c.key === f.key)
    if (!entry) continue
    entry.kind = 'page-failed'
    entry.text = `${entry.text.replace(/^Incident Commander paged/, 'Paging the Incident Commander')} failed: ${neutraliseInline(f.error, 160)}`
    folded.outbound = folded.outbound.filter((c) => c !== change)
    if (change?.kind === 'page' && change.fallback) fallbacks.push({ keys: [`page-failed:${f.key}`], body: change.fallback })
  }
  return fallbacks
}

/**
 * Without a trusted cache, facts older than the dashboard's last write were answered by the run
 * that wrote it: they are not answered again (no second reaction, page or notice).
 */
function watermarkBefore(history: History, dashboard: BotComment | undefined): Watermark | undefined {
  if (!dashboard) return undefined
  return watermarkOf(history.facts.filter((f) => f.at <= dashboard.updatedAt))
}

/** Ticks: authorized ones go on the timeline with who and when; unauthorized ones are put back. */
function checklistTicks(
  input: ReconcileInput,
  folded: Folded,
  cached: IncidentState | undefined,
  changes: Change[]
): { reply?: { key: string; body: string }; reverted?: boolean } {
  const { ctx } = input
  const state = folded.state
  const edit = input.checklistEdit
  const checklist = ofKind(input.history.bot, 'checklist')[0]
  if (edit && checklist && edit.commentId === checklist.id) {
    const changed = diffTicks(parseTicks(edit.before), parseTicks(edit.after))
    if (!edit.allowed && changed.length > 0) {
      const restored = mergeTicks(checklist.body, edit.before)
      for (const c of changed) state.steps[c.id] = !c.checked
      changes.push({ kind: 'edit-comment', commentId: checklist.id, body: restored })
      const minimum = ctx.config.commands.permission
      state.timeline.push({
        at: edit.at,
        by: edit.by,
        kind: 'tick-reverted',
        text: `${changed.length} tick(s) by ${quietLogin(edit.by)} reverted (no ${minimum} access)`,
        key: `tick-reverted:${edit.at}`
      })
      return {
        reverted: true,
        reply: {
          key: `ticks:${checklist.id}:${edit.at}`,
          body: `Reverted ${changed.length} checklist change(s) by ${quietLogin(edit.by)}: ticking needs ${minimum} access or better.`
        }
      }
    }
    // A run that saw these boxes without knowing who ticked them noted them unattributed: the edit event says who.
    const attributed = tickEntries(ctx, changed, edit.by, edit.at)
    state.timeline = state.timeline.filter((e) => !(e.kind === 'tick' && !e.by && e.at >= edit.at && attributed.some((a) => a.text === e.text)))
    addEntries(state, attributed)
    return {}
  }
  // Ticks whose edit event no run saw (a cancelled run in a burst): recorded now, by whoever it was.
  if (cached && checklist) {
    const changed = diffTicks(cached.steps, state.steps)
    addEntries(state, tickEntries(ctx, changed, undefined, checklist.updatedAt))
  }
  return {}
}

function addEntries(state: IncidentState, entries: IncidentState['timeline']): void {
  for (const e of entries) if (!state.timeline.some((t) => t.key === e.key)) state.timeline.push(e)
  state.timeline.sort((a, b) => a.at.localeCompare(b.at))
}

/** Title, labels, open or closed, and the IC assigned, as the record says. */
function issueChanges(issue: IssueSnapshot, state: IncidentState, ctx: RunContext): Change[] {
  const { phasePrefix, severityPrefix, gatePrefix } = ctx.config.labels
  const wanted = new Set([`${phasePrefix}${state.phase}`, ...(state.severity ? [`${severityPrefix}${state.severity}`] : [])])
  for (const [gate, g] of Object.entries(state.gates)) if (g.open && ctx.config.gates[gate]) wanted.add(`${gatePrefix}${gate}`)
  const ours = (l: string) =>
    l.startsWith(phasePrefix) || l.startsWith(severityPrefix) || (l.startsWith(gatePrefix) && Boolean(ctx.config.gates[l.slice(gatePrefix.length)]))
  const changes: Change[] = []
  const missing = [...wanted].filter((l) => !issue.labels.includes(l))
  if (missing.length > 0) changes.push({ kind: 'add-labels', issue: issue.number, labels: missing })
  for (const label of issue.labels) if (ours(label) && !wanted.has(label)) changes.push({ kind: 'remove-label', issue: issue.number, label })

  const title = titleFor(state.codename, state.drill, ctx.config.titleFormat)
  const resolved = state.phase === ctx.config.phases.at(-1)?.id
  const wantState = resolved ? 'closed' : 'open'
  const ic = state.roles.ic
  const update = {
    ...(issue.title !== title ? { title } : {}),
    ...(issue.state !== wantState ? { state: wantState as 'open' | 'closed' } : {}),
    ...(ic && !issue.assignees.includes(ic) ? { assignees: [...issue.assignees, ic] } : {})
  }
  if (Object.keys(update).length > 0) changes.unshift({ kind: 'update-issue', issue: issue.number, ...update })
  return changes
}

function reactions(answers: readonly Answer[]): Change[] {
  return answers.flatMap((a) => (a.react && a.commentId ? [{ kind: 'react' as const, commentId: a.commentId, content: a.react }] : []))
}

/** Every key the bot's comments carry: what was already answered. */
function given(bot: readonly BotComment[]): Set<string> {
  return new Set(bot.flatMap((c) => c.keys))
}

/** Replies owed: an answer whose key no bot comment carries yet. */
function pendingReplies(answers: readonly Answer[], bot: readonly BotComment[]): { key: string; body: string }[] {
  const done = given(bot)
  return answers.filter((a) => a.replies.length > 0 && !done.has(`answer:${a.key}`)).map((a) => ({ key: `answer:${a.key}`, body: a.replies.join('\n\n') }))
}

function tamperNote(dashboard: BotComment): string {
  return `The dashboard was edited outside incident-kit (last change ${dashboard.updatedAt}). Nothing in it decides anything: it was rebuilt from GitHub's history. The edit is on the timeline.`
}

const REMINDER_KEY = /^remind:([a-z0-9-]+):(\d{4}-\d\d-\d\dT\d\d:\d\d)$/i

/** When each clock was last reminded: the cache's times, or the bot's keyed reminder replies where later. */
export function remindedSoFar(cached: Record<string, string>, bot: readonly BotComment[]): Record<string, string> {
  const reminded = { ...cached }
  for (const key of bot.flatMap((c) => c.keys)) {
    const m = REMINDER_KEY.exec(key)
    if (!m) continue
    const at = `${m[2]}:00.000Z`
    if (!reminded[m[1]!] || reminded[m[1]!]!.slice(0, 16) < at.slice(0, 16)) reminded[m[1]!] = at
  }
  return reminded
}

/** The time of the record's latest entry: what the dashboard and drafts are drawn as of. */
export function recordTime(state: IncidentState): string {
  const times = [...state.timeline.map((e) => e.at), ...Object.values(state.reminded)]
  return times.reduce((latest, at) => (at > latest ? at : latest), state.openedAt)
}

/** Comment writes that would leave a body as it is are not planned: a second run over the same history plans nothing. */
function withoutNoOps(changes: Change[], existing: Existing): Change[] {
  return changes.filter((c) => {
    if (c.kind === 'keyed-comment') return existing.keyed?.[c.key]?.body !== c.body
    if (c.kind !== 'upsert-comment') return true
    const current = c.comment === 'dashboard' ? existing.dashboard : c.comment === 'checklist' ? existing.checklist : existing.others[c.comment]
    if (!current) return true
    return (c.mergeTicks ? mergeTicks(c.body, current.body) : c.body) !== current.body
  })
}

/** Comments a write that succeeded but answered an error left twice: the newer ones go (their ticks were folded in). */
function duplicates(bot: readonly BotComment[]): Change[] {
  const kinds: CommentKind[] = ['dashboard', 'checklist', 'status-update', 'internal-update', 'law-enforcement', 'external-announcement', 'post-mortem']
  const ofKinds = kinds.flatMap((kind) => ofKind(bot, kind).slice(1))
  // A keyed reply or archive posted twice carries the same keys twice.
  const seen = new Set<string>()
  const keyed = bot.filter((c) => {
    if (c.keys.length === 0 || (c.kind && c.kind !== 'reply')) return false
    const id = [...c.keys].sort().join(' ')
    if (seen.has(id)) return true
    seen.add(id)
    return false
  })
  return [...ofKinds, ...keyed].map((c) => ({ kind: 'delete-comment' as const, commentId: c.id }))
}
