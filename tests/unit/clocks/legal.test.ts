/**
 * Legal and regulatory clocks: each preset starts at a recorded decision (or filing), runs the
 * time its law gives, and is met when a person records the filing with its reference.
 * The incident is the helpers' one: filed 2026-11-22 09:20 UTC, detected 09:12, SEV-2; commands
 * come from the IC (an admin) unless a test says otherwise.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../../src/config/load.js'
import { evaluateClocks, planReminders, type ClockView } from '../../../src/incident/clocks.js'
import type { IncidentState } from '../../../src/incident/state.js'
import { at, context, openIncident, respond, respondAll } from './helpers.js'

const ALL = [
  'gdpr-art33',
  'gdpr-art34',
  'nis2-early-warning',
  'nis2-notification',
  'nis2-final-report',
  'sec-8k',
  'hipaa-breach',
  'dora-initial',
  'ca-1798-82',
  'ca-1798-82-ag'
]
const config = parseConfig(['legal:', '  clocks:', ...ALL.map((id) => `    ${id}: true`)].join('\n'))
const ctx = context({ config })
const none = new Set<string>()

function clock(state: IncidentState, id: string, minutes: number): ClockView | undefined {
  return evaluateClocks(state, config, at(minutes), none).find((c) => c.id === id)
}

/** An incident with the legal presets on, after these commands (minutes after the filing). */
function incident(steps: [number, string][]): IncidentState {
  return respondAll(openIncident({}, ctx), steps, ctx)
}

describe('no legal clock runs before its decision is recorded', () => {
  it('an incident with every preset on shows none of them until a decision', () => {
    const opened = openIncident({}, ctx)
    expect(evaluateClocks(opened, config, at(60), none).map((c) => c.id)).toEqual(['ic-assigned', 'status-update', 'external-announcement'])
  })
})

describe('GDPR Art. 33: 72 hours from awareness of a personal-data breach', () => {
  it('worked example: aware 2026-11-22 08:00 (recorded later, backdated) → due 2026-11-25 08:00 UTC', () => {
    const state = incident([[10, '/decision personal-data-breach 2026-11-22T08:00Z']])
    expect(clock(state, 'gdpr-art33', 60)).toMatchObject({
      status: 'running',
      startedAt: '2026-11-22T08:00:00.000Z',
      dueAt: '2026-11-25T08:00:00.000Z',
      owner: 'Data protection officer',
      start: { kind: 'decision', name: 'personal-data-breach', by: 'ic-ian' }
    })
    expect(state.timeline.find((e) => e.kind === 'decision')).toMatchObject({ at: at(10), by: 'ic-ian' })
  })

  it('is met by `/filed` with its reference, and says who recorded it', () => {
    const state = incident([
      [10, '/decision personal-data-breach'],
      [600, '/filed gdpr-art33 DPC-2026-114']
    ])
    const met = clock(state, 'gdpr-art33', 700)!
    expect(met).toMatchObject({ status: 'met', metAt: at(600), late: false, filing: { reference: 'DPC-2026-114', by: 'ic-ian' } })
    expect(state.timeline.find((e) => e.kind === 'filed')?.text).toContain('reference DPC-2026-114')
  })

  it('a filing withdrawn as a mistake leaves the clock running again', () => {
    const state = incident([
      [10, '/decision personal-data-breach'],
      [20, '/filed gdpr-art33 DPC-1'],
      [30, '/filed withdraw gdpr-art33']
    ])
    expect(clock(state, 'gdpr-art33', 60)).toMatchObject({ status: 'running' })
    expect(state.timeline.map((e) => e.kind).filter((k) => k.startsWith('fil'))).toEqual(['filed', 'filing-withdrawn'])
  })

  it('a withdrawn decision stops the clock showing; the timeline keeps both', () => {
    const state = incident([
      [10, '/decision personal-data-breach'],
      [30, '/decision withdraw personal-data-breach']
    ])
    expect(clock(state, 'gdpr-art33', 60)).toBeUndefined()
    expect(state.timeline.filter((e) => e.kind.startsWith('decision')).map((e) => e.kind)).toEqual(['decision', 'decision-withdrawn'])
  })
})

describe('NIS2 Art. 23: early warning in 24 hours, notification in 72, final report a month after the notification', () => {
  const aware = incident([[10, '/decision significant']])

  it('worked example: aware 2026-11-22 09:30 → early warning due 2026-11-23 09:30, notification due 2026-11-25 09:30', () => {
    expect(clock(aware, 'nis2-early-warning', 60)?.dueAt).toBe('2026-11-23T09:30:00.000Z')
    expect(clock(aware, 'nis2-notification', 60)?.dueAt).toBe('2026-11-25T09:30:00.000Z')
  })

  it('the final report starts from the notification filing: filed 2026-11-24 10:20 → final report due 2026-12-24 10:20', () => {
    expect(clock(aware, 'nis2-final-report', 60)).toBeUndefined()
    const notified = respondAll(aware, [[2940, '/filed nis2-notification CSIRT-7781']], ctx)
    expect(at(2940)).toBe('2026-11-24T10:20:00.000Z')
    expect(clock(notified, 'nis2-notification', 3000)).toMatchObject({ status: 'met', metAt: '2026-11-24T10:20:00.000Z' })
    expect(clock(notified, 'nis2-final-report', 3000)).toMatchObject({
      status: 'running',
      startedAt: '2026-11-24T10:20:00.000Z',
      dueAt: '2026-12-24T10:20:00.000Z',
      start: { kind: 'filing', name: 'nis2-notification' }
    })
  })
})

