/**
 * The clocks of the runbook: an Incident Commander within 15 minutes for SEV-1/2, a status
 * update every few hours while active, the external announcement within 72 hours of
 * detection, and a regulator's deadline with its owner.
 */
import { describe, expect, it } from '@jest/globals'
import { clockStart, evaluateClocks, untilProblem, type ClockView } from '../../../src/incident/clocks.js'
import type { IncidentState } from '../../../src/incident/state.js'
import { at, context, DETECTED, FILED, formWithSeverity, openIncident, releaseComment, respond, respondAll } from './helpers.js'

const config = context().config
const none = new Set<string>()

function clock(state: IncidentState, id: string, minutes: number, posted: ReadonlySet<string> = none, cfg = config): ClockView | undefined {
  return evaluateClocks(state, cfg, at(minutes), posted).find((c) => c.id === id)
}

describe('an Incident Commander within 15 minutes of the report (SEV-1 and SEV-2)', () => {
  const sev2 = openIncident()

  it('starts when the issue is filed and runs for 15 minutes', () => {
    expect(clock(sev2, 'ic-assigned', 5)).toMatchObject({ status: 'running', startedAt: FILED, dueAt: at(15), left: 10 * 60_000, owner: null })
  })

  it('is missed once 15 minutes pass without one', () => {
    expect(clock(sev2, 'ic-assigned', 20)).toMatchObject({ status: 'missed', left: -5 * 60_000 })
  })

  it('is met when `/ic @login` appoints one in time, and says when', () => {
    const assigned = respondAll(sev2, [[12, '/ic @ic-ian']])
    expect(clock(assigned, 'ic-assigned', 60)).toMatchObject({ status: 'met', metAt: at(12), late: false, left: 3 * 60_000, owner: '@ic-ian' })
  })

  it('is met late when the appointment comes after the deadline', () => {
    const late = respondAll(sev2, [[40, '/ic @ic-ian']])
    expect(clock(late, 'ic-assigned', 60)).toMatchObject({ status: 'met', metAt: at(40), late: true, left: -25 * 60_000 })
  })

  it('does not apply to SEV-3 and SEV-4', () => {
    const sev3 = openIncident({ body: formWithSeverity('SEV-3 (medium)') })
    expect(clock(sev3, 'ic-assigned', 60)).toBeUndefined()
  })

  it('applies while the severity is not assessed yet (better safe than sorry)', () => {
    const unknown = openIncident({ body: formWithSeverity('Not sure') })
    expect(unknown.severity).toBeNull()
    expect(clock(unknown, 'ic-assigned', 60)?.status).toBe('missed')
  })
})

describe('a status update every 4 hours while the incident is active', () => {
  const opened = openIncident()

  it('runs from the filing until the first status', () => {
    expect(clock(opened, 'status-update', 60)).toMatchObject({ status: 'running', startedAt: FILED, dueAt: at(240), repeat: true })
    expect(clock(opened, 'status-update', 241)?.status).toBe('missed')
  })

  it('restarts at every `/status`, and is never "met" while the incident is active', () => {
    const updated = respondAll(opened, [
      [100, '/status contained the build host'],
      [300, '/status rotating keys']
    ])
    expect(clockStart('last-status', updated)).toBe(at(300))
    expect(clock(updated, 'status-update', 320)).toMatchObject({ status: 'running', startedAt: at(300), dueAt: at(540) })
    expect(clock(updated, 'status-update', 600)?.status).toBe('missed')
  })

  it('stops when the incident is resolved before the next update is due', () => {
    const resolved = respondAll(opened, [
      [100, '/status contained'],
      [200, 'close']
    ])
    expect(clock(resolved, 'status-update', 2_000)).toMatchObject({ status: 'stopped', left: 140 * 60_000 })
  })

  it('stays missed when the incident was resolved after the update was already overdue', () => {
    const resolved = respondAll(opened, [[500, 'close']])
    expect(clock(resolved, 'status-update', 2_000)).toMatchObject({ status: 'missed', left: -260 * 60_000 })
  })
})

