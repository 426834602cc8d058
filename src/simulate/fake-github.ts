/**
 * An in-memory stand-in for the part of GitHub's REST API that incident-kit uses, served over
 * real HTTP (127.0.0.1, ephemeral port) so the action's own octokit stack — retry, throttling,
 * pagination, URL encoding — runs unchanged against it. The CLI's `simulate` command plays a
 * whole incident against it; the end-to-end tests plug an OpenAPI check into `validate`.
 *
 * Response shapes follow GitHub's (ids, node_id, html_url, timestamps, user and label objects,
 * reaction summaries), and so do the awkward answers the action must cope with: 404 for a label
 * that is not on the issue, 404 for a non-collaborator's permission, 403 "Resource not
 * accessible by integration" for a token that cannot read teams, 422 for duplicates.
 */
import { createHash, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// ---------------------------------------------------------------------------------------------
// Public types

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'
export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes'

export interface FakeGitHubOptions {
  owner: string
  repo: string
  /** Visibility of the repository (GET /repos/{owner}/{repo} `private`). Default true. */
  private?: boolean
  /** The identity behind any token not registered with `asUser`. Default `github-actions[bot]`. */
  botLogin?: string
  /** Checks each request before it is served; a non-empty answer turns it into a 422 and a recorded violation. */
  validate?: (req: FakeRequest) => string[]
  /** Base of html_url links. Default https://github.com. */
  serverUrl?: string
  defaultBranch?: string
  /** False simulates a GITHUB_TOKEN that cannot read org teams (403 on team membership). Default true. */
  teamsReadable?: boolean
  /** The clock behind created_at/updated_at. Default: real time. */
  now?: () => Date
}

/** What a request asked for, as the validator and the log see it. */
export interface FakeRequest {
  method: string
  /** Path without the query string, still URL-encoded as sent. */
  path: string
  query: Record<string, string>
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown
}

export interface LoggedRequest extends FakeRequest {
  status: number
  /** The route template that served it, e.g. "PATCH /repos/{owner}/{repo}/issues/{issue_number}". */
  route?: string
  /** Login the token acted as; undefined when unauthenticated. */
  actor?: string
}

export interface RecordedViolation extends FakeRequest {
  violations: string[]
}

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

export interface ReactionRecord {
  id: number
  content: ReactionContent
  user: string
  createdAt: string
}

export interface IssueRecord {
  number: number
  id: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: string | null
  /** Label names in the order they were applied (resolve with `labels`). */
  labels: string[]
  assignees: string[]
  user: string
  createdAt: string
  updatedAt: string
  closedAt: string | null
  closedBy: string | null
  locked: boolean
  reactions: ReactionRecord[]
  /** Present when this "issue" is a pull request, as on GitHub where they share numbers. */
  pull?: PullRecord
}

export interface PullRecord {
  head: string
  base: string
  draft: boolean
  merged: boolean
}

export interface CommentRecord {
  id: number
  issue: number
  body: string
  user: string
  createdAt: string
  updatedAt: string
  reactions: ReactionRecord[]
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
  default: boolean
}

export interface CreateIssueInput {
  title: string
  body?: string | null
  /** Login of the author. */
  user: string
  labels?: string[]
  assignees?: string[]
  state?: 'open' | 'closed'
  createdAt?: Date | string
}

// ---------------------------------------------------------------------------------------------
// Small pure helpers

const ID_BASE = { issue: 1_900_000_000, comment: 2_400_000_000, label: 5_100_000_000, reaction: 260_000_000, user: 90_000, pull: 1_700_000_000 }
/** GitHub Actions' real app and bot ids, so the bot looks like the identity the action will see. */
const ACTIONS_BOT_ID = 41898282
const ACTIONS_APP = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' }
export const REACTION_CONTENTS: readonly ReactionContent[] = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']
const PERMISSION_RANK: Record<Permission, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 }

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
function wrappedBase64(text: string): string {
  return (Buffer.from(text, 'utf8').toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n'
}

/** GitHub's answer for a collaborator's `permission`: the five roles folded into the legacy four. */
function legacyPermission(p: Permission): 'admin' | 'write' | 'read' | 'none' {
  if (p === 'admin') return 'admin'
  if (p === 'maintain' || p === 'write') return 'write'
  if (p === 'triage' || p === 'read') return 'read'
  return 'none'
}

function permissionFlags(p: Permission) {
  const r = PERMISSION_RANK[p]
  return { admin: r >= 5, maintain: r >= 4, push: r >= 3, triage: r >= 2, pull: r >= 1 }
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
  const messages: Record<number, string> = { 500: 'Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Entity' }
  return { message: messages[status] ?? 'Error', documentation_url: 'https://docs.github.com/rest', status: String(status) }
}

/** Label arguments arrive as names, {name} objects, or wrapped in {labels: [...]}; GitHub accepts all three. */
function labelNamesFrom(body: unknown): string[] {
  const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.labels) ? body.labels : undefined
  if (list === undefined) throw validationFailed('Label', 'labels', 'invalid')
  return list.map((item: unknown) => {
    if (typeof item === 'string') return item
    if (isObject(item) && typeof item.name === 'string') return item.name
    throw validationFailed('Label', 'labels', 'invalid')
  })
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function uniqueNames(names: string[]): string[] {
  const out: string[] = []
  for (const n of names) if (!out.some((o) => sameName(o, n))) out.push(n)
  return out
}

// ---------------------------------------------------------------------------------------------
// Errors handlers throw; the dispatcher turns them into responses

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {}
  ) {
    super(`HTTP ${status}`)
  }
}

function notFound(message = 'Not Found'): HttpError {
  return new HttpError(404, { message, documentation_url: 'https://docs.github.com/rest', status: '404' })
}

function validationFailed(resource: string, field: string, code: string, message?: string): HttpError {
  const error: Record<string, string> = { resource, field, code }
  if (message !== undefined) error.message = message
  return new HttpError(422, { message: 'Validation Failed', errors: [error], documentation_url: 'https://docs.github.com/rest', status: '422' })
}

function unprocessable(message: string): HttpError {
  return new HttpError(422, { message, documentation_url: 'https://docs.github.com/rest', status: '422' })
}

// ---------------------------------------------------------------------------------------------
// Routing: a small table, most specific template first

interface Ctx {
  s: Store
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  /** Login the token acts as. */
  actor: string
  /** The request path as sent, for Link headers. */
  path: string
}

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

type Handler = (c: Ctx) => Reply

interface Route {
  method: string
  template: string
  handler: Handler
  /** Per segment: a literal, a {param}, or a {param+} that takes the rest of the path (file paths, refs). */
  segments: Array<{ literal: string } | { param: string; rest: boolean }>
}

function compileTemplate(template: string): Route['segments'] {
  return template
    .split('/')
    .filter(Boolean)
    .map((seg) => {
      const m = /^\{(\w+)(\+?)\}$/.exec(seg)
      return m ? { param: m[1]!, rest: m[2] === '+' } : { literal: seg }
    })
}

