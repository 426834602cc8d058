/**
 * The runbook side of the shell: the scheduled freshness scan with its one tracking issue, the
 * pull-request check of changed runbooks, the dashboard's "last tested N days ago", and the
 * drill's proposal of a new "Last Tested" date.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunbookFreshness } from '../incident/dashboard.js'
import type { RunContext } from '../incident/model.js'
import type { IncidentState } from '../incident/state.js'
import { emptyPlan, withStatus, type Change, type Plan } from '../incident/plan.js'
import { DEFAULT_CONFIG_PATH } from '../config/load.js'
import { planPullRequestConfigCheck } from '../config/pr-check.js'
import { builtinTemplates } from '../comms/templates.js'
import { parseRunbookDates, dayNumber } from '../runbooks/dates.js'
import { planPullRequestRunbookCheck, planRunbookTracking, proposeLastTested, TRACKING_MARKER, type ChangedFile } from '../runbooks/plan.js'
import { buildReport } from '../runbooks/report.js'
import { readCodeOwners, scanRunbooks } from '../runbooks/scan.js'
import type { ApplyResult } from './apply.js'
import type { GitHub } from './client.js'
import { isOwnComment, readRepoFile, type RepoRef } from './read.js'

export function isCheckout(workspace: string | undefined): workspace is string {
  return Boolean(workspace && existsSync(join(workspace, '.git')))
}

/** The scheduled scan: needs the checked-out repository; one request to find the tracking issue. */
export async function planRunbookScan(gh: GitHub, ref: RepoRef, ctx: RunContext, workspace: string | undefined, botLogin: string): Promise<Plan> {
  if (!isCheckout(workspace)) {
    return { ...emptyPlan(), summary: '> Runbook freshness was not checked: add `actions/checkout` before incident-kit in the scheduled workflow.\n' }
  }
  const today = ctx.now.slice(0, 10)
  const codeowners = await readCodeOwners(workspace)
  const tally = await scanRunbooks({ dir: workspace, runbooks: ctx.config.runbooks, today, codeowners })
  const report = buildReport(tally, ctx.config.runbooks, today)
  const label = ctx.config.runbooks.trackingLabel
  const issues = await gh.rest.issues.listForRepo({ ...ref, labels: label, state: 'all', per_page: 100, sort: 'created', direction: 'asc' })
  const mine = issues.data.find((i) => !i.pull_request && isOwnComment(i.user, botLogin) && (i.body ?? '').includes(TRACKING_MARKER))
  return planRunbookTracking({
    report,
    existing: mine ? { number: mine.number, state: mine.state === 'closed' ? 'closed' : 'open', title: mine.title, body: mine.body ?? '' } : undefined,
    templates: ctx.templates,
    trackingLabel: label
  })
}

/**
 * The pull-request check: only the runbooks, configuration file and template overrides the pull
 * request changes, read from the checked-out head.
 */
export async function planPullRequestCheck(
  gh: GitHub,
  ref: RepoRef,
  ctx: RunContext,
  pull: { number: number; created_at?: string },
  workspace: string | undefined,
  configPath = DEFAULT_CONFIG_PATH
): Promise<Plan> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, { ...ref, pull_number: pull.number, per_page: 100 })
  const changed: ChangedFile[] = []
  for (const f of files) {
    if (f.status === 'removed') {
      changed.push({ path: f.filename })
      continue
    }
    const text =
      isCheckout(workspace) && existsSync(join(workspace, f.filename))
        ? readFileSync(join(workspace, f.filename), 'utf8')
        : await readRepoFile(gh, ref, f.filename, undefined)
    changed.push({ path: f.filename, text })
  }
  const codeowners = isCheckout(workspace) ? await readCodeOwners(workspace) : undefined
  const runbooks = planPullRequestRunbookCheck({ files: changed, changedOn: ctx.now.slice(0, 10), runbooks: ctx.config.runbooks, codeowners })
  const config = planPullRequestConfigCheck({ files: changed, configPath, builtin: builtinTemplates() })
  const failure = [runbooks.failure, config.failure].filter(Boolean).join('; ')
  const summary = [runbooks.summary, config.summary].filter(Boolean).join('\n\n')
  return {
    changes: [...runbooks.changes, ...config.changes],
    outputs: { ...runbooks.outputs, ...config.outputs },
    ...(failure ? { failure } : {}),
    ...(summary ? { summary } : {})
  }
}

