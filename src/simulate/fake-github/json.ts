/** GitHub-shaped JSON for the store's records: ids, node_ids, urls, users, labels, reaction summaries. */
import { createHash } from 'node:crypto'
import type { Commit, HistoryItem, Store } from './store.js'
import type { CommentRecord, FakeReply, IssueEventRecord, IssueRecord, LabelRecord, ReactionContent, ReactionRecord } from './types.js'
import { ACTIONS_APP, nodeId, REACTION_CONTENTS, validationFailed, wrappedBase64, gitBlobSha } from './util.js'

export function userJson(s: Store, login: string) {
  const id = s.userId(login)
  const bot = login.endsWith('[bot]')
  const base = `${s.apiUrl}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId(bot ? 'Bot' : 'User', id),
    avatar_url: `https://avatars.githubusercontent.com/${bot ? 'in/15368' : `u/${id}`}?v=4`,
    gravatar_id: '',
    url: base,
    html_url: bot ? `${s.o.serverUrl}/apps/${login.replace(/\[bot\]$/, '')}` : `${s.o.serverUrl}/${login}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: bot ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

/** The Actions app, on what the Actions token writes: the action can tell its own writes apart by it. */
function appFor(s: Store, login: string) {
  if (login !== s.o.botLogin) return null
  return {
    id: ACTIONS_APP.id,
    slug: ACTIONS_APP.slug,
    node_id: nodeId('Integration', ACTIONS_APP.id),
    name: ACTIONS_APP.name,
    owner: userJson(s, 'github'),
    html_url: `${s.o.serverUrl}/apps/${ACTIONS_APP.slug}`,
    description: null,
    external_url: 'https://help.github.com/en/actions',
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2019-12-10T19:04:12Z',
    permissions: {},
    events: []
  }
}

export function labelJson(s: Store, l: LabelRecord) {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${s.repoApi}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: l.default,
    description: l.description
  }
}

export function issueLabelsJson(s: Store, issue: IssueRecord) {
  return issue.labels.map((n) => labelJson(s, s.ensureLabel(n)))
}

export function reactionsJson(list: ReactionRecord[], url: string) {
  const summary: Record<string, unknown> = { url, total_count: list.length }
  for (const c of REACTION_CONTENTS) summary[c] = list.filter((r) => r.content === c).length
  return summary
}

export function issueJson(s: Store, issue: IssueRecord) {
  const url = `${s.repoApi}/issues/${issue.number}`
  const assignees = issue.assignees.map((a) => userJson(s, a))
  const json: Record<string, unknown> = {
    url,
    repository_url: s.repoApi,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${s.repoHtml}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    id: issue.id,
    node_id: nodeId(issue.pull ? 'PullRequest' : 'Issue', issue.id),
    number: issue.number,
    title: issue.title,
    user: userJson(s, issue.user),
    labels: issueLabelsJson(s, issue),
    state: issue.state,
    locked: issue.locked,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: s.commentsOn(issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: s.authorAssociation(issue.user),
    active_lock_reason: null,
    body: issue.body,
    closed_by: issue.closedBy === null ? null : userJson(s, issue.closedBy),
    reactions: reactionsJson(issue.reactions, `${url}/reactions`),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason
  }
  if (issue.pull) {
    json.draft = issue.pull.draft
    json.pull_request = {
      url: `${s.repoApi}/pulls/${issue.number}`,
      html_url: `${s.repoHtml}/pull/${issue.number}`,
      diff_url: `${s.repoHtml}/pull/${issue.number}.diff`,
      patch_url: `${s.repoHtml}/pull/${issue.number}.patch`,
      merged_at: null
    }
  }
  return json
}

export function commentJson(s: Store, c: CommentRecord) {
  const url = `${s.repoApi}/issues/comments/${c.id}`
  return {
    url,
    html_url: `${s.repoHtml}/issues/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${s.repoApi}/issues/${c.issue}`,
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    user: userJson(s, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: s.authorAssociation(c.user),
    body: c.body,
    reactions: reactionsJson(c.reactions, `${url}/reactions`),
    performed_via_github_app: appFor(s, c.user)
  }
}

/** GitHub's node types for issue events (node_id prefixes). */
const EVENT_NODE_TYPES: Record<IssueEventRecord['event'], string> = {
  labeled: 'LabeledEvent',
  unlabeled: 'UnlabeledEvent',
  closed: 'ClosedEvent',
  reopened: 'ReopenedEvent',
  assigned: 'AssignedEvent',
  unassigned: 'UnassignedEvent',
  renamed: 'RenamedTitleEvent'
}

/** An issue event as GET .../issues/{n}/events and the timeline list it. */
export function eventJson(s: Store, e: IssueEventRecord) {
  const json: Record<string, unknown> = {
    id: e.id,
    node_id: nodeId(EVENT_NODE_TYPES[e.event], e.id),
    url: `${s.repoApi}/issues/events/${e.id}`,
    actor: userJson(s, e.actor),
    event: e.event,
    commit_id: null,
    commit_url: null,
    created_at: e.createdAt,
    performed_via_github_app: appFor(s, e.actor)
  }
  if (e.label) json.label = { name: e.label.name, color: e.label.color }
  if (e.assignee !== undefined) {
    json.assignee = userJson(s, e.assignee)
    json.assigner = userJson(s, e.actor)
  }
  if (e.rename) json.rename = { from: e.rename.from, to: e.rename.to }
  if (e.event === 'closed' || e.event === 'reopened') json.state_reason = e.stateReason ?? null
  return json
}

/** A comment as the timeline lists it: the comment, plus `event: "commented"` and its author as `actor`. */
export function timelineCommentJson(s: Store, c: CommentRecord) {
  return { ...commentJson(s, c), event: 'commented', actor: userJson(s, c.user) }
}

export function historyJson(s: Store, item: HistoryItem) {
  return item.kind === 'event' ? eventJson(s, item.event) : timelineCommentJson(s, item.comment)
}

export function reactionJson(s: Store, r: ReactionRecord) {
  return { id: r.id, node_id: nodeId('Reaction', r.id), user: userJson(s, r.user), content: r.content, created_at: r.createdAt }
}

/** 201 for a new reaction, 200 with the existing one when this user already reacted so. */
export function react(s: Store, list: ReactionRecord[], user: string, content: unknown): FakeReply {
  if (typeof content !== 'string' || !(REACTION_CONTENTS as readonly string[]).includes(content)) throw validationFailed('Reaction', 'content', 'invalid')
  const existing = list.find((r) => r.user === user && r.content === content)
  if (existing) return { status: 200, body: reactionJson(s, existing) }
  const reaction: ReactionRecord = { id: s.nextId('reaction'), content: content as ReactionContent, user, createdAt: s.now() }
  list.push(reaction)
  return { status: 201, body: reactionJson(s, reaction) }
}

export function repoJson(s: Store) {
  const owner = { ...userJson(s, s.o.owner), ...(s.organization ? { type: 'Organization' } : {}) }
  const id = 700_000_000 + (s.userId(s.o.owner) % 1000)
  return {
    id,
    node_id: nodeId('Repository', id),
    name: s.o.repo,
    full_name: `${s.o.owner}/${s.o.repo}`,
    private: s.isPrivate,
    visibility: s.isPrivate ? 'private' : 'public',
    owner,
    html_url: s.repoHtml,
    description: null,
    fork: false,
    url: s.repoApi,
    issues_url: `${s.repoApi}/issues{/number}`,
    labels_url: `${s.repoApi}/labels{/name}`,
    pulls_url: `${s.repoApi}/pulls{/number}`,
    contents_url: `${s.repoApi}/contents/{+path}`,
    created_at: '2024-01-02T03:04:05Z',
    updated_at: s.now(),
    pushed_at: s.now(),
    has_issues: true,
    archived: false,
    disabled: false,
    open_issues_count: [...s.issues.values()].filter((i) => i.state === 'open').length,
    default_branch: s.o.defaultBranch,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
  }
}

export function fileJson(s: Store, path: string, text: string, ref: string) {
  const sha = gitBlobSha(text)
  const self = `${s.repoApi}/contents/${path}?ref=${encodeURIComponent(ref)}`
  const html = `${s.repoHtml}/blob/${ref}/${path}`
  const git = `${s.repoApi}/git/blobs/${sha}`
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text, 'utf8'),
    name: path.split('/').pop() ?? path,
    path,
    content: wrappedBase64(text),
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${s.o.owner}/${s.o.repo}/${ref}/${path}`,
    _links: { self, git, html }
  }
}

