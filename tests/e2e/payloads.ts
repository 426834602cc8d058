/**
 * Webhook payloads for end-to-end runs, taken from GitHub's own examples
 * (@octokit/webhooks-examples) rather than hand-written, then moved onto the fake's private
 * repository. The setters return new payloads and never touch the cached originals.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export type Payload = Record<string, unknown> & { action?: string }

/** Where a payload should point: the fake's owner/repo, and optionally its API base URL. */
export interface PayloadTarget {
  owner: string
  repo: string
  /** API base URL (the fake's `url`); api.github.com links are rewritten to it when given. */
  url?: string
  serverUrl?: string
  /** Default 'main', like the fake. */
  defaultBranch?: string
}

export const DEFAULT_TARGET: PayloadTarget = { owner: 'acme', repo: 'security-incidents' }

interface WebhookDefinition {
  name: string
  actions: string[]
  examples: Payload[]
}

let definitions: WebhookDefinition[] | undefined

function allExamples(): WebhookDefinition[] {
  definitions ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')
  ) as WebhookDefinition[]
  return definitions
}

/** Replaces every occurrence of `from` in every string of a JSON value. */
function replaceInStrings(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.split(from).join(to)
  if (Array.isArray(value)) return value.map((v) => replaceInStrings(v, from, to))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceInStrings(v, from, to)]))
  }
  return value
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

/**
 * GitHub's example payload for `event` (and `action`), the `index`-th of that kind, as a private
 * repository `target.owner/target.repo`: names, full_name, owner login and every URL moved over.
 */
export function examplePayload(event: string, action?: string, index = 0, target: PayloadTarget = DEFAULT_TARGET): Payload {
  const definition = allExamples().find((d) => d.name === event)
  if (!definition) throw new Error(`no example payloads for event "${event}"`)
  const matching = definition.examples.filter((e) => (action === undefined ? true : e.action === action))
  const example = matching[index]
  if (!example) {
    throw new Error(
      `no example ${index} for ${event}${action ? `.${action}` : ''} (there are ${matching.length}; actions: ${definition.actions.join(', ') || 'none'})`
    )
  }
  return retarget(example, target)
}

/** Moves a payload onto another repository: a deep copy, with the repository made private. */
export function retarget(payload: Payload, target: PayloadTarget): Payload {
  const repo = asRecord(payload.repository)
  const oldFull = typeof repo?.full_name === 'string' ? repo.full_name : undefined
  const oldOwner = oldFull?.split('/')[0]
  const newFull = `${target.owner}/${target.repo}`
  let out = structuredClone(payload) as unknown
  // Both URL forms: https://…/owner/name and git@github.com:owner/name.git
  if (oldFull) out = replaceInStrings(replaceInStrings(out, `/${oldFull}`, `/${newFull}`), `:${oldFull}`, `:${newFull}`)
  if (target.url) out = replaceInStrings(out, 'https://api.github.com', target.url.replace(/\/+$/, ''))
  if (target.serverUrl) out = replaceInStrings(out, 'https://github.com', target.serverUrl.replace(/\/+$/, ''))
  const result = out as Payload
  const newRepo = asRecord(result.repository)
  if (newRepo) {
    newRepo.name = target.repo
    newRepo.full_name = newFull
    newRepo.private = true
    newRepo.visibility = 'private'
    newRepo.default_branch = target.defaultBranch ?? 'main'
    // Only the repository's owner moves; the sender and issue author stay who they were.
    const owner = asRecord(newRepo.owner)
    if (owner && oldOwner) newRepo.owner = { ...(replaceInStrings(owner, `/${oldOwner}`, `/${target.owner}`) as Record<string, unknown>), login: target.owner }
  }
  const org = asRecord(result.organization)
  if (org) org.login = target.owner
  return result
}

export interface IssuePatch {
  number?: number
  title?: string
  body?: string | null
  /** Label names; turned into label objects like GitHub's. */
  labels?: string[]
  /** Login of the author, or a whole user object (`gh.userJson(login)`). */
  user?: string | Record<string, unknown>
  state?: 'open' | 'closed'
}

/**
 * A user object for `login`, shaped like the one it replaces (URLs follow the login). Pass a
 * whole user (e.g. `gh.userJson(login)`) to use the fake's own, with matching ids.
 */
