/**
 * The live incident: phases by label or command, gates that only approvers can open, checklist
 * ticks, commands, paging. Each function takes the current state and the event and returns a
 * plan; applying the same event again yields an empty plan.
 */
import type { Permission } from '../config/schema.js'
import { neutraliseInline, quietLogin } from '../comms/neutralise.js'
import { type ActorFacts, atLeast, mayApprove, mayRunCommands } from './authz.js'
import { diffTicks, parseTicks, mergeTicks, taskTitle } from './checklist.js'
import { helpTable, parseCommands, type IncidentCommand } from './commands.js'
import { archiveComments, renderDashboard } from './dashboard.js'
import type { Existing, IssueSnapshot, RunContext } from './model.js'
import { incidentOutputs, renderChecklist } from './open.js'
import { coalesce, type Change, type Plan, type Reaction } from './plan.js'
import { planDrafts } from '../comms/drafts.js'
import { planPostMortem } from '../comms/post-mortem.js'
import { renderComms } from '../comms/compose.js'
import type { IncidentState } from './state.js'
import { alreadyPaged, notify, page, record, type Work } from './work.js'

/** How long a person's confirmed write access is trusted for checklist ticks (saves a request per tick). */
export const WRITER_CACHE_MS = 10 * 60_000
const HANDLED_KEEP = 200

export type LiveEvent =
  | { type: 'labeled' | 'unlabeled'; label: string }
  | { type: 'closed' }
  | { type: 'reopened' }
  | { type: 'comment'; comment: { id: number; body: string; author: string } }
  | { type: 'checklist-edited'; commentId: number; before: string; after: string }

export interface LiveInput {
  event: LiveEvent
  /**
   * What identifies this delivery of a label event (label, action, sender and the issue's
   * updated_at from the payload): a redelivery carries the same key and is not answered again.
   */
  eventKey?: string
  issue: IssueSnapshot
  sender: string
  /** The sender's permission and teams, read from GitHub when the event needs authorization. */
  actor?: ActorFacts
  existing: Existing & { state: IncidentState }
  ctx: RunContext
}

/** The commands in a comment, parsed; the shell skips all reads when there are none. */
export function commandsIn(body: string): IncidentCommand[] {
  return parseCommands(body)
}

/** The labels whose events need the sender's permission and teams. */
export function labelNeedsActor(label: string, ctx: RunContext): boolean {
  return label.startsWith(ctx.config.labels.gatePrefix)
}

export function decideLive(input: LiveInput): Plan {
  const { event, ctx } = input
  const work: Work = { state: structuredClone(input.existing.state), changes: [], replies: [], checklistDirty: false }
  switch (event.type) {
    case 'labeled':
    case 'unlabeled':
      onLabel(work, input, event.label, event.type === 'labeled')
      break
    case 'closed':
      onClosed(work, input)
      break
    case 'reopened':
      onReopened(work, input)
      break
    case 'comment':
      onComment(work, input, event.comment)
      break
    case 'checklist-edited':
      onChecklistEdited(work, input, event)
      break
  }
  return finish(work, input.existing, input.issue, ctx, input.eventKey)
}

/** Turns the accumulated work into a plan: state-driven comments last, so labels and pages go first. */
function finish(work: Work, existing: Existing & { state: IncidentState }, issue: IssueSnapshot, ctx: RunContext, eventKey?: string): Plan {
  const changes = coalesce(work.changes)
  if (work.replies.length > 0 && eventKey && existing.state.answered.includes(eventKey)) {
    work.replies = [] // this very event was answered before: a redelivery
    work.state = { ...work.state, timeline: existing.state.timeline }
  } else if (work.replies.length > 0 && eventKey) {
    work.state.answered = [...work.state.answered, eventKey].slice(-HANDLED_KEEP)
  }
  if (work.replies.length > 0) changes.push({ kind: 'reply', issue: issue.number, body: work.replies.join('\n\n') })
  if (JSON.stringify(work.state) !== JSON.stringify(existing.state)) {
    // Drafts follow the record; the post-mortem is written once, on resolution.
    const posted = new Set([...Object.keys(existing.others), ...Object.keys(work.state.comments)])
    const draftCtx = { existing: posted, issueUrl: issue.url }
    const now = new Date(ctx.now)
    const postMortem = planPostMortem(work.state, ctx.config, ctx.templates, now, draftCtx)
    if (postMortem.some((c) => c.kind === 'create-issue')) work.state.comments['post-mortem'] = 0
    changes.push(...postMortem, ...planDrafts(work.state, ctx.config, ctx.templates, now, draftCtx))
  }
  const stateChanged = JSON.stringify(work.state) !== JSON.stringify(existing.state)
  if (stateChanged) {
    const { body, archived } = renderDashboard(work.state, { ...ctx, repoUrl: ctx.repo.url })
    for (const archive of archiveComments(work.state.codename, archived)) changes.push({ kind: 'reply', issue: issue.number, body: archive })
    changes.push({ kind: 'upsert-comment', issue: issue.number, comment: 'dashboard', body })
  }
  if (work.checklistDirty || !existing.checklist) {
    changes.push({ kind: 'upsert-comment', issue: issue.number, comment: 'checklist', body: renderChecklist(work.state, ctx), mergeTicks: true })
  }
  return { changes, outputs: incidentOutputs(work.state, issue.number) }
}

