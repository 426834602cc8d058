/**
 * The one octokit the action uses: retries transient errors (5xx) and waits out primary and
 * secondary rate limits (honouring retry-after). Built once in main and passed in.
 *
 * Pacing: GitHub asks integrations that make *many* writes to space them about a second apart
 * (three for content that notifies people). One incident event makes at most a handful of
 * writes, far below the 80 content-creating requests a minute GitHub allows, so a run sends its
 * first PACE_AFTER_WRITES writes at once and paces only past that (a scheduled sweep over many
 * incidents). Rate-limit answers (retry-after) are honoured either way.
 */
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import Bottleneck from 'bottleneck/light.js'

export type GitHub = InstanceType<typeof Octokit>

export interface ClientOptions {
  token: string
  baseUrl: string
  userAgent?: string
  /** How many times a rate-limited request is retried before giving up. */
  rateLimitRetries?: number
  /** Rate-limit handling (default on); off only against the in-process stand-in. */
  throttling?: boolean
  /** 'adaptive' (default): unpaced until PACE_AFTER_WRITES writes, then GitHub's pacing; 'github': paced from the first write. */
  pacing?: Pacing
  log?: { debug(m: string): void; info(m: string): void; warn(m: string): void; error(m: string): void }
  /** Counts every request sent (retries included), for statistics and benchmarks. */
  onRequest?: (method: string, url: string) => void
}

export type Pacing = 'adaptive' | 'github'

/** Writes a run may send without spacing; one incident event makes at most 8. */
export const PACE_AFTER_WRITES = 20
/** GitHub's asked-for spacing: between writes, and between writes that notify people (comments). */
const GITHUB_PACING = { write: 1000, notifications: 3000 }

const RetryingOctokit = Octokit.plugin(retry, throttling)

interface WriteLimiters {
  write: Bottleneck.Group
  notifications: Bottleneck.Group
}

/** Limiter groups of this client: writes go one at a time, in the order planned, spaced as given. */
function writeLimiters(spacing: { write: number; notifications: number }): WriteLimiters {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.write }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.notifications })
  }
}

/** The spacing GitHub asks for, once a run has sent `writes` writes: none for the first PACE_AFTER_WRITES with 'adaptive'. */
export function spacingAfter(writes: number, pacing: Pacing): { write: number; notifications: number } {
  return pacing === 'github' || writes >= PACE_AFTER_WRITES ? GITHUB_PACING : { write: 0, notifications: 0 }
}

/** Whether a request writes (GitHub's pacing advice counts POST, PATCH, PUT and DELETE). */
export function isWrite(method: string, url: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && !url.endsWith('/graphql')
}

export function createGitHub(options: ClientOptions): GitHub {
  const retries = options.rateLimitRetries ?? 2
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
  // octokit logs every request, and every failed one (an expected 404 included) at error level:
  // those lines go to debug; real failures reach the caller as exceptions.
  const log = options.log ? { debug: options.log.debug, info: options.log.debug, warn: options.log.warn, error: options.log.debug } : quiet
  const pacing = options.pacing ?? 'adaptive'
  const limiters = writeLimiters(spacingAfter(0, pacing))
  const octokit = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent ?? 'incident-kit',
    log,
    retry: { doNotRetry: [400, 401, 404, 410, 422, 451] },
    throttle: {
      enabled: options.throttling ?? true,
      ...limiters,
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
  if (pacing === 'adaptive') {
    let writes = 0
    octokit.hook.before('request', (req) => {
      if (!isWrite(req.method, req.url) || ++writes !== PACE_AFTER_WRITES) return
      const spacing = spacingAfter(writes, pacing)
      limiters.write.updateSettings({ minTime: spacing.write })
      limiters.notifications.updateSettings({ minTime: spacing.notifications })
      options.log?.debug(`${writes} writes in this run: pacing further writes as GitHub asks`)
    })
  }
  if (options.onRequest) {
    const count = options.onRequest
    octokit.hook.before('request', (req) => count(req.method, req.url))
  }
  return octokit
}
