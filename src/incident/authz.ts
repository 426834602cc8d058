/**
 * Who may do what. The facts (a person's repository permission, their team memberships) are
 * read from GitHub by the shell for the event's sender, never taken from text; the verdicts
 * here are pure.
 */
import type { Approvers, Permission } from '../config/schema.js'
import { quietLogin } from '../comms/neutralise.js'

export interface ActorFacts {
  login: string
  /** The person's role on the repository; 'none' for non-collaborators. */
  permission: Permission | 'none'
  /** org/slug -> member; 'unknown' when the token may not read the team. */
  teams: Record<string, boolean | 'unknown'>
}

const RANK: Record<Permission | 'none', number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 }

export function atLeast(actual: Permission | 'none', minimum: Permission): boolean {
  return RANK[actual] >= RANK[minimum]
}

export type Verdict = { allowed: true; via: string } | { allowed: false; reason: string }

export function mayRunCommands(actor: ActorFacts, minimum: Permission): Verdict {
  return atLeast(actor.permission, minimum)
    ? { allowed: true, via: `${actor.permission} access` }
    : { allowed: false, reason: `${quietLogin(actor.login)} has ${actor.permission} access; commands need ${minimum} or better` }
}

/** Whether `actor` may open or close a gate with these approvers. An unreadable team is said, never passed. */
export function mayApprove(actor: ActorFacts, gate: string, approvers: Approvers): Verdict {
  if (approvers.users.some((u) => u.toLowerCase() === actor.login.toLowerCase())) return { allowed: true, via: 'listed approver' }
  for (const team of approvers.teams) if (actor.teams[team] === true) return { allowed: true, via: `member of ${team}` }
  if (approvers.permission && atLeast(actor.permission, approvers.permission)) return { allowed: true, via: `${actor.permission} access` }
  const unknown = approvers.teams.filter((t) => actor.teams[t] === 'unknown')
  if (unknown.length > 0) {
    return {
      allowed: false,
      reason: `could not check membership of ${unknown.map((t) => `\`${t}\``).join(', ')}: the token may not read team membership (give it organization members: read, e.g. a GitHub App token). Refused to be safe.`
    }
  }
  return { allowed: false, reason: `${quietLogin(actor.login)} may not approve \`${gate}\`. ${whoMayApprove(approvers)}` }
}

export function whoMayApprove(approvers: Approvers): string {
  const parts = [
    ...approvers.users.map(quietLogin),
    ...approvers.teams.map((t) => `members of \`${t}\``),
    ...(approvers.permission ? [`anyone with ${approvers.permission} access or better`] : [])
  ]
  return parts.length ? `Approvers: ${parts.join(', ')}.` : 'No one is configured to approve it.'
}
