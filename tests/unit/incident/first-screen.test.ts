/** The dashboard's first screen: what a responder at 3 a.m. needs in ten seconds, before anything else. */
import { describe, expect, it } from '@jest/globals'
import { approversText } from '../../../src/comms/approval.js'
import { visibleText } from '../../../src/incident/dashboard.js'
import { context } from './context.js'
import { IssueModel } from './github-model.js'

/** The dashboard as seen, up to the first folded block. */
function firstScreen(gh: IssueModel): string {
  const text = visibleText(gh.bot('dashboard')!.body)
  return text.slice(0, text.indexOf('<details>'))
}

function opened(): IssueModel {
  const gh = new IssueModel(context())
  gh.run()
  return gh
}

describe('the first screen', () => {
  it('says the codename, severity, phase, that no IC was paged and how to page one, the times, the status, the next steps and the closed gates', () => {
    const screen = firstScreen(opened())
    const lines = screen.split('\n').filter(Boolean)
    expect(lines[0]).toMatch(/^# [a-z]+-[a-z]+$/)
    expect(lines[1]).toBe('> [!CAUTION]')
    expect(lines[2]).toMatch(/^> \*\*No Incident Commander has been paged\.\*\* No one could be paged/)
    expect(screen).toContain('**SEV-2** · phase **Triage** · Incident Commander **none yet**: comment `/ic page` to page one, or `/ic @login`')
    expect(screen).toContain('Detected 8m ago, opened 0m ago, as of 2026-11-22 09:20 UTC.')
    expect(screen).toContain('**Latest status:** none yet: `/status <text>`')
    expect(screen).toContain(
      '- **1.** Stop the attack in progress <sub>Mitigation</sub>\n- **2.** Cut off the attack vector <sub>Mitigation</sub>\n- **3.** Assemble the response team'
    )
    expect(screen).toContain('- `gate:legal-approved`: Legal counsel approved the external statement. Who may open it: anyone with maintain access or more.')
    expect(screen.length).toBeLessThan(3_000)
  })

  it('numbers the next steps as the checklist does, skipping those done', () => {
    const gh = opened()
    gh.tickBox('assemble-team', 'wendy')
    gh.tickBox('stop-attack', 'wendy')
    gh.run()
    const steps = [...firstScreen(gh).matchAll(/^- \*\*(\d+)\.\*\* (.*?) <sub>/gm)].map((m) => `${m[1]} ${m[2]}`)
    expect(steps).toEqual(['2 Cut off the attack vector', '4 Isolate affected instances', '5 Identify the timeline of the attack'])
  })

  it('drops the banner once an Incident Commander is appointed, and shows the latest status', () => {
    const gh = opened()
    gh.comment('ic-ian', '/ic @ic-ian')
    gh.comment('wendy', '/status deploy keys rotated | forensics under way')
    gh.run()
    const screen = firstScreen(gh)
    expect(screen).not.toContain('[!CAUTION]')
    expect(screen).toContain('Incident Commander `@ic-ian`')
    expect(screen).toMatch(/\*\*Latest status:\*\* deploy keys rotated \\\| forensics under way \(`@wendy`, 2026-11-22T09:2\dZ\)/)
  })

  it('says who may open a gate in words', () => {
    expect(approversText({ users: ['lena'], teams: ['acme/legal'], permission: null })).toBe('`@lena` or team `acme/legal`')
    expect(approversText({ users: [], teams: [], permission: 'admin' })).toBe('anyone with admin access or more')
    expect(approversText({ users: ['a', 'b'], teams: [], permission: 'maintain' })).toBe('`@a`, `@b` or anyone with maintain access or more')
    expect(approversText({ users: [], teams: [], permission: null })).toBe('no one (the configuration names no approver)')
  })
})
