/**
 * Installing: `mode: setup` from workflow_dispatch through the bundled action, against the
 * GitHub stand-in (every request checked against GitHub's OpenAPI). And a configuration with a
 * typo: the incident still opens, with the defaults, and says what is wrong. The first setup runs
 * dist/index.js as a process, as the runner does; the runs after it test behaviour, in-process.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultConfig } from '../../src/config/load.js'
import { labelsFor } from '../../src/incident/labels.js'
import { SETUP_DRILL_TEXT } from '../../src/github/setup.js'
import { startFakeGitHub, type FakeGitHub } from '../../src/simulate/fake-github/index.js'
import { createOpenApiValidator } from './openapi.js'
import { Octokit } from '@octokit/rest'
import { examplePayload, withComment, withIssue, withSender } from './payloads.js'
import { runAction } from './run-action.js'

const owner = 'acme'
const repo = 'security-incidents'
const BOT = 'github-actions[bot]'
const validator = createOpenApiValidator()

let gh: FakeGitHub
let workspace = ''

beforeAll(async () => {
  gh = await startFakeGitHub({ owner, repo, private: true, botLogin: BOT, validate: validator.validate })
  workspace = mkdtempSync(join(tmpdir(), 'incident-kit-setup-'))
  mkdirSync(join(workspace, '.git'))
  mkdirSync(join(workspace, '.github'))
})

afterAll(async () => {
  await gh.close()
  rmSync(workspace, { recursive: true, force: true })
})

const dispatch = (mode: 'process' | 'in-process' = 'in-process') =>
  runAction({
    event: 'workflow_dispatch',
    payload: {
      inputs: { mode: 'setup' },
      ref: 'refs/heads/main',
      repository: gh.repoJson(),
      sender: gh.userJson('octocat'),
      workflow: '.github/workflows/incident-kit-schedule.yml'
    },
    inputs: { mode: 'setup' },
    apiUrl: gh.url,
    workspace,
    mode
  })

const setupDrills = () => [...gh.issues.values()].filter((i) => i.body?.includes(SETUP_DRILL_TEXT))

describe('setup', () => {
  let first: Awaited<ReturnType<typeof dispatch>>
  beforeAll(async () => {
    first = await dispatch('process')
  })

  it('succeeds with no invalid request', () => {
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    expect(gh.violations).toEqual([])
  })

  it('creates every label the configuration uses, with a colour and a description', () => {
    for (const label of labelsFor(defaultConfig())) {
      const made = [...gh.labels.values()].find((l) => l.name === label.name)
      expect(made).toMatchObject({ color: label.color, description: label.description })
    }
    expect(Number(first.outputs['labels-created'])).toBeGreaterThanOrEqual(15)
  })

  it('files a drill that is opened as an incident: codename, labels, dashboard, checklist', () => {
    const drills = setupDrills()
    expect(drills).toHaveLength(1)
    const drill = drills[0]!
    expect(first.outputs['drill-issue']).toBe(String(drill.number))
    expect(drill.title).toMatch(/^DRILL [a-z]+-[a-z]+$/)
    expect(gh.labelsOf(drill.number)).toEqual(expect.arrayContaining(['incident', 'incident:drill', 'phase:triage', 'sev:4']))
    // The dashboard (whose top says no one could be paged: no pager is configured here) and the checklist.
    const kinds = gh
      .commentsOn(drill.number)
      .filter((c) => c.user === BOT)
      .map((c) => /incident-kit:kind=([a-z-]+)/.exec(c.body)?.[1] ?? 'reply')
    expect(kinds.sort()).toEqual(['checklist', 'dashboard'])
  })

  it('writes a summary of the checks', () => {
    expect(first.summary).toContain('## incident-kit setup')
    expect(first.summary).toMatch(/\| Labels \(token: issues write\) \| ✅ \|/)
    expect(first.summary).toMatch(/\| Drill incident \| ✅ \|/)
  })

  it('run again, creates nothing twice', async () => {
    const again = await dispatch()
    expect(again.exitCode).toBe(0)
    expect(again.outputs['labels-created']).toBe('0')
    expect(setupDrills()).toHaveLength(1)
    expect(again.outputs['drill-issue']).toBe(first.outputs['drill-issue'])
  })

  it('fails, naming the problem, when the configuration has one', async () => {
    writeFileSync(join(workspace, '.github/incident-kit.yml'), 'labels:\n  trigers: sec\n')
    const run = await dispatch()
    rmSync(join(workspace, '.github/incident-kit.yml'))
    expect(run.exitCode).toBe(1)
    expect(run.summary).toMatch(/\| Configuration \| ❌ \|.*labels\.trigers.*did you mean "trigger"/)
  })
})

describe('a configuration with a typo never stops an incident', () => {
  it('opens the incident with the defaults and says once what is wrong, with file and line', async () => {
    writeFileSync(join(workspace, '.github/incident-kit.yml'), 'labels:\n  trigers: sec\ncommands:\n  permission: wrte\n')
    const n = gh.createIssue({
      title: 'odd logins',
      body: '### What did you observe?\n\nodd logins\n\n### Severity\n\nSEV-3',
      user: 'alice',
      labels: ['incident']
    }).number
    const payload = withSender(withIssue(examplePayload('issues', 'opened', 0, { owner, repo, url: gh.url }), { issue: gh.issueJson(n) }), 'alice')
    const run = await runAction({ event: 'issues', payload, apiUrl: gh.url, workspace, mode: 'in-process' })
    rmSync(join(workspace, '.github/incident-kit.yml'))
    expect(run.exitCode).toBe(0)
    expect(gh.issue(n).title).toMatch(/^[a-z]+-[a-z]+$/)
    const reply = gh.commentsOn(n).find((c) => c.body.includes('incident-kit:config-problems'))
    expect(reply?.body).toContain('`.github/incident-kit.yml:2`')
    expect(reply?.body).toContain('Did you mean `trigger`?')
    expect(reply?.body).toContain('Did you mean `write`?')
    expect(JSON.parse(run.outputs['config-problems']!)).toHaveLength(2)
    expect(run.commands.filter((c) => c.command === 'warning' && c.properties['file'] === '.github/incident-kit.yml')).toHaveLength(2)
  })

  it('says a distinct set of problems once: a later command changes nothing, a new problem edits the same comment', async () => {
    const n = [...gh.issues.values()].find((i) => i.body?.includes('odd logins'))!.number
    const said = () => gh.commentsOn(n).filter((c) => c.body.includes('incident-kit:config-problems'))
    gh.setPermission('alice', 'write')
    const command = async (body: string) => {
      const c = gh.addComment(n, 'alice', body)
      const payload = withSender(
        withComment(withIssue(examplePayload('issue_comment', 'created', 0, { owner, repo, url: gh.url }), { issue: gh.issueJson(n) }), {
          comment: gh.commentJson(c.id)
        }),
        'alice'
      )
      return runAction({ event: 'issue_comment', payload, apiUrl: gh.url, workspace, mode: 'in-process' })
    }
    writeFileSync(join(workspace, '.github/incident-kit.yml'), 'labels:\n  trigers: sec\ncommands:\n  permission: wrte\n')
    expect((await command('/sev 2')).exitCode).toBe(0)
    expect(said()).toHaveLength(1)
    const before = said()[0]!.body
    writeFileSync(join(workspace, '.github/incident-kit.yml'), 'labels:\n  trigers: sec\n')
    expect((await command('/sev 3')).exitCode).toBe(0)
    rmSync(join(workspace, '.github/incident-kit.yml'))
    expect(said()).toHaveLength(1)
    expect(said()[0]!.body).not.toBe(before)
    expect(said()[0]!.body).not.toContain('commands.permission')
  })
})

describe('the pull-request check of the configuration and template overrides', () => {
  it('annotates a misspelt key and a broken template on their lines, and fails', async () => {
    const octokit = new Octokit({ auth: 'token-of-dev', baseUrl: gh.url, log: { debug() {}, info() {}, warn() {}, error() {} } })
    gh.asUser('token-of-dev', 'dev')
    gh.setPermission('dev', 'write')
    const main = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/edit-config', sha: main.data.object.sha })
    const files = {
      '.github/incident-kit.yml': 'labels:\n  trigers: sec\n',
      '.github/incident-kit/templates/status-update.md.hbs': 'Status\n\n{{#if drill}}\nunclosed\n'
    }
    for (const [path, text] of Object.entries(files)) {
      await octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path,
        branch: 'edit-config',
        message: 'edit',
        content: Buffer.from(text).toString('base64')
      })
      mkdirSync(join(workspace, path, '..'), { recursive: true })
      writeFileSync(join(workspace, path), text)
    }
    const pr = await octokit.rest.pulls.create({ owner, repo, head: 'edit-config', base: 'main', title: 'Tune incident-kit' })
    const base = examplePayload('pull_request', 'opened', 0, { owner, repo, url: gh.url })
    const payload = { ...base, number: pr.data.number, pull_request: { ...(base.pull_request as object), number: pr.data.number }, repository: gh.repoJson() }
    gh.resetLog()
    try {
      const run = await runAction({ event: 'pull_request', payload, apiUrl: gh.url, workspace, mode: 'in-process' })
      expect(run.exitCode).not.toBe(0)
      expect(run.outputs).toMatchObject({ 'config-files-changed': '2', 'config-files-failing': '2' })
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          command: 'error',
          properties: expect.objectContaining({ file: '.github/incident-kit.yml', line: '2' }),
          message: expect.stringContaining('did you mean "trigger"?')
        })
      )
      expect(run.annotations).toContainEqual(
        expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: '.github/incident-kit/templates/status-update.md.hbs' }) })
      )
      expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([])
      expect(gh.violations).toEqual([])
    } finally {
      rmSync(join(workspace, '.github/incident-kit.yml'))
      rmSync(join(workspace, '.github/incident-kit'), { recursive: true })
    }
  })
})
