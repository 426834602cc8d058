/**
 * Who can see an incident and which runbook it followed, end to end: the action against the
 * GitHub stand-in for an organization's repository, every request checked against GitHub's
 * OpenAPI description. The check costs a few reads when the incident opens and none after.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { builtinTemplates } from '../../src/comms/templates.js'
import { defaultConfig } from '../../src/config/load.js'
import { createGitHub } from '../../src/github/client.js'
import { planDrillProposal } from '../../src/github/runbooks.js'
import { startFakeGitHub, type FakeGitHub } from '../../src/simulate/fake-github/index.js'
import { visibleText } from '../../src/incident/dashboard.js'
import { decodeState, type IncidentState } from '../../src/incident/state.js'
import { createOpenApiValidator } from './openapi.js'
import { examplePayload, withComment, withIssue, withSender, type Payload } from './payloads.js'
import { runAction } from './run-action.js'

const owner = 'acme'
const repo = 'security-incidents'
const BOT = 'github-actions[bot]'
const R = `/repos/${owner}/${repo}`
/** The run-action environment's GITHUB_SHA: the workflow's checkout. */
const CHECKOUT_SHA = '0'.repeat(40)
const validator = createOpenApiValidator()
const BODY = '### What did you observe?\n\nRoot shell on build-7\n\n### Severity\n\nSEV-2 (high)'

let gh: FakeGitHub
let workspace = ''

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'incident-kit-vis-'))
  mkdirSync(join(workspace, '.git'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(join(workspace, '.github', 'incident-kit.yml'), 'visibility:\n  responseTeams: [acme/security]\n')
  gh = await startFakeGitHub({ owner, repo, private: true, botLogin: BOT, validate: validator.validate })
  gh.setOrganization('read')
  gh.addRepoTeam('security', 'maintain')
  for (const [login, permission] of [
    ['ic-ian', 'admin'],
    ['wendy', 'write'],
    ['contractor-x', 'read']
  ] as const)
    gh.setPermission(login, permission)
  gh.addTeamMember(owner, 'security', 'ic-ian')
  gh.addTeamMember(owner, 'security', 'wendy')
})

afterAll(async () => {
  await gh.close()
  rmSync(workspace, { recursive: true, force: true })
})

/** A payload whose repository is the fake's own (owned by the organization). */
function payloadOf(event: 'issues' | 'issue_comment', action: string, n: number, sender: string, comment?: { id: number; body: string }): Payload {
  let p = withSender(withIssue(examplePayload(event, action, 0, { owner, repo, url: gh.url }), { issue: gh.issueJson(n) }), sender)
  if (comment) p = withComment(p, { comment: gh.commentJson(comment.id) as unknown as Record<string, unknown> })
  return { ...p, repository: gh.repoJson() } as Payload
}

async function run(event: string, payload: Payload, dir = workspace) {
  gh.resetLog()
  const result = await runAction({ event, payload, apiUrl: gh.url, workspace: dir, mode: 'in-process' })
  return { ...result, reads: gh.requests.filter((r) => r.method === 'GET').map((r) => `${r.method} ${r.path} ${r.status}`) }
}

function dashboardOf(n: number): string {
  return gh.commentsOn(n).find((c) => c.user === BOT && c.body.includes('incident-kit:kind=dashboard'))!.body
}

function stateOf(n: number): IncidentState {
  return decodeState(dashboardOf(n))!
}

function answersOf(n: number): string[] {
  return gh
    .commentsOn(n)
    .filter((c) => c.user === BOT && c.body.includes('incident-kit:kind=answers'))
    .map((c) => c.body)
}

