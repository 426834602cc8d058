/** Labels on an issue (each change recorded as labeled/unlabeled) and the repository's label set. */
import { issueLabelsJson, labelJson } from '../json.js'
import { bodyObject, paged, type Ctx } from '../routing.js'
import type { FakeReply } from '../types.js'
import { labelNamesFrom, notFound, sameName, validationFailed } from '../util.js'

export function listIssueLabels(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  return paged(c, issue.labels, (n) => labelJson(c.s, c.s.ensureLabel(n)))
}

export function addLabels(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  c.s.addLabels(issue, labelNamesFrom(c.body), c.actor)
  c.s.touch(issue)
  return { status: 200, body: issueLabelsJson(c.s, issue) }
}

export function setLabels(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  c.s.setLabels(issue, c.body === undefined ? [] : labelNamesFrom(c.body), c.actor)
  c.s.touch(issue)
  return { status: 200, body: issueLabelsJson(c.s, issue) }
}

export function removeLabel(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  c.s.removeLabel(issue, c.params.name!, c.actor)
  return { status: 200, body: issueLabelsJson(c.s, issue) }
}

export function listRepoLabels(c: Ctx): FakeReply {
  return paged(c, [...c.s.labels.values()], (l) => labelJson(c.s, l))
}

export function createRepoLabel(c: Ctx): FakeReply {
  const b = bodyObject(c)
  if (typeof b.name !== 'string') throw validationFailed('Label', 'name', 'missing_field')
  if (c.s.labels.has(b.name.toLowerCase())) throw validationFailed('Label', 'name', 'already_exists')
  const color = typeof b.color === 'string' ? b.color.replace(/^#/, '') : 'ededed'
  const label = c.s.ensureLabel(b.name, color, typeof b.description === 'string' ? b.description : null)
  return { status: 201, body: labelJson(c.s, label) }
}

export function getRepoLabel(c: Ctx): FakeReply {
  const label = c.s.labels.get(c.params.name!.toLowerCase())
  if (!label) throw notFound()
  return { status: 200, body: labelJson(c.s, label) }
}

/** Renaming a label renames it on every issue; events already recorded keep the name it had then. */
export function updateRepoLabel(c: Ctx): FakeReply {
  const label = c.s.labels.get(c.params.name!.toLowerCase())
  if (!label) throw notFound()
  const b = bodyObject(c)
  if (typeof b.color === 'string') label.color = b.color.replace(/^#/, '')
  if (typeof b.description === 'string' || b.description === null) label.description = b.description
  if (typeof b.new_name === 'string') {
    const renamed = b.new_name
    for (const issue of c.s.issues.values()) issue.labels = issue.labels.map((l) => (sameName(l, label.name) ? renamed : l))
    c.s.labels.delete(label.name.toLowerCase())
    label.name = renamed
    c.s.labels.set(label.name.toLowerCase(), label)
  }
  return { status: 200, body: labelJson(c.s, label) }
}
