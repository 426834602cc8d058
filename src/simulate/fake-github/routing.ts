/**
 * Route templates and how a path binds to them — one matcher shared by the fake's route table
 * and the OpenAPI validator in tests/e2e/openapi.ts, so both resolve a path the same way:
 * literal segments beat parameters, which beat multi-segment parameters (file paths, refs).
 */
import type { FakeReply } from './types.js'
import type { Store } from './store.js'
import { isObject, unprocessable } from './util.js'

/** A literal, a {param}, or a parameter that may span several segments ({param+}, or GitHub's `x-multi-segment`). */
export type Segment = { literal: string } | { param: string; multi: boolean }

/** Splits "/repos/{owner}/{repo}/contents/{path+}"; `isMulti` marks parameters that span segments without the "+". */
export function compileTemplate(template: string, isMulti: (param: string) => boolean = () => false): Segment[] {
  return template
    .split('/')
    .filter(Boolean)
    .map((seg) => {
      const m = /^\{(\w+)(\+?)\}$/.exec(seg)
      return m ? { param: m[1]!, multi: m[2] === '+' || isMulti(m[1]!) } : { literal: seg }
    })
}

function decodeSegment(seg: string): string {
  try {
    return decodeURIComponent(seg)
  } catch {
    return seg
  }
}

/** A request path as decoded segments ("/a/b%2Fc" -> ["a", "b/c"]). */
export function splitPath(path: string): string[] {
  return path.split('/').filter(Boolean).map(decodeSegment)
}

/** Binds path parameters, letting a multi-segment parameter absorb as many segments as the rest allows. */
export function bindPath(segments: Segment[], actual: string[], i = 0, j = 0, out: Record<string, string> = {}): Record<string, string> | undefined {
  if (i === segments.length) return j === actual.length ? out : undefined
  const seg = segments[i]!
  if (j >= actual.length) return undefined
  if ('literal' in seg) return seg.literal === actual[j] ? bindPath(segments, actual, i + 1, j + 1, out) : undefined
  if (!seg.multi) return bindPath(segments, actual, i + 1, j + 1, { ...out, [seg.param]: actual[j]! })
  for (let end = actual.length; end > j; end--) {
    const found = bindPath(segments, actual, i + 1, end, { ...out, [seg.param]: actual.slice(j, end).join('/') })
    if (found) return found
  }
  return undefined
}

/** Negative when `a` is the more specific template: compared at the first position where they differ. */
export function compareSpecificity(a: Segment[], b: Segment[]): number {
  const rank = (s: Segment | undefined) => (s === undefined ? -1 : 'literal' in s ? 2 : s.multi ? 0 : 1)
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = rank(b[i]) - rank(a[i])
    if (d !== 0) return d
  }
  return 0
}

// ---------------------------------------------------------------------------------------------
// The fake's route table entries and what handlers receive

export interface Ctx {
  s: Store
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  /** Login the token acts as. */
  actor: string
  /** The request path as sent, for Link headers. */
  path: string
}

export type Handler = (c: Ctx) => FakeReply

export interface Route {
  method: string
  template: string
  handler: Handler
  segments: Segment[]
}

export function route(method: string, template: string, handler: Handler): Route {
  return { method, template, handler, segments: compileTemplate(template) }
}

/** The most specific route for a request, with its bound parameters. */
export function findRoute(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  const actual = splitPath(path)
  let best: { route: Route; params: Record<string, string> } | undefined
  for (const r of routes) {
    if (r.method !== method) continue
    const params = bindPath(r.segments, actual)
    if (params && (!best || compareSpecificity(r.segments, best.route.segments) < 0)) best = { route: r, params }
  }
  return best
}

// ---------------------------------------------------------------------------------------------
// Pagination, as GitHub does it: per_page (default 30, max 100), page, and a Link header

export function paginate<T>(c: Ctx, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(c.query.per_page ?? 30) || 30))
  const page = Math.max(1, Number(c.query.page ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams({ ...c.query, per_page: String(perPage), page: String(p) })
    return `<${c.s.apiUrl}${c.path}?${q.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  return { page: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} }
}

export function paged<T>(c: Ctx, items: T[], toJson: (item: T) => unknown): FakeReply {
  const { page, headers } = paginate(c, items)
  return { status: 200, body: page.map(toJson), headers }
}

export function bodyObject(c: Ctx): Record<string, unknown> {
  if (c.body === undefined) return {}
  if (!isObject(c.body)) throw unprocessable('Invalid request.\n\nThe request body must be a JSON object.')
  return c.body
}
