/**
 * The local GitHub stand-in and the runner harness, proven before the action exists: every
 * request here goes through GitHub's OpenAPI description, and the harness runs a throwaway
 * script that uses @actions/core and @octokit/rest the way dist/index.js will.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Octokit } from '@octokit/rest'
import { startFakeGitHub, type FakeGitHub } from '../../src/simulate/fake-github/index.js'
import { failNext } from './fake-hooks.js'
import { createOpenApiValidator } from './openapi.js'
import { examplePayload, withIssue, withSender } from './payloads.js'
import { inputVariable, parseFileCommands, parseWorkflowCommands, REPO_ROOT, runAction } from './run-action.js'

const owner = 'acme'
const repo = 'security-incidents'
const validator = createOpenApiValidator()

let gh: FakeGitHub
let octokit: Octokit
/** Octokit logs every 4xx it sees; several here are the point of the test. */
const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

beforeEach(async () => {
  gh = await startFakeGitHub({ owner, repo, private: true, botLogin: 'github-actions[bot]', validate: validator.validate })
  octokit = new Octokit({ auth: 'ghs_workflow_token', baseUrl: gh.url, log: silent })
})

afterEach(async () => {
  await gh.close()
})

function fileIssue(title = 'Strange logins on the VPN', user = 'reporter'): number {
  return gh.createIssue({ title, body: 'Seen at 09:12', user, labels: ['incident'] }).number
}

describe('OpenAPI validation of requests', () => {
  it("loads GitHub's description once, quickly enough for every test file", () => {
    expect(validator.timings.operations).toBeGreaterThan(1000)
    expect(validator.timings.loadMs + validator.timings.indexMs).toBeLessThan(5000)
  })

  it('lets a valid issue update through and applies it', async () => {
    const n = fileIssue()
    const { data } = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: n,
      title: 'amber-otter',
      labels: ['incident', 'phase:triage'],
      state: 'closed',
      state_reason: 'not_planned'
    })

    expect(data).toMatchObject({
      number: n,
      title: 'amber-otter',
      state: 'closed',
      state_reason: 'not_planned',
      html_url: `https://github.com/${owner}/${repo}/issues/${n}`
    })
    expect(data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['incident', 'phase:triage'])
    expect(data.closed_by?.login).toBe('github-actions[bot]')
    expect(gh.issue(n)).toMatchObject({ title: 'amber-otter', state: 'closed', labels: ['incident', 'phase:triage'] })
    expect(gh.violations).toEqual([])
  })

  it('rejects a body GitHub would reject, records it, and changes nothing', async () => {
    const n = fileIssue()
    await expect(
      octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: n, labels: 'incident' as unknown as string[] })
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: n, state: 'resolved' as 'closed' })
    ).rejects.toMatchObject({ status: 422 })

    expect(gh.violations.map((v) => v.violations)).toEqual([
      ['issues/update: body/labels must be array'],
      ['issues/update: body/state must be one of ["open","closed"]']
    ])
    expect(gh.issue(n).state).toBe('open')
    expect(gh.requests.map((r) => r.status)).toEqual([422, 422])
  })

  it('names a misspelt body property and a mistyped query parameter', async () => {
    const n = fileIssue()
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: n, body: 'hi', bdoy: 'x' } as never)
    ).rejects.toMatchObject({ status: 422 })
    await expect(octokit.request('GET /repos/{owner}/{repo}/issues', { owner, repo, per_page: 'many' as unknown as number })).rejects.toMatchObject({
      status: 422
    })

    expect(gh.violations.map((v) => v.violations)).toEqual([
      ["body has unknown property 'bdoy'"].map((m) => `issues/create-comment: ${m}`),
      ["issues/list-for-repo: query parameter 'per_page' must be integer"]
    ])
  })

  it('treats a route GitHub does not have as a violation', async () => {
    await expect(octokit.request('GET /repos/{owner}/{repo}/isues/{n}', { owner, repo, n: 1 })).rejects.toMatchObject({ status: 422 })
    await expect(octokit.request('POST /repos/{owner}/{repo}/issues/comments', { owner, repo })).rejects.toMatchObject({ status: 422 })

    expect(gh.violations.map((v) => `${v.method} ${v.path}: ${v.violations.join('; ')}`)).toEqual([
      `GET /repos/${owner}/${repo}/isues/1: unknown operation: GET /repos/${owner}/${repo}/isues/1 matches no path in GitHub's REST API`,
      `POST /repos/${owner}/${repo}/issues/comments: unknown operation: /repos/{owner}/{repo}/issues/comments has no POST (it has GET)`
    ])
  })

  it('resolves paths by literal segments first and lets file paths span segments', () => {
    expect(validator.operationFor('GET', `/repos/${owner}/${repo}/issues/comments/5`)?.operationId).toBe('issues/get-comment')
    expect(validator.operationFor('GET', `/repos/${owner}/${repo}/issues/5/comments`)?.operationId).toBe('issues/list-comments')
    expect(validator.operationFor('GET', `/repos/${owner}/${repo}/contents/runbooks/db/restore.md`)?.operationId).toBe('repos/get-content')
    expect(validator.operationFor('GET', `/repos/${owner}/${repo}/git/ref/heads%2Fmain`)?.operationId).toBe('git/get-ref')
  })
})

