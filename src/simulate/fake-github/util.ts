/** Small pure helpers shared by the store, the JSON shapes and the routes. */
import { createHash } from 'node:crypto'
import type { Permission, ReactionContent } from './types.js'

export const ID_BASE = {
  issue: 1_900_000_000,
  comment: 2_400_000_000,
  label: 5_100_000_000,
  reaction: 260_000_000,
  user: 90_000,
  pull: 1_700_000_000,
  event: 17_000_000_000
}
/** GitHub Actions' real app and bot ids, so the bot looks like the identity the action will see. */
export const ACTIONS_BOT_ID = 41898282
export const ACTIONS_APP = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' }
export const REACTION_CONTENTS: readonly ReactionContent[] = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']
export const PERMISSION_RANK: Record<Permission, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 }

/** GitHub's legacy node ids: base64 of "<len(type) two digits>:<Type><id>", e.g. "MDU6SXNzdWUx". */
export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`).toString('base64')
}

/** GitHub timestamps carry whole seconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The blob id git (and the contents API `sha`) gives a file. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** The contents API wraps base64 at 60 columns; clients must cope, so the fake does it too. */
export function wrappedBase64(text: string): string {
  return (
    (
      Buffer.from(text, 'utf8')
        .toString('base64')
        .match(/.{1,60}/g) ?? []
    ).join('\n') + '\n'
  )
}

/** GitHub's answer for a collaborator's `permission`: the five roles folded into the legacy four. */
export function legacyPermission(p: Permission): 'admin' | 'write' | 'read' | 'none' {
  if (p === 'admin') return 'admin'
  if (p === 'maintain' || p === 'write') return 'write'
  if (p === 'triage' || p === 'read') return 'read'
  return 'none'
}

export function permissionFlags(p: Permission) {
  const r = PERMISSION_RANK[p]
  return { admin: r >= 5, maintain: r >= 4, push: r >= 3, triage: r >= 2, pull: r >= 1 }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

export function uniqueNames(names: string[]): string[] {
  const out: string[] = []
  for (const n of names) if (!out.some((o) => sameName(o, n))) out.push(n)
  return out
}

/** Label arguments arrive as names, {name} objects, or wrapped in {labels: [...]}; GitHub accepts all three. */
export function labelNamesFrom(body: unknown): string[] {
  const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.labels) ? body.labels : undefined
  if (list === undefined) throw validationFailed('Label', 'labels', 'invalid')
  return list.map((item: unknown) => {
    if (typeof item === 'string') return item
    if (isObject(item) && typeof item.name === 'string') return item.name
    throw validationFailed('Label', 'labels', 'invalid')
  })
}

// ---------------------------------------------------------------------------------------------
// Errors handlers throw; the server turns them into responses

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {}
  ) {
    super(`HTTP ${status}`)
  }
}

export function notFound(message = 'Not Found'): HttpError {
  return new HttpError(404, { message, documentation_url: 'https://docs.github.com/rest', status: '404' })
}

export function validationFailed(resource: string, field: string, code: string, message?: string): HttpError {
  const error: Record<string, string> = { resource, field, code }
  if (message !== undefined) error.message = message
  return new HttpError(422, { message: 'Validation Failed', errors: [error], documentation_url: 'https://docs.github.com/rest', status: '422' })
}

export function unprocessable(message: string): HttpError {
  return new HttpError(422, { message, documentation_url: 'https://docs.github.com/rest', status: '422' })
}

/** A GITHUB_TOKEN without members:read asking about teams. */
export function teamsForbidden(docs: string): HttpError {
  return new HttpError(
    403,
    { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' },
    { 'x-accepted-github-permissions': 'members=read' }
  )
}

/** Compares two GitHub timestamps (or a `since` a client sent) as instants, not as text. */
export function atOrAfter(time: string, since: string): boolean {
  return Date.parse(time) >= Date.parse(since)
}