describe('the external announcement within 72 hours of detection', () => {
  const opened = openIncident()
  const allGates = ['not-internal', 'timeline-verified', 'impact-known', 'fix-verified', 'legal-approved']
  const approveAll = (state: IncidentState, from: number) =>
    respondAll(
      state,
      allGates.map((g, i) => [from + i, `/approve ${g}`] as [number, string])
    )

  it('starts at the detection time from the report when it is earlier than the filing', () => {
    expect(opened.detectedAt).toBe(DETECTED)
    expect(clock(opened, 'external-announcement', 60)).toMatchObject({
      startedAt: DETECTED,
      dueAt: new Date(Date.parse(DETECTED) + 72 * 3_600_000).toISOString()
    })
  })

  it('starts at the filing when the reported detection is later (a typo: nobody files before noticing)', () => {
    const typo = openIncident({ body: formWithSeverity('SEV-1 (critical)', '2026-11-23 10:00') })
    expect(clock(typo, 'external-announcement', 60)?.startedAt).toBe(FILED)
  })

  it('is not met by the draft alone: an announcement posted by the bot, full of TODOs, has reached no one', () => {
    const approved = approveAll(opened, 1_000)
    expect(clock(approved, 'external-announcement', 2_000, new Set(['external-announcement']))?.status).toBe('running')
  })

  it('is met when a person records the release with `/released`, at that time', () => {
    const released = respondAll(approveAll(opened, 1_000), [[1_100, releaseComment()]])
    expect(released.releases).toEqual([{ draft: 'external-announcement', by: 'ic-ian', at: at(1_100), reference: 'https://status.example.com/2026-11-22' }])
    expect(clock(released, 'external-announcement', 2_000, new Set(['external-announcement']))).toMatchObject({ status: 'met', metAt: at(1_100), late: false })
  })

  it('is not met by a `/released` the linter refused (the draft as it stands still has its TODOs)', () => {
    const refused = respondAll(approveAll(opened, 1_000), [[1_100, '/released external-announcement https://status.example.com/2026-11-22']])
    expect(refused.releases).toEqual([])
    expect(clock(refused, 'external-announcement', 2_000, new Set(['external-announcement']))?.status).toBe('running')
  })

  it('is not met by a `/released` before the gates are open', () => {
    const early = respondAll(opened, [[900, releaseComment()]])
    expect(early.releases).toEqual([])
    expect(clock(early, 'external-announcement', 2_000)?.status).toBe('running')
  })

  it('stays met when a gate is closed after the release: what was published was published', () => {
    const revoked = respondAll(approveAll(opened, 1_000), [
      [1_100, releaseComment()],
      [1_500, '/revoke legal-approved']
    ])
    expect(clock(revoked, 'external-announcement', 72 * 60 + 10, new Set(['external-announcement']))).toMatchObject({ status: 'met', metAt: at(1_100) })
  })

  it('is met late when the release comes after the 72 hours', () => {
    const late = respondAll(approveAll(opened, 1_000), [[80 * 60, releaseComment()]])
    expect(clock(late, 'external-announcement', 90 * 60)).toMatchObject({ status: 'met', late: true })
  })
})

describe('a regulatory deadline: 72 hours from awareness, owned by legal', () => {
  const regulated = {
    ...config,
    gates: {
      ...config.gates,
      'regulator-notified': { description: 'The supervisory authority was notified.', approvers: { users: [], teams: [], permission: 'maintain' as const } }
    },
    clocks: [
      {
        id: 'regulator',
        title: 'Supervisory authority notified (GDPR art. 33)',
        from: 'detected' as const,
        until: 'gate:regulator-notified',
        hours: 72,
        owner: '@acme/legal',
        severities: [1, 2, 3, 4],
        repeat: false
      }
    ]
  }
  const ctx = context({ config: regulated })
  const opened = openIncident({}, ctx)

  it('names its owner and runs from detection', () => {
    expect(clock(opened, 'regulator', 60, none, regulated)).toMatchObject({ owner: '@acme/legal', startedAt: DETECTED, status: 'running' })
  })

  it('is met when the gate opens', () => {
    const notified = respond(opened, { type: 'comment', body: '/approve regulator-notified' }, 3_000, ctx)
    expect(clock(notified, 'regulator', 5_000, none, regulated)).toMatchObject({ status: 'met', metAt: at(3_000) })
  })
})

describe('what stops a clock (`until`)', () => {
  const cfg = (until: string) => ({
    ...config,
    clocks: [{ id: 'c', title: 'C', from: 'opened' as const, until, hours: 1, severities: [1, 2, 3, 4], repeat: false }]
  })
  const opened = openIncident()
  const stopped = (state: IncidentState, until: string) => evaluateClocks(state, cfg(until), at(600), none)[0]

  it('phase:<id> when the incident reaches that phase or a later one', () => {
    const skipped = respondAll(opened, [[30, '/phase investigation']])
    expect(stopped(skipped, 'phase:containment')).toMatchObject({ status: 'met', metAt: at(30) })
    expect(stopped(opened, 'phase:containment')?.status).toBe('missed')
  })

  it('role:<name> when that role is appointed', () => {
    const scribed = respondAll(opened, [[20, '/role scribe @wendy']])
    expect(stopped(scribed, 'role:scribe')).toMatchObject({ status: 'met', metAt: at(20) })
    expect(stopped(scribed, 'role:ic')?.status).toBe('missed')
  })

  it('a timeline kind (paged, status, …) when such an entry is recorded after the start', () => {
    const noted = respondAll(opened, [[45, '/ioc 203.0.113.7']])
    expect(stopped(noted, 'ioc')).toMatchObject({ status: 'met', metAt: at(45), late: false })
  })

  it('unknown names are caught when the config is checked', () => {
    expect(untilProblem('role:ic', config)).toBeUndefined()
    expect(untilProblem('draft:external-announcement', config)).toBeUndefined()
    expect(untilProblem('released:external-announcement', config)).toBeUndefined()
    expect(untilProblem('released:internal-update', config)).toBeUndefined()
    expect(untilProblem('released:law-enforcement', config)).toMatch(/not a configured releasable draft/)
    expect(untilProblem('gate:legal-approved', config)).toBeUndefined()
    expect(untilProblem('phase:containment', config)).toBeUndefined()
    expect(untilProblem('step:law-enforcement', config)).toBeUndefined()
    expect(untilProblem('status', config)).toBeUndefined()
    expect(untilProblem('gate:nope', config)).toMatch(/"nope" is not a configured gate/)
    expect(untilProblem('draft:tweet', config)).toMatch(/not a configured draft/)
    expect(untilProblem('phase:panic', config)).toMatch(/not a configured phase/)
    expect(untilProblem('Status Update', config)).toMatch(/expected role:<name>/)
  })
})
