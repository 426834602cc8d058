/**
 * The record, folded from GitHub's history. Every run, whatever event woke it, starts from the
 * issue as it was filed and replays every fact people left on it (label, close and reopen
 * events, commands in comments) in GitHub's order, each authorized by the actor GitHub
 * recorded for it. The result does not depend on which runs completed, in which order they
 * finished, or on anything a person can edit afterwards: an edited comment's commands do not
 * count, and the bot's dashboard is only consulted for what GitHub cannot tell (who ticked a
 * box and when, what was paged), never for gates, roles, phase, severity or resolution.
 *
 * Each fact's answers (a reaction, a reply) are keyed by the fact's id, so the reconcile step
 * can tell which were already given.
 */
import { neutraliseInline, quietLogin, tableSafe } from '../comms/neutralise.js'
import { approversText, fourEyes, shortHash, textBoundGates, textHash, type ApprovedDraft } from '../comms/approval.js'
import { renderComms } from '../comms/compose.js'
import { draftConditions, draftText } from '../comms/drafts.js'
import { APPROVED_DRAFTS, type Permission } from '../config/schema.js'
import { type ActorFacts, mayApprove, mayRunCommands } from './authz.js'
import { parseTicks, taskTitle } from './checklist.js'
import { COMMAND_HELP, parseCommands, type IncidentCommand } from './commands.js'
import { duplicateReply, handOver, recordEvidence, shownLocation, unknownItemReply } from './evidence.js'
import type { BotComment, Fact, History } from './history.js'
import type { IssueSnapshot, RunContext } from './model.js'
import { runLegalCommand } from './legal.js'
import { newIncidentState } from './open.js'
import type { Change, Reaction } from './plan.js'
import { CACHED_KINDS, type IncidentState, type TimelineEntry } from './state.js'
import { decideRelease } from './release.js'
import { notify, page, record, type Work } from './work.js'

/** Timeline kinds GitHub's history cannot give back; carried over from a verified dashboard. */

/** What one fact asks of the bot: a reaction to the comment, a reply. */
export interface Answer {
  /** The fact's id ("c123", "e456"): the reply carries it as its key. */
  key: string
  commentId?: number
  react?: Reaction
  replies: string[]
}

export interface FoldInput {
  /** Facts up to this one (GitHub time, id) were answered by an earlier run: no new reaction, page or notice for them. */
  seenUntil?: Watermark
  /** The issue now (GET issue): body and creation facts for the opening. */
  issue: IssueSnapshot
  history: History
  /** Facts about each actor (lower-cased login), read from GitHub by the shell. */
  actors: ReadonlyMap<string, ActorFacts>
  /** The cached record from a verified dashboard of this version, if any. */
  cached?: IncidentState
  ctx: RunContext
}

export interface Folded {
  state: IncidentState
  answers: Answer[]
  /** Pages and notices wanted (filtered by the reconcile step against what was already sent). */
  outbound: Change[]
  /** Every status update, oldest first: one comment shows the latest, the earlier ones folded below it. */
  statuses: StatusPost[]
}

/** Folds the whole history into the record. Pure: the same history always gives the same record. */
export function foldIncident(input: FoldInput): Folded {
  const { ctx } = input
  const opening = openingState(input)
  const texts: TextTrack = { hash: new Map(), authors: new Map(), steps: stepsFrom(input.history.bot) }
  const work: FoldWork = { state: opening, changes: [], replies: [], checklistDirty: false, answers: [], statuses: [], texts }
  const openingAnswer: Answer = { key: 'opened', replies: [] }
  if (!input.history.bot.some((c) => c.kind === 'dashboard')) {
    // The first run for this incident: page and notify as it opens (a re-run finds the dashboard and does not).
    work.replies = openingAnswer.replies
    const openCtx = { ...ctx, now: input.issue.createdAt }
    const why = opening.severity === null ? 'opened, severity not known yet' : `opened as SEV-${opening.severity}`
    if (opensWithPage(opening.severity, ctx)) page(work, openCtx, input.issue.url, input.issue.author, why, 'paged:opened')
    notify(work, openCtx, input.issue.url, 'opened')
    if (openingAnswer.replies.length > 0) work.answers.push(openingAnswer)
  }
  for (const fact of input.history.facts) {
    const answer: Answer = { key: fact.id, replies: [] }
    const outboundBefore = work.changes.length
    work.replies = answer.replies
    foldFact(work, fact, { ...ctx, now: fact.at }, input, answer)
    for (const kind of APPROVED_DRAFTS) noteText(work, { ...ctx, now: fact.at }, input, kind, fact.by)
    if (isSeen(fact, input.seenUntil)) {
      // Answered by an earlier run: its state counts, its reaction, replies, pages and notices were given.
      work.changes.length = outboundBefore
      delete answer.react
      answer.replies.length = 0
    }
    if (answer.react || answer.replies.length > 0) work.answers.push(answer)
  }
  work.state.steps = stepsFrom(input.history.bot)
  work.state.timeline.push(...tamperEntries(input.history.bot, work.state))
  work.state.timeline.sort(byTime)
  const watermark = watermarkOf(input.history.facts)
  if (watermark) work.state.seenUntil = watermark
  else delete work.state.seenUntil
  return { state: work.state, answers: work.answers, outbound: work.changes.filter((c) => c.kind === 'page'), statuses: work.statuses }
}

