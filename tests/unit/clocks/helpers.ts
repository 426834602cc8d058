/**
 * Incidents for clock and metrics tests, built the way the action builds them: opened by
 * decideOpen, then driven by decideLive (commands from an admin, labels, closing), with the
 * state read back from the dashboard each decision writes.
 */
import type { ActorFacts } from '../../../src/incident/authz.js'
import { decideLive, type LiveEvent } from '../../../src/incident/live.js'
import type { IssueSnapshot, RunContext } from '../../../src/incident/model.js'
import { decideOpen } from '../../../src/incident/open.js'
import type { Plan } from '../../../src/incident/plan.js'
import { decodeState, type IncidentState } from '../../../src/incident/state.js'
import { context, FORM_BODY, issue as issueFixture } from '../incident/context.js'

export { context }

/** Filed at 09:20; the form says detected 09:12, SEV-2. */
export const FILED = '2026-11-22T09:20:00.000Z'
export const DETECTED = '2026-11-22T09:12:00.000Z'

const admin: ActorFacts = { login: 'ic-ian', permission: 'admin', teams: {} }

/** Minutes after the filing, as an ISO time. */
export function at(minutes: number): string {
  return new Date(Date.parse(FILED) + minutes * 60_000).toISOString()
}

export function stateFrom(plan: Plan): IncidentState | undefined {
  for (const c of plan.changes) if (c.kind === 'upsert-comment' && c.comment === 'dashboard') return decodeState(c.body)
  return undefined
}

/** A new incident from the issue form; `body` replaces the form (e.g. another severity). */
export function openIncident(overrides: Partial<IssueSnapshot> = {}, ctx: RunContext = context({ now: FILED })): IncidentState {
  const issue = issueFixture({ createdAt: FILED, ...overrides })
  const state = stateFrom(decideOpen(issue, { others: {} }, ctx))
  if (!state) throw new Error('decideOpen wrote no dashboard')
  return state
}

export function formWithSeverity(severity: string, detected = '2026-11-22 09:12'): string {
  return FORM_BODY.replace('SEV-2 (high)', severity).replace('2026-11-22 09:12', detected)
}

let commentId = 1000

/** One event, `minutes` after the filing, by the IC (an admin); the state after it. */
export function respond(state: IncidentState, event: LiveEvent, minutes: number, ctx: RunContext = context()): IncidentState {
  const issue = issueFixture({ createdAt: FILED, labels: ['incident', `phase:${state.phase}`] })
  const plan = decideLive({ event, issue, sender: admin.login, actor: admin, existing: { others: {}, state }, ctx: { ...ctx, now: at(minutes) } })
  return stateFrom(plan) ?? state
}

export function command(body: string): LiveEvent {
  return { type: 'comment', comment: { id: ++commentId, body, author: admin.login } }
}

/** Several commands, each at its minute. */
export function respondAll(state: IncidentState, steps: [number, string][], ctx: RunContext = context()): IncidentState {
  return steps.reduce((s, [minutes, body]) => respond(s, body === 'close' ? { type: 'closed' } : command(body), minutes, ctx), state)
}
