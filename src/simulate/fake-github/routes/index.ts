/** The route table: every endpoint the fake serves, by area. */
import { route, type Route } from '../routing.js'
import { addLabels, createRepoLabel, getRepoLabel, listIssueLabels, listRepoLabels, removeLabel, setLabels, updateRepoLabel } from './labels.js'
import { createComment, deleteComment, getComment, listCommentReactions, listComments, reactToComment, reactToIssue, updateComment } from './comments.js'
import { listEvents, listTimeline } from './history.js'
import { addAssignees, createIssue, getIssue, listIssues, removeAssignees, updateIssue } from './issues.js'
import { getOrg, getPermission, getTeamMembership, listCollaborators, listRepoTeams, listTeamMembers } from './people.js'
import { createPull, createRef, getContent, getPull, getRateLimit, getRef, getRepo, listPullFiles, listPulls, putContent } from './repo.js'

const R = '/repos/{owner}/{repo}'

export const ROUTES: Route[] = [
  route('GET', '/rate_limit', getRateLimit),
  route('GET', R, getRepo),
  route('GET', `${R}/issues`, listIssues),
  route('POST', `${R}/issues`, createIssue),
  route('GET', `${R}/issues/{issue_number}`, getIssue),
  route('PATCH', `${R}/issues/{issue_number}`, updateIssue),
  route('POST', `${R}/issues/{issue_number}/assignees`, addAssignees),
  route('DELETE', `${R}/issues/{issue_number}/assignees`, removeAssignees),
  route('GET', `${R}/issues/{issue_number}/labels`, listIssueLabels),
  route('POST', `${R}/issues/{issue_number}/labels`, addLabels),
  route('PUT', `${R}/issues/{issue_number}/labels`, setLabels),
  route('DELETE', `${R}/issues/{issue_number}/labels/{name}`, removeLabel),
  route('GET', `${R}/issues/{issue_number}/timeline`, listTimeline),
  route('GET', `${R}/issues/{issue_number}/events`, listEvents),
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
  route('GET', `${R}/collaborators`, listCollaborators),
  route('GET', `${R}/collaborators/{username}/permission`, getPermission),
  route('GET', `${R}/teams`, listRepoTeams),
  route('GET', '/orgs/{org}', getOrg),
  route('GET', '/orgs/{org}/teams/{team_slug}/members', listTeamMembers),
  route('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', getTeamMembership),
  route('GET', `${R}/contents/{path+}`, getContent),
  route('PUT', `${R}/contents/{path+}`, putContent),
  route('GET', `${R}/git/ref/{ref+}`, getRef),
  route('POST', `${R}/git/refs`, createRef),
  route('GET', `${R}/pulls`, listPulls),
  route('POST', `${R}/pulls`, createPull),
  route('GET', `${R}/pulls/{pull_number}`, getPull),
  route('GET', `${R}/pulls/{pull_number}/files`, listPullFiles)
]