/**
 * How far a run answered: the time of the newest fact it saw, and every fact of that very
 * second (GitHub's times have one-second resolution, so a fact of the same second may still
 * arrive after the run read the history).
 */
export interface Watermark {
  at: string
  ids: string[]
}

export function watermarkOf(facts: readonly Pick<Fact, 'at' | 'id'>[]): Watermark | undefined {
  const last = facts.at(-1)
  if (!last) return undefined
  return { at: last.at, ids: facts.filter((f) => f.at === last.at).map((f) => f.id) }
}

/** Every new incident pages by default: its severity (or "not sure") decides only when `paging` says otherwise. */
export function opensWithPage(severity: number | null, ctx: RunContext): boolean {
  return severity === null ? ctx.config.paging.unsure : ctx.config.paging.severities.includes(severity)
}

/** Whether a run before this one saw the fact. */
export function isSeen(fact: Pick<Fact, 'at' | 'id'>, seenUntil: Watermark | undefined): boolean {
  if (!seenUntil) return false
  return fact.at < seenUntil.at || (fact.at === seenUntil.at && seenUntil.ids.includes(fact.id))
}

export const TAMPER_KEY = 'tamper'

/** The bot's notes that a person edited its dashboard are history: they go on the timeline. */
function tamperEntries(bot: readonly BotComment[], state: IncidentState): TimelineEntry[] {
  return bot.flatMap((c) => c.keys.filter((k) => k.startsWith(`${TAMPER_KEY}:`) && !state.timeline.some((e) => e.key === k))).map(tamperEntry)
}

/** The timeline line for a dashboard edited by a person; the key carries the time of the edit. */
export function tamperEntry(key: string): TimelineEntry {
  return {
    at: key.slice(TAMPER_KEY.length + 1),
    kind: 'tamper',
    text: "The dashboard was edited outside incident-kit; it was rebuilt from GitHub's history",
    key
  }
}

interface FoldWork extends Work {
  answers: Answer[]
  statuses: StatusPost[]
  texts: TextTrack
}

/**
 * Who produced each text-bound draft's text: after every fact, once the draft can be written,
 * its text is rendered as the record then stood and hashed; whoever's fact changed the hash
 * (wrote the first text, or changed it) is an author until the gate next approves the text.
 */
interface TextTrack {
  /** The hash of each draft's text after the last fact that left it renderable. */
  hash: Map<ApprovedDraft, string>
  /** Per text-bound gate: the logins whose facts changed the text since that gate last approved it. */
  authors: Map<string, string[]>
  /** The ticks (history cannot date them): the same for every fact, as the reconcile step draws them. */
  steps: Record<string, boolean>
}

/** A `/status` as posted: the update drawn as the record stood at that moment, and its text. */
export interface StatusPost {
  /** `status:<fact id>`: the status comment carries the key of the update it shows. */
  key: string
  at: string
  by: string
  text: string
  /** The status-update template rendered as of this status. */
  body: string
}

/** The incident as filed, plus what only the cache can say (ticks by whom, pages sent, reminders). */
function openingState(input: FoldInput): IncidentState {
  const { issue, history, ctx, cached } = input
  const renamed = history.botEvents.find((e) => e.type === 'renamed' && e.from !== undefined)
  const filed: IssueSnapshot = { ...issue, title: renamed?.from ?? issue.title, labels: labelsAtOpening(input) }
  // The opening's own entries are dated by the issue, never by the run, so a replay writes nothing.
  const state = newIncidentState(filed, { ...ctx, now: issue.createdAt })
  if (cached) {
    const carried = cached.timeline.filter((e) => CACHED_KINDS.includes(e.kind))
    state.timeline.push(...carried.filter((e) => !e.key || !state.timeline.some((t) => t.key === e.key)))
    state.reminded = { ...cached.reminded }
  }
  return state
}

