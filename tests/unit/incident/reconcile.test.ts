import { describe, expect, it } from '@jest/globals'
import { decodeState } from '../../../src/incident/state.js'
import { context } from './context.js'
import { BOT, IssueModel } from './github-model.js'

function opened(ctx = context()): IssueModel {
  const gh = new IssueModel(ctx)
  gh.run()
  return gh
}

describe('opening', () => {
  it('retitles, labels, posts the dashboard and the checklist; a second run writes nothing', () => {
    const gh = opened()
    expect(gh.issue.title).toMatch(/^[a-z]+-[a-z]+$/)
    expect(gh.issue.labels).toEqual(expect.arrayContaining(['incident', 'phase:triage', 'sev:2']))
    expect(gh.botComments('dashboard')).toHaveLength(1)
    expect(gh.botComments('checklist')).toHaveLength(1)
    expect(gh.state.originalTitle).toBe('prod DB dumped by attacker?? {{codename}}')
    expect(gh.writesOf(gh.run())).toBe(0)
  })

  it('converges from a run killed after each of its writes, with no duplicate', () => {
    const writes = new IssueModel().decide().plan.changes.length
    for (let k = 0; k < writes; k++) {
      const gh = new IssueModel()
      gh.run({ killAfter: k })
      gh.settle()
      expect(gh.botComments('dashboard')).toHaveLength(1)
      expect(gh.botComments('checklist')).toHaveLength(1)
      expect(gh.issue.labels.filter((l) => l.startsWith('phase:'))).toEqual(['phase:triage'])
      expect(gh.writesOf(gh.run())).toBe(0)
    }
  })

  it('a comment written twice because its answer was lost is removed by the next run, keeping the oldest', () => {
    const gh = new IssueModel()
    const plan = gh.decide().plan
    const dashboardWrite = plan.changes.findIndex((c) => c.kind === 'upsert-comment' && c.comment === 'dashboard')
    gh.run({ duplicateWrite: dashboardWrite })
    expect(gh.botComments('dashboard')).toHaveLength(2)
    const oldest = gh.botComments('dashboard')[0]!.id
    gh.settle()
    expect(gh.botComments('dashboard').map((c) => c.id)).toEqual([oldest])
  })

  it('a reply posted twice because its answer was lost is removed by the next run, keeping the oldest', () => {
    const gh = opened()
    gh.comment('rita', '/sev 1')
    const plan = gh.decide().plan
    gh.run({ duplicateWrite: plan.changes.findIndex((c) => c.kind === 'reply') })
    expect(gh.replies().filter((r) => r.includes('Refused'))).toHaveLength(2)
    gh.settle()
    expect(gh.replies().filter((r) => r.includes('Refused'))).toHaveLength(1)
  })

  it('a tick in a duplicate checklist is kept when the duplicate goes', () => {
    const gh = new IssueModel()
    const plan = gh.decide().plan
    gh.run({ duplicateWrite: plan.changes.findIndex((c) => c.kind === 'upsert-comment' && c.comment === 'checklist') })
    const [first, second] = gh.botComments('checklist')
    gh.edit(second!.id, second!.body.replace(/- \[ \](.*<!-- i:assemble-team -->)/, '- [x]$1'))
    gh.settle()
    expect(gh.botComments('checklist').map((c) => c.id)).toEqual([first!.id])
    expect(gh.state.steps['assemble-team']).toBe(true)
    expect(gh.bot('checklist')!.body).toMatch(/- \[x\].*<!-- i:assemble-team -->/)
  })
})

