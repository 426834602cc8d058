/**
 * Runs the action the way the Actions runner does: inputs as INPUT_<NAME> variables (with
 * action.yml defaults filled in), the event payload in a file, file commands (GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, ...) as temp files, and otherwise a clean environment — nothing of jest's
 * process leaks in. What comes back is what a workflow would see: exit code, logs, outputs, job
 * summary, annotations.
 *
 * Two modes, one contract:
 * - `process` (the default): the bundled dist/index.js in a child process, as the runner starts it.
 *   This is the runner boundary itself: the bundle loads, exit codes, what reaches stdout.
 * - `in-process`: the action's `run()` (src/main.ts) called in this process with exactly that
 *   environment, working directory and those files, stdout captured, `process.exitCode` read as
 *   the exit code. No Node start-up and bundle load per run (about 0.3 s each), and the run's clock
 *   can be fixed (`now`). For tests of behaviour, not of the boundary.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

/** The repository root (this file lives in tests/e2e/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const ACTION_ENTRY = join(REPO_ROOT, 'dist', 'index.js')

export interface RunActionOptions {
  /** GITHUB_EVENT_NAME, e.g. "issues". */
  event: string
  payload: Record<string, unknown>
  /** Action inputs by their action.yml names ("github-token", "dry-run"); booleans and numbers become strings. */
  inputs?: Record<string, string | number | boolean | undefined>
  /** GITHUB_API_URL: the fake's `url`. */
  apiUrl: string
  /** GITHUB_WORKSPACE and the working directory; a fresh empty directory when omitted. */
  workspace?: string
  /** Extra variables, applied last (e.g. RUNNER_DEBUG=1). */
  env?: Record<string, string>
  /** Script to run instead of dist/index.js. */
  entry?: string
  /** GITHUB_ACTOR; defaults to the payload's sender. */
  actor?: string
  /** What `${{ github.token }}` expands to in action.yml defaults. */
  token?: string
  serverUrl?: string
  /** Fill inputs that were not given from action.yml defaults, as the runner does. Default true. */
  applyActionDefaults?: boolean
  /** Where those defaults come from. Default: the repository's action.yml. */
  actionYml?: string
  /** Kill the run after this long (process mode). Default 60 s. */
  timeoutMs?: number
  /** `process` (default): dist/index.js in a child process; `in-process`: src/main.ts's run() here. */
  mode?: 'process' | 'in-process'
  /** The run's clock, ISO 8601 (in-process mode only: a child process reads the real clock). */
  now?: string
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ActionRun {
  /** Null when the process was killed (see `signal`). */
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Parsed GITHUB_OUTPUT (both `name=value` and `name<<DELIMITER` forms). */
  outputs: Record<string, string>
  /** GITHUB_STEP_SUMMARY contents. */
  summary: string
  /** Variables exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>
  /** `::command ...::message` lines from stdout, decoded. */
  commands: WorkflowCommand[]
  /** The error/warning/notice commands: what the run page would show as annotations. */
  annotations: WorkflowCommand[]
  /** Values registered with ::add-mask:: (core.setSecret). */
  masks: string[]
  /** The exact environment the process got. */
  env: Record<string, string>
  wallMs: number
}

// ---------------------------------------------------------------------------------------------
// Pure parsers for what the action leaves behind

