/** `npm start`: the simulated incident runs start to finish and shows what a responder would see. */
import { describe, expect, it } from '@jest/globals'
import { simulate } from '../../src/simulate/simulate.js'

describe('the simulated incident', () => {
  it('plays every step without a failure and ends resolved, with drafts and a post-mortem', async () => {
    const result = await simulate()
    expect(result.steps.filter((s) => s.failed)).toEqual([])
    const t = result.transcript
    expect(t).toMatch(/^# Simulated incident: [a-z]+-[a-z]+$/m)
    expect(t).toContain('labels: `incident`, `sev:2`')
    expect(t).toContain('`phase:resolved`')
    for (const kind of ['dashboard', 'checklist', 'internal-update', 'law-enforcement', 'external-announcement', 'post-mortem']) {
      expect(t).toContain(`(${kind})`)
    }
    expect(t).toContain('A clock is overdue')
    expect(t).toContain('Refused: `@rita` has read access')
    expect(t).toContain('Removed `gate:not-internal`: `@wendy` may not approve')
    // Pages carry the codename and a link only, and the routing key never shows.
    expect(t).toContain('sent to events.pagerduty.com')
    expect(t).not.toContain('simulated-routing-key')
  })
})
