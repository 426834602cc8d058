/**
 * Scheduled runs, pull requests and drills through the bundled action, as the runner runs it:
 * the freshness scan with its one tracking issue, a clock reminder, the pull-request check, the
 * dashboard's freshness line, and a drill that proposes the new Last Tested date. Every request is checked against GitHub's OpenAPI.
 *
 * The clock is fixed: the action runs in-process (tests/e2e/run-action.ts) with `now` set to NOW,
 * the stand-in stamps its records with NOW, and every date here is counted back from it, so the
 * results do not depend on the day the suite runs. The process-level runs are in incident.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { startFakeGitHub, type FakeGitHub } from '../../src/simulate/fake-github/index.js'
import { createOpenApiValidator } from './openapi.js'
import { examplePayload, withIssue, withSender, type Payload } from './payloads.js'
import { runAction, type RunActionOptions } from './run-action.js'

const owner = 'acme'
const repo = 'security-incidents'
const BOT = 'github-actions[bot]'
const validator = createOpenApiValidator()
const NOW = '2026-11-25T12:00:00.000Z'
const today = NOW.slice(0, 10)
const daysAgo = (n: number) => new Date(Date.parse(NOW) - n * 86_400_000).toISOString().slice(0, 10)
/** The action at NOW, in-process; everything else as the runner runs it. */
const runAt = (options: Omit<RunActionOptions, 'mode' | 'now'>) => runAction({ ...options, mode: 'in-process', now: NOW })

let gh: FakeGitHub
let workspace = ''

function writeRunbook(path: string, reviewed: string, tested: string) {
  mkdirSync(join(workspace, path, '..'), { recursive: true })
  writeFileSync(join(workspace, path), `# ${path}\n\nLast Reviewed: ${reviewed} Last Tested: ${tested}\n\nSteps.\n`)
}

beforeAll(async () => {
  gh = await startFakeGitHub({ owner, repo, private: true, botLogin: BOT, validate: validator.validate, now: () => new Date(NOW) })
  workspace = mkdtempSync(join(tmpdir(), 'incident-kit-runbooks-'))
  mkdirSync(join(workspace, '.git'))
  writeRunbook('runbooks/security-incident.md', daysAgo(10), daysAgo(412))
  writeRunbook('runbooks/database/restore.md', daysAgo(5), daysAgo(20))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(join(workspace, '.github/CODEOWNERS'), 'runbooks/ @acme/sre\n')
})

afterAll(async () => {
  await gh.close()
  rmSync(workspace, { recursive: true, force: true })
})

const schedulePayload = (): Payload => ({ schedule: '17 6 * * *', repository: gh.repoJson(), sender: gh.userJson('github-actions[bot]') }) as Payload

async function scheduled() {
  gh.resetLog()
  const run = await runAt({ event: 'schedule', payload: schedulePayload(), apiUrl: gh.url, workspace })
  const writes = gh.requests.filter((r) => r.method !== 'GET')
  return { ...run, writes }
}

const tracking = () => [...gh.issues.values()].filter((i) => i.labels.includes('runbook-freshness'))

describe('the scheduled freshness scan', () => {
  let first: Awaited<ReturnType<typeof scheduled>>
  beforeAll(async () => {
    first = await scheduled()
  })

  it('opens one tracking issue naming the stale runbook, its owners and how late it is', () => {
    expect(first.exitCode).toBe(0)
    expect(gh.violations).toEqual([])
    expect(tracking()).toHaveLength(1)
    const issue = tracking()[0]!
    expect(issue.state).toBe('open')
    expect(issue.body).toContain('runbooks/security-incident.md')
    expect(issue.body).toContain('@acme/sre')
    expect(issue.body).not.toContain('restore.md |')
  })

  it('annotates the finding on its file and line, and sets counts and JSON outputs', () => {
    expect(first.annotations).toContainEqual(
      expect.objectContaining({ properties: expect.objectContaining({ file: 'runbooks/security-incident.md', line: '3' }) })
    )
    expect(first.outputs).toMatchObject({ 'runbooks-checked': '2', 'runbooks-fresh': '1', 'runbooks-stale': '1', 'runbooks-broken': '0' })
    expect(JSON.parse(first.outputs['runbooks-json']!).findings).toEqual([
      expect.objectContaining({ file: 'runbooks/security-incident.md', kind: 'test-overdue', daysOld: 412, owners: ['@acme/sre'] })
    ])
    expect(first.summary).toContain('runbooks/security-incident.md')
  })

  it('edits nothing when nothing changed', async () => {
    const again = await scheduled()
    expect(again.exitCode).toBe(0)
    expect(again.writes.filter((r) => r.path.includes('/issues') && !r.path.includes('/comments'))).toEqual([])
    expect(tracking()).toHaveLength(1)
  })

  it('closes the tracking issue once every runbook is fresh', async () => {
    writeRunbook('runbooks/security-incident.md', daysAgo(1), daysAgo(2))
    const fresh = await scheduled()
    expect(fresh.exitCode).toBe(0)
    expect(tracking()[0]!.state).toBe('closed')
    expect(fresh.outputs['runbooks-stale']).toBe('0')
  })
})

