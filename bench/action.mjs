// Shared by the bench scripts: runs the bundled action (dist/index.js) as the Actions runner runs
// it (inputs as env, the event in a file, outputs in GITHUB_OUTPUT) against a GitHub at `apiUrl`,
// and a small HTTP proxy that adds latency to every response of the local stand-in.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { root } from './lib.mjs'

export const ENTRY = join(root, 'dist', 'index.js')
export const OWNER = 'acme'
export const REPO = 'security-incidents'
export const BOT = 'github-actions[bot]'

/** Spawns `args` with `node` and resolves with the exit status, output and wall time. Asynchronous: the stand-in answers from this very process. */
export function spawnTimed(node, args, options) {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(node, args, options)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (status) => resolve({ status, stdout, stderr, wallMs: performance.now() - started }))
  })
}

/** Runs dist/index.js for one event; throws when the run fails. */
export async function runBundledAction(apiUrl, event, payload, { inputs = {}, checkout = true, config, node = process.execPath, entry = ENTRY } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ik-bench-'))
  const workspace = join(dir, 'ws')
  mkdirSync(workspace)
  if (checkout) mkdirSync(join(workspace, '.git'))
  // `config`: the text of .github/incident-kit.yml in the checked-out workspace.
  if (checkout && config !== undefined) {
    mkdirSync(join(workspace, '.github'))
    writeFileSync(join(workspace, '.github', 'incident-kit.yml'), config)
  }
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload))
  for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '')
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    // The runner always sets it: the commit the workflow checked out (the runbook followed is recorded at it).
    GITHUB_SHA: '5f0c6a3b9d2e4f7081a2c3d4e5f60718293a4b5c',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_bench',
    'INPUT_CONFIG-PATH': '.github/incident-kit.yml',
    'INPUT_BOT-LOGIN': BOT,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  try {
    const result = await spawnTimed(node, [entry], { env, cwd: workspace })
    if (result.status !== 0) throw new Error(`${event} failed: ${result.stdout}\n${result.stderr}`)
    return result
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * An HTTP proxy in front of `target` that holds every response `delayMs` before sending it, as a
 * distant GitHub would. The stand-in itself is untouched.
 */
export async function startLatencyProxy(target, delayMs) {
  const upstream = new URL(target)
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const forward = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
        (answer) => {
          const body = []
          answer.on('data', (c) => body.push(c))
          answer.on('end', () => setTimeout(() => res.writeHead(answer.statusCode, answer.headers).end(Buffer.concat(body)), delayMs))
        }
      )
      forward.on('error', (error) => res.writeHead(502).end(String(error)))
      forward.end(Buffer.concat(chunks))
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) }
}
