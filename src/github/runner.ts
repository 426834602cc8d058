/**
 * The event as the Actions runner hands it over: its name, the payload file and the repository,
 * read from the environment exactly as @actions/github's `context` reads them. Read here rather
 * than through @actions/github because that package's entry also builds an octokit with a proxy
 * agent, which pulls undici (a third of the bundle) into every run; incident-kit makes its own
 * client (client.ts) and needs only these few variables.
 */
import { existsSync, readFileSync } from 'node:fs'

export type Environment = Readonly<Record<string, string | undefined>>

/** What handleEvent takes (handle.ts's EventEnvelope), declared here so this file depends on nothing of ours. */
export interface RunnerEvent {
  name: string
  payload: Record<string, unknown>
  ref: { owner: string; repo: string }
  apiUrl: string
  serverUrl: string
  workspace?: string
  /** GITHUB_SHA: the commit the workflow checked out. */
  sha?: string
  /** This run's page (said on the incident when the run fails). */
  runUrl?: string
}

/** GITHUB_EVENT_NAME, the payload at GITHUB_EVENT_PATH, GITHUB_REPOSITORY, API and server URLs, GITHUB_WORKSPACE, GITHUB_SHA. */
export function eventFromRunner(env: Environment, log: (line: string) => void = () => {}): RunnerEvent {
  let payload: Record<string, unknown> = {}
  const path = env['GITHUB_EVENT_PATH']
  if (path) {
    if (existsSync(path)) payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
    else log(`GITHUB_EVENT_PATH ${path} does not exist`)
  }
  return {
    name: env['GITHUB_EVENT_NAME'] ?? '',
    payload,
    ref: repositoryOf(env, payload),
    apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
    serverUrl: env['GITHUB_SERVER_URL'] ?? 'https://github.com',
    ...(env['GITHUB_WORKSPACE'] ? { workspace: env['GITHUB_WORKSPACE'] } : {}),
    ...(env['GITHUB_SHA'] ? { sha: env['GITHUB_SHA'] } : {}),
    ...runUrlOf(env)
  }
}

/** The run's page: GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID (/attempts/N on a re-run). */
function runUrlOf(env: Environment): { runUrl?: string } {
  const id = env['GITHUB_RUN_ID']
  const repository = env['GITHUB_REPOSITORY']
  if (!id || !repository) return {}
  const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? '1')
  return { runUrl: `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${repository}/actions/runs/${id}${attempt > 1 ? `/attempts/${attempt}` : ''}` }
}

/** GITHUB_REPOSITORY ("owner/repo"), else the payload's repository, as @actions/github's `context.repo`. */
function repositoryOf(env: Environment, payload: Record<string, unknown>): { owner: string; repo: string } {
  const full = env['GITHUB_REPOSITORY']
  if (full) {
    const [owner = '', repo = ''] = full.split('/')
    return { owner, repo }
  }
  const repository = payload['repository'] as { owner?: { login?: string }; name?: string } | undefined
  if (repository?.owner?.login && repository.name) return { owner: repository.owner.login, repo: repository.name }
  throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'")
}