function userObject(login: string | Record<string, unknown>, like?: unknown): Record<string, unknown> {
  if (typeof login !== 'string') return structuredClone(login)
  const base = asRecord(like) ?? {}
  const old = typeof base.login === 'string' ? base.login : undefined
  const moved = old ? (replaceInStrings(base, `/${old}`, `/${encodeURIComponent(login)}`) as Record<string, unknown>) : base
  const bot = login.endsWith('[bot]')
  const server = typeof moved.html_url === 'string' ? new URL(moved.html_url).origin : 'https://github.com'
  return { ...moved, login, type: bot ? 'Bot' : 'User', html_url: `${server}/${bot ? `apps/${login.replace(/\[bot\]$/, '')}` : login}` }
}

/**
 * Sets fields of the payload's `issue`. Pass a whole issue (e.g. `gh.issueJson(n)`) as `issue`
 * to use the fake's own record, exactly as GitHub would put it into the webhook.
 */
export function withIssue(payload: Payload, patch: IssuePatch | { issue: Record<string, unknown> }): Payload {
  const out = structuredClone(payload)
  if ('issue' in patch) {
    out.issue = structuredClone(patch.issue)
    return out
  }
  const issue = asRecord(out.issue) ?? {}
  const oldNumber = issue.number
  if (patch.number !== undefined) {
    issue.number = patch.number
    for (const key of ['url', 'html_url', 'labels_url', 'comments_url', 'events_url', 'timeline_url']) {
      const v = issue[key]
      if (typeof v === 'string' && oldNumber !== undefined)
        issue[key] = v.replace(new RegExp(`/(issues|pull)/${String(oldNumber)}(?=$|[/{#])`), `/$1/${patch.number}`)
    }
  }
  if (patch.title !== undefined) issue.title = patch.title
  if (patch.body !== undefined) issue.body = patch.body
  if (patch.state !== undefined) issue.state = patch.state
  if (patch.user !== undefined) issue.user = userObject(patch.user, issue.user)
  if (patch.labels !== undefined) {
    const repoUrl = asRecord(out.repository)?.url
    issue.labels = patch.labels.map((name, i) => ({
      id: 5_000_000_000 + i,
      node_id: `LA_kwDO${i}`,
      url: `${typeof repoUrl === 'string' ? repoUrl : ''}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'ededed',
      default: false,
      description: null
    }))
  }
  out.issue = issue
  // A comment's issue_url must follow the issue it is on.
  const comment = asRecord(out.comment)
  if (comment && patch.number !== undefined && typeof comment.issue_url === 'string') {
    comment.issue_url = comment.issue_url.replace(/\/issues\/\d+$/, `/issues/${patch.number}`)
  }
  return out
}

/** Sets who triggered the event: a login, or a whole user object (`gh.userJson(login)`). */
export function withSender(payload: Payload, login: string | Record<string, unknown>): Payload {
  const out = structuredClone(payload)
  out.sender = userObject(login, out.sender)
  return out
}

/** Sets the `comment` of an issue_comment payload, from fields or from `gh.commentJson(id)`. */
export function withComment(
  payload: Payload,
  comment: { id?: number; body?: string; user?: string | Record<string, unknown> } | { comment: Record<string, unknown> }
): Payload {
  const out = structuredClone(payload)
  if ('comment' in comment) {
    out.comment = structuredClone(comment.comment)
    return out
  }
  const c = asRecord(out.comment) ?? {}
  if (comment.id !== undefined) {
    c.id = comment.id
    for (const key of ['url', 'html_url']) {
      const v = c[key]
      if (typeof v === 'string') c[key] = v.replace(/(comments\/|issuecomment-)\d+/, `$1${comment.id}`)
    }
  }
  if (comment.body !== undefined) c.body = comment.body
  if (comment.user !== undefined) c.user = userObject(comment.user, c.user)
  out.comment = c
  return out
}

/** Sets the `label` of a labeled/unlabeled payload (the label that was just added or removed). */
export function withLabel(payload: Payload, name: string, color = 'ededed'): Payload {
  const out = structuredClone(payload)
  const label = asRecord(out.label) ?? {}
  out.label = { ...label, name, color, url: typeof label.url === 'string' ? label.url.replace(/[^/]+$/, encodeURIComponent(name)) : '' }
  return out
}