/** Literal segments beat parameters, which beat rest parameters, at the first position they differ. */
function bySpecificity(a: Route, b: Route): number {
  const rank = (s: Route['segments'][number] | undefined) => (s === undefined ? -1 : 'literal' in s ? 2 : s.rest ? 0 : 1)
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const d = rank(b.segments[i]) - rank(a.segments[i])
    if (d !== 0) return d
  }
  return 0
}

function decodeSegment(seg: string): string {
  try {
    return decodeURIComponent(seg)
  } catch {
    return seg
  }
}

function matchRoute(route: Route, segments: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  for (let i = 0; i < route.segments.length; i++) {
    const spec = route.segments[i]!
    const actual = segments[i]
    if (actual === undefined) return undefined
    if ('literal' in spec) {
      if (spec.literal !== actual) return undefined
    } else if (spec.rest) {
      params[spec.param] = segments.slice(i).join('/')
      return params
    } else {
      params[spec.param] = actual
    }
  }
  return segments.length === route.segments.length ? params : undefined
}

function route(method: string, template: string, handler: Handler): Route {
  return { method, template, handler, segments: compileTemplate(template) }
}

const R = '/repos/{owner}/{repo}'

const ROUTES: Route[] = [
  route('GET', '/rate_limit', getRateLimit),
  route('GET', R, getRepo),
  route('GET', `${R}/issues`, listIssues),
  route('POST', `${R}/issues`, createIssue),
  route('GET', `${R}/issues/{issue_number}`, getIssue),
  route('PATCH', `${R}/issues/{issue_number}`, updateIssue),
  route('GET', `${R}/issues/{issue_number}/labels`, listIssueLabels),
  route('POST', `${R}/issues/{issue_number}/labels`, addLabels),
  route('PUT', `${R}/issues/{issue_number}/labels`, setLabels),
  route('DELETE', `${R}/issues/{issue_number}/labels/{name}`, removeLabel),
  route('POST', `${R}/issues/{issue_number}/assignees`, addAssignees),
  route('DELETE', `${R}/issues/{issue_number}/assignees`, removeAssignees),
  route('GET', `${R}/issues/{issue_number}/comments`, listComments),
  route('POST', `${R}/issues/{issue_number}/comments`, createComment),
  route('POST', `${R}/issues/{issue_number}/reactions`, reactToIssue),
  route('GET', `${R}/issues/comments/{comment_id}`, getComment),
  route('PATCH', `${R}/issues/comments/{comment_id}`, updateComment),
  route('DELETE', `${R}/issues/comments/{comment_id}`, deleteComment),
  route('GET', `${R}/issues/comments/{comment_id}/reactions`, listCommentReactions),
  route('POST', `${R}/issues/comments/{comment_id}/reactions`, reactToComment),
  route('GET', `${R}/labels`, listRepoLabels),
  route('POST', `${R}/labels`, createRepoLabel),
  route('GET', `${R}/labels/{name}`, getRepoLabel),
  route('PATCH', `${R}/labels/{name}`, updateRepoLabel),
  route('GET', `${R}/collaborators/{username}/permission`, getPermission),
  route('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', getTeamMembership),
  route('GET', `${R}/contents/{path+}`, getContent),
  route('PUT', `${R}/contents/{path+}`, putContent),
  route('GET', `${R}/git/ref/{ref+}`, getRef),
  route('POST', `${R}/git/refs`, createRef),
  route('GET', `${R}/pulls`, listPulls),
  route('POST', `${R}/pulls`, createPull),
  route('GET', `${R}/pulls/{pull_number}`, getPull),
  route('GET', `${R}/pulls/{pull_number}/files`, listPullFiles)
].sort(bySpecificity)

// ---------------------------------------------------------------------------------------------
// The store: state, identities, and GitHub-shaped JSON for it

interface Commit {
  sha: string
  parent: string | undefined
  message: string
  author: string
  date: string
  files: Map<string, string>
}

class Store {
  readonly issues = new Map<number, IssueRecord>()
  readonly comments = new Map<number, CommentRecord>()
  /** Repository labels by lower-cased name (GitHub label names are case-insensitive). */
  readonly labels = new Map<string, LabelRecord>()
  readonly permissions = new Map<string, Permission>()
  /** "org/team" (lower-case) -> member login (lower-case) -> role. */
  readonly teams = new Map<string, Map<string, 'member' | 'maintainer'>>()
  readonly tokens = new Map<string, string>()
  readonly branches = new Map<string, string>()
  readonly commits = new Map<string, Commit>()
  teamsReadable: boolean
  isPrivate: boolean
  apiUrl = ''
  rateUsed = 0
  readonly rateReset = Math.floor(Date.now() / 1000) + 3600
  private readonly userIds = new Map<string, number>()
  private nextIssue = 1
  private counters = { comment: 0, label: 0, reaction: 0, commit: 0 }

  constructor(readonly o: Required<Omit<FakeGitHubOptions, 'validate' | 'private' | 'teamsReadable'>> & { private: boolean; teamsReadable: boolean }) {
    this.teamsReadable = o.teamsReadable
    this.isPrivate = o.private
    const root: Commit = { sha: this.commitSha('initial'), parent: undefined, message: 'Initial commit', author: o.owner, date: this.now(), files: new Map() }
    this.commits.set(root.sha, root)
    this.branches.set(o.defaultBranch, root.sha)
  }

  now(): string {
    return isoSeconds(this.o.now())
  }

  get repoApi(): string {
    return `${this.apiUrl}/repos/${this.o.owner}/${this.o.repo}`
  }

  get repoHtml(): string {
    return `${this.o.serverUrl}/${this.o.owner}/${this.o.repo}`
  }

  // -- identities ------------------------------------------------------------------------------

  userId(login: string): number {
    if (login === 'github-actions[bot]') return ACTIONS_BOT_ID
    let id = this.userIds.get(login.toLowerCase())
    if (id === undefined) {
      id = ID_BASE.user + this.userIds.size + 1
      this.userIds.set(login.toLowerCase(), id)
    }
    return id
  }

  userJson(login: string) {
    const id = this.userId(login)
    const bot = login.endsWith('[bot]')
    const base = `${this.apiUrl}/users/${encodeURIComponent(login)}`
    return {
      login,
      id,
      node_id: nodeId(bot ? 'Bot' : 'User', id),
      avatar_url: `https://avatars.githubusercontent.com/${bot ? 'in/15368' : `u/${id}`}?v=4`,
      gravatar_id: '',
      url: base,
      html_url: bot ? `${this.o.serverUrl}/apps/${login.replace(/\[bot\]$/, '')}` : `${this.o.serverUrl}/${login}`,
      followers_url: `${base}/followers`,
      following_url: `${base}/following{/other_user}`,
      gists_url: `${base}/gists{/gist_id}`,
      starred_url: `${base}/starred{/owner}{/repo}`,
      subscriptions_url: `${base}/subscriptions`,
      organizations_url: `${base}/orgs`,
      repos_url: `${base}/repos`,
      events_url: `${base}/events{/privacy}`,
      received_events_url: `${base}/received_events`,
      type: bot ? 'Bot' : 'User',
      user_view_type: 'public',
      site_admin: false
    }
  }