/**
 * The labels the opening decision reads: the trigger and drill labels as filed, and the
 * severity the bot first labelled (its reading of the form when it opened the incident).
 */
function labelsAtOpening(input: FoldInput): string[] {
  const { labels } = input.ctx.config
  const filed = input.issue.labels.filter((l) => l === labels.trigger || l === labels.drill)
  const firstSeverity = input.history.botEvents.find((e) => e.type === 'label' && e.added && e.label?.startsWith(labels.severityPrefix))
  return [...filed, ...(firstSeverity?.label ? [firstSeverity.label] : [])]
}

/** Which boxes are ticked now: the checklist comment (the oldest, if a failed write left two) is the truth. */
function stepsFrom(bot: readonly BotComment[]): Record<string, boolean> {
  const checklists = bot.filter((c) => c.kind === 'checklist')
  const steps: Record<string, boolean> = {}
  // A tick in a duplicate is a person's tick too: union, so the duplicate can go without losing it.
  for (const c of checklists) for (const [id, checked] of Object.entries(parseTicks(c.body))) if (checked) steps[id] = true
  return steps
}

function byTime(a: TimelineEntry, b: TimelineEntry): number {
  return a.at.localeCompare(b.at)
}

function actorOf(input: FoldInput, login: string): ActorFacts {
  return input.actors.get(login.toLowerCase()) ?? { login, permission: 'none', teams: {} }
}

function foldFact(work: FoldWork, fact: Fact, ctx: RunContext, input: FoldInput, answer: Answer): void {
  switch (fact.type) {
    case 'label':
      onLabel(work, fact, ctx, input)
      return
    case 'closed':
    case 'reopened':
      onStateChange(work, fact, ctx, input)
      return
    case 'comment':
      onComment(work, fact, ctx, input, answer)
      return
  }
}

// ---------------------------------------------------------------- phases

function phaseIds(ctx: RunContext): string[] {
  return ctx.config.phases.map((p) => p.id)
}

function phaseTitle(ctx: RunContext, id: string): string {
  return ctx.config.phases.find((p) => p.id === id)?.title ?? id
}

function resolvedPhase(ctx: RunContext): string {
  return phaseIds(ctx)[phaseIds(ctx).length - 1]!
}

/** Moves to `target`. Returns false when it is already the phase. */
function movePhase(work: Work, ctx: RunContext, input: FoldInput, target: string, by: string, how: string): boolean {
  const state = work.state
  if (state.phase === target) return false
  const from = state.phase
  const resolved = resolvedPhase(ctx)
  if (target === resolved) {
    state.previousPhase = from
    state.resolvedAt = ctx.now
  } else if (from === resolved) {
    delete state.resolvedAt
  }
  state.phase = target
  state.phaseHistory.push({ phase: target, at: ctx.now })
  record(work, { at: ctx.now, by, kind: 'phase', text: `Phase ${phaseTitle(ctx, from)} → ${phaseTitle(ctx, target)} (${how})` })
  notify(work, ctx, input.issue.url, `phase is now ${phaseTitle(ctx, target)}`)
  if (target === resolved && state.timeline.some((e) => e.kind === 'paged') && !state.drill) {
    work.changes.push({
      kind: 'page',
      service: 'pagerduty',
      event: 'resolve',
      summary: `${state.codename} resolved`,
      dedupKey: state.codename,
      link: input.issue.url
    })
  }
  return true
}

/** The phase a `/phase` argument names: "next", an id, or a title. */
export function resolvePhase(target: string, current: string, ids: string[], titles: string[]): string | undefined {
  if (target === 'next') {
    const i = ids.indexOf(current)
    return i >= 0 && i < ids.length - 1 ? ids[i + 1] : undefined
  }
  const byId = ids.find((id) => id === target.replace(/^phase:/, ''))
  if (byId) return byId
  const t = titles.findIndex((title) => title.toLowerCase() === target.toLowerCase())
  return t >= 0 ? ids[t] : undefined
}

