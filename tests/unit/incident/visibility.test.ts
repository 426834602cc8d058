import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../../src/config/load.js'
import { visibleText } from '../../../src/incident/dashboard.js'
import {
  decideVisibility,
  isBroader,
  responseTeam,
  visibilitySummary,
  visibilityUnchecked,
  visibilityWarning,
  type VisibilityFacts
} from '../../../src/incident/visibility.js'
import { context } from './context.js'
import { IssueModel } from './github-model.js'

const AT = '2026-11-22T10:00:00.000Z'
const SECURITY = { teams: ['acme/security'], users: [] }

function orgFacts(overrides: Partial<VisibilityFacts> = {}): VisibilityFacts {
  return {
    at: AT,
    owner: 'acme',
    ownerType: 'Organization',
    visibility: 'private',
    collaborators: ['ic-ian', 'wendy'],
    teams: [{ slug: 'acme/security', permission: 'maintain' }],
    basePermission: 'none',
    responseMembers: new Map([['acme/security', new Set(['ic-ian', 'wendy'])]]),
    unreadable: [],
    ...overrides
  }
}

describe('who can read the incident', () => {
  it('is the response team alone when only its members and its team have access', () => {
    const r = decideVisibility(orgFacts(), SECURITY)
    expect(r).toMatchObject({ readers: 2, beyond: [], teams: [{ slug: 'acme/security', permission: 'maintain', response: true }], compared: true })
    expect(isBroader(r)).toBe(false)
    expect(visibilityWarning(r)).toBeUndefined()
    expect(visibilitySummary(r)).toBe(
      '2 people with access, all in the response team; teams: `acme/security` (maintain, response team); organization base permission: none (checked 2026-11-22T10:00Z)'
    )
  })

  it('counts every member of the organization when its base permission is read', () => {
    const members = ['ic-ian', 'wendy', 'bob', 'carol', 'dave']
    const r = decideVisibility(orgFacts({ collaborators: members, basePermission: 'read' }), SECURITY)
    expect(r.readers).toBe(5)
    expect(r.beyond).toEqual(['bob', 'carol', 'dave'])
    const warning = visibilityWarning(r)!
    expect(warning).toContain("The organization's base permission is read: every member of `acme` can read every repository")
    expect(warning).toContain('3 people outside the response team can read it (`@bob`, `@carol`, `@dave`)')
  })

  it('warns of an outside collaborator who is in no response team', () => {
    const r = decideVisibility(orgFacts({ collaborators: ['ic-ian', 'wendy', 'contractor-x'] }), SECURITY)
    expect(r.beyond).toEqual(['contractor-x'])
    expect(visibilityWarning(r)).toMatch(
      /^\*\*More people can read this incident than the response team\.\*\* 1 person outside the response team can read it \(`@contractor-x`\)/
    )
    expect(visibilityWarning(r)).toContain('the attack could be internal')
  })

  it('warns of a team with access that is not a response team, and of an internal repository', () => {
    const r = decideVisibility(
      orgFacts({
        visibility: 'internal',
        teams: [
          { slug: 'acme/security', permission: 'maintain' },
          { slug: 'acme/everyone', permission: 'pull' }
        ]
      }),
      SECURITY
    )
    const warning = visibilityWarning(r)!
    expect(warning).toContain('The repository is internal: everyone in the enterprise can read it')
    expect(warning).toContain('1 team outside the response team has access: `acme/everyone` (pull)')
  })

  it('says it could not check when the token may not read the organization, instead of guessing', () => {
    const r = decideVisibility(
      orgFacts({
        teams: undefined,
        basePermission: undefined,
        collaborators: ['ic-ian', 'wendy', 'someone'],
        responseMembers: new Map([['acme/security', 'unknown' as const]]),
        unreadable: ["the organization's settings (GET /orgs/acme): 403"]
      }),
      SECURITY
    )
    // Without the response team's members nobody is called an outsider.
    expect(r.beyond).toEqual([])
    expect(visibilityWarning(r)).toBeUndefined()
    const said = visibilityUnchecked(r)!
    expect(said).toMatch(
      /^Could not check who can read this incident: the token may not read the organization's settings; it could not read the organization's settings \(GET \/orgs\/acme\): 403\./
    )
    expect(said).toContain('GITHUB_TOKEN')
    expect(said).toContain('read:org')
    expect(visibilitySummary(r)).toContain("not readable with this token: the organization's settings (GET /orgs/acme): 403")
  })

  it('counts the owner of a personal repository with its collaborators', () => {
    const r = decideVisibility(
      { at: AT, owner: 'ann', ownerType: 'User', visibility: 'private', collaborators: ['bob'], responseMembers: new Map(), unreadable: [] },
      { teams: [], users: ['ann'] }
    )
    expect(r).toMatchObject({ readers: 2, beyond: ['bob'], internal: false })
    expect(r.org).toBeUndefined()
  })

  it('compares with nothing when no response team is configured: only organization-wide access warns', () => {
    const none = decideVisibility(orgFacts({ collaborators: ['a', 'b'], teams: [{ slug: 'acme/eng', permission: 'push' }] }), { teams: [], users: [] })
    expect(none).toMatchObject({ compared: false, beyond: [] })
    expect(visibilityWarning(none)).toBeUndefined()
    expect(visibilitySummary(none)).toContain('no response team configured to compare with')
    expect(visibilityWarning(decideVisibility(orgFacts({ basePermission: 'write' }), { teams: [], users: [] }))).toContain('base permission is write')
  })
})