  actorFor(authorization: string | undefined): string | undefined {
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization?.trim() ?? '')
    if (!m) return undefined
    return this.tokens.get(m[1]!) ?? this.o.botLogin
  }

  permissionOf(login: string): Permission | undefined {
    return this.permissions.get(login.toLowerCase())
  }

  /** GitHub silently drops assignees who cannot be assigned: only people with access to the repo can be. */
  assignable(login: string): boolean {
    const p = this.permissionOf(login)
    return p !== undefined && p !== 'none'
  }

  authorAssociation(login: string): string {
    if (sameName(login, this.o.owner)) return 'OWNER'
    const p = this.permissionOf(login)
    if (p !== undefined && p !== 'none') return 'COLLABORATOR'
    for (const members of this.teams.values()) if (members.has(login.toLowerCase())) return 'MEMBER'
    return 'NONE'
  }

  // -- labels ----------------------------------------------------------------------------------

  /** Applying an unknown label creates it, with GitHub's default grey. */
  ensureLabel(name: string, color = 'ededed', description: string | null = null): LabelRecord {
    const existing = this.labels.get(name.toLowerCase())
    if (existing) return existing
    const label: LabelRecord = { id: ID_BASE.label + ++this.counters.label, name, color, description, default: false }
    this.labels.set(name.toLowerCase(), label)
    return label
  }

  labelJson(l: LabelRecord) {
    return {
      id: l.id,
      node_id: nodeId('Label', l.id),
      url: `${this.repoApi}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      default: l.default,
      description: l.description
    }
  }

  issueLabelsJson(issue: IssueRecord) {
    return issue.labels.map((n) => this.labelJson(this.ensureLabel(n)))
  }

  // -- issues and comments ---------------------------------------------------------------------

  issueOr404(raw: string | number): IssueRecord {
    const n = Number(raw)
    const issue = Number.isInteger(n) ? this.issues.get(n) : undefined
    if (!issue) throw notFound()
    return issue
  }

  commentOr404(raw: string): CommentRecord {
    const c = this.comments.get(Number(raw))
    if (!c) throw notFound()
    return c
  }

  addIssue(input: CreateIssueInput, pull?: PullRecord): IssueRecord {
    const number = this.nextIssue++
    const at = input.createdAt === undefined ? this.now() : isoSeconds(new Date(input.createdAt))
    const labels = uniqueNames(input.labels ?? []).map((n) => this.ensureLabel(n).name)
    const issue: IssueRecord = {
      number,
      id: (pull ? ID_BASE.pull : ID_BASE.issue) + number,
      title: input.title,
      body: input.body ?? null,
      state: input.state ?? 'open',
      stateReason: input.state === 'closed' ? 'completed' : null,
      labels,
      assignees: uniqueNames(input.assignees ?? []).filter((a) => this.assignable(a)),
      user: input.user,
      createdAt: at,
      updatedAt: at,
      closedAt: input.state === 'closed' ? at : null,
      closedBy: input.state === 'closed' ? input.user : null,
      locked: false,
      reactions: []
    }
    if (pull) issue.pull = pull
    this.issues.set(number, issue)
    return issue
  }

  addComment(issue: number, user: string, body: string, createdAt?: Date | string): CommentRecord {
    this.issueOr404(issue)
    const at = createdAt === undefined ? this.now() : isoSeconds(new Date(createdAt))
    const comment: CommentRecord = { id: ID_BASE.comment + ++this.counters.comment, issue, body, user, createdAt: at, updatedAt: at, reactions: [] }
    this.comments.set(comment.id, comment)
    return comment
  }

  commentsOn(issue: number): CommentRecord[] {
    return [...this.comments.values()].filter((c) => c.issue === issue).sort((a, b) => a.id - b.id)
  }

  touch(issue: IssueRecord): void {
    issue.updatedAt = this.now()
  }

  reactionsJson(list: ReactionRecord[], url: string) {
    const summary: Record<string, unknown> = { url, total_count: list.length }
    for (const c of REACTION_CONTENTS) summary[c] = list.filter((r) => r.content === c).length
    return summary
  }

  issueJson(issue: IssueRecord) {
    const url = `${this.repoApi}/issues/${issue.number}`
    const assignees = issue.assignees.map((a) => this.userJson(a))
    const json: Record<string, unknown> = {
      url,
      repository_url: this.repoApi,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.repoHtml}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
      id: issue.id,
      node_id: nodeId(issue.pull ? 'PullRequest' : 'Issue', issue.id),
      number: issue.number,
      title: issue.title,
      user: this.userJson(issue.user),
      labels: this.issueLabelsJson(issue),
      state: issue.state,
      locked: issue.locked,
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      comments: this.commentsOn(issue.number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      author_association: this.authorAssociation(issue.user),
      active_lock_reason: null,
      body: issue.body,
      closed_by: issue.closedBy === null ? null : this.userJson(issue.closedBy),
      reactions: this.reactionsJson(issue.reactions, `${url}/reactions`),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: issue.stateReason
    }
    if (issue.pull) {
      json.draft = issue.pull.draft
      json.pull_request = {
        url: `${this.repoApi}/pulls/${issue.number}`,
        html_url: `${this.repoHtml}/pull/${issue.number}`,
        diff_url: `${this.repoHtml}/pull/${issue.number}.diff`,
        patch_url: `${this.repoHtml}/pull/${issue.number}.patch`,
        merged_at: null
      }
    }
    return json
  }

  commentJson(c: CommentRecord) {
    const url = `${this.repoApi}/issues/comments/${c.id}`
    const bot = c.user === this.o.botLogin
    return {
      url,
      html_url: `${this.repoHtml}/issues/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.repoApi}/issues/${c.issue}`,
      id: c.id,
      node_id: nodeId('IssueComment', c.id),
      user: this.userJson(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: this.authorAssociation(c.user),
      body: c.body,
      reactions: this.reactionsJson(c.reactions, `${url}/reactions`),
      // Comments the Actions token writes carry the app; the action can tell its own comments apart by it.
      performed_via_github_app: bot
        ? { id: ACTIONS_APP.id, slug: ACTIONS_APP.slug, node_id: nodeId('Integration', ACTIONS_APP.id), name: ACTIONS_APP.name, owner: this.userJson('github'), html_url: `${this.o.serverUrl}/apps/${ACTIONS_APP.slug}`, permissions: {}, events: [] }
        : null
    }
  }

  reactionJson(r: ReactionRecord) {
    return { id: r.id, node_id: nodeId('Reaction', r.id), user: this.userJson(r.user), content: r.content, created_at: r.createdAt }
  }

  /** 201 for a new reaction, 200 with the existing one when this user already reacted so. */
  react(list: ReactionRecord[], user: string, content: unknown): Reply {
    if (typeof content !== 'string' || !(REACTION_CONTENTS as readonly string[]).includes(content)) throw validationFailed('Reaction', 'content', 'invalid')
    const existing = list.find((r) => r.user === user && r.content === content)
    if (existing) return { status: 200, body: this.reactionJson(existing) }
    const reaction: ReactionRecord = { id: ID_BASE.reaction + ++this.counters.reaction, content: content as ReactionContent, user, createdAt: this.now() }
    list.push(reaction)
    return { status: 201, body: this.reactionJson(reaction) }
  }

  repoJson() {
    const owner = this.userJson(this.o.owner)
    const id = 700_000_000 + (this.userId(this.o.owner) % 1000)
    return {
      id,
      node_id: nodeId('Repository', id),
      name: this.o.repo,
      full_name: `${this.o.owner}/${this.o.repo}`,
      private: this.isPrivate,
      visibility: this.isPrivate ? 'private' : 'public',
      owner,
      html_url: this.repoHtml,
      description: null,
      fork: false,
      url: this.repoApi,
      issues_url: `${this.repoApi}/issues{/number}`,
      labels_url: `${this.repoApi}/labels{/name}`,
      pulls_url: `${this.repoApi}/pulls{/number}`,
      contents_url: `${this.repoApi}/contents/{+path}`,
      created_at: '2024-01-02T03:04:05Z',
      updated_at: this.now(),
      pushed_at: this.now(),
      has_issues: true,
      archived: false,
      disabled: false,
      open_issues_count: [...this.issues.values()].filter((i) => i.state === 'open').length,
      default_branch: this.o.defaultBranch,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
    }
  }

  // -- git: branches of whole-tree snapshots ---------------------------------------------------

  commitSha(seed: string): string {
    return createHash('sha1').update(`commit ${++this.counters.commit} ${seed}`).digest('hex')
  }

  /** Resolves a branch name, "refs/heads/x", or a commit sha to a commit. */
  resolveRef(ref: string | undefined): Commit | undefined {
    const name = (ref ?? this.o.defaultBranch).replace(/^refs\/heads\//, '')
    const sha = this.branches.get(name) ?? name
    return this.commits.get(sha)
  }

  commitFile(branch: string, path: string, text: string, message: string, author: string): Commit {
    const parent = this.resolveRef(branch)
    if (!parent || !this.branches.has(branch)) throw notFound(`Branch ${branch} not found`)
    const files = new Map(parent.files)
    files.set(path, text)
    const commit: Commit = { sha: this.commitSha(`${branch}:${path}`), parent: parent.sha, message, author, date: this.now(), files }
    this.commits.set(commit.sha, commit)
    this.branches.set(branch, commit.sha)
    return commit
  }

  fileJson(path: string, text: string, ref: string) {
    const sha = gitBlobSha(text)
    const self = `${this.repoApi}/contents/${path}?ref=${encodeURIComponent(ref)}`
    const html = `${this.repoHtml}/blob/${ref}/${path}`
    const git = `${this.repoApi}/git/blobs/${sha}`
    return {
      type: 'file',
      encoding: 'base64',
      size: Buffer.byteLength(text, 'utf8'),
      name: path.split('/').pop() ?? path,
      path,
      content: wrappedBase64(text),
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${this.o.owner}/${this.o.repo}/${ref}/${path}`,
      _links: { self, git, html }
    }
  }

  commitJson(c: Commit) {
    const person = { name: c.author, email: `${this.userId(c.author)}+${c.author}@users.noreply.github.com`, date: c.date }
    return {
      sha: c.sha,
      node_id: nodeId('Commit', c.sha),
      url: `${this.repoApi}/git/commits/${c.sha}`,
      html_url: `${this.repoHtml}/commit/${c.sha}`,
      author: person,
      committer: person,
      message: c.message,
      tree: { sha: createHash('sha1').update(`tree ${c.sha}`).digest('hex'), url: `${this.repoApi}/git/trees/${c.sha}` },
      parents: c.parent ? [{ sha: c.parent, url: `${this.repoApi}/git/commits/${c.parent}`, html_url: `${this.repoHtml}/commit/${c.parent}` }] : [],
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    }
  }

  refJson(branch: string) {
    const sha = this.branches.get(branch)!
    return {
      ref: `refs/heads/${branch}`,
      node_id: nodeId('Ref', branch),
      url: `${this.repoApi}/git/refs/heads/${branch}`,
      object: { sha, type: 'commit', url: `${this.repoApi}/git/commits/${sha}` }
    }
  }

  pullJson(issue: IssueRecord) {
    const pull = issue.pull!
    const side = (branch: string) => ({
      label: `${this.o.owner}:${branch}`,
      ref: branch,
      sha: this.branches.get(branch) ?? '',
      user: this.userJson(this.o.owner),
      repo: this.repoJson()
    })
    const url = `${this.repoApi}/pulls/${issue.number}`
    return {
      url,
      id: issue.id,
      node_id: nodeId('PullRequest', issue.id),
      html_url: `${this.repoHtml}/pull/${issue.number}`,
      diff_url: `${this.repoHtml}/pull/${issue.number}.diff`,
      patch_url: `${this.repoHtml}/pull/${issue.number}.patch`,
      issue_url: `${this.repoApi}/issues/${issue.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      comments_url: `${this.repoApi}/issues/${issue.number}/comments`,
      number: issue.number,
      state: issue.state,
      locked: issue.locked,
      title: issue.title,
      user: this.userJson(issue.user),
      body: issue.body,
      labels: this.issueLabelsJson(issue),
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      milestone: null,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: null,
      merge_commit_sha: null,
      draft: pull.draft,
      merged: pull.merged,
      mergeable: null,
      author_association: this.authorAssociation(issue.user),
      head: side(pull.head),
      base: side(pull.base)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Pagination, as GitHub does it: per_page (default 30, max 100), page, and a Link header

function paginate<T>(c: Ctx, items: T[]): { page: T[]; headers: Record<string, string> } {
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

function paged<T>(c: Ctx, items: T[], toJson: (item: T) => unknown): Reply {
  const { page, headers } = paginate(c, items)
  return { status: 200, body: page.map(toJson), headers }
}

function bodyObject(c: Ctx): Record<string, unknown> {
  if (c.body === undefined) return {}
  if (!isObject(c.body)) throw unprocessable('Invalid request.\n\nThe request body must be a JSON object.')
  return c.body
}

// ---------------------------------------------------------------------------------------------
// Handlers: one per route

function getRateLimit(c: Ctx): Reply {
  const core = { limit: 5000, used: c.s.rateUsed, remaining: 5000 - c.s.rateUsed, reset: c.s.rateReset }
  const fresh = (limit: number) => ({ limit, used: 0, remaining: limit, reset: c.s.rateReset })
  return { status: 200, body: { resources: { core, search: fresh(30), graphql: fresh(5000), integration_manifest: fresh(5000) }, rate: core } }
}

function getRepo(c: Ctx): Reply {
  return { status: 200, body: c.s.repoJson() }
}

function listIssues(c: Ctx): Reply {
  const q = c.query
  const state = q.state ?? 'open'
  const wanted = (q.labels ?? '').split(',').map((l) => l.trim()).filter(Boolean)
  const sort = q.sort ?? 'created'
  const dir = q.direction === 'asc' ? 1 : -1
  const key = (i: IssueRecord): string | number => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? c.s.commentsOn(i.number).length : i.createdAt)
  const items = [...c.s.issues.values()]
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((w) => i.labels.some((l) => sameName(l, w))))
    .filter((i) => q.creator === undefined || sameName(i.user, q.creator))
    .filter((i) => q.since === undefined || i.updatedAt >= q.since)
    .filter((i) => q.assignee === undefined || (q.assignee === 'none' ? i.assignees.length === 0 : q.assignee === '*' ? i.assignees.length > 0 : i.assignees.some((a) => sameName(a, q.assignee!))))
    .sort((a, b) => {
      const ka = key(a)
      const kb = key(b)
      return (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number) * dir
    })
  return paged(c, items, (i) => c.s.issueJson(i))
}

function createIssue(c: Ctx): Reply {
  const b = bodyObject(c)
  if (typeof b.title !== 'string' && typeof b.title !== 'number') throw validationFailed('Issue', 'title', 'missing_field')
  const issue = c.s.addIssue({
    title: String(b.title),
    body: typeof b.body === 'string' ? b.body : null,
    user: c.actor,
    labels: b.labels === undefined ? [] : labelNamesFrom(b.labels),
    assignees: Array.isArray(b.assignees) ? b.assignees.filter((a): a is string => typeof a === 'string') : []
  })
  return { status: 201, body: c.s.issueJson(issue), headers: { location: `${c.s.repoApi}/issues/${issue.number}` } }
}

function getIssue(c: Ctx): Reply {
  return { status: 200, body: c.s.issueJson(c.s.issueOr404(c.params.issue_number!)) }
}

function updateIssue(c: Ctx): Reply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  const b = bodyObject(c)
  if (typeof b.title === 'string' || typeof b.title === 'number') issue.title = String(b.title)
  if (b.body !== undefined) issue.body = typeof b.body === 'string' ? b.body : null
  if (b.labels !== undefined) issue.labels = uniqueNames(labelNamesFrom(b.labels)).map((n) => c.s.ensureLabel(n).name)
  if (b.assignee !== undefined) issue.assignees = typeof b.assignee === 'string' && c.s.assignable(b.assignee) ? [b.assignee] : []
  if (Array.isArray(b.assignees)) issue.assignees = uniqueNames(b.assignees.filter((a): a is string => typeof a === 'string')).filter((a) => c.s.assignable(a))
  if (b.state !== undefined) {
    if (b.state !== 'open' && b.state !== 'closed') throw validationFailed('Issue', 'state', 'invalid')
    if (b.state !== issue.state) {
      issue.state = b.state
      issue.closedAt = b.state === 'closed' ? c.s.now() : null
      issue.closedBy = b.state === 'closed' ? c.actor : null
      issue.stateReason = b.state === 'closed' ? (typeof b.state_reason === 'string' ? b.state_reason : 'completed') : 'reopened'
    }
  }
  c.s.touch(issue)
  return { status: 200, body: c.s.issueJson(issue) }
}

function listIssueLabels(c: Ctx): Reply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  return paged(c, issue.labels, (n) => c.s.labelJson(c.s.ensureLabel(n)))
}

function addLabels(c: Ctx): Reply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  const added = labelNamesFrom(c.body).map((n) => c.s.ensureLabel(n).name)
  issue.labels = uniqueNames([...issue.labels, ...added])
  c.s.touch(issue)
  return { status: 200, body: c.s.issueLabelsJson(issue) }
}

function setLabels(c: Ctx): Reply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  issue.labels = uniqueNames(c.body === undefined ? [] : labelNamesFrom(c.body)).map((n) => c.s.ensureLabel(n).name)
  c.s.touch(issue)
  return { status: 200, body: c.s.issueLabelsJson(issue) }
}

function removeLabel(c: Ctx): Reply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  const name = c.params.name!
  if (!issue.labels.some((l) => sameName(l, name))) throw notFound('Label does not exist')
  issue.labels = issue.labels.filter((l) => !sameName(l, name))
  c.s.touch(issue)
  return { status: 200, body: c.s.issueLabelsJson(issue) }
}

function loginsFrom(body: Record<string, unknown>): string[] {
  return Array.isArray(body.assignees) ? body.assignees.filter((a): a is string => typeof a === 'string') : []
}

function addAssignees(c: Ctx): Reply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  issue.assignees = uniqueNames([...issue.assignees, ...loginsFrom(bodyObject(c)).filter((a) => c.s.assignable(a))])
  c.s.touch(issue)
  return { status: 201, body: c.s.issueJson(issue) }
}

function removeAssignees(c: Ctx): Reply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  const gone = loginsFrom(bodyObject(c))
  issue.assignees = issue.assignees.filter((a) => !gone.some((g) => sameName(g, a)))
  c.s.touch(issue)
  return { status: 200, body: c.s.issueJson(issue) }
}

function listComments(c: Ctx): Reply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  const since = c.query.since
  const items = c.s.commentsOn(issue.number).filter((x) => since === undefined || x.updatedAt >= since)
  return paged(c, items, (x) => c.s.commentJson(x))
}

function requireBodyText(c: Ctx): string {
  const b = bodyObject(c)
  if (typeof b.body !== 'string') throw validationFailed('IssueComment', 'body', 'missing_field')
  if (b.body.length > 65536) throw unprocessable('Validation Failed: body is too long (maximum is 65536 characters)')
  return b.body
}

function createComment(c: Ctx): Reply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  const comment = c.s.addComment(issue.number, c.actor, requireBodyText(c))
  c.s.touch(issue)
  return { status: 201, body: c.s.commentJson(comment), headers: { location: `${c.s.repoApi}/issues/comments/${comment.id}` } }
}

function getComment(c: Ctx): Reply {
  return { status: 200, body: c.s.commentJson(c.s.commentOr404(c.params.comment_id!)) }
}

function updateComment(c: Ctx): Reply {
  const comment = c.s.commentOr404(c.params.comment_id!)
  comment.body = requireBodyText(c)
  comment.updatedAt = c.s.now()
  return { status: 200, body: c.s.commentJson(comment) }
}

function deleteComment(c: Ctx): Reply {
  const comment = c.s.commentOr404(c.params.comment_id!)
  c.s.comments.delete(comment.id)
  return { status: 204 }
}

function listCommentReactions(c: Ctx): Reply {
  const comment = c.s.commentOr404(c.params.comment_id!)
  const items = comment.reactions.filter((r) => c.query.content === undefined || r.content === c.query.content)
  return paged(c, items, (r) => c.s.reactionJson(r))
}

function reactToComment(c: Ctx): Reply {
  return c.s.react(c.s.commentOr404(c.params.comment_id!).reactions, c.actor, bodyObject(c).content)
}

function reactToIssue(c: Ctx): Reply {
  return c.s.react(c.s.issueOr404(c.params.issue_number!).reactions, c.actor, bodyObject(c).content)
}

function listRepoLabels(c: Ctx): Reply {
  return paged(c, [...c.s.labels.values()], (l) => c.s.labelJson(l))
}

function createRepoLabel(c: Ctx): Reply {
  const b = bodyObject(c)
  if (typeof b.name !== 'string') throw validationFailed('Label', 'name', 'missing_field')
  if (c.s.labels.has(b.name.toLowerCase())) throw validationFailed('Label', 'name', 'already_exists')
  const color = typeof b.color === 'string' ? b.color.replace(/^#/, '') : 'ededed'
  const label = c.s.ensureLabel(b.name, color, typeof b.description === 'string' ? b.description : null)
  return { status: 201, body: c.s.labelJson(label) }
}

function getRepoLabel(c: Ctx): Reply {
  const label = c.s.labels.get(c.params.name!.toLowerCase())
  if (!label) throw notFound()
  return { status: 200, body: c.s.labelJson(label) }
}

function updateRepoLabel(c: Ctx): Reply {
  const label = c.s.labels.get(c.params.name!.toLowerCase())
  if (!label) throw notFound()
  const b = bodyObject(c)
  if (typeof b.color === 'string') label.color = b.color.replace(/^#/, '')
  if (typeof b.description === 'string' || b.description === null) label.description = b.description
  if (typeof b.new_name === 'string') {
    for (const issue of c.s.issues.values()) issue.labels = issue.labels.map((l) => (sameName(l, label.name) ? b.new_name as string : l))
    c.s.labels.delete(label.name.toLowerCase())
    label.name = b.new_name
    c.s.labels.set(label.name.toLowerCase(), label)
  }
  return { status: 200, body: c.s.labelJson(label) }
}

function getPermission(c: Ctx): Reply {
  const login = c.params.username!
  const p = c.s.permissionOf(login)
  // Like GitHub for a private repository: someone who is not a collaborator is simply not found.
  if (p === undefined) throw notFound()
  const user = { ...c.s.userJson(login), permissions: permissionFlags(p), role_name: p === 'none' ? '' : p }
  return { status: 200, body: { permission: legacyPermission(p), role_name: p === 'none' ? '' : p, user } }
}

function getTeamMembership(c: Ctx): Reply {
  if (!c.s.teamsReadable) {
    throw new HttpError(
      403,
      { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user', status: '403' },
      { 'x-accepted-github-permissions': 'members=read' }
    )
  }
  const team = `${c.params.org}/${c.params.team_slug}`.toLowerCase()
  const role = c.s.teams.get(team)?.get(c.params.username!.toLowerCase())
  if (role === undefined) throw notFound()
  return {
    status: 200,
    body: { url: `${c.s.apiUrl}/organizations/1/team/1/memberships/${c.params.username}`, role, state: 'active' }
  }
}

function getContent(c: Ctx): Reply {
  const ref = c.query.ref ?? c.s.o.defaultBranch
  const commit = c.s.resolveRef(ref)
  if (!commit) throw notFound(`No commit found for the ref ${ref}`)
  const path = c.params.path!.replace(/^\/+|\/+$/g, '')
  const text = commit.files.get(path)
  if (text !== undefined) return { status: 200, body: c.s.fileJson(path, text, ref) }
  // A directory answers with its entries, one level deep, as GitHub does.
  const prefix = `${path}/`
  const entries = new Map<string, unknown>()
  for (const [file, content] of commit.files) {
    if (!file.startsWith(prefix)) continue
    const [name, ...deeper] = file.slice(prefix.length).split('/')
    const entryPath = `${prefix}${name}`
    if (deeper.length === 0) {
      const { content: _omit, encoding: _enc, ...entry } = c.s.fileJson(entryPath, content, ref)
      entries.set(entryPath, entry)
    } else if (!entries.has(entryPath)) {
      entries.set(entryPath, { type: 'dir', name, path: entryPath, sha: createHash('sha1').update(`tree ${entryPath}`).digest('hex'), size: 0, url: `${c.s.repoApi}/contents/${entryPath}?ref=${ref}`, html_url: `${c.s.repoHtml}/tree/${ref}/${entryPath}`, git_url: null, download_url: null })
    }
  }
  if (entries.size === 0) throw notFound()
  return { status: 200, body: [...entries.values()] }
}

function putContent(c: Ctx): Reply {
  const b = bodyObject(c)
  if (typeof b.message !== 'string') throw validationFailed('Commit', 'message', 'missing_field')
  if (typeof b.content !== 'string') throw validationFailed('Commit', 'content', 'missing_field')
  const branch = typeof b.branch === 'string' ? b.branch : c.s.o.defaultBranch
  const path = c.params.path!.replace(/^\/+|\/+$/g, '')
  const current = c.s.resolveRef(branch)?.files.get(path)
  if (current !== undefined && b.sha === undefined) throw unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.')
  if (current !== undefined && b.sha !== gitBlobSha(current)) {
    throw new HttpError(409, { message: `${path} does not match ${String(b.sha)}`, documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents', status: '409' })
  }
  const text = Buffer.from(b.content, 'base64').toString('utf8')
  const commit = c.s.commitFile(branch, path, text, b.message, c.actor)
  const { content: _omit, encoding: _enc, ...content } = c.s.fileJson(path, text, branch)
  return { status: current === undefined ? 201 : 200, body: { content, commit: c.s.commitJson(commit) } }
}

function getRef(c: Ctx): Reply {
  const m = /^heads\/(.+)$/.exec(c.params.ref!)
  if (!m || !c.s.branches.has(m[1]!)) throw notFound()
  return { status: 200, body: c.s.refJson(m[1]!) }
}

function createRef(c: Ctx): Reply {
  const b = bodyObject(c)
  const m = typeof b.ref === 'string' ? /^refs\/heads\/(.+)$/.exec(b.ref) : null
  if (!m) throw unprocessable('Reference name is invalid')
  if (typeof b.sha !== 'string' || !c.s.commits.has(b.sha)) throw unprocessable('Object does not exist')
  if (c.s.branches.has(m[1]!)) throw unprocessable('Reference already exists')
  c.s.branches.set(m[1]!, b.sha)
  return { status: 201, body: c.s.refJson(m[1]!) }
}

function pulls(s: Store): IssueRecord[] {
  return [...s.issues.values()].filter((i) => i.pull !== undefined)
}

function listPulls(c: Ctx): Reply {
  const state = c.query.state ?? 'open'
  const head = c.query.head?.replace(/^[^:]+:/, '')
  const items = pulls(c.s)
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => head === undefined || i.pull!.head === head)
    .filter((i) => c.query.base === undefined || i.pull!.base === c.query.base)
    .sort((a, b) => b.number - a.number)
  return paged(c, items, (i) => c.s.pullJson(i))
}

function createPull(c: Ctx): Reply {
  const b = bodyObject(c)
  if (typeof b.title !== 'string') throw validationFailed('PullRequest', 'title', 'missing_field')
  const head = typeof b.head === 'string' ? b.head.replace(/^[^:]+:/, '') : ''
  const base = typeof b.base === 'string' ? b.base : ''
  if (!c.s.branches.has(head)) throw validationFailed('PullRequest', 'head', 'invalid')
  if (!c.s.branches.has(base)) throw validationFailed('PullRequest', 'base', 'invalid')
  if (c.s.branches.get(head) === c.s.branches.get(base)) throw validationFailed('PullRequest', 'head', 'custom', `No commits between ${base} and ${head}`)
  if (pulls(c.s).some((i) => i.state === 'open' && i.pull!.head === head && i.pull!.base === base)) {
    throw validationFailed('PullRequest', 'head', 'custom', `A pull request already exists for ${c.s.o.owner}:${head}.`)
  }
  const issue = c.s.addIssue({ title: b.title, body: typeof b.body === 'string' ? b.body : null, user: c.actor }, { head, base, draft: b.draft === true, merged: false })
  return { status: 201, body: c.s.pullJson(issue), headers: { location: `${c.s.repoApi}/pulls/${issue.number}` } }
}

function pullOr404(c: Ctx): IssueRecord {
  const issue = c.s.issueOr404(c.params.pull_number!)
  if (!issue.pull) throw notFound()
  return issue
}

function getPull(c: Ctx): Reply {
  return { status: 200, body: c.s.pullJson(pullOr404(c)) }
}

/** Counts lines present on one side only; enough for additions/deletions figures. */
function lineDelta(before: string, after: string): { additions: number; deletions: number } {
  const count = (text: string) => {
    const m = new Map<string, number>()
    for (const line of text === '' ? [] : text.split('\n')) m.set(line, (m.get(line) ?? 0) + 1)
    return m
  }
  const a = count(before)
  const b = count(after)
  let additions = 0
  let deletions = 0
  for (const [line, n] of b) additions += Math.max(0, n - (a.get(line) ?? 0))
  for (const [line, n] of a) deletions += Math.max(0, n - (b.get(line) ?? 0))
  return { additions, deletions }
}

function listPullFiles(c: Ctx): Reply {
  const pull = pullOr404(c).pull!
  const head = c.s.resolveRef(pull.head)?.files ?? new Map<string, string>()
  const base = c.s.resolveRef(pull.base)?.files ?? new Map<string, string>()
  const paths = [...new Set([...head.keys(), ...base.keys()])].sort()
  const changed = paths.filter((p) => head.get(p) !== base.get(p))
  return paged(c, changed, (path) => {
    const before = base.get(path)
    const after = head.get(path)
    const { additions, deletions } = lineDelta(before ?? '', after ?? '')
    const sha = after === undefined ? '0000000000000000000000000000000000000000' : gitBlobSha(after)
    return {
      sha,
      filename: path,
      status: before === undefined ? 'added' : after === undefined ? 'removed' : 'modified',
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${c.s.repoHtml}/blob/${pull.head}/${path}`,
      raw_url: `${c.s.repoHtml}/raw/${pull.head}/${path}`,
      contents_url: `${c.s.repoApi}/contents/${path}?ref=${pull.head}`
    }
  })
}

