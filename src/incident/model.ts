/** The inputs of the decide layer: plain data read from the event and from GitHub, no clients. */
import type { ConfigProblem, ResolvedConfig } from '../config/load.js'
import type { TemplateSources } from '../comms/render.js'
import type { RunbookFreshness } from './dashboard.js'
import type { IncidentState } from './state.js'

export interface RepoInfo {
  owner: string
  name: string
  id: number
  private: boolean
  /** GitHub's visibility: internal repositories are private but readable by the whole enterprise. */
  visibility?: 'public' | 'private' | 'internal'
  /** Who owns it, from the payload: an organization's repository may be readable by its members. */
  ownerType?: 'Organization' | 'User'
  defaultBranch?: string
  /** https://github.com/owner/name */
  url: string
}

export interface IssueSnapshot {
  number: number
  title: string
  body: string
  labels: string[]
  author: string
  createdAt: string
  url: string
  state: 'open' | 'closed'
  assignees: string[]
  /** When GitHub last changed the issue (a comment, a label, an edit): a scheduled run checks it did not move before writing. */
  updatedAt?: string
}

export interface CommentSnapshot {
  id: number
  body: string
  author: string
}

/** What incident-kit has already written on the issue, from comments by its own identity only. */
export interface Existing {
  dashboard?: CommentSnapshot
  checklist?: CommentSnapshot
  others: Partial<Record<string, CommentSnapshot>>
  /** The bot's comments by the key they carry (archives, answers). */
  keyed?: Partial<Record<string, CommentSnapshot>>
  /** The state read from the trusted dashboard; undefined when there is none (or it was unreadable). */
  state?: IncidentState
}

export interface RunContext {
  repo: RepoInfo
  config: ResolvedConfig
  templates: TemplateSources
  /** ISO time of this run. */
  now: string
  allowPublicRepo: boolean
  allowInternalRepo?: boolean
  runbook?: RunbookFreshness
  /** Which notifiers are configured (from inputs); the decide layer plans pages accordingly. */
  notify?: { pagerduty: boolean; slack: boolean }
  /** What was wrong in the config file (its defaults are in `config`): said on the incident when it opens. */
  configProblems?: ConfigProblem[]
}
