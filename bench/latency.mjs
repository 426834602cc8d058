#!/usr/bin/env node
// `issues.opened` when GitHub is far away: the bundled action against the local stand-in behind a
// proxy that adds 100 ms to every response, beside bench/trivial-action.mjs making the very same
// requests (recorded from that run) with fetch through the same proxy. Both are whole processes
// on the same Node; runs are interleaved, each on a fresh issue. The goal: the action within 2x.
//
//   node bench/latency.mjs [--delay 100] [--runs 5] [--node PATH] [--entry dist/index.js]
//   node bench/latency.mjs --page [--delay 100] [--runs 5]   # the time from the event to the page
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { BOT, runBundledAction, spawnTimed, startLatencyProxy } from './action.mjs'
import { loadFakeGitHub, median, root, versionOf } from './lib.mjs'

const FORM = '### What did you observe?\n\nRoot shell on build-7\n\n### When was it detected (UTC)?\n\n2026-11-22 09:12\n\n### Severity\n\nSEV-3 (medium)'

export async function measureLatency({ delayMs = 100, runs = 5, node = process.execPath, entry } = {}) {
  const { startFakeGitHub } = await loadFakeGitHub()
  const gh = await startFakeGitHub({ owner: 'acme', repo: 'security-incidents', private: true, botLogin: BOT })
  gh.setPermission('alice', 'write')
  const proxy = await startLatencyProxy(gh.url, delayMs)
  const dir = mkdtempSync(join(tmpdir(), 'ik-latency-'))
  const action = []
  const trivial = []
  let sequence = []
  try {
    for (let i = 0; i < runs; i++) {
      const n = gh.createIssue({ title: `latency ${i}`, body: FORM, user: 'alice', labels: ['incident'] }).number
      const payload = { action: 'opened', issue: gh.issueJson(n), repository: gh.repoJson(), sender: gh.userJson('alice') }
      gh.resetLog()
      action.push((await runBundledAction(proxy.url, 'issues', payload, { node, ...(entry ? { entry } : {}) })).wallMs)
      sequence = gh.requests.map(({ method, path, query, body }) => ({ method, path, query, body }))
      const file = join(dir, `requests-${i}.json`)
      writeFileSync(file, JSON.stringify(sequence))
      const replay = await spawnTimed(node, [join(root, 'bench', 'trivial-action.mjs')], {
        env: { PATH: process.env.PATH, GITHUB_API_URL: proxy.url, BENCH_REQUESTS: file }
      })
      if (replay.status !== 0) throw new Error(`trivial action failed: ${replay.stderr}`)
      trivial.push(replay.wallMs)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await proxy.close()
    await gh.close()
  }
  return {
    delayMs,
    runs,
    node: versionOf(node),
    requests: sequence.map((r) => `${r.method} ${r.path}`),
    actionMs: median(action),
    trivialMs: median(trivial),
    ratio: median(action) / median(trivial)
  }
}

/**
 * The time from the event to the page: the bundled action opens an incident with a PagerDuty
 * routing key (PagerDuty here is a local server that answers at once), GitHub 100 ms away. The
 * page goes out after the two reads and before any write.
 */
export async function measurePageTime({ delayMs = 100, runs = 5, node = process.execPath } = {}) {
  const { startFakeGitHub } = await loadFakeGitHub()
  const gh = await startFakeGitHub({ owner: 'acme', repo: 'security-incidents', private: true, botLogin: BOT })
  gh.setPermission('alice', 'write')
  const proxy = await startLatencyProxy(gh.url, delayMs)
  let pagedAt = 0
  const pager = createServer((req, res) => {
    pagedAt = performance.now()
    req.resume()
    req.on('end', () => res.writeHead(202, { 'content-type': 'application/json' }).end('{"status":"success"}'))
  })
  await new Promise((done) => pager.listen(0, '127.0.0.1', done))
  const pagerUrl = `http://127.0.0.1:${pager.address().port}/v2/enqueue`
  const toPage = []
  const whole = []
  try {
    for (let i = 0; i < runs; i++) {
      const n = gh.createIssue({ title: `page ${i}`, body: FORM, user: 'alice', labels: ['incident'] }).number
      const payload = { action: 'opened', issue: gh.issueJson(n), repository: gh.repoJson(), sender: gh.userJson('alice') }
      pagedAt = 0
      const start = performance.now()
      const run = await runBundledAction(proxy.url, 'issues', payload, {
        node,
        inputs: { 'pagerduty-routing-key': 'R0UTINGKEY', 'pagerduty-events-url': pagerUrl }
      })
      if (!pagedAt) throw new Error('the action did not page')
      toPage.push(pagedAt - start)
      whole.push(run.wallMs)
    }
  } finally {
    await new Promise((done) => pager.close(done))
    await proxy.close()
    await gh.close()
  }
  return { delayMs, runs, node: versionOf(node), toPageMs: median(toPage), wholeMs: median(whole) }
}

export function printPageTime(r) {
  console.log(`From the event to the page (PagerDuty), GitHub ${r.delayMs} ms away, ${r.node}, median of ${r.runs}:\n`)
  console.log('| what | ms |')
  console.log('|---|---:|')
  console.log(`| run start to the page | ${r.toPageMs.toFixed(0)} |`)
  console.log(`| the whole run (dashboard and checklist written after the page) | ${r.wholeMs.toFixed(0)} |`)
}

export function printLatency(r) {
  console.log(`issues.opened with ${r.delayMs} ms added to every response, ${r.node}, median of ${r.runs} (fresh issue each, interleaved)\n`)
  console.log(`requests (${r.requests.length}): ${r.requests.join(', ')}\n`)
  console.log('| what | wall ms |')
  console.log('|---|---:|')
  console.log(`| bundled action (dist/index.js) | ${r.actionMs.toFixed(0)} |`)
  console.log(`| trivial action, same requests with fetch | ${r.trivialMs.toFixed(0)} |`)
  console.log(`| ratio (goal ≤ 2x) | ${r.ratio.toFixed(2)}x |`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback)
  if (args.includes('--page')) {
    printPageTime(await measurePageTime({ delayMs: Number(option('delay', 100)), runs: Number(option('runs', 5)), node: option('node', process.execPath) }))
    process.exit(0)
  }
  printLatency(
    await measureLatency({
      delayMs: Number(option('delay', 100)),
      runs: Number(option('runs', 5)),
      node: option('node', process.execPath),
      ...(option('entry') ? { entry: resolve(option('entry')) } : {})
    })
  )
}
