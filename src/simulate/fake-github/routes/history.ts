/** An issue's history: its events, and the timeline (events and comments in GitHub's order). */
import { eventJson, historyJson } from '../json.js'
import { paged, type Ctx } from '../routing.js'
import type { FakeReply } from '../types.js'

export function listTimeline(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  return paged(c, c.s.history(issue.number, true), (item) => historyJson(c.s, item))
}

export function listEvents(c: Ctx): FakeReply {
  const issue = c.s.issueOr404(c.params.issue_number!)
  return paged(c, c.s.history(issue.number, false), (item) => (item.kind === 'event' ? eventJson(c.s, item.event) : undefined))
}
