/**
 * Acting as a person, the way GitHub lets them: a test (or the simulation) uses this to do what a
 * responder does in the web UI. Each action goes through the store, so it lands in the issue's
 * history with the person as actor and the fake's clock as time, exactly like an API request.
 *
 * GitHub's rules are enforced, so a test cannot stage something GitHub would refuse: labelling,
 * assigning, closing and renaming need triage access (the issue's author may close, reopen and
 * rename their own issue); editing or deleting someone else's comment needs write access.
 */
import type { Store } from './store.js'
import type { CommentRecord, IssueRecord, Permission } from './types.js'
import { PERMISSION_RANK, sameName } from './util.js'

export type CloseReason = 'completed' | 'not_planned' | 'duplicate'

export class Person {
  constructor(
    private readonly s: Store,
    readonly login: string
  ) {}

  /** Adds labels; one already on the issue is a no-op and records nothing. */
  addLabels(issue: number, ...names: string[]): void {
    this.s.addLabels(this.issueNeeding(issue, 'triage', 'label'), names, this.login)
  }

  /** Throws when the label is not on the issue (the API answers 404). */
  removeLabel(issue: number, name: string): void {
    const target = this.issueNeeding(issue, 'triage', 'unlabel')
    if (!target.labels.some((l) => sameName(l, name)))
      throw new Error(`FakeGitHub: ${this.login} cannot remove "${name}" from #${issue}: it is not on the issue`)
    this.s.removeLabel(target, name, this.login)
  }

  close(issue: number, reason: CloseReason = 'completed'): void {
    this.s.setState(this.issueNeeding(issue, 'triage', 'close', true), 'closed', reason, this.login)
  }

  reopen(issue: number): void {
    this.s.setState(this.issueNeeding(issue, 'triage', 'reopen', true), 'open', null, this.login)
  }

  /** Assigns people with access to the repository (others are dropped silently, like GitHub). */
  assign(issue: number, ...logins: string[]): void {
    const target = this.issueNeeding(issue, 'triage', 'assign')
    this.s.setAssignees(target, [...target.assignees, ...logins], this.login)
  }

  unassign(issue: number, ...logins: string[]): void {
    const target = this.issueNeeding(issue, 'triage', 'unassign')
    this.s.setAssignees(
      target,
      target.assignees.filter((a) => !logins.some((l) => sameName(l, a))),
      this.login
    )
  }

  rename(issue: number, title: string): void {
    this.s.retitle(this.issueNeeding(issue, 'triage', 'rename', true), title, this.login)
  }

  comment(issue: number, body: string): CommentRecord {
    const target = this.issueNeeding(issue, 'read', 'comment on', true)
    const comment = this.s.addComment(target.number, this.login, body)
    this.s.touch(target)
    return comment
  }

  /** Edits any comment this person may edit (their own, or anyone's with write access, the bot's included); moves `updated_at` only. */
  editComment(commentId: number, body: string): CommentRecord {
    return this.s.editComment(this.commentNeeding(commentId, 'edit'), body)
  }

  /** Deletes a comment; it leaves the timeline and the comment list. */
  deleteComment(commentId: number): void {
    this.s.deleteComment(this.commentNeeding(commentId, 'delete'))
  }

  // -- GitHub's access rules -------------------------------------------------------------------

  private permission(): Permission {
    if (sameName(this.login, this.s.o.owner)) return 'admin'
    return this.s.permissionOf(this.login) ?? 'none'
  }

  private require(needed: Permission, what: string): void {
    const has = this.permission()
    if (PERMISSION_RANK[has] < PERMISSION_RANK[needed])
      throw new Error(`FakeGitHub: ${this.login} cannot ${what}: GitHub requires ${needed} access and they have ${has} (setPermission first)`)
  }

  private issueNeeding(number: number, needed: Permission, verb: string, authorMay = false): IssueRecord {
    const issue = this.s.issues.get(number)
    if (!issue) throw new Error(`FakeGitHub: there is no issue #${number}`)
    if (!(authorMay && sameName(issue.user, this.login))) this.require(needed, `${verb} #${number}`)
    return issue
  }

  private commentNeeding(id: number, verb: string): CommentRecord {
    const comment = this.s.comments.get(id)
    if (!comment) throw new Error(`FakeGitHub: there is no comment ${id}`)
    if (!sameName(comment.user, this.login)) this.require('write', `${verb} ${comment.user}'s comment ${id}`)
    return comment
  }
}
