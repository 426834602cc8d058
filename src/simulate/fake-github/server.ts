/**
 * The fake served over real HTTP (127.0.0.1, ephemeral port), plus the seeding and inspection
 * methods tests and the simulation use. Each request: validate (optional hook) -> resolve its
 * route -> interceptors (the extension point tests use for failure injection) -> serve.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { commentJson, eventJson, historyJson, issueJson, repoJson, userJson } from './json.js'
import { Person } from './person.js'
import { findRoute, type Route } from './routing.js'
import { ROUTES } from './routes/index.js'
import { Store } from './store.js'
import type {
  CommentRecord,
  CreateIssueInput,
  FakeGitHubOptions,
  FakeReply,
  Interceptor,
  IssueEventRecord,
  IssueRecord,
  LabelRecord,
  LoggedRequest,
  Permission,
  RecordedViolation
} from './types.js'
import { HttpError, notFound, sameName } from './util.js'

const DOCS = 'https://docs.github.com/rest'

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
  private readonly interceptors: Interceptor[] = []

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

  // -- seeding ---------------------------------------------------------------------------------

  /** Opens an issue as `user`, exactly as if they had filed it (its labels are recorded as theirs). */
  createIssue(input: CreateIssueInput): IssueRecord {
    return this.store.addIssue(input)
  }

  /** Comments on an issue as `user`, without access checks (seeding); `as(user).comment` checks them. */
  addComment(issue: number, user: string, body: string, createdAt?: Date | string): CommentRecord {
    const comment = this.store.addComment(issue, user, body, createdAt)
    this.store.touch(this.store.issueOr404(issue))
    return comment
  }

  /** A person acting through the web UI: labels, closes, assigns, renames, comments, edits any comment they may. */
  as(login: string): Person {
    return new Person(this.store, login)
  }

  /** Creates or restyles a repository label. */
  defineLabel(name: string, color = 'ededed', description: string | null = null): LabelRecord {
    const label = this.store.ensureLabel(name, color, description)
    label.color = color
    label.description = description
    return label
  }

  setPermission(login: string, permission: Permission): void {
    this.store.setPermission(login, permission)
  }

  addTeamMember(org: string, team: string, login: string, role: 'member' | 'maintainer' = 'member'): void {
    const key = `${org}/${team}`.toLowerCase()
    const members = this.store.teams.get(key) ?? new Map<string, 'member' | 'maintainer'>()
    members.set(login.toLowerCase(), role)
    if (!this.store.logins.has(login.toLowerCase())) this.store.logins.set(login.toLowerCase(), login)
    this.store.teams.set(key, members)
  }

  /** False makes team lookups answer 403 like a GITHUB_TOKEN without members:read. */
  setTeamsReadable(readable: boolean): void {
    this.store.teamsReadable = readable
  }

  /**
   * Makes the owner an organization with this base permission for its members; `readable: false`
   * answers GET /orgs/{org} with 403, like a GITHUB_TOKEN.
   */
  setOrganization(basePermission: 'none' | 'read' | 'write' | 'admin', readable = true): void {
    this.store.organization = { basePermission, readable }
  }

  /** Gives an organization team access to the repository (GET /repos/{owner}/{repo}/teams). */
  addRepoTeam(slug: string, permission: 'pull' | 'triage' | 'push' | 'maintain' | 'admin'): void {
    this.store.repoTeams.set(slug, permission)
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

  // -- inspection ------------------------------------------------------------------------------

  /** The issue (or pull request) as the REST API returns it, e.g. to put into a webhook payload. */
  issueJson(issue: number): Record<string, unknown> {
    return issueJson(this.store, this.store.issueOr404(issue))
  }

  commentJson(id: number): ReturnType<typeof commentJson> {
    return commentJson(this.store, this.store.commentOr404(id))
  }

  userJson(login: string): ReturnType<typeof userJson> {
    return userJson(this.store, login)
  }

  repoJson(): ReturnType<typeof repoJson> {
    return repoJson(this.store)
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

  /** The issue's recorded events, oldest first (what GET .../issues/{n}/events lists). */
  eventsOn(issue: number): IssueEventRecord[] {
    return this.store.history(this.store.issueOr404(issue).number, false).flatMap((i) => (i.kind === 'event' ? [i.event] : []))
  }

  /** The whole timeline as GET .../issues/{n}/timeline returns it, all pages joined. */
  timelineJson(issue: number): Array<ReturnType<typeof historyJson>> {
    return this.store.history(this.store.issueOr404(issue).number, true).map((i) => historyJson(this.store, i))
  }

  /** The issue's events as GET .../issues/{n}/events returns them, all pages joined. */
  eventsJson(issue: number): Array<ReturnType<typeof eventJson>> {
    return this.eventsOn(issue).map((e) => eventJson(this.store, e))
  }

  readFile(path: string, ref?: string): string | undefined {
    return this.store.resolveRef(ref)?.files.get(path.replace(/^\/+/, ''))
  }

  branchNames(): string[] {
    return [...this.store.branches.keys()]
  }

  resetLog(): void {
    this.requests.length = 0
  }

  /**
   * Wraps serving (see `Interceptor`); the latest added runs outermost. Returns a function that
   * removes it. Tests build failure injection on this (tests/e2e/fake-hooks.ts).
   */
  intercept(interceptor: Interceptor): () => void {
    this.interceptors.push(interceptor)
    return () => {
      const i = this.interceptors.indexOf(interceptor)
      if (i >= 0) this.interceptors.splice(i, 1)
    }
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
    let reply: FakeReply
    try {
      entry.body = raw === '' ? undefined : parseJson(raw)
      reply = this.answer(entry, req.headers.authorization)
    } catch (err) {
      reply =
        err instanceof HttpError
          ? { status: err.status, body: err.body, headers: err.headers }
          : { status: 500, body: { message: `fake GitHub crashed: ${String(err)}` } }
    }
    entry.status = reply.status
    this.requests.push(entry)
    if (reply.status === 404 && entry.route === undefined) this.unhandled.push(entry)
    this.send(res, reply)
  }

  private answer(entry: LoggedRequest, authorization: string | undefined): FakeReply {
    const problems = this.validate?.({ method: entry.method, path: entry.path, query: entry.query, body: entry.body }) ?? []
    if (problems.length > 0) {
      this.violations.push({ method: entry.method, path: entry.path, query: entry.query, body: entry.body, violations: problems })
      return { status: 422, body: { message: "Request does not match GitHub's OpenAPI description", errors: problems, documentation_url: DOCS, status: '422' } }
    }
    const found = findRoute(ROUTES, entry.method, entry.path)
    if (found) entry.route = `${found.route.method} ${found.route.template}`
    const run = (i: number): FakeReply => (i < 0 ? this.dispatch(entry, found, authorization) : this.interceptors[i]!(entry, () => run(i - 1)))
    return run(this.interceptors.length - 1)
  }

  private dispatch(entry: LoggedRequest, found: { route: Route; params: Record<string, string> } | undefined, authorization: string | undefined): FakeReply {
    const actor = this.store.actorFor(authorization)
    entry.actor = actor
    this.store.rateUsed++
    if (!found) {
      const missing = notFound()
      return { status: missing.status, body: missing.body }
    }
    if (actor === undefined && found.route.template !== '/rate_limit')
      return { status: 401, body: { message: 'Requires authentication', documentation_url: DOCS, status: '401' } }
    if (!this.isOurRepo(found.params)) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } }
    try {
      return found.route.handler({ s: this.store, params: found.params, query: entry.query, body: entry.body, actor: actor ?? this.botLogin, path: entry.path })
    } catch (err) {
      if (!(err instanceof HttpError)) throw err
      return { status: err.status, body: err.body, headers: err.headers }
    }
  }

  private isOurRepo(params: Record<string, string>): boolean {
    if (params.owner === undefined) return true
    return sameName(params.owner, this.owner) && sameName(params.repo ?? '', this.repo)
  }

  private send(res: ServerResponse, reply: FakeReply): void {
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
    throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' })
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