describe('the fake answers like GitHub', () => {
  it('keeps an unknown route as a logged 404 when no validator is plugged in', async () => {
    const bare = await startFakeGitHub({ owner, repo })
    try {
      const res = await fetch(`${bare.url}/repos/${owner}/${repo}/nothing-here`, { headers: { authorization: 'token t' } })
      expect(res.status).toBe(404)
      expect(await res.json()).toMatchObject({ message: 'Not Found' })
      expect(bare.unhandled.map((r) => r.path)).toEqual([`/repos/${owner}/${repo}/nothing-here`])
    } finally {
      await bare.close()
    }
  })

  it('pages issue comments with Link headers that octokit follows', async () => {
    const n = fileIssue()
    for (let i = 1; i <= 75; i++) gh.addComment(n, 'responder', `note ${i}`)

    const first = await octokit.rest.issues.listComments({ owner, repo, issue_number: n, per_page: 30 })
    expect(first.data).toHaveLength(30)
    expect(first.headers.link).toContain('page=2>; rel="next"')
    expect(first.headers.link).toContain('page=3>; rel="last"')

    gh.resetLog()
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: n, per_page: 30 })
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `note ${i + 1}`))
    expect(gh.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(gh.violations).toEqual([])
  })

  it('filters and pages the issue list by label and state', async () => {
    for (let i = 0; i < 5; i++) gh.createIssue({ title: `incident ${i}`, user: 'reporter', labels: ['incident'] })
    gh.createIssue({ title: 'unrelated', user: 'reporter', labels: ['bug'] })
    gh.createIssue({ title: 'old incident', user: 'reporter', labels: ['Incident'], state: 'closed' })

    const open = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: 'incident', per_page: 2, direction: 'asc' })
    expect(open.map((i) => i.title)).toEqual(['incident 0', 'incident 1', 'incident 2', 'incident 3', 'incident 4'])
    const all = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'incident', state: 'all' })
    expect(all.data).toHaveLength(6)
  })

  it('fails an injected 502 once, then serves normally', async () => {
    const n = fileIssue()
    failNext(gh, 'GET /repos/{owner}/{repo}/issues/{issue_number}', 502)

    await expect(octokit.rest.issues.get({ owner, repo, issue_number: n })).rejects.toMatchObject({ status: 502 })
    const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: n })
    expect(data.number).toBe(n)
    expect(gh.requests.map((r) => r.status)).toEqual([502, 200])
  })

  it('answers a secondary rate limit with retry-after, and can lose the answer to a write that landed', async () => {
    const n = fileIssue()
    failNext(gh, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 403, { 'retry-after': '1' })
    const limited = await octokit.rest.issues.createComment({ owner, repo, issue_number: n, body: 'x' }).catch((e: unknown) => e)
    expect(limited).toMatchObject({ status: 403, response: { headers: { 'retry-after': '1' } } })
    expect(String((limited as Error).message)).toContain('secondary rate limit')
    expect(gh.commentsOn(n)).toHaveLength(0)

    failNext(gh, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 502, {}, { afterApplying: true })
    await expect(octokit.rest.issues.createComment({ owner, repo, issue_number: n, body: 'dashboard' })).rejects.toMatchObject({ status: 502 })
    expect(gh.commentsOn(n).map((c) => c.body)).toEqual(['dashboard'])
  })

  it('answers permission lookups like GitHub, 404 for non-collaborators', async () => {
    gh.setPermission('mia', 'maintain')
    gh.setPermission('tom', 'triage')

    const mia = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'mia' })
    expect(mia.data).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
      user: { login: 'mia', permissions: { push: true, maintain: true, admin: false } }
    })
    const tom = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'tom' })
    expect(tom.data).toMatchObject({ permission: 'read', role_name: 'triage' })
    await expect(octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'stranger' })).rejects.toMatchObject({ status: 404 })
    expect(gh.violations).toEqual([])
  })

  it('answers team lookups: member, 404 for others, 403 for a token that cannot read teams', async () => {
    gh.addTeamMember(owner, 'legal', 'lena')

    const lena = await octokit.rest.teams.getMembershipForUserInOrg({ org: owner, team_slug: 'legal', username: 'lena' })
    expect(lena.data).toMatchObject({ role: 'member', state: 'active' })
    await expect(octokit.rest.teams.getMembershipForUserInOrg({ org: owner, team_slug: 'legal', username: 'mallory' })).rejects.toMatchObject({ status: 404 })

    gh.setTeamsReadable(false)
    const refused = await octokit.rest.teams.getMembershipForUserInOrg({ org: owner, team_slug: 'legal', username: 'lena' }).catch((e: unknown) => e)
    expect(refused).toMatchObject({ status: 403 })
    expect(String((refused as Error).message)).toContain('Resource not accessible by integration')
  })

  it('acts as the bot for any token, and as a person for a token registered to them', async () => {
    const n = fileIssue()
    gh.asUser('pat_mallory', 'mallory')
    const asMallory = new Octokit({ auth: 'pat_mallory', baseUrl: gh.url, log: silent })

    const bot = await octokit.rest.issues.createComment({ owner, repo, issue_number: n, body: 'state' })
    const human = await asMallory.rest.issues.createComment({ owner, repo, issue_number: n, body: 'fake state' })

    expect(bot.data.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot', id: 41898282 })
    expect(bot.data.performed_via_github_app).toMatchObject({ slug: 'github-actions' })
    expect(human.data.user).toMatchObject({ login: 'mallory', type: 'User' })
    expect(human.data.performed_via_github_app).toBeNull()
    const unauthenticated = await fetch(`${gh.url}/repos/${owner}/${repo}/issues/${n}`)
    expect(unauthenticated.status).toBe(401)
  })

  it('removes labels with 404 when absent, and reacts 201 then 200', async () => {
    const n = fileIssue()
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: n, labels: ['phase:triage'] })
    const left = await octokit.rest.issues.removeLabel({ owner, repo, issue_number: n, name: 'phase:triage' })
    expect(left.data.map((l) => l.name)).toEqual(['incident'])
    await expect(octokit.rest.issues.removeLabel({ owner, repo, issue_number: n, name: 'phase:triage' })).rejects.toMatchObject({ status: 404 })

    const comment = gh.addComment(n, 'responder', '/ioc 203.0.113.7')
    const first = await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: comment.id, content: 'eyes' })
    const again = await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: comment.id, content: 'eyes' })
    expect([first.status, again.status]).toEqual([201, 200])
    expect(again.data.id).toBe(first.data.id)
    expect(gh.commentJson(comment.id).reactions).toMatchObject({ total_count: 1, eyes: 1 })
    expect(gh.violations).toEqual([])
  })

  it('serves contents, branches and a pull request of the change', async () => {
    gh.putFile('runbooks/database.md', 'Last Tested: 2026-01-01\n')
    const file = await octokit.rest.repos.getContent({ owner, repo, path: 'runbooks/database.md' })
    if (Array.isArray(file.data) || file.data.type !== 'file') throw new Error('expected a file')
    expect(Buffer.from(file.data.content, 'base64').toString('utf8')).toBe('Last Tested: 2026-01-01\n')
    await expect(octokit.rest.repos.getContent({ owner, repo, path: 'runbooks/missing.md' })).rejects.toMatchObject({ status: 404 })

    const main = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/drill-dates', sha: main.data.object.sha })
    await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'runbooks/database.md',
      branch: 'drill-dates',
      message: 'Record drill',
      sha: file.data.sha,
      content: Buffer.from('Last Tested: 2026-11-22\n').toString('base64')
    })
    const pr = await octokit.rest.pulls.create({ owner, repo, title: 'Record drill date', head: 'drill-dates', base: 'main' })
    const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pr.data.number })

    expect(files.data).toEqual([expect.objectContaining({ filename: 'runbooks/database.md', status: 'modified', additions: 1, deletions: 1 })])
    expect(gh.readFile('runbooks/database.md')).toBe('Last Tested: 2026-01-01\n')
    expect(gh.readFile('runbooks/database.md', 'drill-dates')).toBe('Last Tested: 2026-11-22\n')
    expect(gh.violations).toEqual([])
  })

  it('reports the repository as private and sets rate-limit headers on every response', async () => {
    const res = await octokit.rest.repos.get({ owner, repo })
    expect(res.data).toMatchObject({ private: true, full_name: `${owner}/${repo}` })
    expect(res.headers['x-ratelimit-limit']).toBe('5000')
    expect(Number(res.headers['x-ratelimit-remaining'])).toBeLessThan(5000)
    const limits = await octokit.rest.rateLimit.get()
    expect(limits.data.resources.core.used).toBe(2)
  })
})