// ---------------------------------------------------------------------------------------------
// The server

interface PendingFailure {
  matches: (req: FakeRequest & { route?: string }) => boolean
  status: number
  headers: Record<string, string>
  body: unknown
  remaining: number
  afterApplying: boolean
}

function toPredicate(matcher: RouteMatcher): PendingFailure['matches'] {
  if (typeof matcher === 'function') return matcher
  if (matcher instanceof RegExp) return (req) => matcher.test(`${req.method} ${req.path}`)
  const wanted = matcher.trim()
  return (req) => wanted === req.route || wanted === `${req.method} ${req.path}` || wanted === `${req.method} ${decodeSegment(req.path)}`
}

export class FakeGitHub {
  /** Base URL of the API; use it as GITHUB_API_URL / octokit's baseUrl. */
  readonly url: string
  readonly owner: string
  readonly repo: string
  readonly botLogin: string
  /** Every request served, in order (cleared by `resetLog`). */
  readonly requests: LoggedRequest[] = []
  /** Requests the `validate` hook rejected (kept across `resetLog`). */
  readonly violations: RecordedViolation[] = []
  /** Requests no route served: the 404s a real GitHub might have answered differently. */
  readonly unhandled: LoggedRequest[] = []
  /** Issues and pull requests by number. */
  readonly issues: Map<number, IssueRecord>
  readonly comments: Map<number, CommentRecord>
  /** Repository labels by lower-cased name. */
  readonly labels: Map<string, LabelRecord>
  private readonly failures: PendingFailure[] = []