describe('the response team', () => {
  it('defaults to the approver teams and users of every gate and the IC team', () => {
    const config = parseConfig(
      [
        'paging:',
        '  icTeam: acme/ic',
        'gates:',
        '  not-internal:',
        '    description: d',
        '    approvers: { teams: [acme/security], users: [ciso] }',
        '  legal:',
        '    description: d',
        '    approvers: { teams: [acme/legal, acme/security] }'
      ].join('\n')
    )
    expect(responseTeam(config)).toEqual({ teams: ['acme/security', 'acme/legal', 'acme/ic'], users: ['ciso'] })
  })

  it('is what visibility.responseTeams and responseUsers say when set', () => {
    const config = parseConfig('paging:\n  icTeam: acme/ic\nvisibility:\n  responseTeams: [acme/irt]\n  responseUsers: ["@ann"]\n')
    expect(responseTeam(config)).toEqual({ teams: ['acme/irt'], users: ['ann'] })
  })
})

describe('the check on an incident', () => {
  const broad = decideVisibility(orgFacts({ collaborators: ['ic-ian', 'wendy', 'contractor-x'] }), SECURITY)
  const runbook = {
    path: 'runbooks/security-incident.md',
    sha: 'a'.repeat(40),
    url: `https://github.com/acme/incidents/blob/${'a'.repeat(40)}/runbooks/security-incident.md`
  }

  it('warns once, on the first screen and in one answer, and is read only while the cache lacks it', () => {
    const model = new IssueModel(context())
    model.once = { visibility: broad, runbook }
    model.settle()
    const first = visibleText(model.bot('dashboard')!.body)
    expect(first.indexOf('> [!WARNING]')).toBeGreaterThan(-1)
    expect(first.indexOf('> [!WARNING]')).toBeLessThan(first.indexOf('**Latest status:**'))
    expect(first).toContain('| **Who can read it** | 3 people with access, 1 outside the response team;')
    expect(model.replies().filter((r) => r.includes('More people can read this incident'))).toHaveLength(1)
    expect(model.onceReads).toBe(1)

    model.comment('wendy', '/status still looking')
    model.settle()
    model.comment('wendy', '/sev 2')
    model.settle()
    expect(model.onceReads).toBe(1)
    expect(model.replies().filter((r) => r.includes('More people can read this incident'))).toHaveLength(1)
    expect(model.state.visibility).toEqual(broad)
  })

  it('records the runbook followed once: a later commit of the runbook does not change it', () => {
    const model = new IssueModel(context())
    model.once = { runbook }
    model.settle()
    expect(model.state.runbook).toEqual(runbook)
    expect(model.bot('dashboard')!.body).toContain(`| **Runbook** | [runbooks/security-incident.md](${runbook.url}) at \`aaaaaaa\``)
    model.once = { runbook: { ...runbook, sha: 'b'.repeat(40), url: runbook.url.replace(/a{40}/, 'b'.repeat(40)) } }
    model.comment('wendy', '/status contained')
    model.settle()
    expect(model.state.runbook).toEqual(runbook)
  })

  it('says on the first screen when it could not check', () => {
    const model = new IssueModel(context())
    model.once = {
      visibility: decideVisibility(
        orgFacts({ teams: undefined, basePermission: undefined, unreadable: ['the teams with access (GET /repos/acme/incidents/teams): 403'] }),
        SECURITY
      )
    }
    model.settle()
    const first = visibleText(model.bot('dashboard')!.body)
    expect(first).toContain('> [!NOTE]\n> Could not check who can read this incident')
    expect(first).not.toContain('[!WARNING]')
    expect(model.replies().some((r) => r.includes('Could not check'))).toBe(false)
  })
})
