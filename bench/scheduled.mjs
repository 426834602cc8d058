// GitHub API requests of the scheduled run (reminders + metrics) over a repository of many
// incidents, against the in-process GitHub stand-in: the first run (no cache), the runs that
// fill the cache, and a warm run, with the projection at one run every 15 minutes against a
// GITHUB_TOKEN's 1,000 requests an hour.
//
//   node bench/scheduled.mjs [incidents] [open]
//
// Imports src/ transpiled by bench/lib.mjs (no type check), like the other bench scripts.
import { performance } from 'node:perf_hooks'
import { load } from './lib.mjs'

const total = Number(process.argv[2] ?? 500)
const openCount = Number(process.argv[3] ?? 20)

const { startFakeGitHub } = await load('simulate/fake-github/index.js')
const { createGitHub } = await load('github/client.js')
const { runScheduled, REQUEST_BUDGET, BACKFILL_PER_RUN } = await load('github/scheduled.js')
const { makeRoute, reconcileIssue } = await load('github/handle.js')
const { defaultConfig } = await load('config/load.js')
const { builtinTemplates } = await load('comms/templates.js')

const owner = 'acme'
const repo = 'security-incidents'
const BOT = 'github-actions[bot]'
const T0 = Date.parse('2026-11-22T12:00:00Z')
const DAY = 86_400_000
let clock = T0
const config = defaultConfig()
const templates = builtinTemplates()
const ctx = (now) => ({
  repo: { owner, name: repo, id: 4242, private: true, url: `https://github.com/${owner}/${repo}` },
  config,
  templates,
  now,
  allowPublicRepo: false
})
const iso = (ms) => new Date(ms).toISOString()
const quiet = {
  debug() {},
  info() {},
  notice() {},
  warning() {},
  error() {},
  group: async (_n, fn) => fn(),
  setOutput() {},
  setFailed() {},
  summary: async () => {}
}

const inputs = { token: 'ghs_bench', configPath: '.github/incident-kit.yml', dryRun: false, allowPublicRepo: false, botLogin: BOT }

/** One run of the action for the issue at `now` (the seeding runs are not counted). */
async function reconcileAt(gh, number, now) {
  clock = now
  const client = createGitHub({ token: 'ghs_bench', baseUrl: gh.url, throttling: false })
  await reconcileIssue(makeRoute(client, { owner, repo }, ctx(iso(now)), inputs, quiet, {}), number)
}

/** One incident as people and the action leave it: filed, IC appointed, phase moved, closed or not. */
async function seed(gh, i, closed) {
  const opened = closed ? T0 - (2 + (i % 700)) * DAY : T0 - (30 + i * 20) * 60_000
  const severity = 1 + (i % 4)
  const drill = i % 9 === 0
  clock = opened
  const issue = gh.createIssue({
    title: 'report',
    body: `### What did you observe?\n\nSomething odd\n\n### Severity\n\nSEV-${severity}`,
    user: 'alice',
    labels: ['incident', ...(drill ? ['incident:drill'] : [])],
    createdAt: iso(opened)
  })
  await reconcileAt(gh, issue.number, opened)
  const steps = closed
    ? [
        [9, '/ic @ic-ian'],
        [3000, 'close']
      ]
    : i % 2
      ? [[9, '/ic @ic-ian']]
      : []
  for (const [m, body] of steps) {
    clock = opened + m * 60_000
    if (body === 'close') gh.as('ic-ian').close(issue.number)
    else gh.as('ic-ian').comment(issue.number, body)
    await reconcileAt(gh, issue.number, clock)
  }
}

const gh = await startFakeGitHub({ owner, repo, private: true, botLogin: BOT, now: () => new Date(clock) })
gh.setPermission('ic-ian', 'admin')
const seeded = performance.now()
for (let i = 0; i < total; i++) await seed(gh, i, i >= openCount)
const seedMs = performance.now() - seeded

async function run(now) {
  clock = now
  gh.resetLog()
  let requests = 0
  const client = createGitHub({ token: 'ghs_bench', baseUrl: gh.url, throttling: false, onRequest: () => requests++ })
  const t0 = performance.now()
  const route = makeRoute(client, { owner, repo }, ctx(iso(now)), inputs, quiet, {})
  const plan = await runScheduled(client, { owner, repo }, ctx(iso(now)), {
    botLogin: BOT,
    dryRun: false,
    reporter: quiet,
    reconcile: (n) => reconcileIssue(route, n)
  })
  const ms = performance.now() - t0
  const reads = gh.requests.filter((r) => r.method === 'GET').length
  const pending = /(\d+) still to read/.exec(plan.summary ?? '')?.[1] ?? '0'
  return { requests, reads, writes: requests - reads, ms, pending: Number(pending), reminders: plan.outputs.reminders }
}

const rows = []
let now = T0
let r = await run(now)
rows.push(['1st run, no cache', r])
for (let k = 2; r.pending > 0 && k < 20; k++) {
  now += 15 * 60_000
  r = await run(now)
  rows.push([`run ${k}, filling the cache`, r])
}
now += 15 * 60_000
const warm = await run(now)
rows.push(['warm run', warm])
now += 15 * 60_000
const warm2 = await run(now)
rows.push(['warm run, 15 min later', warm2])
const tracking = [...gh.issues.values()].find((i) => i.labels.includes('incident-metrics'))
const cacheChars = /<!-- incident-kit:metrics-cache[\s\S]*?-->/.exec(tracking?.body ?? '')?.[0].length ?? 0
await gh.close()

console.log(`incident-kit scheduled-run bench: ${total} incidents (${openCount} open, ${total - openCount} closed), node ${process.version}`)
console.log(
  `seeded in ${seedMs.toFixed(0)} ms; a run aims at ${REQUEST_BUDGET} requests at most, reading up to ${BACKFILL_PER_RUN} closed incidents not yet cached with what the open ones leave\n`
)
const w = Math.max(...rows.map(([l]) => l.length))
console.log(
  `${'run'.padEnd(w)}  ${'requests'.padStart(8)}  ${'reads'.padStart(5)}  ${'writes'.padStart(6)}  ${'pending'.padStart(7)}  ${'reminders'.padStart(9)}  ${'ms'.padStart(6)}`
)
for (const [label, x] of rows) {
  console.log(
    `${label.padEnd(w)}  ${String(x.requests).padStart(8)}  ${String(x.reads).padStart(5)}  ${String(x.writes).padStart(6)}  ${String(x.pending).padStart(7)}  ${String(x.reminders).padStart(9)}  ${x.ms.toFixed(0).padStart(6)}`
  )
}
const worst = Math.max(...rows.map(([, x]) => x.requests))
console.log(`\ntracking issue #${tracking?.number}: ${tracking?.body?.length ?? 0} characters, of which the cache ${cacheChars} (GitHub's limit: 65,536)`)
console.log(
  `projected at 4 runs an hour: warm ${warm2.requests * 4} requests/hour; while the cache fills (worst run ${worst}) ${worst * 4} requests/hour; budget 1,000/hour`
)
