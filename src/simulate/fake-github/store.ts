/**
 * The fake's state and every change to it. Changes go through these methods whoever causes
 * them — a request authenticated as someone, or a test acting as a person — so each one lands
 * in the issue's history exactly once, stamped by the one clock (`now`).
 */
import { createHash } from 'node:crypto'
import type {
  CommentRecord,
  CreateIssueInput,
  FakeGitHubOptions,
  IssueEventKind,
  IssueEventRecord,
  IssueRecord,
  LabelRecord,
  Permission,
  PullRecord
} from './types.js'
import { ACTIONS_BOT_ID, ID_BASE, isoSeconds, notFound, sameName, uniqueNames } from './util.js'

export interface Commit {
  sha: string
  parent: string | undefined
  message: string
  author: string
  date: string
  files: Map<string, string>
}

export type StoreOptions = Required<Omit<FakeGitHubOptions, 'validate' | 'private' | 'teamsReadable'>> & { private: boolean; teamsReadable: boolean }

/** A timeline entry before it is shaped: an event, or a comment (which GitHub lists as "commented"). */
export type HistoryItem = { kind: 'event'; event: IssueEventRecord } | { kind: 'comment'; comment: CommentRecord }

export class Store {
  readonly issues = new Map<number, IssueRecord>()
  readonly comments = new Map<number, CommentRecord>()
  /** Every issue event, in the order it happened. */
  readonly events: IssueEventRecord[] = []
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
  /** Set when the owner is an organization: its base permission, and whether the token may read its settings. */
  organization: { basePermission: 'none' | 'read' | 'write' | 'admin'; readable: boolean } | undefined
  /** Teams given access to the repository: slug -> permission. */
  readonly repoTeams = new Map<string, string>()
  apiUrl = ''
  rateUsed = 0
  readonly rateReset: number
  private readonly userIds = new Map<string, number>()
  /** Login as first written, so lists can show it as GitHub would. */
  readonly logins = new Map<string, string>()
  private nextIssue = 1
  private counters = { comment: 0, label: 0, reaction: 0, commit: 0, event: 0 }
  /** Order of recording across events and comments: GitHub orders same-second items as they happened. */
  private readonly sequence = new WeakMap<object, number>()
  private recorded = 0