describe('SEC Form 8-K Item 1.05: four business days from the materiality determination', () => {
  it('worked example: determined Wednesday 2026-11-25 15:00 New York → due at the end of Wednesday 2026-12-02 (Thanksgiving and the weekend skipped)', () => {
    const state = incident([[5020, '/decision material 2026-11-25T20:00Z']])
    expect(clock(state, 'sec-8k', 5030)).toMatchObject({ startedAt: '2026-11-25T20:00:00.000Z', dueAt: '2026-12-03T05:00:00.000Z', status: 'running' })
  })
})

describe('HIPAA: 60 calendar days from discovery of a breach of unsecured PHI', () => {
  it('worked example: discovered 2026-11-22 09:30 → due 2027-01-21 09:30', () => {
    expect(clock(incident([[10, '/decision phi-breach']]), 'hipaa-breach', 60)?.dueAt).toBe('2027-01-21T09:30:00.000Z')
  })
})

describe('DORA: initial notification within 4 hours of classification as major, at most 24 hours from awareness', () => {
  it('classified early: 4 hours from classification is the earlier (09:30 → 13:30)', () => {
    expect(clock(incident([[10, '/decision major']]), 'dora-initial', 60)?.dueAt).toBe('2026-11-22T13:30:00.000Z')
  })

  it('classified late: 24 hours from awareness (detected 09:12) is the earlier, not 4 hours from 2026-11-23 07:00', () => {
    const late = incident([[1320, '/decision major 2026-11-23T07:00Z']])
    expect(clock(late, 'dora-initial', 1330)).toMatchObject({ startedAt: '2026-11-23T07:00:00.000Z', dueAt: '2026-11-23T09:12:00.000Z', status: 'running' })
  })
})

describe('California Civil Code 1798.82: residents in 30 calendar days, then the Attorney General in 15', () => {
  it('worked example: discovered 2026-11-22 09:30 → residents due 2026-12-22 09:30; notified 2026-12-01 → sample to the AG due 2026-12-16', () => {
    const state = incident([
      [10, '/decision ca-breach'],
      [13000, '/filed ca-1798-82 2026-12-01T00:00Z mailing batch 1']
    ])
    expect(clock(state, 'ca-1798-82', 13010)).toMatchObject({ dueAt: '2026-12-22T09:30:00.000Z', status: 'met' })
    expect(clock(state, 'ca-1798-82-ag', 13010)?.dueAt).toBe('2026-12-16T00:00:00.000Z')
  })
})

describe('GDPR Art. 34: no fixed time in the law, so the clock is a target and says so', () => {
  it('shows the law’s words beside the team’s target', () => {
    const target = clock(incident([[10, '/decision high-risk']]), 'gdpr-art34', 60)!
    expect(target).toMatchObject({ target: true, dueAt: '2026-11-25T09:30:00.000Z' })
    expect(target.law?.says).toBe('without undue delay')
  })

  it('a reminder calls it a target, and says how to record the filing', () => {
    const state = incident([[10, '/decision high-risk']])
    const body = planReminders(state, config, '2026-11-25T10:00:00.000Z', none).changes.flatMap((c) => (c.kind === 'reply' ? [c.body] : []))[0]
    expect(body).toContain('**GDPR Art. 34: people affected told**: target 2026-11-25T09:30Z, overdue by 30m')
    expect(body).toContain('`/filed gdpr-art34 <reference>`')
  })
})

describe('who may record decisions and filings', () => {
  it('a writer who holds no incident role is refused, and nothing starts', () => {
    const refused = respond(openIncident({}, ctx), { type: 'comment', body: '/decision material', author: 'wendy' }, 10, ctx)
    expect(refused.decisions).toBeUndefined()
    expect(refused.timeline.find((e) => e.kind === 'command-refused')?.text).toContain('/decision')
  })

  it('the same writer may once the IC makes them scribe (`legal.recorders.roles`)', () => {
    const scribe = respondAll(openIncident({}, ctx), [[5, '/role scribe @wendy']], ctx)
    const recorded = respond(scribe, { type: 'comment', body: '/decision material', author: 'wendy' }, 10, ctx)
    expect(recorded.decisions?.material).toMatchObject({ by: 'wendy', at: at(10) })
  })

  it('a decision dated after the comment, an unknown decision and a second time for the same decision are refused', () => {
    const state = incident([
      [10, '/decision material 2026-11-30T00:00Z'],
      [11, '/decision materiel'],
      [12, '/decision major'],
      [13, '/decision major 2026-11-22T09:00Z'],
      [14, '/filed gdpr-art3 X-1']
    ])
    expect(state.decisions).toEqual({ major: { at: at(12), by: 'ic-ian', recordedAt: at(12) } })
    expect(state.filings).toBeUndefined()
  })
})