function mayChange(input: FoldInput, login: string, minimum: Permission): { allowed: true } | { allowed: false; reason: string } {
  const verdict = mayRunCommands(actorOf(input, login), minimum)
  return verdict.allowed ? { allowed: true } : { allowed: false, reason: verdict.reason }
}

// ---------------------------------------------------------------- labels

function onLabel(work: FoldWork, fact: Extract<Fact, { type: 'label' }>, ctx: RunContext, input: FoldInput): void {
  const { phasePrefix, severityPrefix, gatePrefix } = ctx.config.labels
  const { label, added, by } = fact
  const minimum = ctx.config.commands.permission
  if (label.startsWith(phasePrefix)) {
    if (!added) return // the phase is whatever was labelled last; removing a label does not move it
    const target = label.slice(phasePrefix.length)
    if (!phaseIds(ctx).includes(target)) {
      work.replies.push(
        `Unknown phase \`${neutraliseInline(target, 60)}\`: the phases are ${phaseIds(ctx)
          .map((p) => `\`${phasePrefix}${p}\``)
          .join(' → ')}. Nothing changed.`
      )
      return
    }
    const verdict = mayChange(input, by, minimum)
    if (!verdict.allowed) return refuse(work, ctx, by, `\`${label}\``, verdict.reason)
    movePhase(work, ctx, input, target, by, `label by ${quietLogin(by)}`)
  } else if (label.startsWith(severityPrefix)) {
    if (!added) return
    const level = Number(label.slice(severityPrefix.length))
    if (![1, 2, 3, 4].includes(level)) return
    const verdict = mayChange(input, by, minimum)
    if (!verdict.allowed) return refuse(work, ctx, by, `\`${label}\``, verdict.reason)
    setSeverity(work, ctx, input, level as 1 | 2 | 3 | 4, by)
  } else if (label.startsWith(gatePrefix)) {
    const gate = label.slice(gatePrefix.length)
    if (!ctx.config.gates[gate]) {
      if (added)
        work.replies.push(
          `Unknown gate \`${neutraliseInline(gate, 60)}\`: the gates are ${Object.keys(ctx.config.gates)
            .map((g) => `\`${gatePrefix}${g}\``)
            .join(', ')}.`
        )
      return
    }
    setGate(work, ctx, input, gate, added, by, 'label')
  }
}

/** A refused change: said once, on the timeline and in the reply; the labels are put back by the reconcile step. */
function refuse(work: Work, ctx: RunContext, by: string, what: string, reason: string): void {
  record(work, { at: ctx.now, by, kind: 'refused', text: `Refused ${what} by ${quietLogin(by)}` })
  work.replies.push(`Refused ${what} by ${quietLogin(by)}: ${reason}. It was put back.`)
}

function setSeverity(work: Work, ctx: RunContext, input: FoldInput, level: 1 | 2 | 3 | 4, by: string): boolean {
  if (work.state.severity === level) return false
  const from = work.state.severity
  work.state.severity = level
  record(work, { at: ctx.now, by, kind: 'severity', text: `Severity ${from ? `SEV-${from}` : 'unset'} → SEV-${level}` })
  const paged = work.state.timeline.some((e) => e.kind === 'paged')
  if (ctx.config.paging.severities.includes(level) && !work.state.roles.ic && !paged)
    page(work, ctx, input.issue.url, by, `SEV-${level}`, `paged:sev:${ctx.now}`)
  return true
}

function setGate(
  work: FoldWork,
  ctx: RunContext,
  input: FoldInput,
  gate: string,
  open: boolean,
  by: string,
  how: 'label' | 'command'
): 'changed' | 'same' | 'refused' {
  const verdict = mayApprove(actorOf(input, by), gate, ctx.config.gates[gate]!.approvers)
  if (!verdict.allowed) return refuseGate(work, ctx, gate, open, by, how, verdict.reason)
  const kind = ctx.config.gates[gate]!.approves
  if (open && kind && textBoundGates(ctx.config, kind).includes(gate)) return approveText(work, ctx, input, { gate, kind, by, how, via: verdict.via })
  if (Boolean(work.state.gates[gate]?.open) === open) return 'same'
  work.state.gates[gate] = { open, by, at: ctx.now }
  record(work, { at: ctx.now, by, kind: 'gate', text: `Gate ${gate} ${open ? 'opened' : 'closed'} by ${quietLogin(by)} (${verdict.via})` })
  return 'changed'
}

function refuseGate(work: Work, ctx: RunContext, gate: string, open: boolean, by: string, how: 'label' | 'command', reason: string): 'refused' {
  const label = `${ctx.config.labels.gatePrefix}${gate}`
  record(work, { at: ctx.now, by, kind: 'gate-refused', text: `Refused to ${open ? 'open' : 'close'} gate ${gate} for ${quietLogin(by)}` })
  work.replies.push(
    how === 'label' ? `${open ? 'Removed' : 'Restored'} \`${label}\`: ${reason}` : `Refused \`/${open ? 'approve' : 'revoke'} ${gate}\`: ${reason}`
  )
  return 'refused'
}