/** How fresh the incident runbook is, for the dashboard; from the workspace only (costs no request). */
export function incidentRunbookFreshness(ctx: RunContext, workspace: string | undefined): RunbookFreshness | undefined {
  const path = ctx.config.runbooks.incidentRunbook
  const url = `${ctx.repo.url}/blob/HEAD/${path}`
  if (!isCheckout(workspace)) return undefined
  const full = join(workspace, path)
  if (!existsSync(full)) return { path, url }
  const dates = parseRunbookDates(readFileSync(full, 'utf8'))
  const today = dayNumber(ctx.now.slice(0, 10))!
  const reviewed = dates.reviewed?.date.kind === 'valid' ? dates.reviewed.date : undefined
  const tested = dates.tested?.date.kind === 'valid' ? dates.tested.date : undefined
  return {
    path,
    url,
    ...(reviewed ? { lastReviewed: reviewed.iso, daysSinceReviewed: today - reviewed.day } : {}),
    ...(tested ? { lastTested: tested.iso, daysSinceTested: today - tested.day } : {})
  }
}

/** The drill's issue, as a pull request, commit message or comment cites it: "#12, https://github.com/o/r/issues/12". */
export function drillCitation(ctx: RunContext, state: IncidentState): string {
  return `#${state.issue}, ${ctx.repo.url}/issues/${state.issue}`
}

/** A drill's proposal of a new "Last Tested" date: the plan, and how to say what became of it. */
export interface DrillProposal {
  plan: Plan
  /** The timeline line, once the plan was applied; undefined in a dry run, which opened nothing. */
  line: (result: Pick<ApplyResult, 'proposals' | 'done'>) => string | undefined
  /** What a dry run would have done. */
  dryRunLine: string
}

/**
 * When a drill closes, propose the new "Last Tested" date of the runbook it exercised: a pull
 * request where the token may, otherwise a comment with the exact change. Reads what the pull
 * request needs (the default branch, its head, the file's version); the writes are the plan's.
 * Undefined when there is nothing to propose.
 */
export async function planDrillProposal(
  gh: GitHub,
  ref: RepoRef,
  ctx: RunContext,
  state: IncidentState,
  workspace: string | undefined,
  dryRun: boolean
): Promise<DrillProposal | undefined> {
  const path = ctx.config.runbooks.incidentRunbook
  const text = await readRepoFile(gh, ref, path, workspace)
  if (text === undefined) return undefined
  const today = ctx.now.slice(0, 10)
  const proposal = proposeLastTested(text, today)
  if (!proposal.changed) return undefined
  const key = `drill-${state.codename}`
  const drill = drillCitation(ctx, state)
  const fallback = {
    issue: state.issue,
    body: `This drill (${drill}) exercised \`${path}\`. Set its Last Tested date (the token could not open a pull request: {status}):\n\n${proposal.suggestion}`
  }
  const said = (via: string) => `Proposed Last Tested ${today} for ${path} in ${via}`
  const dryRunLine = `[dry-run] would propose Last Tested ${today} for ${path}`
  if (dryRun) return { plan: emptyPlan(), line: () => undefined, dryRunLine }
  let change: Change
  try {
    const repo = await gh.rest.repos.get({ ...ref })
    const base = repo.data.default_branch
    const head = await gh.rest.git.getRef({ ...ref, ref: `heads/${base}` })
    const current = await gh.rest.repos.getContent({ ...ref, path, ref: base })
    const fileSha = (current.data as { sha?: string }).sha
    change = {
      kind: 'propose-file',
      key,
      path,
      content: proposal.text,
      ...(fileSha ? { fileSha } : {}),
      base,
      baseSha: head.data.object.sha,
      branch: `incident-kit/drill-${state.codename}`,
      message: `Last Tested ${today}: drill ${state.codename} (#${state.issue})\n\nTested by the drill ${drill}.`,
      title: `Runbook: Last Tested ${today} (drill ${state.codename})`,
      body: `The drill ${state.codename} (${drill}) exercised \`${path}\`.\n\n${proposal.suggestion}`,
      fallback
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== 403 && status !== 404 && status !== 422) throw error
    // The token may not read what a pull request needs: say the exact change instead.
    change = { kind: 'reply', issue: state.issue, body: withStatus(fallback.body, status) }
  }
  return {
    plan: { changes: [change], outputs: {} },
    line: (result) => {
      const made = result.proposals[key]
      if (made && 'pullRequest' in made) return said(`pull request #${made.pullRequest}`)
      return made || result.done.length > 0 ? said('a comment') : undefined
    },
    dryRunLine
  }
}