describe('gates are decided by who GitHub says acted', () => {
  it('an approver’s gate label opens the gate; an unauthorized one is removed with a reply', () => {
    const gh = opened()
    gh.label('gate:not-internal', 'ic-ian')
    gh.run()
    expect(gh.state.gates['not-internal']).toMatchObject({ open: true, by: 'ic-ian' })
    gh.label('gate:legal-approved', 'wendy')
    gh.run()
    expect(gh.state.gates['legal-approved']?.open).toBe(false)
    expect(gh.issue.labels).not.toContain('gate:legal-approved')
    expect(gh.replies().join('\n')).toMatch(/may not approve `legal-approved`/)
    expect(gh.writesOf(gh.run())).toBe(0)
  })

  it('a writer who edits the hidden state to open every gate opens none; the edit goes on the timeline', () => {
    const gh = opened()
    const dashboard = gh.bot('dashboard')!
    const state = gh.state
    for (const g of Object.keys(state.gates)) state.gates[g] = { open: true, by: 'lena', at: state.openedAt }
    const forged = dashboard.body.replace(
      /<!-- incident-kit:state [A-Za-z0-9+/=]+ -->/,
      `<!-- incident-kit:state ${Buffer.from(JSON.stringify(state)).toString('base64')} -->`
    )
    gh.edit(dashboard.id, forged)
    gh.comment('wendy', '/ioc 203.0.113.9')
    gh.run()
    expect(Object.values(gh.state.gates).every((g) => !g.open)).toBe(true)
    expect(gh.botComments('internal-update')).toHaveLength(0)
    expect(gh.state.timeline.some((e) => e.kind === 'tamper')).toBe(true)
    expect(gh.replies().join('\n')).toMatch(/edited outside incident-kit/)
    expect(gh.writesOf(gh.run())).toBe(0)
  })

  it('a label added then removed is closed whichever run finishes last', () => {
    const gh = opened()
    gh.label('gate:not-internal', 'ic-ian')
    const stale = gh.decide() // a run that read history before the removal...
    gh.unlabel('gate:not-internal', 'ic-ian')
    gh.run() // ...and one after it
    expect(gh.state.gates['not-internal']?.open).toBe(false)
    expect(stale.state?.gates['not-internal']?.open).toBe(true)
    gh.run() // a re-run of the old event reads the history again: the gate stays closed
    expect(gh.state.gates['not-internal']?.open).toBe(false)
  })

  it('/revoke followed within seconds by another comment leaves the gate closed', () => {
    const gh = opened()
    gh.comment('ic-ian', '/approve not-internal')
    gh.run()
    gh.comment('ic-ian', '/revoke not-internal')
    gh.comment('wendy', '/ioc 198.51.100.4') // the /revoke run is cancelled by this one
    gh.run()
    expect(gh.state.gates['not-internal']?.open).toBe(false)
    expect(gh.issue.labels).not.toContain('gate:not-internal')
    expect(gh.bot('internal-update')?.body ?? '').toMatch(/WITHDRAWN/)
  })

  it('three gate labels added at once all count, though two of their runs were cancelled', () => {
    const gh = opened()
    for (const g of ['not-internal', 'timeline-verified', 'impact-known']) gh.label(`gate:${g}`, 'ic-ian')
    gh.run()
    expect(['not-internal', 'timeline-verified', 'impact-known'].map((g) => gh.state.gates[g]?.open)).toEqual([true, true, true])
  })
})

describe('commands', () => {
  it('five commands posted in a burst are all recorded, each answered once', () => {
    const gh = opened()
    const posted = ['/ioc 203.0.113.7', '/ioc 203.0.113.8', '/role scribe @wendy', '/timeline 2026-11-22T09:05Z first login', '/ic @ic-ian'].map((c) =>
      gh.comment('wendy', c)
    )
    gh.run()
    gh.run()
    expect(gh.state.iocs.map((i) => i.value)).toEqual(['203.0.113.7', '203.0.113.8'])
    expect(gh.state.roles).toMatchObject({ scribe: 'wendy', ic: 'ic-ian' })
    expect(gh.issue.assignees).toContain('ic-ian')
    for (const c of posted) expect(c.reactions).toEqual([{ user: BOT, content: '+1' }])
  })

  it('a comment edited after posting runs nothing, and says why', () => {
    const gh = opened()
    const c = gh.comment('wendy', 'hello')
    gh.edit(c.id, '/approve not-internal')
    gh.run()
    expect(gh.state.gates['not-internal']?.open).toBe(false)
    const mallory = gh.comment('ic-ian', '/ioc 192.0.2.1')
    gh.run()
    gh.edit(mallory.id, '/ioc 192.0.2.99')
    gh.run()
    expect(gh.state.iocs.map((i) => i.value)).toEqual([])
  })

  it('commands from people without write access are refused once, with a 😕', () => {
    const gh = opened()
    const c = gh.comment('rita', '/sev 1')
    gh.run()
    gh.run()
    expect(gh.state.severity).toBe(2)
    expect(c.reactions).toEqual([{ user: BOT, content: 'confused' }])
    expect(gh.replies().filter((r) => r.includes('Refused'))).toHaveLength(1)
  })

  it('the iocs output carries each value exactly as typed', () => {
    const gh = opened()
    gh.comment('wendy', '/ioc evil@example.com')
    const plan = gh.run()
    expect(JSON.parse(plan.outputs.iocs!)).toEqual([{ value: 'evil@example.com', type: 'email' }])
  })
})

