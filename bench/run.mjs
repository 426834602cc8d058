#!/usr/bin/env node
// `npm run bench`: the figures of incident-kit, printed, never asserted, side by side in one run.
//   1. GitHub API requests per event (reads and writes) and wall time of the bundled action
//      (dist/index.js run as the Actions runner runs it) against the local GitHub stand-in;
//   2. issues.opened with 100 ms added to every response, beside a trivial action making the very
//      same requests with fetch, and the ratio, and the time from the event to the page (bench/latency.mjs);
//   3. module load time of dist/index.js beside `node -e 0`, on Node 20 and Node 24 (bench/load.mjs);
//   4. bundle sizes (what they are made of: node bench/bundle.mjs);
//   5. the other bench scripts: templates, runbooks (beside rg, with peak RSS), scheduled runs;
//   6. with --suite only (a minute or more): `npm test` wall and CPU time on Node 20 and 24 (bench/suite.mjs).
//
//   npm run bench [-- --suite] [-- --quick]   (--quick: sections 1-4 only)
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { BOT, ENTRY, OWNER as owner, REPO as repo, runBundledAction } from './action.mjs'
import { measureLatency, measurePageTime, printLatency, printPageTime } from './latency.mjs'
import { findNode, loadFakeGitHub, median, root } from './lib.mjs'
import { measureLoad, printLoad } from './load.mjs'
import { printSuite, timeSuite } from './suite.mjs'

const args = process.argv.slice(2)
if (!existsSync(ENTRY)) {
  console.error('dist/index.js not found: run "npm run bundle" first')
  process.exit(2)
}

const { startFakeGitHub } = await loadFakeGitHub()
const FORM = '### What did you observe?\n\nRoot shell on build-7\n\n### When was it detected (UTC)?\n\n2026-11-22 09:12\n\n### Severity\n\nSEV-3 (medium)'

/** One event through dist/index.js; the requests it made, from the stand-in's log. */
async function runAction(gh, event, payload, options = {}) {
  gh.resetLog()
  const { wallMs } = await runBundledAction(gh.url, event, payload, options)
  const reads = gh.requests.filter((r) => r.method === 'GET').length
  return { reads, writes: gh.requests.length - reads, wallMs }
}

const gh = await startFakeGitHub({ owner, repo, private: true, botLogin: BOT })
for (const [login, permission] of [
  ['alice', 'write'],
  ['wendy', 'write'],
  ['ic-ian', 'admin']
])
  gh.setPermission(login, permission)
const payload = (n, action, sender, extra = {}) => ({ action, issue: gh.issueJson(n), repository: gh.repoJson(), sender: gh.userJson(sender), ...extra })
const rows = []
const measure = async (name, goal, event, makePayload, options) => rows.push({ name, goal, ...(await runAction(gh, event, makePayload(), options)) })

