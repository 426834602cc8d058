/**
 * Test-only hooks around the fake GitHub, built on its one extension point (`intercept`):
 * failure injection, and a hand-moved clock for deterministic times.
 */
import type { FakeGitHub, FakeReply, FakeRequest } from '../../src/simulate/fake-github/index.js'

/** Selects requests for `failNext`: a route key ("GET /repos/{owner}/{repo}/issues"), an exact "METHOD /path", a RegExp over "METHOD /path", or a predicate. */
export type RouteMatcher = string | RegExp | ((req: FakeRequest & { route?: string }) => boolean)

export interface FailureOptions {
  /** Response body; defaults to GitHub's message for the status. */
  body?: unknown
  /** How many matching requests fail. Default 1. */
  times?: number
  /**
   * Serve the request first, then answer with the failure: the write landed but the caller
   * never heard (the case that makes re-runs finish a half-seen change).
   */
  afterApplying?: boolean
}

interface PendingFailure {
  matches: (req: FakeRequest & { route?: string }) => boolean
  reply: FakeReply
  remaining: number
  afterApplying: boolean
}

/** Default messages GitHub sends with a failure status. */
function defaultFailureBody(status: number, headers: Record<string, string>): unknown {
  if ((status === 403 || status === 429) && headers['retry-after'] !== undefined) {
    return {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status)
    }
  }
  const messages: Record<number, string> = {
    500: 'Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Unprocessable Entity'
  }
  return { message: messages[status] ?? 'Error', documentation_url: 'https://docs.github.com/rest', status: String(status) }
}

function toPredicate(matcher: RouteMatcher): PendingFailure['matches'] {
  if (typeof matcher === 'function') return matcher
  if (matcher instanceof RegExp) return (req) => matcher.test(`${req.method} ${req.path}`)
  const wanted = matcher.trim()
  const decoded = (path: string) => {
    try {
      return decodeURIComponent(path)
    } catch {
      return path
    }
  }
  return (req) => wanted === req.route || wanted === `${req.method} ${req.path}` || wanted === `${req.method} ${decoded(req.path)}`
}

/** One queue of pending failures per fake, behind a single interceptor. */
const queues = new WeakMap<FakeGitHub, PendingFailure[]>()

function queueFor(gh: FakeGitHub): PendingFailure[] {
  let queue = queues.get(gh)
  if (queue) return queue
  const pending: PendingFailure[] = []
  queue = pending
  queues.set(gh, pending)
  gh.intercept((req, serve) => {
    const index = pending.findIndex((f) => f.matches(req))
    if (index < 0) return serve()
    const f = pending[index]!
    if (--f.remaining <= 0) pending.splice(index, 1)
    if (f.afterApplying) serve()
    return f.reply
  })
  return queue
}

/** The next matching request (or `times` of them) gets this status instead of its answer. */
export function failNext(gh: FakeGitHub, matcher: RouteMatcher, status: number, headers: Record<string, string> = {}, options: FailureOptions = {}): void {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  queueFor(gh).push({
    matches: toPredicate(matcher),
    reply: { status, headers: lower, body: options.body ?? defaultFailureBody(status, lower) },
    remaining: options.times ?? 1,
    afterApplying: options.afterApplying ?? false
  })
}

/** A clock for the fake's `now` option that moves only when told to. */
export interface ManualClock {
  now: () => Date
  /** Moves the clock forward by whole seconds (GitHub's timestamp precision). */
  advance: (seconds: number) => void
  /** The current time as GitHub writes it ("2026-11-22T09:12:00Z"). */
  iso: () => string
}

export function manualClock(start: string): ManualClock {
  let ms = Date.parse(start)
  return {
    now: () => new Date(ms),
    advance: (seconds) => {
      ms += seconds * 1000
    },
    iso: () => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
}
