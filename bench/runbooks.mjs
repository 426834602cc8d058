#!/usr/bin/env node
// Runbook freshness at scale: generates corpora of 2,000 and 20,000 runbooks in a temp dir (a
// repository with runbooks/ at its root), then measures, in one run, from that root as a user
// runs it, the whole-process time and peak memory of
//   node dist/cli.js runbooks            (the report a person reads)
//   node dist/cli.js runbooks --json     (what a script reads)
// beside ripgrep finding the same header lines on the same tree:
//   rg -n --no-heading 'Last (Reviewed|Tested)' .
// and a Node floor (bench/runbooks-floor.mjs: list runbooks/, read each file's head, match the
// same pattern; no parsing, no report). It prints figures; it asserts nothing. The goal is a scan
// within 2x of rg.
//
//   node bench/runbooks.mjs [--cli dist/cli.js] [--sizes 2000,20000] [--runs 5] [--keep]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? fallback : args[i + 1]
}
const cli = resolve(option('cli', 'dist/cli.js'))
const FLOOR = fileURLToPath(new URL('./runbooks-floor.mjs', import.meta.url))
const sizes = option('sizes', '2000,20000').split(',').map(Number)
const runs = Number(option('runs', '5'))
const keep = args.includes('--keep')
const TIME = '/usr/bin/time'
const hasTime = existsSync(TIME)

if (!existsSync(cli)) {
  console.error(`${cli} not found: run "npm run bundle" first, or pass --cli PATH`)
  process.exit(2)
}
if (spawnSync('rg', ['--version']).error) {
  console.error('rg (ripgrep) not found: install it (apt-get install -y ripgrep) to compare')
  process.exit(2)
}

// ---------------------------------------------------------------------------------------------
// Corpus: deterministic, so runs compare.

function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TODAY = '2026-03-10'
const TEAMS = ['sre', 'security', 'database', 'network', 'payments', 'identity', 'storage', 'edge', 'mobile', 'data']
const TOPICS = [
  'failover',
  'credential-leak',
  'ddos',
  'phishing',
  'lost-laptop',
  'certificate-expiry',
  'disk-full',
  'replication-lag',
  'dns-outage',
  'token-rotation'
]
const PARAGRAPHS = [
  'Stop the attack as quickly as you can, via any means necessary. Shut down servers, network isolate them, turn off a data center if you have to.',
  'Identify the likely attack vectors and fix them so they cannot be re-exploited immediately after stopping the attack.',
  'Page the Incident Commander at the earliest possible opportunity. Tasks may be performed in parallel as assigned by the IC.',
  'Keep a timeline of everything you do, with the time in UTC, in the incident issue. Nothing is too small to record.',
  'Do not delete or terminate affected instances: forensics will need their disks. Snapshot them and isolate them instead.',
  'Rotate every credential the affected system could read. Revoke sessions and tokens, then confirm nothing still uses the old ones.',
  'Communicate on the voice call and in the chat room named after the codename. Avoid email; never use SMS except to move people to a secure channel.'
]