describe('example webhook payloads', () => {
  it("moves GitHub's issues.opened example onto the fake's private repository", () => {
    const payload = examplePayload('issues', 'opened', 0, gh)
    const repository = payload.repository as Record<string, unknown>

    expect(payload.action).toBe('opened')
    expect(repository).toMatchObject({
      name: repo,
      full_name: `${owner}/${repo}`,
      private: true,
      owner: { login: owner },
      html_url: `https://github.com/${owner}/${repo}`
    })
    expect(repository.url).toBe(`${gh.url}/repos/${owner}/${repo}`)
    expect(repository.ssh_url).toBe(`git@github.com:${owner}/${repo}.git`)
    expect(repository.default_branch).toBe('main')
    expect(JSON.stringify(payload)).not.toContain('Hello-World')
    expect(payload.sender).toMatchObject({ login: 'Codertocat' })
  })

  it("carries the fake's own issue and sender", () => {
    const n = fileIssue('Phishing wave', 'reporter')
    const payload = withSender(withIssue(examplePayload('issues', 'opened', 0, gh), { issue: gh.issueJson(n) }), gh.userJson('reporter'))
    expect(payload.issue).toMatchObject({ number: n, title: 'Phishing wave', labels: [{ name: 'incident' }], user: { login: 'reporter' } })
    expect(payload.sender).toMatchObject({ login: 'reporter', type: 'User' })

    const edited = withIssue(examplePayload('issues', 'opened', 0, gh), { number: 42, title: 'x', labels: ['incident', 'sev:1'], user: 'dana' })
    expect(edited.issue).toMatchObject({
      number: 42,
      html_url: `https://github.com/${owner}/${repo}/issues/42`,
      labels: [{ name: 'incident' }, { name: 'sev:1' }],
      user: { login: 'dana' }
    })
  })
})