// ---------------------------------------------------------------- phases

function phaseIds(ctx: RunContext): string[] {
  return ctx.config.phases.map((p) => p.id)
}

function phaseTitle(ctx: RunContext, id: string): string {
  return ctx.config.phases.find((p) => p.id === id)?.title ?? id
}

/** Moves to `target`, swapping the phase label. Returns false when it is already the phase. */
function movePhase(work: Work, input: LiveInput, target: string, by: string, how: string): boolean {
  const { ctx, issue } = input
  const state = work.state
  if (state.phase === target) return false
  const from = state.phase
  state.phase = target
  state.phaseHistory.push({ phase: target, at: ctx.now })
  work.checklistDirty = true
  const prefix = ctx.config.labels.phasePrefix
  const wanted = `${prefix}${target}`
  for (const label of issue.labels) if (label.startsWith(prefix) && label !== wanted) work.changes.push({ kind: 'remove-label', issue: issue.number, label })
  if (!issue.labels.includes(wanted)) work.changes.push({ kind: 'add-labels', issue: issue.number, labels: [wanted] })
  record(work, { at: ctx.now, by, kind: 'phase', text: `Phase ${phaseTitle(ctx, from)} → ${phaseTitle(ctx, target)} (${how})` })
  notify(work, input.ctx, input.issue.url, `phase is now ${phaseTitle(ctx, target)}`)
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

// ---------------------------------------------------------------- labels

function onLabel(work: Work, input: LiveInput, label: string, added: boolean): void {
  const { ctx, sender } = input
  const { phasePrefix, severityPrefix, gatePrefix } = ctx.config.labels
  if (label.startsWith(phasePrefix) && added) {
    const target = label.slice(phasePrefix.length)
    if (!phaseIds(ctx).includes(target)) {
      work.replies.push(`Unknown phase \`${neutraliseInline(target, 60)}\`: the phases are ${phaseIds(ctx).map((p) => `\`${phasePrefix}${p}\``).join(' → ')}. Nothing changed.`)
      return
    }
    movePhase(work, input, target, sender, `label by ${quietLogin(sender)}`)
  } else if (label.startsWith(severityPrefix) && added) {
    const level = Number(label.slice(severityPrefix.length))
    if ([1, 2, 3, 4].includes(level)) setSeverity(work, input, level as 1 | 2 | 3 | 4, sender)
  } else if (label.startsWith(gatePrefix)) {
    const gate = label.slice(gatePrefix.length)
    if (!ctx.config.gates[gate]) {
      if (added) work.replies.push(`Unknown gate \`${neutraliseInline(gate, 60)}\`: the gates are ${Object.keys(ctx.config.gates).map((g) => `\`${gatePrefix}${g}\``).join(', ')}.`)
      return
    }
    setGate(work, input, gate, added, sender, 'label')
  }
}

function setSeverity(work: Work, input: LiveInput, level: 1 | 2 | 3 | 4, by: string): boolean {
  const { ctx, issue } = input
  const prefix = ctx.config.labels.severityPrefix
  const wanted = `${prefix}${level}`
  for (const label of issue.labels) if (label.startsWith(prefix) && label !== wanted) work.changes.push({ kind: 'remove-label', issue: issue.number, label })
  if (!issue.labels.includes(wanted)) work.changes.push({ kind: 'add-labels', issue: issue.number, labels: [wanted] })
  if (work.state.severity === level) return false
  const from = work.state.severity
  work.state.severity = level
  record(work, { at: ctx.now, by, kind: 'severity', text: `Severity ${from ? `SEV-${from}` : 'unset'} → SEV-${level}` })
  if (ctx.config.paging.severities.includes(level) && !work.state.roles.ic && !alreadyPaged(work.state)) page(work, ctx, issue.url, by, `SEV-${level}`)
  return true
}

function setGate(work: Work, input: LiveInput, gate: string, open: boolean, by: string, how: 'label' | 'command'): 'changed' | 'same' | 'refused' {
  const { ctx, issue } = input
  const label = `${ctx.config.labels.gatePrefix}${gate}`
  const actor = input.actor
  const verdict = actor ? mayApprove(actor, gate, ctx.config.gates[gate]!.approvers) : { allowed: false as const, reason: 'the sender could not be checked' }
  if (!verdict.allowed) {
    if (how === 'label') {
      // Put the label back the way it was: the attempt must not stand.
      work.changes.push(open ? { kind: 'remove-label', issue: issue.number, label } : { kind: 'add-labels', issue: issue.number, labels: [label] })
      work.replies.push(`${open ? 'Removed' : 'Restored'} \`${label}\`: ${verdict.reason}`)
    }
    record(work, { at: ctx.now, by, kind: 'gate-refused', text: `Refused to ${open ? 'open' : 'close'} gate ${gate} for ${quietLogin(by)}` })
    if (how === 'command') work.replies.push(`Refused \`/${open ? 'approve' : 'revoke'} ${gate}\`: ${verdict.reason}`)
    return 'refused'
  }
  if (how === 'command') {
    if (open && !issue.labels.includes(label)) work.changes.push({ kind: 'add-labels', issue: issue.number, labels: [label] })
    if (!open && issue.labels.includes(label)) work.changes.push({ kind: 'remove-label', issue: issue.number, label })
  }
  const current = work.state.gates[gate]
  if (Boolean(current?.open) === open) return 'same'
  work.state.gates[gate] = open ? { open: true, by, at: ctx.now } : { open: false, by, at: ctx.now }
  record(work, { at: ctx.now, by, kind: 'gate', text: `Gate ${gate} ${open ? 'opened' : 'closed'} by ${quietLogin(by)} (${verdict.via})` })
  return 'changed'
}

