/**
 * The reads behind "who can see this incident" and "which runbook it followed", made once per
 * incident (when the dashboard's cache lacks them). Who can read: the collaborators listing the
 * run already reads for authorization (shared, not read twice), and for an organization's
 * repository the teams with access, the organization's base permission and the response teams'
 * members. What the token may not read is said, never guessed.
 */
import type { RunContext } from '../incident/model.js'
import type { IncidentState } from '../incident/state.js'
import { decideVisibility, responseTeam, type VisibilityFacts, type VisibilityRecord } from '../incident/visibility.js'
import type { GitHub } from './client.js'
import { collaborators, listOnce, listTeams } from './history.js'
import type { RepoRef } from './read.js'
import { isCheckout } from './runbooks.js'

/** A 403 here is the token's permissions, not a hiccup: answered at once rather than retried. */
export const NO_RETRY = { retries: 0 }

/** A 401, 403 or 404: the token may not read it (GitHub hides what a token may not see behind a 404). */
function deniedStatus(error: unknown): number | undefined {
  const status = (error as { status?: number }).status
  return status === 401 || status === 403 || status === 404 ? status : undefined
}

async function readOr<T>(read: () => Promise<T>, what: string, unreadable: string[]): Promise<T | undefined> {
  try {
    return await read()
  } catch (error) {
    const status = deniedStatus(error)
    if (status === undefined) throw error
    unreadable.push(`${what}: ${status}`)
    return undefined
  }
}

/** Who owns the repository and its visibility: from the payload, or one read when the payload lacks them. */
async function ownerOf(gh: GitHub, ref: RepoRef, ctx: RunContext): Promise<Pick<VisibilityFacts, 'ownerType' | 'visibility'>> {
  if (ctx.repo.ownerType && ctx.repo.visibility) return { ownerType: ctx.repo.ownerType, visibility: ctx.repo.visibility }
  const { data } = await gh.rest.repos.get({ ...ref })
  const visibility = data.visibility === 'internal' ? 'internal' : data.private ? 'private' : 'public'
  return { ownerType: data.owner.type === 'Organization' ? 'Organization' : 'User', visibility }
}

/** Reads who can read the repository and compares it with the response team. */
export async function checkVisibility(gh: GitHub, ref: RepoRef, ctx: RunContext): Promise<VisibilityRecord> {
  const unreadable: string[] = []
  const { ownerType, visibility } = await ownerOf(gh, ref, ctx)
  const listed = await collaborators(gh, ref)
  if (!listed) unreadable.push(`the collaborators (GET /repos/${ref.owner}/${ref.repo}/collaborators)`)
  const team = responseTeam(ctx.config)
  const facts: VisibilityFacts = {
    at: ctx.now,
    owner: ref.owner,
    ownerType,
    visibility,
    ...(listed ? { collaborators: [...listed.keys()] } : {}),
    responseMembers: new Map(),
    unreadable
  }
  if (ownerType === 'Organization') {
    const teams = await readOr(
      () => listOnce(gh, gh.rest.repos.listTeams, { ...ref }),
      `the teams with access (GET /repos/${ref.owner}/${ref.repo}/teams)`,
      unreadable
    )
    if (teams) facts.teams = teams.map((t) => ({ slug: `${ref.owner}/${t.slug}`, permission: t.permission }))
    const org = await readOr(() => gh.rest.orgs.get({ org: ref.owner, request: NO_RETRY }), `the organization's settings (GET /orgs/${ref.owner})`, unreadable)
    const base = org?.data.default_repository_permission
    if (base) facts.basePermission = base
    // GitHub leaves the base permission out for a token that is not an owner's.
    else if (org) unreadable.push(`the organization's base permission (GET /orgs/${ref.owner} left it out)`)
    const members = await listTeams(gh, team.teams)
    for (const [slug, set] of members) if (set === 'unknown') unreadable.push(`the members of \`${slug}\``)
    facts.responseMembers = members
  }
  return decideVisibility(facts, team)
}

/**
 * The runbook the incident follows and the commit it was read at: the workflow's checkout
 * (GITHUB_SHA) when there is one, else the default branch's head (one read). Undefined when the
 * token may not read the branch.
 */
export async function runbookFollowed(
  gh: GitHub,
  ref: RepoRef,
  ctx: RunContext,
  workspace: string | undefined,
  sha: string | undefined
): Promise<IncidentState['runbook']> {
  const path = ctx.config.runbooks.incidentRunbook
  const at = isCheckout(workspace) && sha ? sha : await headOf(gh, ref, ctx.repo.defaultBranch)
  if (!at) return undefined
  return { path, sha: at, url: `${ctx.repo.url}/blob/${at}/${path.split('/').map(encodeURIComponent).join('/')}` }
}

async function headOf(gh: GitHub, ref: RepoRef, defaultBranch: string | undefined): Promise<string | undefined> {
  try {
    const branch = defaultBranch ?? (await gh.rest.repos.get({ ...ref })).data.default_branch
    const head = await gh.rest.git.getRef({ ...ref, ref: `heads/${branch}` })
    return head.data.object.sha
  } catch (error) {
    if (deniedStatus(error) === undefined) throw error
    return undefined
  }
}
