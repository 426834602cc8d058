/** View models: what reaches a template, and how outside text is made safe on the way. */
import { describe, expect, it } from '@jest/globals'
import { defaultConfig, parseConfig } from '../../../src/config/load.js'
import {
  defang,
  externalAnnouncementView,
  foldEntries,
  internalUpdateView,
  lawEnforcementView,
  postMortemView,
  safeUrl,
  statusUpdateView,
  thirdParties
} from '../../../src/comms/view.js'
import { fixtureState } from './helpers.js'

const NOW = new Date('2026-11-25T18:00:00Z')

describe('outside text', () => {
  it('config text is neutralised: no pings, no HTML, no template syntax', () => {
    const config = parseConfig('drafts:\n  externalAnnouncement:\n    company: "<b>Acme</b> @everyone {{x}}"\n')
    const view = externalAnnouncementView(fixtureState('external-announcement'), config, NOW)
    expect(view.company).toBe('&lt;b&gt;Acme&lt;/b&gt; @\u2060everyone {\u2060{x}\u2060}')
  })

  it('only http(s) addresses become links, and they cannot close a markdown link early', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('')
    expect(safeUrl('not a url')).toBe('')
    expect(safeUrl('https://github.com/acme/x/issues/1)')).toBe('https://github.com/acme/x/issues/1%29')
    expect(internalUpdateView(fixtureState('internal-update'), defaultConfig(), NOW, { issueUrl: 'javascript:x' }).issueUrl).toBe('')
  })

  it('indicators are defanged so they are never live links', () => {
    expect(defang('https://exfil-cdn.example/a.zip')).toBe('hxxps[://]exfil-cdn[.]example/a[.]zip')
    expect(defang('203.0.113.7')).toBe('203[.]0[.]113[.]7')
  })

  it('third parties come from IOCs of type "party" and from the caller, once each', () => {
    const state = fixtureState('law-enforcement')
    expect(thirdParties(state, ['helpdeskly', 'Snowfall Data'])).toEqual(['Helpdeskly', 'Snowfall Data'])
  })
})

describe('internal update', () => {
  it('is addressed as configured, with the subject "Attorney Work Project" and nothing else', () => {
    const view = internalUpdateView(fixtureState('internal-update'), defaultConfig(), NOW)
    expect(view.subject).toBe('Attorney Work Project')
    expect(view.to).toBe('VP or Director of Engineering')
  })

  it('overviews the timeline rather than going into detail: first and last entries, and how many are left out', () => {
    const view = internalUpdateView(fixtureState('internal-update'), defaultConfig(), NOW)
    const timeline = view.timeline as { text: string }[]
    expect(timeline).toHaveLength(7)
    expect(timeline[3]!.text).toBe('_1 more entry in the incident record_')
  })

  it('is dated by its gate, not by the run, so a re-run renders the same text', () => {
    const state = fixtureState('internal-update')
    expect(internalUpdateView(state, defaultConfig(), NOW)).toEqual(internalUpdateView(state, defaultConfig(), new Date('2030-01-01T00:00:00Z')))
  })
})

describe('law enforcement sheet', () => {
  it('lists the operators of systems used in the attack, not file hashes', () => {
    const view = lawEnforcementView(fixtureState('law-enforcement'), defaultConfig(), NOW)
    expect((view.operators as { type: string }[]).map((o) => o.type)).toEqual(['ip', 'domain'])
    expect(view.iocCount).toBe(4)
  })
})

describe('external announcement', () => {
  it('dates the incident by its detection, for the title', () => {
    expect(externalAnnouncementView(fixtureState('external-announcement'), defaultConfig(), NOW).incidentDate).toBe('22 November 2026')
  })

  it('adds the detection to the public timeline when no entry tells it', () => {
    const state = fixtureState('external-announcement')
    state.attackTimeline = state.attackTimeline.filter((e) => !e.at.startsWith('2026-11-22T08:40'))
    const entries = externalAnnouncementView(state, defaultConfig(), NOW).timeline as { when: string; detection: boolean }[]
    expect(entries.filter((e) => e.detection).map((e) => e.when)).toEqual(['2026-11-22T08:40Z'])
  })

  it('carries the times of the attack timeline, never its text, who wrote it or the compromised entries', () => {
    const state = fixtureState('external-announcement')
    const view = externalAnnouncementView(state, defaultConfig(), NOW)
    const json = JSON.stringify(view)
    for (const e of state.attackTimeline) expect(json).not.toContain(e.text)
    for (const c of state.compromised) expect(json).not.toContain(c.text)
    expect(json).not.toContain(state.codename)
    expect((view.timeline as object[]).every((e) => Object.keys(e).sort().join() === 'detection,time,when')).toBe(true)
    expect(view.compromisedCount).toBe(state.compromised.length)
  })
})

describe('status update', () => {
  it('says when the next update is due, from the status-update clock', () => {
    expect(statusUpdateView(fixtureState('status-update'), defaultConfig(), NOW).nextDue).toBe('22 November 2026, 15:35 UTC')
  })
})

describe('folding long timelines', () => {
  it('keeps decisions before routine entries, and says what it left out', () => {
    const entries = [
      { at: '2026-11-22T09:00:00Z', kind: 'tick', text: 'a' },
      { at: '2026-11-22T09:01:00Z', kind: 'phase', text: 'b' },
      { at: '2026-11-22T09:02:00Z', kind: 'command', text: 'c' },
      { at: '2026-11-22T09:03:00Z', kind: 'gate', text: 'd' }
    ]
    const { shown, folded } = foldEntries(entries, 3)
    expect(shown.map((e) => e.text)).toEqual(['b', 'c', 'd'])
    expect(folded).toBe('1 entry between 2026-11-22T09:00Z and 2026-11-22T09:00Z not shown here (tick ×1).')
  })

  it('the post-mortem mentions entries the dashboard folded earlier', () => {
    const state = fixtureState('post-mortem')
    state.folded = { count: 120, from: '2026-11-22T09:00:00Z', to: '2026-11-23T09:00:00Z', kinds: { tick: 100, command: 20 } }
    expect(postMortemView(state, defaultConfig(), NOW).responseFolded).toBe(
      '120 entries between 2026-11-22T09:00Z and 2026-11-23T09:00Z were folded into counts by the dashboard earlier (tick ×100, command ×20).'
    )
  })
})

describe('progress in the drafts', () => {
  it('counts runbook steps whose box is ticked, like the dashboard and the checklist: ticked sub-items alone do not count', () => {
    const state = fixtureState('status-update')
    state.steps = { 'stop-attack': true, 'stop-attack.1': true, 'assemble-team.1': true, 'assemble-team.2': true }
    const status = statusUpdateView(state, defaultConfig(), NOW)
    expect([status.stepsDone, status.stepsTotal]).toEqual([1, 14])
    const postMortem = postMortemView(state, defaultConfig(), NOW)
    expect([postMortem.stepsDone, postMortem.stepsTotal]).toEqual([1, 14])
    expect(internalUpdateView(state, defaultConfig(), NOW).stepsLeft).toBe(13)
  })
})