const n = gh.createIssue({ title: 'strange logins', body: FORM, user: 'alice', labels: ['incident'] }).number
await measure('issues.opened (checked out)', 'reads ≤ 3 (was 1)', 'issues', () => payload(n, 'opened', 'alice'))
await measure('issues.opened again (replay)', '0 writes', 'issues', () => payload(n, 'opened', 'alice'))
const m = gh.createIssue({ title: 'no checkout', body: FORM, user: 'alice', labels: ['incident'] }).number
await measure('issues.opened (no checkout)', '', 'issues', () => payload(m, 'opened', 'alice'), { checkout: false })
const label = async (name, sender, goal, action = 'labeled') => {
  if (action === 'labeled') gh.as(sender).addLabels(n, name)
  await measure(`issues.${action} ${name} by ${sender}`, goal, 'issues', () => payload(n, action, sender, { label: { name } }))
}
await label('phase:containment', 'wendy', 'reads ≤ 3 (was 1)')
await label('phase:containment', 'wendy', '0 writes')
await label('gate:not-internal', 'ic-ian', 'reads ≤ 4 (was 2)')
await label('gate:legal-approved', 'wendy', 'reads ≤ 4 (was 2)')
const comment = async (body, sender, goal, options) => {
  const c = gh.as(sender).comment(n, body)
  await measure(`comment "${body.split('\n')[0]}"`, goal, 'issue_comment', () => payload(n, 'created', sender, { comment: gh.commentJson(c.id) }), options)
  return c
}
await comment('I saw this too', 'wendy', '0')
const ioc = await comment('/ioc 203.0.113.7', 'wendy', 'reads ≤ 4 (was 2)')
await measure('the same command again (replay)', '0 writes', 'issue_comment', () => payload(n, 'created', 'wendy', { comment: gh.commentJson(ioc.id) }))
await comment('/ic @ic-ian', 'ic-ian', 'reads ≤ 4 (was 2)')
await comment('/timeline 2026-11-22T09:05Z attacker logged in', 'wendy', 'reads ≤ 4 (was 2)')
// Legal clocks are computed from the history already read: the same requests as any command.
const LEGAL = { config: 'legal:\n  clocks:\n    gdpr-art33: true\n    sec-8k: true\n' }
await comment('/decision personal-data-breach', 'ic-ian', 'as /timeline (legal clocks on)', LEGAL)
const filed = await comment('/filed gdpr-art33 DPC-2026-114', 'ic-ian', 'as /timeline (legal clocks on)', LEGAL)
await measure(
  'the same /filed again (replay)',
  '0 writes',
  'issue_comment',
  () => payload(n, 'created', 'ic-ian', { comment: gh.commentJson(filed.id) }),
  LEGAL
)
const tick = (who, goal) => {
  const checklist = gh.commentsOn(n).find((c) => c.user === BOT && c.body.includes('kind=checklist'))
  const before = checklist.body
  gh.as(who).editComment(checklist.id, before.replace(/- \[ \] (\*\*(?:\d+\. )?Isolate affected instances\*\*)/, '- [x] $1'))
  return measure(`checklist tick by ${who}`, goal, 'issue_comment', () =>
    payload(n, 'edited', who, { comment: gh.commentJson(checklist.id), changes: { body: { from: before } } })
  )
}
await tick('wendy', 'reads ≤ 3 (was 1)')
gh.as('ic-ian').close(n)
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
console.log(
  `\nissues.opened, median of 5 fresh issues: ${median(openedWall).toFixed(0)} ms; bare \`node -e 0\`: ${median(baseline).toFixed(0)} ms (median of 5).`
)
console.log('Writes are paced (about 1 s apart) only past the 20th write of a run; an incident event makes fewer.\n')

console.log('## issues.opened when GitHub is 100 ms away (bench/latency.mjs)\n')
printLatency(await measureLatency({ delayMs: 100, runs: 5 }))
const node24 = findNode(24)
if (node24) {
  console.log('')
  printLatency(await measureLatency({ delayMs: 100, runs: 5, node: node24 }))
}
console.log('')
printPageTime(await measurePageTime({ delayMs: 100, runs: 5, ...(node24 ? { node: node24 } : {}) }))
console.log('')

console.log('## Module load (bench/load.mjs)\n')
printLoad(measureLoad({ runs: 21 }), 21)
console.log('')

console.log('## Bundle\n')
for (const file of ['dist/index.js', 'dist/cli.js']) {
  const bytes = statSync(join(root, file)).size
  console.log(`- ${file}: ${(bytes / 1024).toFixed(0)} KiB (${(gzipSync(readFileSync(join(root, file))).length / 1024).toFixed(0)} KiB gzipped)`)
}
const chunks = existsSync(join(root, 'dist/cli-chunks')) ? readdirSync(join(root, 'dist/cli-chunks')) : []
const chunkBytes = chunks.reduce((n, f) => n + statSync(join(root, 'dist/cli-chunks', f)).size, 0)
console.log(`- dist/cli-chunks/: ${chunks.length} chunks, ${(chunkBytes / 1024).toFixed(0)} KiB, loaded by the CLI command that needs them`)
console.log('What each bundle is made of: node bench/bundle.mjs [index|cli]')
console.log('')

for (const script of args.includes('--quick') ? [] : ['templates.mjs', 'runbooks.mjs', 'scheduled.mjs']) {
  if (!existsSync(join(root, 'bench', script))) continue
  console.log(`## bench/${script}\n`)
  const result = spawnSync(process.execPath, [join(root, 'bench', script)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  process.stdout.write(result.stdout)
  if (result.status !== 0) console.log(`(bench/${script} exited ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' ')})`)
  console.log('')
}

if (args.includes('--suite')) {
  console.log('## npm test (bench/suite.mjs)\n')
  const rows = []
  for (const major of [20, 24]) {
    const node = findNode(major)
    if (node) rows.push(await timeSuite(node))
  }
  printSuite(rows)
}