/**
 * Parses a file-command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) like the runner does:
 * a line is `name=value` when "=" comes before any "<<", otherwise `name<<DELIMITER` followed by
 * value lines up to a line equal to DELIMITER.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const lines = text.split(/\r?\n/)
  const out: Record<string, string> = {}
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq > 0 && (heredoc < 0 || eq < heredoc)) {
      out[line.slice(0, eq)] = line.slice(eq + 1)
      continue
    }
    if (heredoc <= 0) throw new Error(`file command line ${i + 1} is neither name=value nor name<<DELIMITER: ${line}`)
    const name = line.slice(0, heredoc)
    const delimiter = line.slice(heredoc + 2)
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
    if (i >= lines.length) throw new Error(`file command "${name}" is missing its closing delimiter ${delimiter}`)
    out[name] = value.join('\n')
  }
  return out
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

/** The `::name key=value,...::message` lines of a log, decoded as the runner decodes them. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command: m[1]!, properties, message: unescapeData(m[3] ?? '') })
  }
  return commands
}

/** The variable @actions/core reads an input from: upper case, spaces to "_", hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

// ---------------------------------------------------------------------------------------------
// action.yml defaults

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown } | null>
}

/** Expands the few `${{ }}` expressions action.yml defaults use; anything else is an error, not a guess. */
function expandDefault(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const v = context[expr]
    if (v === undefined) throw new Error(`run-action: cannot evaluate \${{ ${expr} }} in an action.yml default`)
    return v
  })
}

