/**
 * The one octokit the action uses: retries transient errors (5xx) and waits out primary and
 * secondary rate limits (honouring retry-after). Built once in main and passed in.
 */
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'

export type GitHub = InstanceType<typeof Octokit>

export interface ClientOptions {
  token: string
  baseUrl: string
  userAgent?: string
  /** How many times a rate-limited request is retried before giving up. */
  rateLimitRetries?: number
  /** GitHub's pacing of writes and rate-limit handling (default on); off only against the in-process stand-in. */
  throttling?: boolean
  log?: { debug(m: string): void; info(m: string): void; warn(m: string): void; error(m: string): void }
  /** Counts every request sent (retries included), for statistics and benchmarks. */
  onRequest?: (method: string, url: string) => void
}

const RetryingOctokit = Octokit.plugin(retry, throttling)

export function createGitHub(options: ClientOptions): GitHub {
  const retries = options.rateLimitRetries ?? 2
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
  // octokit logs every request, and every failed one (an expected 404 included) at error level:
  // those lines go to debug; real failures reach the caller as exceptions.
  const log = options.log ? { debug: options.log.debug, info: options.log.debug, warn: options.log.warn, error: options.log.debug } : quiet
  const octokit = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent ?? 'incident-kit',
    log,
    retry: { doNotRetry: [400, 401, 404, 410, 422, 451] },
    throttle: {
      enabled: options.throttling ?? true,
      onRateLimit: (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
        options.log?.warn(`rate limit reached for ${req.method} ${req.url}; retrying after ${retryAfter}s (${retryCount + 1}/${retries})`)
        return retryCount < retries
      },
      onSecondaryRateLimit: (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
        options.log?.warn(`secondary rate limit for ${req.method} ${req.url}; retrying after ${retryAfter}s (${retryCount + 1}/${retries})`)
        return retryCount < retries
      }
    }
  })
  if (options.onRequest) {
    const count = options.onRequest
    octokit.hook.before('request', (req) => count(req.method, req.url))
  }
  return octokit
}
