/** The fake's public types: options, what a request looks like to hooks, and the stored records. */

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
  /** False simulates a GITHUB_TOKEN that cannot read org teams (403 on team routes). Default true. */
  teamsReadable?: boolean
  /** The clock behind every created_at/updated_at and event time. Default: real time. */
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
  /** Login the token acted as; undefined when unauthenticated or not yet served. */
  actor?: string
}

export interface RecordedViolation extends FakeRequest {
  violations: string[]
}

/** An HTTP answer: what handlers return and what an interceptor may substitute. */
export interface FakeReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/**
 * The extension point around serving: called for every request that passed validation, with
 * `route` already resolved. `serve()` applies the request and returns GitHub's answer; an
 * interceptor may skip it (the request never lands), call it and answer something else (the
 * write landed but the caller never heard), or pass its answer on.
 */
export type Interceptor = (req: LoggedRequest, serve: () => FakeReply) => FakeReply

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

export type IssueEventKind = 'labeled' | 'unlabeled' | 'closed' | 'reopened' | 'assigned' | 'unassigned' | 'renamed'

/** One entry of an issue's history, immutable once recorded, as GitHub keeps it. */
export interface IssueEventRecord {
  id: number
  issue: number
  event: IssueEventKind
  /** Login of whoever caused it. */
  actor: string
  createdAt: string
  /** labeled/unlabeled: the label as it was at the time. */
  label?: { name: string; color: string }
  /** assigned/unassigned: the person. */
  assignee?: string
  /** renamed: old and new title. */
  rename?: { from: string; to: string }
  /** closed: completed / not_planned / duplicate; reopened: null. */
  stateReason?: string | null
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