function date(rand, minDays, maxDays) {
  const day = Date.parse(`${TODAY}T00:00:00Z`) / 86_400_000 - Math.floor(minDays + rand() * (maxDays - minDays))
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

/** Mostly fresh, some stale, a few placeholders and impossible dates, as a real repository has. */
function dates(rand) {
  const r = rand()
  if (r < 0.03) return ['YYYY-MM-DD', 'YYYY-MM-DD']
  if (r < 0.05) return ['2026-02-30', date(rand, 0, 100)]
  if (r < 0.3) return [date(rand, 91, 400), date(rand, 100, 500)]
  return [date(rand, 0, 89), date(rand, 0, 179)]
}

const FORMATS = [
  (t, rv, ts) => `# ${t}\n\nLast Reviewed: ${rv} Last Tested: ${ts}\n`,
  (t, rv, ts) => `# ${t}\n\nLast Tested: ${ts}\nLast Reviewed: ${rv}\n`,
  (t, rv, ts) => `# ${t}\n\n**Last Reviewed:** ${rv}\n**Last Tested:** ${ts}\n`,
  (t, rv, ts) => `# ${t}\n\n<div class="runbook-meta">\n  <strong>Last Reviewed:</strong> ${rv}<br>\n  <strong>Last Tested:</strong> ${ts}\n</div>\n`,
  (t, rv, ts) => `---\ntitle: ${t}\nowner: '@acme/sre'\nlast_reviewed: ${rv}\nlast_tested: "${ts}"\nreview_interval: 90\n---\n# ${t}\n`,
  (t, rv, ts) => `<!--* freshness: { owner: 'alice' reviewed: '${rv}' } *-->\n\n# ${t}\n\nLast Tested: ${ts}\n`,
  (t, rv, ts) => `# ${t}\n\n| Field | Value |\n|---|---|\n| Last Reviewed | ${rv} |\n| Last Tested | ${ts} |\n`
]

function runbook(rand, title) {
  const [reviewed, tested] = dates(rand)
  const header = FORMATS[Math.floor(rand() * FORMATS.length)](title, reviewed, tested)
  const body = []
  const sections = 3 + Math.floor(rand() * 5)
  for (let s = 0; s < sections; s++) {
    body.push(`\n## Step ${s + 1}\n`)
    for (let p = 0; p < 2 + Math.floor(rand() * 3); p++) body.push(PARAGRAPHS[Math.floor(rand() * PARAGRAPHS.length)])
    body.push(`\n- Check the dashboard.\n- Record the time in the timeline.\n- Tell the IC when done.\n`)
  }
  return `${header}\n${body.join('\n')}\n`
}

function generate(count) {
  const dir = mkdtempSync(join(tmpdir(), `incident-kit-runbooks-${count}-`))
  const rand = random(count)
  const made = new Set()
  let bytes = 0
  for (let i = 0; i < count; i++) {
    // Ten teams, up to twenty folders each: a deep-ish tree, as a large organisation has.
    const sub = join(dir, 'runbooks', TEAMS[i % TEAMS.length], `group-${Math.floor(i / 100) % 20}`)
    if (!made.has(sub)) {
      mkdirSync(sub, { recursive: true })
      made.add(sub)
    }
    const text = runbook(rand, `${TOPICS[i % TOPICS.length]} ${i}`)
    bytes += text.length
    writeFileSync(join(sub, `${TOPICS[i % TOPICS.length]}-${i}.md`), text)
  }
  return { dir, bytes }
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** Wall time of the whole process, and its peak resident memory (KiB) when GNU time is there. */
function measure(command, commandArgs, cwd) {
  const argv = hasTime ? [TIME, ['-f', '%M %U %S', command, ...commandArgs]] : [command, commandArgs]
  const start = process.hrtime.bigint()
  const result = spawnSync(argv[0], argv[1], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const [rssKiB, user, sys] = hasTime ? result.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN]
  return { ms, rssKiB, cpuMs: (user + sys) * 1000, status: result.status }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function bench(label, command, commandArgs, cwd) {
  measure(command, commandArgs, cwd) // warm the page cache and the binary
  const samples = Array.from({ length: runs }, () => measure(command, commandArgs, cwd))
  return {
    label,
    ms: median(samples.map((s) => s.ms)),
    min: Math.min(...samples.map((s) => s.ms)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    rssKiB: Math.max(...samples.map((s) => s.rssKiB)),
    status: samples[0].status
  }
}

const rows = []
console.log(`node ${process.version}, ${cli}, ${runs} runs each (median), peak RSS ${hasTime ? 'from /usr/bin/time -f %M' : 'unavailable (no /usr/bin/time)'}`)
const empty = mkdtempSync(join(tmpdir(), 'incident-kit-runbooks-0-'))
rows.push({ files: 0, ...bench('incident-kit (startup only)', process.execPath, [cli, 'runbooks', '--json', '--now', TODAY], empty) })
rmSync(empty, { recursive: true, force: true })

for (const count of sizes) {
  const started = Date.now()
  const { dir, bytes } = generate(count)
  console.log(`\n${count} runbooks, ${(bytes / 1e6).toFixed(1)} MB, generated in ${Date.now() - started} ms in ${dir}`)
  // What each tool found, once, so the comparison is of the same work.
  const json = spawnSync(process.execPath, [cli, 'runbooks', '--json', '--now', TODAY], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
  const counts = JSON.parse(json.stdout).counts
  const rgLines = spawnSync('rg', ['-n', '--no-heading', 'Last (Reviewed|Tested)', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
    .stdout.split('\n')
    .filter(Boolean).length
  console.log(
    `  incident-kit: ${counts.checked} checked, ${counts.fresh} fresh, ${counts.stale} stale, ${counts.broken} broken (exit ${json.status}); rg: ${rgLines} header lines`
  )
  const rg = bench('rg -n --no-heading', 'rg', ['-n', '--no-heading', 'Last (Reviewed|Tested)', '.'], dir)
  const floor = bench('node floor (list, read heads)', process.execPath, [FLOOR], dir)
  const text = bench('incident-kit runbooks', process.execPath, [cli, 'runbooks', '--now', TODAY], dir)
  const kit = bench('incident-kit runbooks --json', process.execPath, [cli, 'runbooks', '--json', '--now', TODAY], dir)
  const vs = (row) => ({ files: count, ...row, ratio: row.ms / rg.ms, cpuRatio: row.cpuMs / rg.cpuMs })
  rows.push({ files: count, ...rg }, vs(floor), vs(text), vs(kit))
  if (keep) console.log(`  kept ${dir}`)
  else rmSync(dir, { recursive: true, force: true })
}

// CPU time (user + system) is printed beside wall time: on a shared machine it moves less.
console.log('\n files  tool                            median ms    min ms    CPU ms   peak RSS MiB   wall vs rg   CPU vs rg')
for (const r of rows) {
  const rss = Number.isNaN(r.rssKiB) ? '-' : (r.rssKiB / 1024).toFixed(1)
  const cpu = Number.isNaN(r.cpuMs) ? '-' : r.cpuMs.toFixed(0)
  console.log(
    `${String(r.files).padStart(6)}  ${r.label.padEnd(30)}  ${r.ms.toFixed(0).padStart(9)}  ${r.min.toFixed(0).padStart(8)}  ${cpu.padStart(8)}  ${rss.padStart(13)}   ${(r.ratio ? `${r.ratio.toFixed(2)}x` : '').padStart(10)}   ${(r.cpuRatio ? `${r.cpuRatio.toFixed(2)}x` : '').padStart(9)}`
  )
}
// Node's start and the bundle's load are paid once; what is left is the scan itself.
const startup = rows[0].ms
for (const r of rows.filter((row) => row.files > 0 && row.label === 'incident-kit runbooks --json')) {
  console.log(`\n${r.files} runbooks: ${(r.ms - startup).toFixed(0)} ms beyond startup, ${(((r.ms - startup) * 1000) / r.files).toFixed(1)} µs a runbook`)
}