describe('closing and reopening', () => {
  it('the reporter with read access cannot resolve: the issue is reopened with a one-line reply, nobody is paged to resolve', () => {
    const gh = opened()
    gh.close('alice')
    gh.run()
    expect(gh.issue.state).toBe('open')
    expect(gh.state.phase).toBe('triage')
    expect(gh.pages.filter((p) => p.kind === 'page' && p.event === 'resolve')).toHaveLength(0)
    expect(gh.replies().join('\n')).toMatch(/Refused closing the issue/)
  })

  it('an authorized close resolves; reopening returns to the phase before', () => {
    const gh = opened()
    gh.label('phase:containment', 'wendy')
    gh.run()
    gh.close('wendy')
    gh.run()
    expect(gh.state.phase).toBe('resolved')
    expect(gh.state.resolvedAt).toBeDefined()
    gh.reopen('wendy')
    gh.run()
    expect(gh.state.phase).toBe('containment')
    expect(gh.issue.labels.filter((l) => l.startsWith('phase:'))).toEqual(['phase:containment'])
  })
})

describe('ticks', () => {
  it('a tick by a writer is recorded with who and when; by a reader it is put back', () => {
    const gh = opened()
    const edit = gh.tickBox('assemble-team', 'wendy')
    gh.run({ checklistEdit: edit })
    expect(gh.state.steps['assemble-team']).toBe(true)
    expect(gh.state.timeline.find((e) => e.kind === 'tick')).toMatchObject({ by: 'wendy' })
    const bad = gh.tickBox('stop-attack', 'rita')
    gh.run({ checklistEdit: bad })
    expect(gh.state.steps['stop-attack']).toBe(false)
    expect(gh.bot('checklist')!.body).toMatch(/- \[ \].*<!-- i:stop-attack -->/)
  })

  it('ticks whose runs were cancelled are still recorded by the next run', () => {
    const gh = opened()
    gh.tickBox('assemble-team', 'wendy')
    gh.tickBox('stop-attack', 'wendy')
    gh.comment('wendy', '/ioc 203.0.113.50')
    gh.run()
    expect(gh.state.steps).toMatchObject({ 'assemble-team': true, 'stop-attack': true })
    expect(gh.state.timeline.filter((e) => e.kind === 'tick')).toHaveLength(2)
  })
})

describe('truthful numbers after resolution', () => {
  it('a posted draft freezes at resolution: later ticks, statuses and the resolution itself leave its text as it was', () => {
    const gh = opened()
    gh.label('gate:not-internal', 'ic-ian')
    gh.comment('ic-ian', '/phase communication')
    gh.run()
    const internal = gh.bot('internal-update')!.body
    const sheet = gh.bot('law-enforcement')!.body
    gh.tickBox('stop-attack', 'ic-ian')
    gh.close('ic-ian')
    gh.run()
    expect(gh.state.resolvedAt).toBeDefined()
    gh.comment('ic-ian', '/status all clear')
    gh.tickBox('isolate', 'ic-ian')
    gh.run()
    expect(gh.bot('internal-update')!.body).toBe(internal)
    expect(gh.bot('law-enforcement')!.body).toBe(sheet)
    expect(gh.bot('post-mortem') ?? gh.state.comments['post-mortem']).toBeDefined()
  })
})

