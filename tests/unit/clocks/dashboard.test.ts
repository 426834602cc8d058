/** The dashboard shows every clock (due, time left, met or missed) and the response times so far. */
import { describe, expect, it } from '@jest/globals'
import { planReminders } from '../../../src/incident/clocks.js'
import { renderDashboard } from '../../../src/incident/dashboard.js'
import type { IncidentState } from '../../../src/incident/state.js'
import { at, context, formWithSeverity, openIncident, respondAll } from './helpers.js'

function dashboard(state: IncidentState, minutes: number, postedDrafts?: ReadonlySet<string>): string {
  return renderDashboard(state, { ...context({ now: at(minutes) }), repoUrl: 'https://github.com/acme/incidents', ...(postedDrafts ? { postedDrafts } : {}) })
    .body
}

describe('the clocks on the dashboard', () => {
  it('a new SEV-2 incident: all three clocks running, as of the time it was written', () => {
    const text = dashboard(openIncident(), 5)
    expect(text).toContain('| Clock | Due (UTC) | At 2026-11-22T09:25Z | Owner |')
    expect(text).toContain('| Incident Commander assigned | 2026-11-22T09:35Z | ⏳ 10m left | - |')
    expect(text).toContain('| Status update posted | 2026-11-22T13:20Z | ⏳ 3h 55m left (repeats) | - |')
    expect(text).toContain('| External announcement released | 2026-11-25T09:12Z | ⏳ 2d 23h left | - |')
  })

  it('met late, overdue and reminded, with the IC as owner (shown without pinging)', () => {
    const state = respondAll(openIncident(), [
      [40, '/ic @ic-ian'],
      [60, '/status contained build-7']
    ])
    const reminded = planReminders(state, context().config, at(400), new Set()).state
    const text = dashboard(reminded, 400)
    expect(text).toContain('| Incident Commander assigned | 2026-11-22T09:35Z | ✅ met 2026-11-22T10:00Z, 25m late | `@ic-ian` |')
    expect(text).toContain('| Status update posted | 2026-11-22T14:20Z | ❌ overdue by 1h 40m, reminded 2026-11-22T16:00Z | `@ic-ian` |')
    expect(text).toContain('Clock missed: Status update posted (due 2026-11-22T14:20Z)')
    expect(text).not.toMatch(/(^|[^`])@ic-ian/)
  })

  it('a resolved incident: clocks not yet due are stopped', () => {
    const text = dashboard(
      respondAll(openIncident(), [
        [10, '/ic @ic-ian'],
        [30, 'close']
      ]),
      30
    )
    expect(text).toContain('| Status update posted | 2026-11-22T13:20Z | ⏹ stopped: resolved before it was due |')
  })

  it('a resolved incident shows no overdue clock: a clock missed before resolution stopped there, however late the dashboard is rendered', () => {
    const resolved = respondAll(openIncident(), [[60, 'close']])
    for (const minutes of [60, 600, 6000]) {
      const text = dashboard(resolved, minutes)
      expect(text).not.toContain('overdue')
      expect(text).not.toContain('⏳')
      expect(text).toContain('| Clock | Due (UTC) | At 2026-11-22T10:20Z | Owner |')
      expect(text).toContain('| Incident Commander assigned | 2026-11-22T09:35Z | ❌ missed by 45m; stopped at resolution 2026-11-22T10:20Z |')
      expect(text).toContain('| Status update posted | 2026-11-22T13:20Z | ⏹ stopped: resolved before it was due |')
    }
  })

  it("only the clocks of the incident's severity", () => {
    const text = dashboard(openIncident({ body: formWithSeverity('SEV-4 (low)') }), 5)
    expect(text).toContain('Status update posted')
    expect(text).not.toContain('Incident Commander assigned |')
  })

  it('the response times so far', () => {
    const text = dashboard(
      respondAll(openIncident(), [
        [7, '/ic @ic-ian'],
        [10, '/phase mitigation'],
        [95, '/phase containment']
      ]),
      100
    )
    expect(text).toContain('| **Response times** | Incident Commander 7m after the report · from detection: mitigated 1h 43m |')
  })
})