export function commitJson(s: Store, c: Commit) {
  const person = { name: c.author, email: `${s.userId(c.author)}+${c.author}@users.noreply.github.com`, date: c.date }
  return {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    url: `${s.repoApi}/git/commits/${c.sha}`,
    html_url: `${s.repoHtml}/commit/${c.sha}`,
    author: person,
    committer: person,
    message: c.message,
    tree: { sha: createHash('sha1').update(`tree ${c.sha}`).digest('hex'), url: `${s.repoApi}/git/trees/${c.sha}` },
    parents: c.parent ? [{ sha: c.parent, url: `${s.repoApi}/git/commits/${c.parent}`, html_url: `${s.repoHtml}/commit/${c.parent}` }] : [],
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
  }
}

export function refJson(s: Store, branch: string) {
  const sha = s.branches.get(branch)!
  return {
    ref: `refs/heads/${branch}`,
    node_id: nodeId('Ref', branch),
    url: `${s.repoApi}/git/refs/heads/${branch}`,
    object: { sha, type: 'commit', url: `${s.repoApi}/git/commits/${sha}` }
  }
}

export function pullJson(s: Store, issue: IssueRecord) {
  const pull = issue.pull!
  const side = (branch: string) => ({
    label: `${s.o.owner}:${branch}`,
    ref: branch,
    sha: s.branches.get(branch) ?? '',
    user: userJson(s, s.o.owner),
    repo: repoJson(s)
  })
  const url = `${s.repoApi}/pulls/${issue.number}`
  return {
    url,
    id: issue.id,
    node_id: nodeId('PullRequest', issue.id),
    html_url: `${s.repoHtml}/pull/${issue.number}`,
    diff_url: `${s.repoHtml}/pull/${issue.number}.diff`,
    patch_url: `${s.repoHtml}/pull/${issue.number}.patch`,
    issue_url: `${s.repoApi}/issues/${issue.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    comments_url: `${s.repoApi}/issues/${issue.number}/comments`,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: userJson(s, issue.user),
    body: issue.body,
    labels: issueLabelsJson(s, issue),
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    milestone: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: null,
    author_association: s.authorAssociation(issue.user),
    head: side(pull.head),
    base: side(pull.base)
  }
}

/** GET /orgs/{org}: the organization, with the settings only an owner's token sees. */
export function orgJson(s: Store, basePermission: string) {
  const id = s.userId(s.o.owner)
  const base = `${s.apiUrl}/orgs/${s.o.owner}`
  return {
    login: s.o.owner,
    id,
    node_id: nodeId('Organization', id),
    url: base,
    repos_url: `${base}/repos`,
    events_url: `${base}/events`,
    hooks_url: `${base}/hooks`,
    issues_url: `${base}/issues`,
    members_url: `${base}/members{/member}`,
    public_members_url: `${base}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    description: null,
    html_url: `${s.o.serverUrl}/${s.o.owner}`,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    type: 'Organization',
    created_at: '2024-01-02T03:04:05Z',
    updated_at: s.now(),
    archived_at: null,
    default_repository_permission: basePermission,
    members_can_create_repositories: true
  }
}

/** One team as GET /repos/{owner}/{repo}/teams lists it. */
export function teamJson(s: Store, slug: string, permission: string) {
  const id = s.userId(`team:${slug}`)
  const url = `${s.apiUrl}/organizations/1/team/${id}`
  return {
    id,
    node_id: nodeId('Team', id),
    url,
    html_url: `${s.o.serverUrl}/orgs/${s.o.owner}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission,
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    parent: null
  }
}