describe('an incident in an organization whose members can all read it', () => {
  let n = 0
  let opened: Awaited<ReturnType<typeof run>>

  beforeAll(async () => {
    n = gh.createIssue({ title: 'db dumped', body: BODY, user: 'wendy', labels: ['incident'] }).number
    opened = await run('issues', payloadOf('issues', 'opened', n, 'wendy'))
  })

  it('reads who can see it once, at opening: collaborators, teams, the organization and the response team', () => {
    expect(opened.exitCode).toBe(0)
    expect(gh.violations).toEqual([])
    expect(opened.reads).toEqual([
      `GET ${R}/issues/${n} 200`,
      `GET ${R}/issues/${n}/timeline 200`,
      `GET ${R}/collaborators 200`,
      `GET ${R}/teams 200`,
      `GET /orgs/${owner} 200`,
      `GET /orgs/${owner}/teams/security/members 200`
    ])
  })

  it('warns on the first screen and in one answer', () => {
    const shown = visibleText(dashboardOf(n))
    expect(shown).toContain('> [!WARNING]\n> **More people can read this incident than the response team.**')
    expect(shown).toContain("The organization's base permission is read: every member of `acme` can read every repository")
    expect(shown).toContain('1 person outside the response team can read it (`@contractor-x`)')
    expect(shown).toContain('| **Who can read it** | 3 people with access, 1 outside the response team; teams: `acme/security` (maintain, response team)')
    expect(answersOf(n)).toHaveLength(1)
    expect(answersOf(n)[0]).toContain('More people can read this incident than the response team')
  })

  it('records the runbook followed at the workflow checkout, as a permalink', () => {
    const url = `https://github.com/${owner}/${repo}/blob/${CHECKOUT_SHA}/runbooks/security-incident.md`
    expect(stateOf(n).runbook).toEqual({ path: 'runbooks/security-incident.md', sha: CHECKOUT_SHA, url })
    expect(dashboardOf(n)).toContain(`| **Runbook** | [runbooks/security-incident.md](${url}) at \`0000000\``)
  })

  it('costs no request for it on later events, and does not warn again', async () => {
    const comment = gh.as('wendy').comment(n, '/status isolating build-7')
    const later = await run('issue_comment', payloadOf('issue_comment', 'created', n, 'wendy', comment))
    expect(later.exitCode).toBe(0)
    expect(later.reads.filter((r) => /\/teams|\/orgs\//.test(r))).toEqual([])
    expect(later.reads).toEqual([`GET ${R}/issues/${n} 200`, `GET ${R}/issues/${n}/timeline 200`, `GET ${R}/collaborators 200`])
    expect(
      answersOf(n)
        .join('\n')
        .match(/More people can read this incident/g)
    ).toHaveLength(1)
    expect(stateOf(n).visibility).toMatchObject({ readers: 3, beyond: ['contractor-x'], basePermission: 'read' })
  })
})

describe('a token that may not read the organization', () => {
  it('says it could not check, and what would let it, instead of guessing', async () => {
    gh.setOrganization('read', false)
    gh.setTeamsReadable(false)
    try {
      const n = gh.createIssue({ title: 'phish', body: BODY, user: 'wendy', labels: ['incident'] }).number
      const opened = await run('issues', payloadOf('issues', 'opened', n, 'wendy'))
      expect(opened.exitCode).toBe(0)
      expect(gh.violations).toEqual([])
      expect(opened.reads.filter((r) => r.endsWith(' 403'))).toEqual([
        `GET ${R}/teams 403`,
        `GET /orgs/${owner} 403`,
        `GET /orgs/${owner}/teams/security/members 403`
      ])
      const shown = visibleText(dashboardOf(n))
      expect(shown).toContain("> [!NOTE]\n> Could not check who can read this incident: the token may not read the organization's settings;")
      expect(shown).toContain('read:org')
      expect(shown).not.toContain('[!WARNING]')
      expect(stateOf(n).visibility).toMatchObject({ readers: 3, beyond: [] })
    } finally {
      gh.setOrganization('read')
      gh.setTeamsReadable(true)
    }
  })
})

describe('the runbook followed, without a checkout', () => {
  it('is recorded at the default branch head, read once through the API', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'incident-kit-bare-'))
    try {
      const n = gh.createIssue({ title: 'bare', body: BODY, user: 'wendy', labels: ['incident'] }).number
      const opened = await run('issues', payloadOf('issues', 'opened', n, 'wendy'), bare)
      expect(opened.exitCode).toBe(0)
      expect(opened.reads).toContain(`GET ${R}/git/ref/heads%2Fmain 200`)
      const { runbook } = stateOf(n)
      expect(runbook?.sha).toMatch(/^[0-9a-f]{40}$/)
      expect(runbook?.sha).not.toBe(CHECKOUT_SHA)
      expect(runbook?.url).toBe(`https://github.com/${owner}/${repo}/blob/${runbook?.sha}/runbooks/security-incident.md`)
    } finally {
      rmSync(bare, { recursive: true, force: true })
    }
  })
})

describe("a drill's Last Tested proposal", () => {
  it('cites the drill in the comment it leaves when the token may not open a pull request', async () => {
    gh.putFile('runbooks/security-incident.md', '# Security incident\n\nLast Reviewed: 2026-01-05 Last Tested: 2025-02-01\n')
    const n = gh.createIssue({ title: 'DRILL calm-otter', body: BODY, user: 'wendy', labels: ['incident', 'incident:drill'] }).number
    const state = { ...stateOf(1), issue: n, codename: 'calm-otter', drill: true }
    const stop = gh.intercept((req, serve) => (req.method === 'GET' && req.path === R ? { status: 404, body: { message: 'Not Found' } } : serve()))
    try {
      const client = createGitHub({ token: 'ghs_drill', baseUrl: gh.url, throttling: false })
      const ctx = {
        repo: { owner, name: repo, id: 1, private: true, url: `https://github.com/${owner}/${repo}` },
        config: defaultConfig(),
        templates: builtinTemplates(),
        now: '2026-11-30T10:00:00.000Z',
        allowPublicRepo: false
      }
      const proposal = await planDrillProposal(client, { owner, repo }, ctx, state, undefined, false)
      const [change] = proposal!.plan.changes
      expect(change).toMatchObject({ kind: 'reply', issue: n })
      expect((change as { body: string }).body).toContain(`This drill (#${n}, https://github.com/${owner}/${repo}/issues/${n}) exercised`)
      expect((change as { body: string }).body).toContain('Last Tested: 2026-11-30')
    } finally {
      stop()
    }
  })
})