// ---------------------------------------------------------------- close / reopen

function onClosed(work: Work, input: LiveInput): void {
  const { ctx, sender } = input
  const resolved = phaseIds(ctx)[phaseIds(ctx).length - 1]!
  if (work.state.phase === resolved) return
  work.state.previousPhase = work.state.phase
  work.state.resolvedAt = ctx.now
  movePhase(work, input, resolved, sender, `issue closed by ${quietLogin(sender)}`)
  if (alreadyPaged(work.state) && !work.state.drill) {
    work.changes.push({ kind: 'page', service: 'pagerduty', event: 'resolve', summary: `${work.state.codename} resolved`, dedupKey: work.state.codename, link: input.issue.url })
  }
}

function onReopened(work: Work, input: LiveInput): void {
  const { ctx, sender } = input
  const resolved = phaseIds(ctx)[phaseIds(ctx).length - 1]!
  if (work.state.phase !== resolved) return
  const back = work.state.previousPhase && work.state.previousPhase !== resolved ? work.state.previousPhase : phaseIds(ctx)[0]!
  delete work.state.resolvedAt
  movePhase(work, input, back, sender, `issue reopened by ${quietLogin(sender)}`)
}

// ---------------------------------------------------------------- commands

function onComment(work: Work, input: LiveInput, comment: { id: number; body: string; author: string }): void {
  const { ctx } = input
  if (work.state.handled.includes(comment.id)) return
  const commands = parseCommands(comment.body)
  if (commands.length === 0) return
  work.state.handled = [...work.state.handled, comment.id].slice(-HANDLED_KEEP)
  const actor = input.actor
  const verdict = actor ? mayRunCommands(actor, ctx.config.commands.permission) : undefined
  if (!actor || !verdict?.allowed) {
    record(work, { at: ctx.now, by: comment.author, kind: 'command-refused', text: `Commands from ${quietLogin(comment.author)} refused` })
    work.changes.push({ kind: 'react', commentId: comment.id, content: 'confused' })
    work.replies.push(`Refused: ${verdict && !verdict.allowed ? verdict.reason : 'the sender could not be checked'}.`)
    return
  }
  // Confirmed write access also serves the next checklist ticks for a few minutes.
  if (atLeast(actor.permission, 'write')) work.state.writers = { ...(work.state.writers ?? {}), [comment.author]: ctx.now }
  const outcomes = commands.map((command) => runCommand(work, input, command, comment.author))
  const reaction: Reaction = outcomes.includes('refused') ? 'confused' : outcomes.includes('done') ? '+1' : 'eyes'
  work.changes.unshift({ kind: 'react', commentId: comment.id, content: reaction })
}

type Outcome = 'done' | 'seen' | 'refused'

