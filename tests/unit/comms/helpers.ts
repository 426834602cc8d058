/** Shared test fixtures for the comms tests: the realistic states under tests/fixtures/comms/. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stateSchema, type IncidentState } from '../../../src/incident/state.js'
import type { CommsTemplate } from '../../../src/comms/view.js'

export const COMMS_FIXTURES = join(process.cwd(), 'tests/fixtures/comms')

/** The state of a golden-file fixture: a fresh copy each call, so a test may change it. */
export function fixtureState(name: CommsTemplate): IncidentState {
  return stateSchema.parse(JSON.parse(readFileSync(join(COMMS_FIXTURES, name, 'state.json'), 'utf8')))
}

/** A state with `n` response and `n` attack timeline entries, one a minute: the scale of a long incident. */
export function longIncident(n: number): IncidentState {
  const state = fixtureState('post-mortem')
  const start = Date.parse('2026-11-01T00:00:00Z')
  const at = (i: number) => new Date(start + i * 60_000).toISOString()
  const kinds = ['tick', 'command', 'phase', 'gate', 'role', 'status']
  state.timeline = Array.from({ length: n }, (_, i) => ({
    at: at(i),
    by: `responder-${i % 7}`,
    kind: kinds[i % kinds.length]!,
    text: `Response entry ${i}: checked the logs of the support dashboard and recorded what was found`
  }))
  state.attackTimeline = Array.from({ length: n }, (_, i) => ({
    at: at(i),
    by: 'sofia-sec',
    kind: 'attack',
    text: `Attack entry ${i}: the attacker queried the customer table through the support dashboard export`
  }))
  return state
}
