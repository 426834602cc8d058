// Render time of each communication template for an incident with 2,000 response and 2,000
// attack timeline entries, and of the comment-sized drafts built from them.
//
//   node bench/templates.mjs [entries] [runs]
//
// It imports src/ transpiled by bench/lib.mjs.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { load, root, transpileSources } from './lib.mjs'

const entries = Number(process.argv[2] ?? 2000)
const runs = Number(process.argv[3] ?? 20)

function longIncident(base, n) {
  const state = structuredClone(base)
  const start = Date.parse('2026-11-01T00:00:00Z')
  const at = (i) => new Date(start + i * 60_000).toISOString()
  const kinds = ['tick', 'command', 'phase', 'gate', 'role', 'status']
  state.timeline = Array.from({ length: n }, (_, i) => ({
    at: at(i),
    by: `responder-${i % 7}`,
    kind: kinds[i % kinds.length],
    text: `Response entry ${i}: checked the logs of the support dashboard and recorded what was found`
  }))
  state.attackTimeline = Array.from({ length: n }, (_, i) => ({
    at: at(i),
    by: 'sofia-sec',
    kind: 'attack',
    // One entry in ten names a host and an address, as real notes do: each is a term the announcement linter looks for.
    text:
      i % 10 === 0
        ? `Attack entry ${i}: the attacker moved to build-${i} from 203.0.${Math.floor(i / 250) % 250}.${i % 250}`
        : `Attack entry ${i}: the attacker queried the customer table through the support dashboard export`
  }))
  state.iocs = Array.from({ length: n / 10 }, (_, i) => ({ value: `198.51.${Math.floor(i / 250) % 250}.${i % 250}`, type: 'ipv4', at: at(i) }))
  state.affected = 'build-7 (CI runner), db01, prod-api, the `artifact-store` bucket, bastion.corp.example.com'
  return state
}

/** Median and 95th percentile of `runs` timed calls, after three warm-up calls. */
function time(fn) {
  let result
  for (let i = 0; i < 3; i++) result = fn()
  const samples = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    result = fn()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  const pick = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]
  return { median: pick(0.5), p95: pick(0.95), result }
}

const t0 = performance.now()
transpileSources()
const transpileMs = performance.now() - t0

const { parseConfig } = await load('config/load.js')
const { stateSchema } = await load('incident/state.js')
const { renderComms } = await load('comms/compose.js')
const { planDrafts } = await load('comms/drafts.js')
const { renderPostMortem } = await load('comms/post-mortem.js')
const { builtinTemplates } = await load('comms/templates.js')
const { COMMS_TEMPLATES } = await load('comms/view.js')
const { lintAnnouncement, lintOptionsFromConfig } = await load('comms/lint.js')
// The incident's terms (absent before the linter knew them: the rows below are then skipped).
const { incidentTerms } = await load('comms/sensitive.js').catch(() => ({}))
const lintTerms = typeof incidentTerms === 'function'
const { renderDashboard } = await load('incident/dashboard.js')
const { incidentOutputs, renderChecklist } = await load('incident/open.js')
const { buildReport, renderRunbookReport } = await load('runbooks/report.js')
const { emptyTally, addToTally, assessRunbook } = await load('runbooks/freshness.js')
const { parseRunbookDates, dayNumber } = await load('runbooks/dates.js')

const fixture = JSON.parse(readFileSync(join(root, 'tests/fixtures/comms/post-mortem/state.json'), 'utf8'))
const state = stateSchema.parse(longIncident(fixture, entries))
const config = parseConfig(undefined)
const templates = builtinTemplates()
const now = new Date('2026-11-27T12:05:00Z')
const ctx = { issueUrl: 'https://github.com/acme/security-incidents/issues/42' }

