/** Issues: list, file, read, update, assign. Every change goes through the store so it is recorded. */
import { issueJson } from '../json.js'
import { bodyObject, paged, type Ctx } from '../routing.js'
import type { FakeReply, IssueRecord } from '../types.js'
import { atOrAfter, labelNamesFrom, sameName, uniqueNames, validationFailed } from '../util.js'

export function listIssues(c: Ctx): FakeReply {
  const q = c.query
  const state = q.state ?? 'open'
  const wanted = (q.labels ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean)
  const sort = q.sort ?? 'created'
  const dir = q.direction === 'asc' ? 1 : -1
  const key = (i: IssueRecord): string | number => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? c.s.commentsOn(i.number).length : i.createdAt)
  const items = [...c.s.issues.values()]
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((w) => i.labels.some((l) => sameName(l, w))))
    .filter((i) => q.creator === undefined || sameName(i.user, q.creator))
    .filter((i) => q.since === undefined || atOrAfter(i.updatedAt, q.since))
    .filter(
      (i) =>
        q.assignee === undefined ||
        (q.assignee === 'none' ? i.assignees.length === 0 : q.assignee === '*' ? i.assignees.length > 0 : i.assignees.some((a) => sameName(a, q.assignee!)))
    )
    .sort((a, b) => {
      const ka = key(a)
      const kb = key(b)
      return (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number) * dir
    })
  return paged(c, items, (i) => issueJson(c.s, i))
}

export function createIssue(c: Ctx): FakeReply {
  const b = bodyObject(c)
  if (typeof b.title !== 'string' && typeof b.title !== 'number') throw validationFailed('Issue', 'title', 'missing_field')
  const issue = c.s.addIssue({
    title: String(b.title),
    body: typeof b.body === 'string' ? b.body : null,
    user: c.actor,
    labels: b.labels === undefined ? [] : uniqueNames(labelNamesFrom(b.labels)),
    assignees: Array.isArray(b.assignees) ? b.assignees.filter((a): a is string => typeof a === 'string') : []
  })
  return { status: 201, body: issueJson(c.s, issue), headers: { location: `${c.s.repoApi}/issues/${issue.number}` } }
}

export function getIssue(c: Ctx): FakeReply {
  return { status: 200, body: issueJson(c.s, c.s.issueOr404(c.params.issue_number!)) }
}

export function updateIssue(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  const b = bodyObject(c)
  if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed') throw validationFailed('Issue', 'state', 'invalid')
  if (typeof b.title === 'string' || typeof b.title === 'number') c.s.retitle(issue, String(b.title), c.actor)
  if (b.body !== undefined) issue.body = typeof b.body === 'string' ? b.body : null
  if (b.labels !== undefined) c.s.setLabels(issue, labelNamesFrom(b.labels), c.actor)
  if (b.assignee !== undefined) c.s.setAssignees(issue, typeof b.assignee === 'string' ? [b.assignee] : [], c.actor)
  if (Array.isArray(b.assignees))
    c.s.setAssignees(
      issue,
      b.assignees.filter((a): a is string => typeof a === 'string'),
      c.actor
    )
  if (b.state === 'open' || b.state === 'closed') c.s.setState(issue, b.state, typeof b.state_reason === 'string' ? b.state_reason : null, c.actor)
  c.s.touch(issue)
  return { status: 200, body: issueJson(c.s, issue) }
}

function loginsFrom(body: Record<string, unknown>): string[] {
  return Array.isArray(body.assignees) ? body.assignees.filter((a): a is string => typeof a === 'string') : []
}

export function addAssignees(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  c.s.setAssignees(issue, [...issue.assignees, ...loginsFrom(bodyObject(c))], c.actor)
  c.s.touch(issue)
  return { status: 201, body: issueJson(c.s, issue) }
}

export function removeAssignees(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  const gone = loginsFrom(bodyObject(c))
  c.s.setAssignees(
    issue,
    issue.assignees.filter((a) => !gone.some((g) => sameName(g, a))),
    c.actor
  )
  c.s.touch(issue)
  return { status: 200, body: issueJson(c.s, issue) }
}