export function actionDefaults(metadataPath: string, context: Record<string, string>): Record<string, string> {
  if (!existsSync(metadataPath)) return {}
  const meta = parseYaml(readFileSync(metadataPath, 'utf8')) as ActionMetadata
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue
    out[name] = expandDefault(String(spec.default), context)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// The run

function senderLogin(payload: Record<string, unknown>): string | undefined {
  const sender = payload.sender as { login?: unknown } | undefined
  return typeof sender?.login === 'string' ? sender.login : undefined
}

function repositoryOf(payload: Record<string, unknown>): string {
  const repo = payload.repository as { full_name?: unknown } | undefined
  if (typeof repo?.full_name !== 'string') throw new Error('run-action: the payload has no repository.full_name')
  return repo.full_name
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const inProcess = options.mode === 'in-process'
  if (inProcess && options.entry) throw new Error('run-action: an entry script runs in its own process; drop mode: in-process')
  if (!inProcess && options.now) throw new Error('run-action: now can only be fixed in-process (a child process reads the real clock)')
  const entry = options.entry ?? ACTION_ENTRY
  if (!inProcess && !existsSync(entry)) throw new Error(`run-action: ${entry} does not exist (run \`npm run bundle\` first)`)
  const temp = mkdtempSync(join(tmpdir(), 'incident-kit-run-'))
  try {
    const files = {
      event: join(temp, 'event.json'),
      output: join(temp, 'output'),
      summary: join(temp, 'step_summary'),
      env: join(temp, 'env'),
      path: join(temp, 'path'),
      state: join(temp, 'state')
    }
    const runnerTemp = join(temp, 'runner_temp')
    const home = join(temp, 'home')
    const workspace = options.workspace ?? join(temp, 'workspace')
    for (const dir of [runnerTemp, home, workspace]) mkdirSync(dir, { recursive: true })
    for (const f of [files.output, files.summary, files.env, files.path, files.state]) writeFileSync(f, '')
    writeFileSync(files.event, JSON.stringify(options.payload, null, 2))

    const repository = repositoryOf(options.payload)
    const serverUrl = options.serverUrl ?? 'https://github.com'
    const actor = options.actor ?? senderLogin(options.payload) ?? 'octocat'
    const token = options.token ?? 'ghs_incidentkit_e2e_token_0000000000'
    const context: Record<string, string> = {
      'github.token': token,
      'github.repository': repository,
      'github.repository_owner': repository.split('/')[0]!,
      'github.event_name': options.event,
      'github.actor': actor,
      'github.server_url': serverUrl,
      'github.api_url': options.apiUrl,
      'github.workspace': workspace,
      'runner.temp': runnerTemp
    }
    const defaults = options.applyActionDefaults === false ? {} : actionDefaults(options.actionYml ?? join(REPO_ROOT, 'action.yml'), context)
    const inputs: Record<string, string> = { ...defaults }
    for (const [name, value] of Object.entries(options.inputs ?? {})) if (value !== undefined) inputs[name] = String(value)

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      // Hosted runners run in UTC; make that explicit so dates do not depend on this machine.
      TZ: 'UTC',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_SERVER_URL: serverUrl,
      GITHUB_GRAPHQL_URL: `${options.apiUrl.replace(/\/+$/, '')}/graphql`,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STATE: files.state,
      GITHUB_ACTOR: actor,
      GITHUB_TRIGGERING_ACTOR: actor,
      GITHUB_RUN_ID: '9000000001',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'incident-kit',
      GITHUB_JOB: 'incident',
      GITHUB_ACTION: 'incident-kit',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: '0000000000000000000000000000000000000000',
      GITHUB_RETENTION_DAYS: '90',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: join(temp, 'toolcache'),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'incident-kit e2e',
      RUNNER_ENVIRONMENT: 'github-hosted'
    }
    for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value
    Object.assign(env, options.env ?? {})

    // @actions/core remembers the summary file of its first write for the life of the process, so
    // in-process runs share one per process, emptied before each run.
    if (inProcess && env.GITHUB_STEP_SUMMARY === files.summary) env.GITHUB_STEP_SUMMARY = processSummaryFile()
    const summaryPath = env.GITHUB_STEP_SUMMARY ?? files.summary
    if (existsSync(dirname(summaryPath))) writeFileSync(summaryPath, '')
    const started = performance.now()
    const { exitCode, signal, stdout, stderr } = inProcess
      ? await runInProcess(workspace, env, options.now)
      : await spawnNode(entry, workspace, env, options.timeoutMs ?? 60_000)
    const wallMs = performance.now() - started
    const commands = parseWorkflowCommands(stdout)
    return {
      exitCode,
      signal,
      stdout,
      stderr,
      outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
      exportedEnv: parseFileCommands(readFileSync(files.env, 'utf8')),
      commands,
      annotations: commands.filter((c) => c.command === 'error' || c.command === 'warning' || c.command === 'notice'),
      masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
      env,
      wallMs
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

type Finished = { exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

let summaryFile: string | undefined
function processSummaryFile(): string {
  if (!summaryFile) {
    const dir = mkdtempSync(join(tmpdir(), 'incident-kit-summary-'))
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    summaryFile = join(dir, 'step_summary')
  }
  return summaryFile
}

let running = false

/**
 * The action's run() in this process, with the runner's environment in place of this process's
 * (restored after), the workspace as working directory, and stdout/stderr captured. One at a time:
 * the environment and the exit code are the process's own.
 */
async function runInProcess(cwd: string, env: Record<string, string>, now: string | undefined): Promise<Finished> {
  if (running) throw new Error('run-action: in-process runs cannot overlap (they share process.env); await each one')
  running = true
  const { run } = await import('../../src/main.js')
  const saved = { env: { ...process.env }, cwd: process.cwd(), exitCode: process.exitCode, stdout: process.stdout.write, stderr: process.stderr.write }
  const out: string[] = []
  const err: string[] = []
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined
      callback?.()
      return true
    }) as typeof process.stdout.write
  for (const key of Object.keys(process.env)) delete process.env[key]
  Object.assign(process.env, env)
  process.chdir(cwd)
  process.exitCode = undefined
  process.stdout.write = capture(out)
  process.stderr.write = capture(err)
  try {
    await run(now ? { now: () => now } : {})
  } catch (error) {
    // What Node prints for an uncaught error, and its exit code.
    err.push(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  } finally {
    process.stdout.write = saved.stdout
    process.stderr.write = saved.stderr
    process.chdir(saved.cwd)
    for (const key of Object.keys(process.env)) delete process.env[key]
    Object.assign(process.env, saved.env)
    running = false
  }
  const exitCode = Number(process.exitCode ?? 0)
  process.exitCode = saved.exitCode
  return { exitCode, signal: null, stdout: out.join(''), stderr: err.join('') }
}

function spawnNode(
  entry: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number
): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer)
      resolvePromise({ exitCode, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') })
    })
  })
}
