/** Turns webhook payload objects into the plain snapshots the decide layer takes. */
import type { IssueSnapshot, RepoInfo } from '../incident/model.js'

interface PayloadLabel {
  name?: string
}
interface PayloadIssue {
  number: number
  title?: string
  body?: string | null
  labels?: (PayloadLabel | string)[]
  user?: { login?: string } | null
  created_at?: string
  html_url?: string
  state?: string
  assignees?: { login?: string }[] | null
  updated_at?: string
}
interface PayloadRepo {
  id?: number
  name?: string
  private?: boolean
  visibility?: string
  html_url?: string
  default_branch?: string
  owner?: { login?: string; type?: string }
}

export function issueFromPayload(issue: PayloadIssue): IssueSnapshot {
  return {
    number: issue.number,
    title: issue.title ?? '',
    body: issue.body ?? '',
    labels: (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    author: issue.user?.login ?? 'ghost',
    createdAt: issue.created_at ?? new Date(0).toISOString(),
    url: issue.html_url ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    assignees: (issue.assignees ?? []).map((a) => a.login ?? '').filter(Boolean),
    ...(issue.updated_at ? { updatedAt: issue.updated_at } : {})
  }
}

export function repoFromPayload(repo: PayloadRepo | undefined, fallback: { owner: string; repo: string }, serverUrl: string): RepoInfo {
  const owner = repo?.owner?.login ?? fallback.owner
  const name = repo?.name ?? fallback.repo
  return {
    owner,
    name,
    id: repo?.id ?? 0,
    // Absent visibility is treated as public: refusing is the safe side.
    private: repo?.private === true || repo?.visibility === 'private' || repo?.visibility === 'internal',
    visibility: repo?.visibility === 'internal' ? 'internal' : repo?.private === true || repo?.visibility === 'private' ? 'private' : 'public',
    url: repo?.html_url ?? `${serverUrl}/${owner}/${name}`,
    ...(repo?.owner?.type === 'Organization' || repo?.owner?.type === 'User' ? { ownerType: repo.owner.type } : {}),
    ...(repo?.default_branch ? { defaultBranch: repo.default_branch } : {})
  }
}
