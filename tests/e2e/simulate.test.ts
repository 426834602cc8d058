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

  it('keeps the bot to eight comments over the whole incident', async () => {
    const result = await simulate()
    const kinds = [...result.transcript.matchAll(/^### Comment by github-actions\[bot\] \(([a-z-]+)\)$/gm)].map((m) => m[1])
    expect(kinds.sort()).toEqual([
      'answers',
      'checklist',
      'dashboard',
      'external-announcement',
      'internal-update',
      'law-enforcement',
      'post-mortem',
      'status-update'
    ])
  })

  it('stops where asked: the incident as it stood then', async () => {
    const result = await simulate({ until: '2026-11-22T09:41:00Z' })
    expect(result.steps.map((s) => s.step.at)).toEqual(['2026-11-22T09:20:00Z', '2026-11-22T09:37:00Z', '2026-11-22T09:39:00Z', '2026-11-22T09:41:00Z'])
    expect(result.transcript).not.toContain('(post-mortem)')
    expect(result.transcript).toContain('(dashboard)')
  })
})
