/**
 * Legal clocks through the action, against the local GitHub stand-in (every request checked
 * against GitHub's OpenAPI description): a `/decision` or `/filed` comment costs the same requests
 * as any command (3 reads, 2 writes), because the clocks are computed from the history already read.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../src/simulate/fake-github/index.js'
import { createOpenApiValidator } from './openapi.js'
import { examplePayload, withComment, withIssue, withSender, type Payload } from './payloads.js'
import { runAction } from './run-action.js'

const owner = 'acme'
const repo = 'security-incidents'
const BOT = 'github-actions[bot]'
const validator = createOpenApiValidator()
const FORM = '### What did you observe?\n\nRoot shell on build-7\n\n### When was it detected (UTC)?\n\n2026-11-22 09:12\n\n### Severity\n\nSEV-2 (high)'

let gh: FakeGitHub
let workspace = ''
let n = 0

async function run(event: string, payload: Payload) {
  gh.resetLog()
  const result = await runAction({ event, payload, apiUrl: gh.url, inputs: {}, workspace, mode: 'in-process' })
  const reads = gh.requests.filter((r) => r.method === 'GET')
  return { ...result, reads: reads.length, writes: gh.requests.length - reads.length }
}

function comment(body: string, user: string) {
  const c = gh.as(user).comment(n, body)
  const base = withIssue(examplePayload('issue_comment', 'created', 0, { owner, repo, url: gh.url }), { issue: gh.issueJson(n) })
  return run('issue_comment', withSender(withComment(base, { comment: gh.commentJson(c.id) }), user))
}

const dashboard = () => gh.commentsOn(n).find((c) => c.user === BOT && c.body.includes('incident-kit:kind=dashboard'))!.body

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'incident-kit-legal-'))
  mkdirSync(join(workspace, '.git'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(join(workspace, '.github', 'incident-kit.yml'), 'legal:\n  clocks:\n    gdpr-art33: true\n    sec-8k: true\n')
  gh = await startFakeGitHub({ owner, repo, private: true, botLogin: BOT, validate: validator.validate })
  gh.setPermission('ic-ian', 'admin')
  gh.setPermission('alice', 'write')
  n = gh.createIssue({ title: 'strange logins', body: FORM, user: 'alice', labels: ['incident'] }).number
  const opened = withSender(withIssue(examplePayload('issues', 'opened', 0, { owner, repo, url: gh.url }), { issue: gh.issueJson(n) }), 'alice')
  await run('issues', opened)
})

afterAll(async () => {
  await gh.close()
  rmSync(workspace, { recursive: true, force: true })
})

describe('legal clocks through the action', () => {
  it('`/decision` starts the clock on the dashboard with the requests of any command: 3 reads, 2 writes', async () => {
    const result = await comment('/decision personal-data-breach', 'ic-ian')
    expect(result.exitCode).toBe(0)
    expect([result.reads, result.writes]).toEqual([3, 2])
    expect(dashboard()).toMatch(/\| GDPR Art\. 33: supervisory authority notified .*from decision `personal-data-breach`/)
    expect(gh.violations).toEqual([])
  })

  it('`/filed` meets it with the same requests, and its replay writes nothing', async () => {
    const result = await comment('/filed gdpr-art33 DPC-2026-114', 'ic-ian')
    expect([result.reads, result.writes]).toEqual([3, 2])
    expect(dashboard()).toMatch(/✅ met .*reference DPC-2026-114/)
    const c = gh
      .commentsOn(n)
      .filter((x) => x.user === 'ic-ian')
      .at(-1)!
    const base = withIssue(examplePayload('issue_comment', 'created', 0, { owner, repo, url: gh.url }), { issue: gh.issueJson(n) })
    const replay = await run('issue_comment', withSender(withComment(base, { comment: gh.commentJson(c.id) }), 'ic-ian'))
    expect(replay.writes).toBe(0)
    expect(gh.violations).toEqual([])
  })
})