/**
 * An approval of a gate bound to a draft's text: it records the hash of the text as it stands
 * now. Approving again counts when the text changed since; under the four-eyes rule nobody
 * approves a text their own facts changed since the gate last approved it.
 */
function approveText(
  work: FoldWork,
  ctx: RunContext,
  input: FoldInput,
  a: { gate: string; kind: ApprovedDraft; by: string; how: 'label' | 'command'; via: string }
): 'changed' | 'same' | 'refused' {
  const hash = noteText(work, ctx, input, a.kind, a.by)
  const before = work.state.gates[a.gate]
  if (before?.open && before.text === hash) return 'same'
  const authors = work.texts.authors.get(a.gate) ?? []
  if (fourEyes(ctx.config, a.gate) && authors.some((login) => login.toLowerCase() === a.by.toLowerCase())) {
    const others = authors.filter((login) => login.toLowerCase() !== a.by.toLowerCase())
    const instead = `${approversText(ctx.config.gates[a.gate]!.approvers)}${others.length > 0 ? `, other than ${others.map(quietLogin).join(', ')}` : ''}`
    return refuseGate(
      work,
      ctx,
      a.gate,
      true,
      a.by,
      a.how,
      `the four-eyes rule: ${quietLogin(a.by)} changed the ${a.kind} text since it was last approved, so someone else must approve it (${instead})`
    )
  }
  work.state.gates[a.gate] = { open: true, by: a.by, at: ctx.now, ...(hash ? { text: hash } : {}) }
  work.texts.authors.set(a.gate, [])
  const what = hash ? `text ${shortHash(hash)}` : 'no text written yet'
  record(work, {
    at: ctx.now,
    by: a.by,
    kind: 'gate',
    text: `Gate ${a.gate} ${before?.open ? 'approved again' : 'opened'} by ${quietLogin(a.by)} (${a.via}; ${what})`
  })
  return 'changed'
}

/**
 * The hash of a text-bound draft's text as the record stands at `ctx.now` (undefined while the
 * draft cannot be written yet), rendered exactly as the reconcile step renders it. A hash that
 * differs from the last one makes `by` an author of the text for each gate approving it.
 */
function noteText(work: FoldWork, ctx: RunContext, input: FoldInput, kind: ApprovedDraft, by: string): string | undefined {
  const gates = textBoundGates(ctx.config, kind)
  if (gates.length === 0) return undefined
  const now = new Date(ctx.now)
  const state = { ...work.state, steps: work.texts.steps, timeline: work.state.timeline.filter((e) => e.at <= ctx.now) }
  if (!draftConditions(kind, state, ctx.config, now).ready) return undefined
  const rendered = draftText(kind, state, ctx.config, ctx.templates, now, { issueUrl: input.issue.url })
  if ('error' in rendered) return undefined
  const hash = textHash(rendered.text)
  if (work.texts.hash.get(kind) === hash) return hash
  work.texts.hash.set(kind, hash)
  for (const gate of gates) {
    const authors = work.texts.authors.get(gate) ?? []
    if (!authors.some((login) => login.toLowerCase() === by.toLowerCase())) work.texts.authors.set(gate, [...authors, by])
  }
  return hash
}

// ---------------------------------------------------------------- close / reopen

/** Closing resolves and reopening restores the phase before, both authorized like a phase change. */
function onStateChange(work: Work, fact: Extract<Fact, { type: 'closed' | 'reopened' }>, ctx: RunContext, input: FoldInput): void {
  const resolved = resolvedPhase(ctx)
  const closing = fact.type === 'closed'
  if ((work.state.phase === resolved) === closing) return
  const verdict = mayChange(input, fact.by, ctx.config.commands.permission)
  if (!verdict.allowed) return refuse(work, ctx, fact.by, closing ? 'closing the issue' : 'reopening the issue', verdict.reason)
  if (closing) movePhase(work, ctx, input, resolved, fact.by, `issue closed by ${quietLogin(fact.by)}`)
  else {
    const back = work.state.previousPhase && work.state.previousPhase !== resolved ? work.state.previousPhase : phaseIds(ctx)[0]!
    movePhase(work, ctx, input, back, fact.by, `issue reopened by ${quietLogin(fact.by)}`)
  }
}

