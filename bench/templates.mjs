// Render time of each communication template for an incident with 2,000 response and 2,000
// attack timeline entries, and of the comment-sized drafts built from them.
//
//   node bench/templates.mjs [entries] [runs]
//
// Node 20 cannot import TypeScript, and `tsc` type-checks the tests too, so this script first
// transpiles src/**/*.ts file by file with the TypeScript compiler API (no type check, well
// under a second) into bench/out/ (git-ignored), then imports the plain ESM it wrote.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import ts from 'typescript'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'bench', 'out')
const entries = Number(process.argv[2] ?? 2000)
const runs = Number(process.argv[3] ?? 20)

function transpileSources() {
  rmSync(out, { recursive: true, force: true })
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]))
  for (const file of walk(join(root, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: file
    })
    const target = join(out, relative(join(root, 'src'), file)).replace(/\.ts$/, '.js')
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, outputText)
  }
}

const load = (path) => import(pathToFileURL(join(out, path)).href)

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
    text: `Attack entry ${i}: the attacker queried the customer table through the support dashboard export`
  }))
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

const fixture = JSON.parse(readFileSync(join(root, 'tests/fixtures/comms/post-mortem/state.json'), 'utf8'))
const state = stateSchema.parse(longIncident(fixture, entries))
const config = parseConfig(undefined)
const templates = builtinTemplates()
const now = new Date('2026-11-27T12:05:00Z')
const ctx = { issueUrl: 'https://github.com/acme/security-incidents/issues/42' }

const rows = []
for (const name of COMMS_TEMPLATES) {
  const { median, p95, result } = time(() => renderComms(name, templates, state, config, now, ctx))
  rows.push([`${name} (every entry)`, median, p95, result.length])
}
{
  const { median, p95, result } = time(() => planDrafts(state, config, templates, now, { ...ctx, existing: new Set() }))
  rows.push(['planDrafts: 3 drafts, folded to fit, announcement linted', median, p95, result.reduce((n, c) => n + c.body.length, 0)])
}
{
  const { median, p95, result } = time(() => renderPostMortem(state, config, templates, now, ctx))
  rows.push(['renderPostMortem: folded to fit 65,536', median, p95, result.length])
}

const width = Math.max(...rows.map((r) => r[0].length))
console.log(`incident-kit template bench: ${entries} response + ${entries} attack timeline entries, median and p95 of ${runs} runs (node ${process.version})`)
console.log(`transpiled src/ in ${transpileMs.toFixed(0)} ms\n`)
console.log(`${'what'.padEnd(width)}  ${'median ms'.padStart(9)}  ${'p95 ms'.padStart(8)}  ${'chars'.padStart(9)}`)
for (const [what, median, p95, chars] of rows) {
  console.log(`${what.padEnd(width)}  ${median.toFixed(1).padStart(9)}  ${p95.toFixed(1).padStart(8)}  ${chars.toLocaleString('en-US').padStart(9)}`)
}