const rows = []
const runContext = {
  repo: { owner: 'acme', name: 'security-incidents', id: 1, private: true, url: 'https://github.com/acme/security-incidents' },
  config,
  templates,
  now: now.toISOString(),
  allowPublicRepo: false,
  repoUrl: 'https://github.com/acme/security-incidents'
}
{
  const { median, p95, result } = time(() => renderDashboard(state, runContext))
  rows.push(['dashboard (folds to fit 65,536, state included)', median, p95, result.body.length])
}
{
  const { median, p95, result } = time(() => renderChecklist(state, runContext))
  rows.push(['checklist (14 steps, every sub-item)', median, p95, result.length])
}
{
  // 2,000 runbooks' findings: one in three stale.
  const tally = emptyTally()
  for (let i = 0; i < entries; i++) {
    const tested = i % 3 === 0 ? '2025-01-10' : '2026-11-01'
    addToTally(
      tally,
      assessRunbook(`runbooks/team-${i % 40}/runbook-${i}.md`, parseRunbookDates(`# Runbook ${i}\n\nLast Reviewed: 2026-11-01 Last Tested: ${tested}\n`), {
        today: dayNumber('2026-11-27'),
        reviewedMaxDays: 90,
        testedMaxDays: 180
      })
    )
  }
  const report = buildReport(tally, config.runbooks, '2026-11-27')
  const { median, p95, result } = time(() => renderRunbookReport(report, templates))
  rows.push([`runbook-report (${entries} runbooks, a third stale)`, median, p95, result.length])
}
for (const name of COMMS_TEMPLATES) {
  const { median, p95, result } = time(() => renderComms(name, templates, state, config, now, ctx))
  rows.push([`${name} (every entry)`, median, p95, result.length])
}
{
  const { median, p95, result } = time(() => planDrafts(state, config, templates, now, { ...ctx, existing: new Set() }))
  rows.push([
    'planDrafts: 3 drafts, folded to fit, announcement linted',
    median,
    p95,
    result.filter((c) => c.kind === 'upsert-comment').reduce((n, c) => n + c.body.length, 0)
  ])
}
if (lintTerms) {
  // The announcement linter on a finished notice, with every term of the incident (IOCs, hosts, addresses).
  const notice = readFileSync(join(root, 'tests/fixtures/comms/external-announcement/expected.md'), 'utf8')
  const terms = incidentTerms(state)
  const { median, p95, result } = time(() => lintAnnouncement(notice, lintOptionsFromConfig(config, { codename: state.codename, sensitiveTerms: terms })))
  rows.push([`lintAnnouncement with the incident's ${terms.length} terms`, median, p95, result.length])
  const extraction = time(() => incidentTerms(state))
  rows.push([`incidentTerms: ${entries} + ${entries} timeline entries, ${state.iocs.length} IOCs`, extraction.median, extraction.p95, extraction.result.length])
}
{
  const { median, p95, result } = time(() => renderPostMortem(state, config, templates, now, ctx))
  rows.push(['renderPostMortem: folded to fit 65,536', median, p95, result.length])
}
{
  // Every incident event sets the outputs: 1,500 indicators (JSON, CSV blocklist, STIX bundle) and 200 evidence items.
  const iocs = Array.from({ length: 1500 }, (_, i) => ({ value: `10.${i >> 8}.${i & 255}.1`, type: 'ipv4', by: 'sofia-sec', at: '2026-11-22T12:02:00Z' }))
  const evidence = Array.from({ length: 200 }, (_, i) => ({
    id: `E-${i.toString(16).padStart(8, '0')}`,
    sha256: i.toString(16).padStart(64, '0'),
    where: `s3://cold-evidence/img-${i}.dd`,
    what: `disk image ${i}`,
    by: 'sofia-sec',
    at: '2026-11-22T12:02:00Z',
    custody: [{ from: 'sofia-sec', to: 'dmitri-forensics', by: 'sofia-sec', at: '2026-11-22T14:10:00Z', note: '' }]
  }))
  const { median, p95, result } = time(() => incidentOutputs({ ...state, iocs, evidence }, 42))
  rows.push(['outputs: 1,500 indicators (JSON, CSV, STIX), 200 evidence items', median, p95, Object.values(result).reduce((n, v) => n + v.length, 0)])
}

const width = Math.max(...rows.map((r) => r[0].length))
console.log(`incident-kit template bench: ${entries} response + ${entries} attack timeline entries, median and p95 of ${runs} runs (node ${process.version})`)
console.log(`transpiled src/ in ${transpileMs.toFixed(0)} ms\n`)
console.log(`${'what'.padEnd(width)}  ${'median ms'.padStart(9)}  ${'p95 ms'.padStart(8)}  ${'chars'.padStart(9)}`)
for (const [what, median, p95, chars] of rows) {
  console.log(`${what.padEnd(width)}  ${median.toFixed(1).padStart(9)}  ${p95.toFixed(1).padStart(8)}  ${chars.toLocaleString('en-US').padStart(9)}`)
}