// ---------------------------------------------------------------- commands

function onComment(work: FoldWork, fact: Extract<Fact, { type: 'comment' }>, ctx: RunContext, input: FoldInput, answer: Answer): void {
  const commands = parseCommands(fact.body)
  if (commands.length === 0) return
  answer.commentId = fact.commentId
  if (fact.edited) {
    // The text is no longer what was posted: nothing in it can be trusted to be what its author ran.
    record(work, {
      at: ctx.now,
      by: fact.by,
      kind: 'command-refused',
      text: `Commands in a comment by ${quietLogin(fact.by)} ignored: it was edited after posting`,
      key: `edited:${fact.id}`
    })
    answer.react = 'confused'
    work.replies.push(
      `Commands are read only from comments as first posted; this one was edited, so none of it counts. Post the commands again in a new comment.`
    )
    return
  }
  const verdict = mayRunCommands(actorOf(input, fact.by), ctx.config.commands.permission)
  if (!verdict.allowed) {
    record(work, { at: ctx.now, by: fact.by, kind: 'command-refused', text: `Commands from ${quietLogin(fact.by)} refused` })
    answer.react = 'confused'
    work.replies.push(`Refused: ${verdict.reason}.`)
    return
  }
  const outcomes = commands.map((command) => runCommand(work, ctx, input, command, fact.by, fact.id))
  answer.react = outcomes.includes('refused') ? 'confused' : outcomes.includes('done') ? '+1' : 'eyes'
}

type Outcome = 'done' | 'seen' | 'refused'

