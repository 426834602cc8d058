/**
 * Who can read the incident, against the response team. The runbook: say nothing to anyone
 * outside the response team until forensics is done, the attack could be internal; a private
 * repository can still be readable by a whole organization. The shell reads what GitHub says
 * (once per incident); this module counts, compares and words it.
 */
import { z } from 'zod'
import type { ResolvedConfig } from '../config/load.js'
import { quietLogin } from '../comms/neutralise.js'
import { isoMinute } from '../comms/time.js'

/** What the shell read from GitHub about the repository's readers. */
export interface VisibilityFacts {
  at: string
  owner: string
  ownerType: 'Organization' | 'User'
  visibility: 'public' | 'private' | 'internal'
  /** Everyone GitHub lists with access to the repository, by any route; undefined when the token may not list them. */
  collaborators?: readonly string[]
  /** Teams given access to the repository ("org/slug" and permission); undefined when the token may not list them. */
  teams?: readonly { slug: string; permission: string }[]
  /** The organization's base permission for its members ("none", "read", "write", "admin"); undefined when unreadable. */
  basePermission?: string
  /** Members of each response team (lower-case logins), or 'unknown' when the token may not read them. */
  responseMembers: ReadonlyMap<string, ReadonlySet<string> | 'unknown'>
  /** What the token could not read, each as "what (the request: status)". */
  unreadable: readonly string[]
}

export const visibilitySchema = z.object({
  at: z.string(),
  /** People GitHub lists with access (the owner of a personal repository included); absent when it could not be listed. */
  readers: z.number().int().optional(),
  /** Readers outside the response team, lower-case, sorted. */
  beyond: z.array(z.string()).default([]),
  /** Teams with access, with their permission and whether they are response teams. */
  teams: z.array(z.object({ slug: z.string(), permission: z.string(), response: z.boolean() })).default([]),
  /** The organization's base permission, when read. */
  basePermission: z.string().optional(),
  org: z.string().optional(),
  internal: z.boolean(),
  /** Whether a response team was configured to compare with (without one, only organization-wide access warns). */
  compared: z.boolean(),
  /** What could not be read: said, never guessed. */
  unchecked: z.array(z.string()).default([])
})
export type VisibilityRecord = z.infer<typeof visibilitySchema>

/** The response team: the configured one, else every gate's approvers and the IC team. */
export function responseTeam(config: ResolvedConfig): { teams: string[]; users: string[] } {
  const approvers = Object.values(config.gates).map((g) => g.approvers)
  const teams = config.visibility.responseTeams ?? [...approvers.flatMap((a) => a.teams), ...(config.paging.icTeam ? [config.paging.icTeam] : [])]
  const users = config.visibility.responseUsers ?? approvers.flatMap((a) => a.users)
  return { teams: unique(teams), users: unique(users) }
}

function unique(values: readonly string[]): string[] {
  const seen = new Map<string, string>()
  for (const v of values) if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v)
  return [...seen.values()]
}

const ORG_WIDE = new Set(['read', 'write', 'admin'])

/** Counts the readers and compares them with the response team. */
export function decideVisibility(facts: VisibilityFacts, team: { teams: readonly string[]; users: readonly string[] }): VisibilityRecord {
  const org = facts.ownerType === 'Organization'
  const unchecked = [...facts.unreadable]
  const inTeam = new Set(team.users.map((u) => u.toLowerCase()))
  let membersKnown = true
  for (const t of team.teams) {
    const members = facts.responseMembers.get(t)
    if (members === undefined || members === 'unknown') membersKnown = false
    else for (const m of members) inTeam.add(m)
  }
  const readers = facts.collaborators ? new Set(facts.collaborators.map((l) => l.toLowerCase())) : undefined
  if (readers && !org) readers.add(facts.owner.toLowerCase())
  const responseSlugs = new Set(team.teams.map((t) => t.toLowerCase()))
  const compared = team.teams.length + team.users.length > 0
  return {
    at: facts.at,
    ...(readers ? { readers: readers.size } : {}),
    // Without the response team's members, everyone would look beyond it: not guessed.
    beyond: readers && membersKnown && compared ? [...readers].filter((l) => !inTeam.has(l)).sort() : [],
    teams: (facts.teams ?? []).map((t) => ({ ...t, response: responseSlugs.has(t.slug.toLowerCase()) })),
    ...(facts.basePermission ? { basePermission: facts.basePermission } : {}),
    ...(org ? { org: facts.owner } : {}),
    internal: facts.visibility === 'internal',
    compared,
    unchecked
  }
}