  constructor(
    private readonly server: Server,
    private readonly store: Store,
    private readonly validate: FakeGitHubOptions['validate']
  ) {
    const { port } = server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    store.apiUrl = this.url
    this.owner = store.o.owner
    this.repo = store.o.repo
    this.botLogin = store.o.botLogin
    this.issues = store.issues
    this.comments = store.comments
    this.labels = store.labels
    server.on('request', (req, res) => void this.serve(req, res))
  }

  // -- seeding and inspection ------------------------------------------------------------------

  /** Opens an issue as `user`, exactly as if they had filed it. */
  createIssue(input: CreateIssueInput): IssueRecord {
    return this.store.addIssue(input)
  }

  /** Comments on an issue as `user`. */
  addComment(issue: number, user: string, body: string, createdAt?: Date | string): CommentRecord {
    const comment = this.store.addComment(issue, user, body, createdAt)
    this.store.touch(this.store.issueOr404(issue))
    return comment
  }

  /** The issue (or pull request) as the REST API returns it, e.g. to put into a webhook payload. */
  issueJson(issue: number): Record<string, unknown> {
    return this.store.issueJson(this.store.issueOr404(issue))
  }

  commentJson(id: number): ReturnType<Store['commentJson']> {
    return this.store.commentJson(this.store.commentOr404(String(id)))
  }