function runCommand(work: FoldWork, ctx: RunContext, input: FoldInput, command: IncidentCommand, by: string, factId: string): Outcome {
  const state = work.state
  switch (command.name) {
    case 'invalid':
      work.replies.push(`Could not read \`${neutraliseInline(command.line, 120)}\`: ${command.reason}`)
      return 'refused'
    case 'help':
      work.replies.push(
        ['| Command | What it does |', '|---|---|', ...COMMAND_HELP.map(([c, d]) => `| \`${c.replace(/\|/g, '\\|')}\` | ${d.replace(/\|/g, '\\|')} |`)].join(
          '\n'
        )
      )
      return 'seen'
    case 'ic-page':
      page(work, ctx, input.issue.url, by, `requested by ${quietLogin(by)}`, `paged:${factId}`)
      return 'done'
    case 'ic-assign':
      if (state.roles.ic === command.login) return 'seen'
      state.roles.ic = command.login
      record(work, { at: ctx.now, by, kind: 'role', text: `Incident Commander: ${quietLogin(command.login)}` })
      return 'done'
    case 'role':
      if (state.roles[command.role] === command.login) return 'seen'
      state.roles[command.role] = command.login
      record(work, { at: ctx.now, by, kind: 'role', text: `${command.role}: ${quietLogin(command.login)}` })
      return 'done'
    case 'sev':
      return setSeverity(work, ctx, input, command.severity, by) ? 'done' : 'seen'
    case 'phase': {
      const target = resolvePhase(
        command.target,
        state.phase,
        phaseIds(ctx),
        ctx.config.phases.map((p) => p.title)
      )
      if (!target) {
        work.replies.push(
          command.target === 'next'
            ? 'Already in the last phase: close the issue to resolve the incident.'
            : `Unknown phase \`${neutraliseInline(command.target, 60)}\`: one of ${phaseIds(ctx)
                .map((p) => `\`${p}\``)
                .join(', ')}, or \`next\`. Nothing changed.`
        )
        return 'refused'
      }
      return movePhase(work, ctx, input, target, by, `/phase by ${quietLogin(by)}`) ? 'done' : 'seen'
    }
    case 'approve':
    case 'revoke': {
      if (!ctx.config.gates[command.gate]) {
        work.replies.push(
          `Unknown gate \`${neutraliseInline(command.gate, 60)}\`: one of ${Object.keys(ctx.config.gates)
            .map((g) => `\`${g}\``)
            .join(', ')}.`
        )
        return 'refused'
      }
      const result = setGate(work, ctx, input, command.gate, command.name === 'approve', by, 'command')
      return result === 'changed' ? 'done' : result === 'same' ? 'seen' : 'refused'
    }
    case 'timeline': {
      const at = command.at === 'now' ? ctx.now : command.at
      const text = neutraliseInline(command.text)
      if (state.attackTimeline.some((e) => e.at === at && e.text === text)) return 'seen'
      state.attackTimeline.push({ at, by, kind: 'attack', text })
      state.attackTimeline.sort(byTime)
      record(work, { at: ctx.now, by, kind: 'command', text: `Attack timeline: ${text.slice(0, 80)}` })
      return 'done'
    }
    case 'ioc': {
      // Kept exactly as typed: blocklists read it from the `iocs` output. It is neutralised where it is shown.
      if (state.iocs.some((i) => i.value === command.value)) return 'seen'
      state.iocs.push({ value: command.value, type: command.type, by, at: ctx.now })
      record(work, { at: ctx.now, by, kind: 'ioc', text: `IOC added (${command.type})` })
      return 'done'
    }
    case 'compromised': {
      const text = neutraliseInline(command.text)
      if (state.compromised.some((c) => c.text === text)) return 'seen'
      state.compromised.push({ text, by, at: ctx.now })
      record(work, { at: ctx.now, by, kind: 'compromised', text: `Compromised data recorded` })
      return 'done'
    }
    case 'evidence': {
      const result = recordEvidence(state, command, by, ctx.now)
      if (result.outcome === 'duplicate') {
        work.replies.push(duplicateReply(result.item))
        return 'refused'
      }
      record(work, { at: ctx.now, by, kind: 'evidence', text: `Evidence ${result.item.id} registered: ${command.what.slice(0, 80)}` })
      work.replies.push(`Registered evidence **${result.item.id}** at ${shownLocation(result.item.where)}, held by ${quietLogin(by)}.`)
      return 'done'
    }
    case 'custody': {
      const result = handOver(state, command.item, command.login, command.note, by, ctx.now)
      if (result.outcome === 'unknown') {
        work.replies.push(unknownItemReply(command.item, state.evidence))
        return 'refused'
      }
      if (result.outcome === 'same') return 'seen'
      record(work, {
        at: ctx.now,
        by,
        kind: 'custody',
        text: `Evidence ${result.item.id} handed over: ${quietLogin(result.from)} → ${quietLogin(command.login)}`
      })
      return 'done'
    }
    case 'status':
      state.status = { text: neutraliseInline(command.text), by, at: ctx.now }
      record(work, { at: ctx.now, by, kind: 'status', text: `Status: ${neutraliseInline(command.text).slice(0, 120)}` })
      // Drawn as the record stood then: entries the cache carries from later runs are left out.
      work.statuses.push({
        key: `status:${factId}`,
        at: ctx.now,
        by,
        text: state.status.text,
        body: renderComms(
          'status-update',
          ctx.templates,
          { ...state, timeline: state.timeline.filter((e) => e.at <= ctx.now) },
          ctx.config,
          new Date(ctx.now),
          {
            issueUrl: input.issue.url
          }
        )
      })
      return 'done'
    case 'decision':
    case 'decision-withdraw':
    case 'filed':
    case 'filed-withdraw':
      return runLegalCommand(work, ctx, command, by, actorOf(input, by))
    case 'released': {
      const decision = decideRelease(state, ctx, command, by)
      if (decision.outcome === 'done') {
        state.releases.push(decision.release)
        record(work, { at: ctx.now, by, kind: 'released', text: decision.text })
      } else if (decision.outcome === 'refused') record(work, { at: ctx.now, by, kind: 'command-refused', text: decision.text })
      if (decision.reply) work.replies.push(decision.reply)
      return decision.outcome
    }
  }
}

/** A timeline line for a checklist tick seen by this run (who ticked comes from the edit event). */
export function tickEntries(ctx: RunContext, changed: { id: string; checked: boolean }[], by: string | undefined, at: string): TimelineEntry[] {
  return changed.map((c) => ({
    at,
    ...(by ? { by } : {}),
    kind: 'tick',
    text: tableSafe(`${c.checked ? 'Done' : 'Reopened'}: ${taskTitle(ctx.config.steps, c.id) ?? c.id}`),
    key: `tick:${c.id}:${c.checked ? 1 : 0}:${at}`
  }))
}
