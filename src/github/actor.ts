/** Reads the facts authorization needs about the event's sender: repository role and team memberships. */
import type { Permission } from '../config/schema.js'
import type { ActorFacts } from '../incident/authz.js'
import type { GitHub } from './client.js'
import type { RepoRef } from './read.js'

const ROLES: readonly string[] = ['read', 'triage', 'write', 'maintain', 'admin']

/** A repository role as GitHub names it (`role_name`), or 'none' for anything else. */
export function roleOf(name: string): Permission | 'none' {
  return ROLES.includes(name) ? (name as Permission) : 'none'
}

export async function readActor(gh: GitHub, ref: RepoRef, login: string, teams: string[]): Promise<ActorFacts> {
  const facts: ActorFacts = { login, permission: await readPermission(gh, ref, login), teams: {} }
  for (const team of teams) {
    facts.teams[team] = await readMembership(gh, team, login)
    if (facts.teams[team] === true) break // one membership is enough
  }
  return facts
}

async function readPermission(gh: GitHub, ref: RepoRef, login: string): Promise<Permission | 'none'> {
  try {
    const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...ref, username: login })
    // role_name knows triage and maintain; permission only admin/write/read/none.
    const role = (data as { role_name?: string }).role_name ?? data.permission
    return roleOf(role)
  } catch (error) {
    if ((error as { status?: number }).status === 404) return 'none'
    throw error
  }
}

async function readMembership(gh: GitHub, team: string, login: string): Promise<boolean | 'unknown'> {
  const [org, slug] = team.split('/') as [string, string]
  try {
    const { data } = await gh.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login })
    return data.state === 'active'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404) return false
    if (status === 403 || status === 401) return 'unknown'
    throw error
  }
}