/** Whether more people can read the incident than the response team, as far as was checked. */
export function isBroader(r: VisibilityRecord): boolean {
  return r.beyond.length > 0 || (r.compared && r.teams.some((t) => !t.response)) || ORG_WIDE.has(r.basePermission ?? '') || r.internal
}

/** Why readers are broader than the response team, one reason a sentence part. */
function reasons(r: VisibilityRecord): string[] {
  const out: string[] = []
  if (r.internal) out.push('the repository is internal: everyone in the enterprise can read it')
  if (ORG_WIDE.has(r.basePermission ?? ''))
    out.push(`the organization's base permission is ${r.basePermission}: every member of \`${r.org}\` can read every repository`)
  const teams = r.compared ? r.teams.filter((t) => !t.response) : []
  if (teams.length > 0) out.push(`${plural(teams.length, 'team')} outside the response team ${teams.length === 1 ? 'has' : 'have'} access: ${teamList(teams)}`)
  if (r.beyond.length > 0) out.push(`${plural(r.beyond.length, 'person', 'people')} outside the response team can read it (${logins(r.beyond)})`)
  return out
}

const SHOWN = 10

function logins(list: readonly string[]): string {
  const shown = list.slice(0, SHOWN).map(quietLogin).join(', ')
  return list.length > SHOWN ? `${shown} and ${list.length - SHOWN} more` : shown
}

function teamList(teams: VisibilityRecord['teams']): string {
  return teams.map((t) => `\`${t.slug}\` (${t.permission})`).join(', ')
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** The [!WARNING] text when readers are broader than the response team; undefined otherwise. */
export function visibilityWarning(r: VisibilityRecord | undefined): string | undefined {
  if (!r || !isBroader(r)) return undefined
  return (
    `**More people can read this incident than the response team.** ${capital(reasons(r).join('; '))}. ` +
    'The runbook: say nothing to anyone outside the response team until forensics is done, the attack could be internal. ' +
    'Narrow access in the repository settings, or run the incident in a repository only the response team can read.'
  )
}

/** What could not be checked, and what would let it; undefined when everything was read. */
export function visibilityUnchecked(r: VisibilityRecord | undefined): string | undefined {
  if (!r || r.unchecked.length === 0) return undefined
  return (
    `Could not check who can read this incident: ${r.org ? "the token may not read the organization's settings" : "the token may not list the repository's collaborators"}; it could not read ${r.unchecked.join(', ')}. ` +
    'The workflow token (GITHUB_TOKEN) never can. A token of an organization owner with `read:org` (classic), or a GitHub App or fine-grained token with ' +
    'organization "Administration: read" and "Members: read" and repository "Administration: read", lets incident-kit check it.'
  )
}

/** One line for the dashboard's details: how many read it and why. */
export function visibilitySummary(r: VisibilityRecord | undefined): string {
  if (!r) return 'not checked yet'
  const parts: string[] = []
  if (r.readers !== undefined) {
    const beyond = !r.compared
      ? ' (no response team configured to compare with: `visibility.responseTeams`, `visibility.responseUsers`)'
      : r.beyond.length > 0
        ? `, ${r.beyond.length} outside the response team`
        : r.unchecked.length === 0
          ? ', all in the response team'
          : ''
    parts.push(`${plural(r.readers, 'person', 'people')} with access${beyond}`)
  }
  if (r.teams.length > 0) parts.push(`teams: ${r.teams.map((t) => `\`${t.slug}\` (${t.permission}${t.response ? ', response team' : ''})`).join(', ')}`)
  if (r.basePermission) parts.push(`organization base permission: ${r.basePermission}`)
  if (r.internal) parts.push('internal repository')
  if (r.unchecked.length > 0) parts.push(`not readable with this token: ${r.unchecked.join(', ')}`)
  return `${parts.join('; ') || 'nothing could be read'} (checked ${isoMinute(r.at)})`
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