describe('the runner harness', () => {
  it('parses outputs in both the name=value and the name<<DELIMITER forms', () => {
    const text = 'codename=amber-otter\nplan<<ghadelimiter_1f2e\n[\n  "retitle"\n]\nghadelimiter_1f2e\nempty<<EOF\n\nEOF\nformula=a=b<<c\n'
    expect(parseFileCommands(text)).toEqual({ codename: 'amber-otter', plan: '[\n  "retitle"\n]', empty: '', formula: 'a=b<<c' })
    expect(() => parseFileCommands('x<<END\nnever closed\n')).toThrow(/missing its closing delimiter/)
  })

  it('decodes workflow commands as the runner does', () => {
    expect(parseWorkflowCommands('plain\n::warning file=a%2Cb.md,line=3::two%0Alines 100%25\n::add-mask::s3cret')).toEqual([
      { command: 'warning', properties: { file: 'a,b.md', line: '3' }, message: 'two\nlines 100%' },
      { command: 'add-mask', properties: {}, message: 's3cret' }
    ])
    expect(inputVariable('dry-run')).toBe('INPUT_DRY-RUN')
  })

  describe('running a script the way the runner runs dist/index.js', () => {
    let dir: string
    let script: string

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'incident-kit-probe-'))
      script = join(dir, 'index.mjs')
      const core = pathToFileURL(join(REPO_ROOT, 'node_modules/@actions/core/lib/core.js')).href
      const rest = pathToFileURL(join(REPO_ROOT, 'node_modules/@octokit/rest/dist-src/index.js')).href
      // A miniature action: reads inputs and the event like @actions/core and @actions/github do,
      // talks to GITHUB_API_URL, and leaves outputs, a summary and annotations behind.
      writeFileSync(
        script,
        `import * as core from ${JSON.stringify(core)}
import { Octokit } from ${JSON.stringify(rest)}
import { readFileSync } from 'node:fs'
try {
  const token = core.getInput('github-token', { required: true })
  core.setSecret(token)
  const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'))
  const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/')
  const octokit = new Octokit({ auth: token, baseUrl: process.env.GITHUB_API_URL })
  const { data: issue } = await octokit.rest.issues.get({ owner, repo, issue_number: event.issue.number })
  if (core.getInput('dry-run') !== 'true') await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue.number, labels: [core.getInput('label')] })
  core.setOutput('title', issue.title)
  core.setOutput('report', 'line one\\nline two\\n' + JSON.stringify({ dryRun: core.getInput('dry-run') }))
  core.notice('labelled the incident', { title: 'incident-kit' })
  await core.summary.addHeading('Incident').addRaw('issue #' + issue.number).write()
  console.log(JSON.stringify({ cwd: process.cwd(), keys: Object.keys(process.env).sort() }))
  if (core.getInput('fail') === 'true') core.setFailed('asked to fail')
} catch (error) {
  core.setFailed(error.message)
}
`
      )
    })

    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('passes inputs, event and API URL; returns outputs, summary, annotations and masks', async () => {
      const n = fileIssue('Leaked key', 'reporter')
      const workspace = mkdtempSync(join(tmpdir(), 'incident-kit-ws-'))
      try {
        const payload = withSender(withIssue(examplePayload('issues', 'opened', 0, gh), { issue: gh.issueJson(n) }), 'reporter')
        const run = await runAction({
          event: 'issues',
          payload,
          inputs: { label: 'sev:2' },
          apiUrl: gh.url,
          workspace,
          entry: script,
          token: 'ghs_default_from_action_yml'
        })

        expect(run.stderr).toBe('')
        expect(run.exitCode).toBe(0)
        expect(run.outputs).toEqual({ title: 'Leaked key', report: 'line one\nline two\n{"dryRun":"false"}' })
        expect(run.summary).toContain('<h1>Incident</h1>')
        expect(run.annotations).toEqual([{ command: 'notice', properties: { title: 'incident-kit' }, message: 'labelled the incident' }])
        expect(run.masks).toEqual(['ghs_default_from_action_yml'])
        expect(gh.labelsOf(n)).toEqual(['incident', 'sev:2'])
        expect(gh.violations).toEqual([])

        const report = JSON.parse(run.stdout.split('\n').find((l) => l.startsWith('{"cwd"'))!) as { cwd: string; keys: string[] }
        expect(report.cwd).toBe(workspace)
        // action.yml defaults are filled in, hyphens kept; nothing from jest's own process leaks in.
        expect(report.keys).toEqual(
          expect.arrayContaining([
            'INPUT_GITHUB-TOKEN',
            'INPUT_DRY-RUN',
            'INPUT_LABEL',
            'GITHUB_EVENT_PATH',
            'GITHUB_OUTPUT',
            'RUNNER_TEMP',
            'GITHUB_RUN_ATTEMPT'
          ])
        )
        expect(report.keys).not.toContain('NODE_OPTIONS')
        expect(report.keys).not.toContain('JEST_WORKER_ID')
        expect(run.env).toMatchObject({
          GITHUB_REPOSITORY: `${owner}/${repo}`,
          GITHUB_REPOSITORY_OWNER: owner,
          GITHUB_ACTOR: 'reporter',
          GITHUB_ACTIONS: 'true',
          GITHUB_GRAPHQL_URL: `${gh.url}/graphql`
        })
        expect(run.wallMs).toBeGreaterThan(0)
      } finally {
        rmSync(workspace, { recursive: true, force: true })
      }
    })

    it('reports a failed run with its exit code and error annotation', async () => {
      const n = fileIssue()
      const payload = withIssue(examplePayload('issues', 'opened', 0, gh), { issue: gh.issueJson(n) })
      const run = await runAction({ event: 'issues', payload, inputs: { label: 'x', 'dry-run': true, fail: true }, apiUrl: gh.url, entry: script })

      expect(run.exitCode).toBe(1)
      expect(run.annotations.map((a) => `${a.command}: ${a.message}`)).toContain('error: asked to fail')
      expect(run.outputs.report).toBe('line one\nline two\n{"dryRun":"true"}')
      expect(gh.labelsOf(n)).toEqual(['incident'])
    })
  })
})
