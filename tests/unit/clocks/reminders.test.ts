/**
 * Reminders on overdue clocks, as the scheduled run (every 15 minutes) posts them: the owner is
 * nagged, never flooded; drills are left alone; one comment per incident per run at most.
 */
import { describe, expect, it } from '@jest/globals'
import { CLOCK_MISSED_KIND, nextReminderAt, planReminders, REMINDER_MAX_GAP_MS, whoToPing } from '../../../src/incident/clocks.js'
import type { Change } from '../../../src/incident/plan.js'
import type { IncidentState } from '../../../src/incident/state.js'
import { at, context, formWithSeverity, openIncident, respondAll } from './helpers.js'

const config = context().config
const none = new Set<string>()
const replies = (changes: Change[]) => changes.flatMap((c) => (c.kind === 'reply' ? [c.body] : []))

/** Runs the scheduled decision every 15 minutes from `from` to `to` (minutes after filing); the reminder comments, by minute. */
function everyQuarterHour(state: IncidentState, from: number, to: number, cfg = config): { comments: [number, string][]; state: IncidentState } {
  const comments: [number, string][] = []
  let current = state
  for (let m = from; m <= to; m += 15) {
    const run = planReminders(current, cfg, at(m), none)
    const bodies = replies(run.changes)
    expect(bodies.length).toBeLessThanOrEqual(1)
    if (bodies[0]) comments.push([m, bodies[0]])
    current = run.state
  }
  return { comments, state: current }
}

describe('back-off', () => {
  it('reminds as soon as a clock is overdue, then after its length, then doubling, up to a day', () => {
    const due = '2026-11-22T10:00:00.000Z'
    const base = 4 // hours
    const sequence = [due]
    for (let i = 0; i < 8; i++) sequence.push(nextReminderAt(due, sequence[sequence.length - 1], base))
    const hoursAfterDue = sequence.map((t) => (Date.parse(t) - Date.parse(due)) / 3_600_000)
    expect(hoursAfterDue).toEqual([0, 4, 8, 16, 32, 56, 80, 104, 128])
  })

  it('waits at least 30 minutes for a short clock, and never more than a day', () => {
    const due = '2026-11-22T09:35:00.000Z'
    expect(nextReminderAt(due, due, 0.25)).toBe('2026-11-22T10:05:00.000Z')
    expect(Date.parse(nextReminderAt(due, '2026-11-30T09:35:00.000Z', 0.25)) - Date.parse('2026-11-30T09:35:00.000Z')).toBe(REMINDER_MAX_GAP_MS)
  })

  it('never reminds of the same clock on two runs in a row, and thins out over three days', () => {
    const { comments } = everyQuarterHour(openIncident(), 0, 3 * 24 * 60)
    const icReminders = comments.filter(([, body]) => body.includes('Incident Commander assigned')).map(([m]) => m)
    expect(icReminders[0]).toBe(15)
    const gaps = icReminders.slice(1).map((m, i) => m - icReminders[i]!)
    expect(gaps.every((g) => g > 15)).toBe(true)
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b))
    expect(icReminders.length).toBeLessThanOrEqual(12)
  })

  it('starts afresh for a repeating clock once it is met and missed again', () => {
    const first = everyQuarterHour(openIncident(), 0, 300)
    const updated = respondAll(first.state, [[310, '/status contained the host']])
    const again = planReminders(updated, config, at(310 + 240), none)
    expect(replies(again.changes)[0]).toContain('Status update posted')
  })
})

describe('one reminder comment per incident per run', () => {
  const opened = openIncident()

  it('covers every overdue clock, each with its owner and how to stop it', () => {
    const run = planReminders(opened, config, at(245), none)
    const bodies = replies(run.changes)
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toContain('2 clocks are overdue')
    expect(bodies[0]).toContain('**Incident Commander assigned**: due 2026-11-22T09:35Z, overdue by 3h 50m')
    expect(bodies[0]).toContain('`/ic @login`')
    expect(bodies[0]).toContain('**Status update posted**')
    expect(bodies[0]).toContain('`/status')
    expect(run.state.reminded).toEqual({ 'ic-assigned': at(245), 'status-update': at(245) })
  })

  it('records each missed clock once on the timeline, dated when it was due', () => {
    const first = planReminders(opened, config, at(20), none).state
    const second = planReminders(first, config, at(35), none).state
    const missed = second.timeline.filter((e) => e.kind === CLOCK_MISSED_KIND)
    expect(missed).toEqual([expect.objectContaining({ at: at(15), text: 'Clock missed: Incident Commander assigned (due 2026-11-22T09:35Z)' })])
  })

  it('changes nothing when the same run is repeated', () => {
    const first = planReminders(opened, config, at(20), none)
    const again = planReminders(first.state, config, at(20), none)
    expect(again.changes).toEqual([])
    expect(again.state).toBe(first.state)
  })

  it('changes nothing while every clock is on time', () => {
    const run = planReminders(opened, config, at(10), none)
    expect(run).toEqual({ changes: [], state: opened })
  })
})

describe('who is reminded', () => {
  const opened = openIncident()

  it('the Incident Commander when the clock has no owner of its own', () => {
    const assigned = respondAll(opened, [[10, '/ic @ic-ian']])
    expect(replies(planReminders(assigned, config, at(245), none).changes)[0]).toContain('@ic-ian: post one with `/status')
  })

  it('the IC team when there is no IC yet, else the reporter, so someone always hears', () => {
    const withTeam = { ...config, paging: { ...config.paging, icTeam: 'acme/incident-commanders' } }
    expect(whoToPing({ owner: null }, opened, withTeam)).toBe('@acme/incident-commanders')
    expect(whoToPing({ owner: null }, opened, config)).toBe('@alice')
  })

  it('a configured owner: a handle is mentioned; a name is shown beside the IC', () => {
    const assigned = respondAll(opened, [[10, '/ic @ic-ian']])
    expect(whoToPing({ owner: '@acme/legal' }, assigned, config)).toBe('@acme/legal')
    expect(whoToPing({ owner: 'Legal counsel' }, assigned, config)).toBe('**Legal counsel**, @ic-ian')
  })
})

describe('which incidents get reminders', () => {
  it('not a resolved one', () => {
    const resolved = respondAll(openIncident(), [[5, 'close']])
    expect(planReminders(resolved, config, at(600), none)).toEqual({ changes: [], state: resolved })
  })

  it('not a drill: its missed clocks go on the dashboard, nobody is pinged', () => {
    const drill = openIncident({ labels: ['incident', 'incident:drill'] })
    const run = planReminders(drill, config, at(20), none)
    expect(replies(run.changes)).toEqual([])
    expect(run.state.timeline.some((e) => e.kind === CLOCK_MISSED_KIND)).toBe(true)
    expect(run.state.reminded).toEqual({})
  })

  it('a drill too when the config says `reminders.drills: true`', () => {
    const drill = openIncident({ labels: ['incident', 'incident:drill'] })
    const run = planReminders(drill, { ...config, reminders: { drills: true } }, at(20), none)
    expect(replies(run.changes)[0]).toMatch(/^⏰ \*\*DRILL\.\*\* /)
  })

  it('not for clocks that do not apply to the severity', () => {
    const sev4 = openIncident({ body: formWithSeverity('SEV-4 (low)') })
    const run = planReminders(sev4, config, at(60), none)
    expect(run.changes).toEqual([])
  })
})
