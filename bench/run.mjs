#!/usr/bin/env node
// `npm run bench`: the figures of incident-kit, printed, never asserted.
//   1. GitHub API requests per event (reads and writes) and wall time of the bundled action
//      (dist/index.js run as the Actions runner runs it) against the local GitHub stand-in,
//      beside a bare `node -e 0`;
//   2. bundle sizes;
//   3. the other bench scripts: templates, runbooks (with rg), scheduled runs.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { load, median, root } from './lib.mjs'

const entry = join(root, 'dist', 'index.js')
if (!existsSync(entry)) {
  console.error('dist/index.js not found: run "npm run bundle" first')
  process.exit(2)
}

const { startFakeGitHub } = await load('simulate/fake-github/index.js')
const owner = 'acme'
const repo = 'security-incidents'
const BOT = 'github-actions[bot]'
const FORM = '### What did you observe?\n\nRoot shell on build-7\n\n### When was it detected (UTC)?\n\n2026-11-22 09:12\n\n### Severity\n\nSEV-3 (medium)'

/** Runs dist/index.js like the runner: inputs as env, the event in a file, outputs in GITHUB_OUTPUT. */
async function runAction(gh, event, payload, { inputs = {}, checkout = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ik-bench-'))
  const workspace = join(dir, 'ws')
  mkdirSync(workspace)
  if (checkout) mkdirSync(join(workspace, '.git'))
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload))
  for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '')
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_bench',
    'INPUT_CONFIG-PATH': '.github/incident-kit.yml',
    'INPUT_BOT-LOGIN': BOT,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  gh.resetLog()
  const started = performance.now()
  // Asynchronous: the stand-in GitHub answers from this very process.
  const result = await new Promise((resolve) => {
    const child = spawn(process.execPath, [entry], { env, cwd: workspace })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
  const wallMs = performance.now() - started
  rmSync(dir, { recursive: true, force: true })
  if (result.status !== 0) throw new Error(`${event} failed: ${result.stdout}\n${result.stderr}`)
  const reads = gh.requests.filter((r) => r.method === 'GET').length
  return { reads, writes: gh.requests.length - reads, wallMs }
}

const gh = await startFakeGitHub({ owner, repo, private: true, botLogin: BOT })
for (const [login, permission] of [['alice', 'write'], ['wendy', 'write'], ['ic-ian', 'admin']]) gh.setPermission(login, permission)
const payload = (n, action, sender, extra = {}) => ({ action, issue: gh.issueJson(n), repository: gh.repoJson(), sender: gh.userJson(sender), ...extra })
const rows = []
const measure = async (name, goal, event, makePayload, options) => rows.push({ name, goal, ...(await runAction(gh, event, makePayload(), options)) })

const n = gh.createIssue({ title: 'strange logins', body: FORM, user: 'alice', labels: ['incident'] }).number
await measure('issues.opened (checked out)', '≤ 3', 'issues', () => payload(n, 'opened', 'alice'))
await measure('issues.opened again (replay)', '0 writes', 'issues', () => payload(n, 'opened', 'alice'))
const m = gh.createIssue({ title: 'no checkout', body: FORM, user: 'alice', labels: ['incident'] }).number
await measure('issues.opened (no checkout)', '', 'issues', () => payload(m, 'opened', 'alice'), { checkout: false })
const label = async (name, sender, goal, action = 'labeled') => {
  if (action === 'labeled') gh.issue(n).labels.push(name)
  await measure(`issues.${action} ${name} by ${sender}`, goal, 'issues', () => payload(n, action, sender, { label: { name } }))
}
await label('phase:containment', 'wendy', '≤ 4')
await label('phase:containment', 'wendy', '0 writes')
await label('gate:not-internal', 'ic-ian', '≤ 4')
await label('gate:legal-approved', 'wendy', '≤ 4')
const comment = async (body, sender, goal) => {
  const c = gh.addComment(n, sender, body)
  await measure(`comment "${body.split('\n')[0]}"`, goal, 'issue_comment', () => payload(n, 'created', sender, { comment: gh.commentJson(c.id) }))
  return c
}
await comment('I saw this too', 'wendy', '0')
const ioc = await comment('/ioc 203.0.113.7', 'wendy', '≤ 4')
await measure('the same command again (replay)', '0 writes', 'issue_comment', () => payload(n, 'created', 'wendy', { comment: gh.commentJson(ioc.id) }))
await comment('/ic @ic-ian', 'ic-ian', '≤ 4')
await comment('/timeline 2026-11-22T09:05Z attacker logged in', 'wendy', '≤ 4')
const tick = (who, goal) => {
  const checklist = gh.commentsOn(n).find((c) => c.user === BOT && c.body.includes('kind=checklist'))
  const before = checklist.body
  checklist.body = before.replace('- [ ] **Isolate affected instances**', '- [x] **Isolate affected instances**')
  return measure(`checklist tick by ${who}`, goal, 'issue_comment', () => payload(n, 'edited', who, { comment: gh.commentJson(checklist.id), changes: { body: { from: before } } }))
}
await tick('wendy', '≤ 2')
gh.issue(n).state = 'closed'
await measure('issues.closed', '', 'issues', () => payload(n, 'closed', 'ic-ian'))

const baseline = []
for (let i = 0; i < 5; i++) {
  const t = performance.now()
  spawnSync(process.execPath, ['-e', '0'])
  baseline.push(performance.now() - t)
}
const openedWall = []
for (let i = 0; i < 5; i++) {
  const k = gh.createIssue({ title: `wall ${i}`, body: FORM, user: 'alice', labels: ['incident'] }).number
  openedWall.push((await runAction(gh, 'issues', payload(k, 'opened', 'alice'))).wallMs)
}
await gh.close()

console.log('## GitHub API requests and wall time per event (bundled action, local stand-in)\n')
console.log('| event | reads | writes | total | goal | wall ms |')
console.log('|---|---:|---:|---:|---|---:|')
for (const r of rows) console.log(`| ${r.name} | ${r.reads} | ${r.writes} | ${r.reads + r.writes} | ${r.goal} | ${r.wallMs.toFixed(0)} |`)
console.log(`\nissues.opened, median of 5 fresh issues: ${median(openedWall).toFixed(0)} ms; bare \`node -e 0\`: ${median(baseline).toFixed(0)} ms (median of 5).`)
console.log('Writes are paced (about 1 s apart) only past the 20th write of a run; an incident event makes fewer.\n')

console.log('## Bundle\n')
for (const file of ['dist/index.js', 'dist/cli.js']) {
  const bytes = statSync(join(root, file)).size
  console.log(`- ${file}: ${(bytes / 1024).toFixed(0)} KiB (${(gzipSync(readFileSync(join(root, file))).length / 1024).toFixed(0)} KiB gzipped)`)
}
console.log('')

for (const script of ['templates.mjs', 'runbooks.mjs', 'scheduled.mjs']) {
  if (!existsSync(join(root, 'bench', script))) continue
  console.log(`## bench/${script}\n`)
  const result = spawnSync(process.execPath, [join(root, 'bench', script)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  process.stdout.write(result.stdout)
  if (result.status !== 0) console.log(`(bench/${script} exited ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' ')})`)
  console.log('')
}
