/**
 * Incidents for clock and metrics tests, built the way the action builds them: filed, then
 * reconciled after each act (commands from an admin, closing) on a model of the issue's
 * history, with the state read back from the dashboard each run writes.
 */
import type { IssueSnapshot, RunContext } from '../../../src/incident/model.js'
import type { Plan } from '../../../src/incident/plan.js'
import type { IncidentState } from '../../../src/incident/state.js'
import { decodeState } from '../../../src/incident/state.js'
import { context, FORM_BODY } from '../incident/context.js'
import { IssueModel } from '../incident/github-model.js'

export { context }

/** Filed at 09:20; the form says detected 09:12, SEV-2. */
export const FILED = '2026-11-22T09:20:00.000Z'
export const DETECTED = '2026-11-22T09:12:00.000Z'

/** Minutes after the filing, as an ISO time. */
export function at(minutes: number): string {
  return new Date(Date.parse(FILED) + minutes * 60_000).toISOString()
}

export function stateFrom(plan: Plan): IncidentState | undefined {
  for (const c of plan.changes) if (c.kind === 'upsert-comment' && c.comment === 'dashboard') return decodeState(c.body)
  return undefined
}

/** The model behind each state these helpers handed out, so a later act continues that incident. */
const models = new WeakMap<IncidentState, IssueModel>()
/** A state derived by a test (e.g. by planReminders) continues the incident it came from: the latest one. */
let latest: IssueModel | undefined

/** A new incident from the issue form; `body` replaces the form (e.g. another severity). */
export function openIncident(overrides: Partial<IssueSnapshot> = {}, ctx: RunContext = context({ now: FILED })): IncidentState {
  const model = new IssueModel(ctx, { createdAt: FILED, ...overrides })
  model.run({ at: FILED })
  latest = model
  const state = model.state
  models.set(state, model)
  return state
}

export function formWithSeverity(severity: string, detected = '2026-11-22 09:12'): string {
  return FORM_BODY.replace('SEV-2 (high)', severity).replace('2026-11-22 09:12', detected)
}

/** What a person does in these tests: a comment with commands, or closing the issue. */
export type Act = { type: 'comment'; body: string; author?: string } | { type: 'closed' }

/** One act, `minutes` after the filing, by the IC (an admin); the state after the run it wakes. */
export function respond(state: IncidentState, act: Act, minutes: number, ctx: RunContext = context()): IncidentState {
  // States are values: acting on one never changes another test's incident.
  const model = (models.get(state) ?? latest)?.fork()
  if (!model) throw new Error('respond() needs an incident from openIncident()')
  model.ctx = ctx
  model.setClock(at(minutes))
  if (act.type === 'closed') model.close('ic-ian')
  else model.comment(act.author ?? 'ic-ian', act.body)
  model.run({ at: at(minutes) })
  const next = model.state
  models.set(next, model)
  return next
}

export function command(body: string): Act {
  return { type: 'comment', body }
}

/** Several commands, each at its minute. */
export function respondAll(state: IncidentState, steps: [number, string][], ctx: RunContext = context()): IncidentState {
  return steps.reduce((s, [minutes, body]) => respond(s, body === 'close' ? { type: 'closed' } : byWhom(body), minutes, ctx), state)
}

/**
 * Commands come from the Incident Commander, except the legal approval: legal counsel approves
 * the announcement's text, which the Incident Commander's gates let be written (four eyes).
 */
function byWhom(body: string): Act {
  return body === '/approve legal-approved' ? { type: 'comment', body, author: 'counsel-lin' } : command(body)
}

/** An announcement as a person finishes it: dated, every section written, nothing internal in it. */
export const PUBLISHED_ANNOUNCEMENT = [
  '# Security incident of 22 November 2026',
  '',
  '## What happened',
  '',
  'An attacker used a leaked deployment credential to reach one of our build servers. Keeping that credential safe was our responsibility.',
  '',
  '## Timeline',
  '',
  '- 22 November 2026, 08:58 UTC: the attacker signs in to a build server.',
  '- 22 November 2026, 09:12 UTC: we detect the sign-in and begin our response.',
  '',
  '## What information was involved',
  '',
  'Build logs of the last 30 days. No customer data was on the server.',
  '',
  '## What we are doing',
  '',
  'We revoked the credential and moved deployments to short-lived tokens.',
  '',
  '## What you can do',
  '',
  'Nothing is needed from you. Questions: security@example.com.'
].join('\n')

/** `/released external-announcement <reference>` with the text as published under it, in a fenced block. */
export function releaseComment(reference = 'https://status.example.com/2026-11-22', text = PUBLISHED_ANNOUNCEMENT, flags = ''): string {
  return `/released external-announcement ${reference}${flags ? ` ${flags}` : ''}\n\n\`\`\`markdown\n${text}\n\`\`\``
}