  userJson(login: string): ReturnType<Store['userJson']> {
    return this.store.userJson(login)
  }

  repoJson(): ReturnType<Store['repoJson']> {
    return this.store.repoJson()
  }

  issue(number: number): IssueRecord {
    return this.store.issueOr404(number)
  }

  commentsOn(issue: number): CommentRecord[] {
    return this.store.commentsOn(issue)
  }

  labelsOf(issue: number): string[] {
    return [...this.store.issueOr404(issue).labels]
  }

  /** Creates or restyles a repository label. */
  defineLabel(name: string, color = 'ededed', description: string | null = null): LabelRecord {
    const label = this.store.ensureLabel(name, color, description)
    label.color = color
    label.description = description
    return label
  }

  setPermission(login: string, permission: Permission): void {
    this.store.permissions.set(login.toLowerCase(), permission)
  }

  addTeamMember(org: string, team: string, login: string, role: 'member' | 'maintainer' = 'member'): void {
    const key = `${org}/${team}`.toLowerCase()
    const members = this.store.teams.get(key) ?? new Map<string, 'member' | 'maintainer'>()
    members.set(login.toLowerCase(), role)
    this.store.teams.set(key, members)
  }

  /** False makes team lookups answer 403 like a GITHUB_TOKEN without members:read. */
  setTeamsReadable(readable: boolean): void {
    this.store.teamsReadable = readable
  }