function runCommand(work: Work, input: LiveInput, command: IncidentCommand, by: string): Outcome {
  const { ctx, issue } = input
  const state = work.state
  switch (command.name) {
    case 'invalid':
      work.replies.push(`Could not read \`${neutraliseInline(command.line, 120)}\`: ${command.reason}`)
      return 'refused'
    case 'help':
      work.replies.push(helpTable())
      return 'seen'
    case 'ic-page':
      page(work, ctx, issue.url, by, `requested by ${quietLogin(by)}`)
      return 'done'
    case 'ic-assign': {
      if (state.roles.ic === command.login) return 'seen'
      state.roles.ic = command.login
      const assignees = [...new Set([...issue.assignees, command.login])]
      work.changes.push({ kind: 'update-issue', issue: issue.number, assignees })
      record(work, { at: ctx.now, by, kind: 'role', text: `Incident Commander: ${quietLogin(command.login)}` })
      return 'done'
    }
    case 'role':
      if (state.roles[command.role] === command.login) return 'seen'
      state.roles[command.role] = command.login
      record(work, { at: ctx.now, by, kind: 'role', text: `${command.role}: ${quietLogin(command.login)}` })
      return 'done'
    case 'sev':
      return setSeverity(work, input, command.severity, by) ? 'done' : 'seen'
    case 'phase': {
      const target = resolvePhase(command.target, state.phase, phaseIds(ctx), ctx.config.phases.map((p) => p.title))
      if (!target) {
        work.replies.push(
          command.target === 'next'
            ? 'Already in the last phase: close the issue to resolve the incident.'
            : `Unknown phase \`${neutraliseInline(command.target, 60)}\`: one of ${phaseIds(ctx).map((p) => `\`${p}\``).join(', ')}, or \`next\`. Nothing changed.`
        )
        return 'refused'
      }
      return movePhase(work, input, target, by, `/phase by ${quietLogin(by)}`) ? 'done' : 'seen'
    }
    case 'approve':
    case 'revoke': {
      if (!ctx.config.gates[command.gate]) {
        work.replies.push(`Unknown gate \`${neutraliseInline(command.gate, 60)}\`: one of ${Object.keys(ctx.config.gates).map((g) => `\`${g}\``).join(', ')}.`)
        return 'refused'
      }
      const result = setGate(work, input, command.gate, command.name === 'approve', by, 'command')
      return result === 'changed' ? 'done' : result === 'same' ? 'seen' : 'refused'
    }
    case 'timeline': {
      const at = command.at === 'now' ? ctx.now : command.at
      const text = neutraliseInline(command.text)
      if (state.attackTimeline.some((e) => e.at === at && e.text === text)) return 'seen'
      state.attackTimeline.push({ at, by, kind: 'attack', text })
      state.attackTimeline.sort((a, b) => a.at.localeCompare(b.at))
      record(work, { at: ctx.now, by, kind: 'command', text: `Attack timeline: ${text.slice(0, 80)}` })
      return 'done'
    }
    case 'ioc': {
      const value = neutraliseInline(command.value, 300)
      if (state.iocs.some((i) => i.value === value)) return 'seen'
      state.iocs.push({ value, type: command.type, by, at: ctx.now })
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
    case 'status':
      state.status = { text: neutraliseInline(command.text), by, at: ctx.now }
      record(work, { at: ctx.now, by, kind: 'status', text: `Status: ${neutraliseInline(command.text).slice(0, 120)}` })
      work.replies.push(renderComms('status-update', ctx.templates, state, ctx.config, new Date(ctx.now), { issueUrl: issue.url }))
      return 'done'
  }
}

// ---------------------------------------------------------------- checklist ticks

/** Whether a person's write access must be read from GitHub for a tick (not confirmed in the last minutes). */
export function tickNeedsActor(state: IncidentState, login: string, now: string): boolean {
  const checked = state.writers?.[login]
  return !checked || Date.parse(now) - Date.parse(checked) > WRITER_CACHE_MS
}

function onChecklistEdited(work: Work, input: LiveInput, event: { commentId: number; before: string; after: string }): void {
  const { ctx, sender } = input
  const changed = diffTicks(parseTicks(event.before), parseTicks(event.after)).filter((c) => Boolean(work.state.steps[c.id]) !== c.checked)
  if (changed.length === 0) return
  const minimum: Permission = ctx.config.commands.permission
  const cached = !tickNeedsActor(work.state, sender, ctx.now)
  const allowed = cached || (input.actor ? mayRunCommands(input.actor, minimum).allowed : false)
  if (!allowed) {
    // Put the boxes back as they were; everything else in the comment stays as the person left it.
    work.changes.push({ kind: 'edit-comment', commentId: event.commentId, body: mergeTicks(event.after, event.before) })
    work.replies.push(`Reverted ${changed.length} checklist change(s) by ${quietLogin(sender)}: ticking needs ${minimum} access or better.`)
    record(work, { at: ctx.now, by: sender, kind: 'tick-reverted', text: `${changed.length} tick(s) by ${quietLogin(sender)} reverted (no ${minimum} access)` })
    return
  }
  if (!cached) work.state.writers = { ...(work.state.writers ?? {}), [sender]: ctx.now }
  for (const change of changed) {
    work.state.steps[change.id] = change.checked
    const title = taskTitle(ctx.config.steps, change.id) ?? change.id
    record(work, { at: ctx.now, by: sender, kind: 'tick', text: `${change.checked ? 'Done' : 'Reopened'}: ${title}` })
  }
}
