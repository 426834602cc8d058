/**
 * Reads what GitHub recorded about an incident issue: the issue now, its whole timeline
 * (events and comments, in GitHub's order) and the facts authorization needs about the people
 * who acted on it. One request for the issue, one per 100 timeline items, one per 100
 * collaborators, one per approver team when a gate was touched.
 */
import type { Permission } from '../config/schema.js'
import type { ActorFacts } from '../incident/authz.js'
import { parseCommands } from '../incident/commands.js'
import { historyFromTimeline, type History, type TimelineItem } from '../incident/history.js'
import type { IssueSnapshot, RunContext } from '../incident/model.js'
import type { GitHub } from './client.js'
import { issueFromPayload } from './payload.js'
import type { RepoRef } from './read.js'
import { readActor, roleOf } from './actor.js'

export interface IncidentHistory {
  issue: IssueSnapshot
  history: History
}

export async function readIncidentHistory(gh: GitHub, ref: RepoRef, number: number, botLogin: string): Promise<IncidentHistory> {
  const { data } = await gh.rest.issues.get({ ...ref, issue_number: number })
  const items = await gh.paginate(gh.rest.issues.listEventsForTimeline, { ...ref, issue_number: number, per_page: 100 })
  return { issue: issueFromPayload(data as never), history: historyFromTimeline(items as TimelineItem[], botLogin) }
}

/** The people whose acts need authorization: authors of command comments, actors of incident labels, closes and reopens. */
export function actorsToCheck(history: History, ctx: RunContext): { logins: string[]; gateTouched: boolean } {
  const { phasePrefix, severityPrefix, gatePrefix } = ctx.config.labels
  const logins = new Set<string>()
  let gateTouched = false
  for (const fact of history.facts) {
    if (fact.type === 'label') {
      if (![phasePrefix, severityPrefix, gatePrefix].some((p) => fact.label.startsWith(p))) continue
      if (fact.label.startsWith(gatePrefix)) gateTouched = true
      logins.add(fact.by)
    } else if (fact.type === 'comment') {
      if (fact.edited) continue
      const commands = parseCommands(fact.body)
      if (commands.length === 0) continue
      if (commands.some((c) => c.name === 'approve' || c.name === 'revoke')) gateTouched = true
      logins.add(fact.by)
    } else {
      logins.add(fact.by)
    }
  }
  return { logins: [...logins], gateTouched }
}

/** One listing per run (per client): a scheduled run over many incidents reads it once, and the visibility check shares it. */
const listings = new WeakMap<GitHub, Promise<Map<string, Permission> | undefined>>()

export function collaborators(gh: GitHub, ref: RepoRef): Promise<Map<string, Permission> | undefined> {
  let listing = listings.get(gh)
  if (!listing) {
    listing = listCollaborators(gh, ref)
    listings.set(gh, listing)
    listing.catch(() => listings.delete(gh))
  }
  return listing
}

/** Collaborators with their role, in one listing; undefined when the token may not list them. */
async function listCollaborators(gh: GitHub, ref: RepoRef): Promise<Map<string, Permission> | undefined> {
  try {
    const list = await gh.paginate(gh.rest.repos.listCollaborators, { ...ref, affiliation: 'all', per_page: 100 })
    const roles = new Map<string, Permission>()
    for (const c of list) {
      const role = (c as { role_name?: string }).role_name ?? ''
      const known = roleOf(role)
      if (known !== 'none') roles.set(c.login.toLowerCase(), known)
    }
    return roles
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return undefined
    throw error
  }
}

/**
 * A listing whose 403 is the token's permissions, not a hiccup: the first page is asked once,
 * without retries (paginate would drop that option), and only a full first page is paginated.
 */
export async function listOnce<P extends object, T>(
  gh: GitHub,
  method: ((params: P & { per_page: number; request: { retries: number } }) => Promise<{ data: T[] }>) & Parameters<GitHub['paginate']>[0],
  params: P
): Promise<T[]> {
  const first = await method({ ...params, per_page: 100, request: { retries: 0 } })
  if (first.data.length < 100) return first.data
  return (await gh.paginate(method, { ...params, per_page: 100 } as never)) as T[]
}

/** Members of each team (lower-cased logins); 'unknown' when the token may not read it. */
export async function listTeams(gh: GitHub, teams: readonly string[]): Promise<Map<string, Set<string> | 'unknown'>> {
  const out = new Map<string, Set<string> | 'unknown'>()
  for (const team of teams) {
    const [org, slug] = team.split('/') as [string, string]
    try {
      const members = await listOnce(gh, gh.rest.teams.listMembersInOrg, { org, team_slug: slug })
      out.set(team, new Set(members.map((m) => m.login.toLowerCase())))
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 403 || status === 401 || status === 404) out.set(team, 'unknown')
      else throw error
    }
  }
  return out
}

/**
 * What GitHub says about each person who acted: their role on the repository now, and their
 * approver-team memberships when a gate was touched. Nothing here comes from comment text.
 */
export async function readActors(gh: GitHub, ref: RepoRef, logins: readonly string[], teams: readonly string[]): Promise<Map<string, ActorFacts>> {
  const actors = new Map<string, ActorFacts>()
  if (logins.length === 0) return actors
  const roles = await collaborators(gh, ref)
  const members = await listTeams(gh, teams)
  for (const login of logins) {
    const key = login.toLowerCase()
    const facts: ActorFacts = roles ? { login, permission: roles.get(key) ?? 'none', teams: {} } : await readActor(gh, ref, login, [])
    for (const [team, set] of members) facts.teams[team] = set === 'unknown' ? 'unknown' : set.has(key)
    actors.set(key, facts)
  }
  return actors
}

/** The approver teams of every gate (read only when a gate was touched). */
export function approverTeams(ctx: RunContext): string[] {
  return [...new Set(Object.values(ctx.config.gates).flatMap((g) => g.approvers.teams))]
}