describe('clocks on the scheduled run', () => {
  it('reminds the IC team of a SEV-1 with no Incident Commander after 15 minutes, once', async () => {
    writeFileSync(join(workspace, '.github/incident-kit.yml'), 'paging:\n  icTeam: acme/incident-commanders\n')
    try {
      const n = gh.createIssue({
        title: 'sev1',
        body: '### Severity\n\nSEV-1',
        user: 'alice',
        labels: ['incident'],
        createdAt: new Date(Date.parse(NOW) - 40 * 60_000).toISOString()
      }).number
      const opened = await runAt({
        event: 'issues',
        payload: { ...withSender(withIssue(examplePayload('issues', 'opened', 0, { owner, repo, url: gh.url }), { issue: gh.issueJson(n) }), 'alice') },
        apiUrl: gh.url,
        workspace
      })
      expect(opened.exitCode).toBe(0)
      const first = await scheduled()
      expect(first.exitCode).toBe(0)
      expect(Number(first.outputs['overdue-clocks'])).toBeGreaterThanOrEqual(1)
      const reminders = () => gh.commentsOn(n).filter((c) => c.body.includes('A clock is overdue'))
      expect(reminders()).toHaveLength(1)
      expect(reminders()[0]!.body).toContain('@acme/incident-commanders')
      await scheduled()
      expect(reminders()).toHaveLength(1)
      expect(gh.violations).toEqual([])
    } finally {
      rmSync(join(workspace, '.github/incident-kit.yml'))
    }
  })
})

describe('the pull-request check', () => {
  it('fails a changed runbook whose Last Reviewed is older than the change, annotating the line', async () => {
    const octokit = new Octokit({ auth: 'token-of-dev', baseUrl: gh.url, log: { debug() {}, info() {}, warn() {}, error() {} } })
    gh.asUser('token-of-dev', 'dev')
    gh.setPermission('dev', 'write')
    const main = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/edit-runbook', sha: main.data.object.sha })
    const text = `# Restore\n\nLast Reviewed: ${daysAgo(200)} Last Tested: ${daysAgo(20)}\n\nNew steps.\n`
    await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'runbooks/database/restore.md',
      branch: 'edit-runbook',
      message: 'edit',
      content: Buffer.from(text).toString('base64')
    })
    const pr = await octokit.rest.pulls.create({ owner, repo, head: 'edit-runbook', base: 'main', title: 'Edit restore runbook' })
    writeFileSync(join(workspace, 'runbooks/database/restore.md'), text)
    const base = examplePayload('pull_request', 'opened', 0, { owner, repo, url: gh.url })
    const payload = { ...base, number: pr.data.number, pull_request: { ...(base.pull_request as object), number: pr.data.number }, repository: gh.repoJson() }
    gh.resetLog()
    const run = await runAt({ event: 'pull_request', payload, apiUrl: gh.url, workspace })
    expect(run.exitCode).not.toBe(0)
    expect(run.outputs).toMatchObject({ 'runbooks-changed': '1', 'runbooks-failing': '1' })
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: 'runbooks/database/restore.md', line: '3' }) })
    )
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(gh.violations).toEqual([])
  })
})

describe('drills and the dashboard', () => {
  it('the dashboard says how fresh the incident runbook is, and a closed drill proposes its new Last Tested date', async () => {
    writeRunbook('runbooks/security-incident.md', daysAgo(3), daysAgo(412))
    gh.putFile('runbooks/security-incident.md', `# Security incident\n\nLast Reviewed: ${daysAgo(3)} Last Tested: ${daysAgo(412)}\n`)
    gh.setPermission('ic-ian', 'admin')
    const n = gh.createIssue({ title: 'drill', body: '### Severity\n\nSEV-3', user: 'ic-ian', labels: ['incident', 'incident:drill'] }).number
    const payload = (action: string) => ({
      ...withSender(withIssue(examplePayload('issues', 'reopened', 0, { owner, repo, url: gh.url }), { issue: gh.issueJson(n) }), 'ic-ian'),
      action
    })
    const opened = await runAt({ event: 'issues', payload: payload('opened'), apiUrl: gh.url, workspace })
    expect(opened.exitCode).toBe(0)
    const dashboard = gh.commentsOn(n).find((c) => c.body.includes('kind=dashboard'))!.body
    expect(dashboard).toContain(`last tested ${daysAgo(412)} (412 days ago)`)
    expect(gh.issue(n).title).toMatch(/^DRILL [a-z]+-[a-z]+$/)

    gh.as('ic-ian').close(n)
    const closed = await runAt({ event: 'issues', payload: payload('closed'), apiUrl: gh.url, workspace })
    expect(closed.exitCode).toBe(0)
    expect(gh.readFile('runbooks/security-incident.md', `incident-kit/drill-${gh.issue(n).title.replace('DRILL ', '')}`)).toContain(`Last Tested: ${today}`)
    const pull = [...gh.issues.values()].find((i) => i.title.startsWith(`Runbook: Last Tested ${today}`))
    // The proposal cites the drill that tested the runbook: its number and its address.
    const drill = `#${n}, https://github.com/${owner}/${repo}/issues/${n}`
    expect(pull?.body).toContain(drill)
    const commit = gh.requests.find((r) => r.method === 'PUT' && decodeURIComponent(r.path).endsWith('/contents/runbooks/security-incident.md'))
    expect((commit?.body as { message?: string } | undefined)?.message).toContain(drill)
    expect(gh.commentsOn(n).find((c) => c.body.includes('kind=dashboard'))!.body).toContain('Proposed Last Tested')
    expect(gh.violations).toEqual([])
  })
})