  setPrivate(isPrivate: boolean): void {
    this.store.isPrivate = isPrivate
  }

  /** Requests with this token act as `login` instead of the bot. */
  asUser(token: string, login: string): void {
    this.store.tokens.set(token, login)
  }

  /** Commits a file to a branch (default: the default branch). */
  putFile(path: string, text: string, branch = this.store.o.defaultBranch): void {
    this.store.commitFile(branch, path.replace(/^\/+/, ''), text, `Add ${path}`, this.store.o.owner)
  }

  readFile(path: string, ref?: string): string | undefined {
    return this.store.resolveRef(ref)?.files.get(path.replace(/^\/+/, ''))
  }

  branchNames(): string[] {
    return [...this.store.branches.keys()]
  }

  /** The next matching request (or `times` of them) gets this status instead of its answer. */
  failNext(matcher: RouteMatcher, status: number, headers: Record<string, string> = {}, options: FailureOptions = {}): void {
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
    this.failures.push({
      matches: toPredicate(matcher),
      status,
      headers: lower,
      body: options.body ?? defaultFailureBody(status, lower),
      remaining: options.times ?? 1,
      afterApplying: options.afterApplying ?? false
    })
  }

  resetLog(): void {
    this.requests.length = 0
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()))
      // fetch keeps connections alive; without this close() waits for them to time out.
      this.server.closeAllConnections()
    })
  }

  // -- serving ---------------------------------------------------------------------------------

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', this.url)
    const method = (req.method ?? 'GET').toUpperCase()
    const query = Object.fromEntries(parsed.searchParams)
    const raw = await readBody(req)
    const entry: LoggedRequest = { method, path: parsed.pathname, query, body: undefined, status: 0 }
    let reply: Reply
    try {
      entry.body = raw === '' ? undefined : parseJson(raw)
      reply = this.answer(entry, req.headers.authorization)
    } catch (err) {
      reply = err instanceof HttpError ? { status: err.status, body: err.body, headers: err.headers } : { status: 500, body: { message: `fake GitHub crashed: ${String(err)}` } }
    }
    entry.status = reply.status
    this.requests.push(entry)
    if (reply.status === 404 && entry.route === undefined) this.unhandled.push(entry)
    this.send(res, reply)
  }

  private answer(entry: LoggedRequest, authorization: string | undefined): Reply {
    const problems = this.validate?.({ method: entry.method, path: entry.path, query: entry.query, body: entry.body }) ?? []
    if (problems.length > 0) {
      this.violations.push({ method: entry.method, path: entry.path, query: entry.query, body: entry.body, violations: problems })
      return { status: 422, body: { message: 'Request does not match GitHub\'s OpenAPI description', errors: problems, documentation_url: 'https://docs.github.com/rest', status: '422' } }
    }
    const segments = entry.path.split('/').filter(Boolean).map(decodeSegment)
    let found: { route: Route; params: Record<string, string> } | undefined
    for (const r of ROUTES) {
      if (r.method !== entry.method) continue
      const params = matchRoute(r, segments)
      if (params) {
        found = { route: r, params }
        break
      }
    }
    if (found) entry.route = `${found.route.method} ${found.route.template}`
    const failure = this.takeFailure(entry)
    if (failure && !failure.afterApplying) return failure.reply
    const actor = this.store.actorFor(authorization)
    entry.actor = actor
    this.store.rateUsed++
    if (!found) {
      if (failure) return failure.reply
      throw notFound()
    }
    let reply: Reply
    if (actor === undefined && found.route.template !== '/rate_limit') {
      reply = { status: 401, body: { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' } }
    } else if (!this.isOurRepo(found.params)) {
      reply = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } }
    } else {
      try {
        reply = found.route.handler({ s: this.store, params: found.params, query: entry.query, body: entry.body, actor: actor ?? this.botLogin, path: entry.path })
      } catch (err) {
        if (!(err instanceof HttpError)) throw err
        reply = { status: err.status, body: err.body, headers: err.headers }
      }
    }
    return failure ? failure.reply : reply
  }

  private isOurRepo(params: Record<string, string>): boolean {
    if (params.owner === undefined) return true
    return sameName(params.owner, this.owner) && sameName(params.repo ?? '', this.repo)
  }

  private takeFailure(req: FakeRequest & { route?: string }): { reply: Reply; afterApplying: boolean } | undefined {
    const index = this.failures.findIndex((f) => f.matches(req))
    if (index < 0) return undefined
    const f = this.failures[index]!
    if (--f.remaining <= 0) this.failures.splice(index, 1)
    return { reply: { status: f.status, body: f.body, headers: f.headers }, afterApplying: f.afterApplying }
  }

  private send(res: ServerResponse, reply: Reply): void {
    const s = this.store
    const headers: Record<string, string> = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - s.rateUsed)),
      'x-ratelimit-used': String(s.rateUsed),
      'x-ratelimit-reset': String(s.rateReset),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomUUID().toUpperCase(),
      ...(reply.headers ?? {})
    }
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, headers)
      res.end()
      return
    }
    const text = JSON.stringify(reply.body)
    res.writeHead(reply.status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) })
    res.end(text)
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown
  } catch {
    throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest', status: '400' })
  }
}

/** Starts the fake on 127.0.0.1 with an ephemeral port. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const store = new Store({
    owner: options.owner,
    repo: options.repo,
    private: options.private ?? true,
    botLogin: options.botLogin ?? 'github-actions[bot]',
    serverUrl: (options.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
    defaultBranch: options.defaultBranch ?? 'main',
    teamsReadable: options.teamsReadable ?? true,
    now: options.now ?? (() => new Date())
  })
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  return new FakeGitHub(server, store, options.validate)
}
