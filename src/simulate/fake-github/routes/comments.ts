/** Comments and reactions. Edits move `updated_at` only; a deleted comment leaves the timeline. */
import { commentJson, react, reactionJson } from '../json.js'
import { bodyObject, paged, type Ctx } from '../routing.js'
import type { FakeReply } from '../types.js'
import { atOrAfter, unprocessable, validationFailed } from '../util.js'

/** `since`: only comments updated at or after it, as GitHub filters. */
export function listComments(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  const since = c.query.since
  const items = c.s.commentsOn(issue.number).filter((x) => since === undefined || atOrAfter(x.updatedAt, since))
  return paged(c, items, (x) => commentJson(c.s, x))
}

function requireBodyText(c: Ctx): string {
  const b = bodyObject(c)
  if (typeof b.body !== 'string') throw validationFailed('IssueComment', 'body', 'missing_field')
  if (b.body.length > 65536) throw unprocessable('Validation Failed: body is too long (maximum is 65536 characters)')
  return b.body
}

export function createComment(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  const comment = c.s.addComment(issue.number, c.actor, requireBodyText(c))
  c.s.touch(issue)
  return { status: 201, body: commentJson(c.s, comment), headers: { location: `${c.s.repoApi}/issues/comments/${comment.id}` } }
}

export function getComment(c: Ctx): FakeReply {
  return { status: 200, body: commentJson(c.s, c.s.commentOr404(c.params.comment_id!)) }
}

export function updateComment(c: Ctx): FakeReply {
  const comment = c.s.commentOr404(c.params.comment_id!)
  return { status: 200, body: commentJson(c.s, c.s.editComment(comment, requireBodyText(c))) }
}

export function deleteComment(c: Ctx): FakeReply {
  c.s.deleteComment(c.s.commentOr404(c.params.comment_id!))
  return { status: 204 }
}

export function listCommentReactions(c: Ctx): FakeReply {
  const comment = c.s.commentOr404(c.params.comment_id!)
  const items = comment.reactions.filter((r) => c.query.content === undefined || r.content === c.query.content)
  return paged(c, items, (r) => reactionJson(c.s, r))
}

export function reactToComment(c: Ctx): FakeReply {
  return react(c.s, c.s.commentOr404(c.params.comment_id!).reactions, c.actor, bodyObject(c).content)
}

export function reactToIssue(c: Ctx): FakeReply {
  return react(c.s, c.s.issueOr404(c.params.issue_number!).reactions, c.actor, bodyObject(c).content)
}