  constructor(readonly o: StoreOptions) {
    this.teamsReadable = o.teamsReadable
    this.isPrivate = o.private
    this.rateReset = Math.floor(o.now().getTime() / 1000) + 3600
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

  nextId(kind: 'reaction'): number {
    return ID_BASE[kind] + ++this.counters[kind]
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

  actorFor(authorization: string | undefined): string | undefined {
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization?.trim() ?? '')
    if (!m) return undefined
    return this.tokens.get(m[1]!) ?? this.o.botLogin
  }

  setPermission(login: string, permission: Permission): void {
    if (!this.logins.has(login.toLowerCase())) this.logins.set(login.toLowerCase(), login)
    this.permissions.set(login.toLowerCase(), permission)
  }

  permissionOf(login: string): Permission | undefined {
    return this.permissions.get(login.toLowerCase())
  }

  /** GitHub silently drops assignees who cannot be assigned: only people with access to the repo can be. */
  assignable(login: string): boolean {
    const p = this.permissionOf(login)
    return p !== undefined && p !== 'none'
  }

  authorAssociation(login: string): 'OWNER' | 'COLLABORATOR' | 'MEMBER' | 'NONE' {
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

  // -- issues and comments ---------------------------------------------------------------------

  issueOr404(raw: string | number): IssueRecord {
    const n = Number(raw)
    const issue = Number.isInteger(n) ? this.issues.get(n) : undefined
    if (!issue) throw notFound()
    return issue
  }

  commentOr404(raw: string | number): CommentRecord {
    const c = this.comments.get(Number(raw))
    if (!c) throw notFound()
    return c
  }

  /** Files an issue; its labels, assignees and closed state are recorded as the author's, at creation time, like GitHub. */
  addIssue(input: CreateIssueInput, pull?: PullRecord): IssueRecord {
    const number = this.nextIssue++
    const at = input.createdAt === undefined ? this.now() : isoSeconds(new Date(input.createdAt))
    const issue: IssueRecord = {
      number,
      id: (pull ? ID_BASE.pull : ID_BASE.issue) + number,
      title: input.title,
      body: input.body ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      user: input.user,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      closedBy: null,
      locked: false,
      reactions: []
    }
    if (pull) issue.pull = pull
    this.issues.set(number, issue)
    this.addLabels(issue, input.labels ?? [], input.user, at)
    this.setAssignees(issue, input.assignees ?? [], input.user, at)
    if (input.state === 'closed') this.setState(issue, 'closed', 'completed', input.user, at)
    return issue
  }

  addComment(issue: number, user: string, body: string, createdAt?: Date | string): CommentRecord {
    this.issueOr404(issue)
    const at = createdAt === undefined ? this.now() : isoSeconds(new Date(createdAt))
    const comment: CommentRecord = { id: ID_BASE.comment + ++this.counters.comment, issue, body, user, createdAt: at, updatedAt: at, reactions: [] }
    this.comments.set(comment.id, comment)
    this.sequence.set(comment, ++this.recorded)
    return comment
  }

  /** A new body; `updated_at` moves, `created_at` never does. */
  editComment(comment: CommentRecord, body: string): CommentRecord {
    comment.body = body
    comment.updatedAt = this.now()
    return comment
  }

  deleteComment(comment: CommentRecord): void {
    this.comments.delete(comment.id)
  }

  commentsOn(issue: number): CommentRecord[] {
    return [...this.comments.values()].filter((c) => c.issue === issue).sort((a, b) => a.id - b.id)
  }

  touch(issue: IssueRecord, at = this.now()): void {
    issue.updatedAt = at
  }

  // -- history: each change records its event --------------------------------------------------

  private record(issue: IssueRecord, event: IssueEventKind, actor: string, at: string, extra: Partial<IssueEventRecord> = {}): void {
    const record: IssueEventRecord = { id: ID_BASE.event + ++this.counters.event, issue: issue.number, event, actor, createdAt: at, ...extra }
    this.events.push(record)
    this.sequence.set(record, ++this.recorded)
    this.touch(issue, at)
  }

  /** Adds labels not already on the issue; one already on is a no-op and records nothing. */
  addLabels(issue: IssueRecord, names: string[], actor: string, at = this.now()): void {
    for (const name of names) {
      const label = this.ensureLabel(name)
      if (issue.labels.some((l) => sameName(l, label.name))) continue
      issue.labels.push(label.name)
      this.record(issue, 'labeled', actor, at, { label: { name: label.name, color: label.color } })
    }
  }

  /** 404 "Label does not exist" when it is not on the issue, as GitHub answers. */
  removeLabel(issue: IssueRecord, name: string, actor: string): void {
    const present = issue.labels.find((l) => sameName(l, name))
    if (present === undefined) throw notFound('Label does not exist')
    issue.labels = issue.labels.filter((l) => l !== present)
    const label = this.ensureLabel(present)
    this.record(issue, 'unlabeled', actor, this.now(), { label: { name: label.name, color: label.color } })
  }

  /** Replaces the whole set: removed labels are unlabeled, new ones labeled; ones kept record nothing. */
  setLabels(issue: IssueRecord, names: string[], actor: string): void {
    const wanted = uniqueNames(names).map((n) => this.ensureLabel(n).name)
    for (const gone of issue.labels.filter((l) => !wanted.some((w) => sameName(w, l)))) this.removeLabel(issue, gone, actor)
    this.addLabels(issue, wanted, actor)
    issue.labels = wanted
  }

  /** Closing or reopening; asking for the state it already has records nothing. */
  setState(issue: IssueRecord, state: 'open' | 'closed', reason: string | null, actor: string, at = this.now()): void {
    if (state === issue.state) return
    issue.state = state
    issue.closedAt = state === 'closed' ? at : null
    issue.closedBy = state === 'closed' ? actor : null
    issue.stateReason = state === 'closed' ? (reason ?? 'completed') : 'reopened'
    this.record(issue, state === 'closed' ? 'closed' : 'reopened', actor, at, { stateReason: state === 'closed' ? issue.stateReason : null })
  }

  /** Sets the assignees (people without access are dropped silently, like GitHub); each change is an event. */
  setAssignees(issue: IssueRecord, logins: string[], actor: string, at = this.now()): void {
    const wanted = uniqueNames(logins).filter((a) => this.assignable(a))
    for (const gone of issue.assignees.filter((a) => !wanted.some((w) => sameName(w, a)))) this.record(issue, 'unassigned', actor, at, { assignee: gone })
    for (const added of wanted.filter((w) => !issue.assignees.some((a) => sameName(a, w)))) this.record(issue, 'assigned', actor, at, { assignee: added })
    issue.assignees = wanted
  }

  retitle(issue: IssueRecord, title: string, actor: string): void {
    if (title === issue.title) return
    const from = issue.title
    issue.title = title
    this.record(issue, 'renamed', actor, this.now(), { rename: { from, to: title } })
  }

  /** An issue's events and comments in GitHub's order: by time, then in the order they happened. */
  history(issue: number, withComments: boolean): HistoryItem[] {
    const items: HistoryItem[] = this.events.filter((e) => e.issue === issue).map((event) => ({ kind: 'event', event }))
    if (withComments) for (const comment of this.commentsOn(issue)) items.push({ kind: 'comment', comment })
    const time = (i: HistoryItem) => Date.parse(i.kind === 'event' ? i.event.createdAt : i.comment.createdAt)
    const seq = (i: HistoryItem) => this.sequence.get(i.kind === 'event' ? i.event : i.comment) ?? 0
    return items.sort((a, b) => time(a) - time(b) || seq(a) - seq(b))
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
}
