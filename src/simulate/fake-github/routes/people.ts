/** Who may do what: collaborators and their permission, and org teams. */
import { orgJson, teamJson, userJson } from '../json.js'
import { paged, type Ctx } from '../routing.js'
import type { FakeReply, Permission } from '../types.js'
import { legacyPermission, notFound, PERMISSION_RANK, permissionFlags, teamsForbidden } from '../util.js'

/** The query's legacy names for the roles a `permission` filter asks for at least. */
const FILTER_RANK: Record<string, number> = {
  pull: PERMISSION_RANK.read,
  triage: PERMISSION_RANK.triage,
  push: PERMISSION_RANK.write,
  maintain: PERMISSION_RANK.maintain,
  admin: PERMISSION_RANK.admin
}

export function getPermission(c: Ctx): FakeReply {
  const login = c.params.username!
  const p = c.s.permissionOf(login)
  // Like GitHub for a private repository: someone who is not a collaborator is simply not found.
  if (p === undefined) throw notFound()
  const user = { ...userJson(c.s, login), permissions: permissionFlags(p), role_name: p === 'none' ? '' : p }
  return { status: 200, body: { permission: legacyPermission(p), role_name: p === 'none' ? '' : p, user } }
}

/**
 * Everyone given access with `setPermission`, in the order they were given it. The fake has no
 * org membership, so every collaborator counts as direct and `affiliation` does not narrow the list.
 */
export function listCollaborators(c: Ctx): FakeReply {
  const least = c.query.permission === undefined ? PERMISSION_RANK.read : (FILTER_RANK[c.query.permission] ?? PERMISSION_RANK.read)
  const people = [...c.s.permissions.entries()]
    .filter(([, p]) => PERMISSION_RANK[p] >= least)
    .map(([key, p]) => ({ login: c.s.logins.get(key) ?? key, permission: p }))
  return paged(c, people, ({ login, permission }: { login: string; permission: Permission }) => ({
    ...userJson(c.s, login),
    permissions: permissionFlags(permission),
    role_name: permission
  }))
}

function teamOr403(c: Ctx, docs: string): Map<string, 'member' | 'maintainer'> | undefined {
  if (!c.s.teamsReadable) throw teamsForbidden(docs)
  return c.s.teams.get(`${c.params.org}/${c.params.team_slug}`.toLowerCase())
}

export function getTeamMembership(c: Ctx): FakeReply {
  const team = teamOr403(c, 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user')
  const role = team?.get(c.params.username!.toLowerCase())
  if (role === undefined) throw notFound()
  return { status: 200, body: { url: `${c.s.apiUrl}/organizations/1/team/1/memberships/${c.params.username}`, role, state: 'active' } }
}

/** Members of a team (`role` filters), 404 for a team the fake does not know. */
export function listTeamMembers(c: Ctx): FakeReply {
  const team = teamOr403(c, 'https://docs.github.com/rest/teams/members#list-team-members')
  if (team === undefined) throw notFound()
  const role = c.query.role ?? 'all'
  const members = [...team.entries()].filter(([, r]) => role === 'all' || r === role).map(([key]) => c.s.logins.get(key) ?? key)
  return paged(c, members, (login) => userJson(c.s, login))
}

/** The teams given access to the repository; 403 for a token that may not read teams, 404 on a personal repository. */
export function listRepoTeams(c: Ctx): FakeReply {
  if (!c.s.organization) throw notFound()
  if (!c.s.teamsReadable) throw teamsForbidden('https://docs.github.com/rest/repos/repos#list-repository-teams')
  return paged(c, [...c.s.repoTeams.entries()], ([slug, permission]: [string, string]) => teamJson(c.s, slug, permission))
}

/** The organization; 403 for a token that may not read its settings (GITHUB_TOKEN), 404 for a user. */
export function getOrg(c: Ctx): FakeReply {
  const org = c.s.organization
  if (!org || c.params.org!.toLowerCase() !== c.s.o.owner.toLowerCase()) throw notFound()
  if (!org.readable) throw teamsForbidden('https://docs.github.com/rest/orgs/orgs#get-an-organization')
  return { status: 200, body: orgJson(c.s, org.basePermission) }
}