describe('progress is counted in one unit: runbook steps', () => {
  it('the dashboard and the checklist headings count steps whose box is ticked, not sub-items', () => {
    const gh = opened()
    gh.tickBox('stop-attack', 'wendy')
    gh.tickBox('stop-attack.1', 'wendy')
    gh.tickBox('assemble-team.2', 'wendy')
    gh.tickBox('assemble-team.3', 'wendy')
    gh.run()
    const dashboard = gh.bot('dashboard')!.body
    expect(dashboard).toContain('1 of 14 runbook steps done')
    expect(dashboard).toMatch(/\| Mitigation \| 1 of 2 \|/)
    expect(dashboard).toMatch(/\| Triage ← current \| 0 of 1 \|/)
    expect(dashboard).toMatch(/\| Investigation \| 0 of 6 \|/)
    expect(dashboard).not.toMatch(/\| \d+\/\d+ \|/)
    const checklist = gh.bot('checklist')!.body
    expect(checklist).toContain('### Mitigation · 1 of 2 steps done')
    expect(checklist).toContain('### Triage (current phase) · 0 of 1 steps done')
    expect(checklist).toContain('### Communication · 0 of 4 steps done')
  })
})

describe('growing lists', () => {
  it('1,500 indicators never push a body past 65,536 characters', () => {
    const gh = opened()
    const lines = Array.from({ length: 1500 }, (_, i) => `/ioc 10.${Math.floor(i / 250)}.${i % 250}.1`)
    for (let i = 0; i < lines.length; i += 100) gh.comment('wendy', lines.slice(i, i + 100).join('\n'))
    const plan = gh.run()
    expect(JSON.parse(plan.outputs.iocs!)).toHaveLength(1500)
    for (const c of gh.comments) expect(c.body.length).toBeLessThanOrEqual(65_536)
    const shown = [
      ...gh.comments
        .map((c) => c.body)
        .join('\n')
        .matchAll(/^- `(10\.\d+\.\d+\.1)`/gm)
    ].map((m) => m[1])
    expect(new Set(shown).size).toBe(1500)
    expect(gh.writesOf(gh.run())).toBe(0)
  })
})

describe('reminders', () => {
  it('a run that died after posting a reminder, before its dashboard write, does not remind again', () => {
    const gh = opened()
    const late = new Date(Date.parse(gh.issue.createdAt) + 60 * 60_000).toISOString() // the IC clock (15 min) is overdue
    const plan = gh.decide({ at: late }).plan
    const reminder = plan.changes.findIndex((c) => c.kind === 'reply' && c.body.includes('overdue'))
    expect(reminder).toBeGreaterThanOrEqual(0)
    gh.run({ at: late, killAfter: plan.changes.slice(0, reminder + 1).filter((c) => c.kind !== 'annotate').length })
    const again = gh.decide({ at: new Date(Date.parse(late) + 5 * 60_000).toISOString() }).plan
    expect(again.changes.filter((c) => c.kind === 'reply' && c.body.includes('overdue'))).toEqual([])
  })
})

describe('the cache', () => {
  it('a dashboard of an older version is rebuilt from history, without answering old commands again', () => {
    const gh = opened()
    const c = gh.comment('wendy', '/ioc 203.0.113.7')
    gh.run()
    const dashboard = gh.bot('dashboard')!
    gh.edit(dashboard.id, dashboard.body.replace(/incident-kit:state [A-Za-z0-9+/=]+/, 'incident-kit:state e30='))
    gh.run()
    expect(decodeState(gh.bot('dashboard')!.body)?.iocs.map((i) => i.value)).toEqual(['203.0.113.7'])
    expect(c.reactions).toHaveLength(1)
  })
})
