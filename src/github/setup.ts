/**
 * `mode: setup`: installing in ten minutes. Creates the labels the configuration uses, checks
 * the configuration and what the token may do (as far as the API tells), and files a drill
 * incident so the person installing sees the whole flow work. Safe to run again: existing labels
 * are left alone and an open setup drill is not filed twice.
 */
import { formatProblem } from '../config/load.js'
import { labelsFor, planLabels } from '../incident/labels.js'
import type { Existing, RunContext } from '../incident/model.js'
import { emptyPlan, type Change, type Plan } from '../incident/plan.js'
import type { ApplyResult } from './apply.js'
import type { GitHub } from './client.js'
import type { Inputs } from './inputs.js'
import type { RepoRef } from './read.js'

/** How the setup drill is recognised when setup runs again. */
export const SETUP_DRILL_TEXT = 'Filed by incident-kit setup to check the install'
const SETUP_DRILL_KEY = 'setup-drill'

type Status = 'pass' | 'warn' | 'fail'
interface Check {
  what: string
  status: Status
  detail: string
}

export type ApplyPlan = (plan: Plan, existing: Existing, target: number | string) => Promise<ApplyResult>

const statusOf = (error: unknown) => (error as { status?: number }).status

/** Opens an incident on an issue (the same reconcile every event runs). */
export type OpenIncident = (issue: number) => Promise<unknown>

export async function runSetup(gh: GitHub, ref: RepoRef, ctx: RunContext, inputs: Inputs, apply: ApplyPlan, openIncident: OpenIncident): Promise<Plan> {
  const checks: Check[] = []
  const outputs: Record<string, string> = {}
  checks.push({ what: 'Repository', status: 'pass', detail: ctx.repo.private ? 'private' : 'public (allowed by allow-public-repo: demos only)' })

  const problems = ctx.configProblems ?? []
  checks.push(
    problems.length === 0
      ? { what: 'Configuration', status: 'pass', detail: `\`${inputs.configPath}\` is valid (or absent: every default applies)` }
      : {
          what: 'Configuration',
          status: 'fail',
          detail: `${problems.length} problem(s), annotated in this run; the defaults apply to those settings:<br>${problems.map((p) => code(formatProblem(p))).join('<br>')}`
        }
  )
  checks.push(await checkContents(gh, ref, inputs.configPath))

  const labels = await ensureLabels(gh, ref, ctx, apply, inputs.dryRun)
  checks.push(labels.check)
  outputs['labels-created'] = String(labels.created)
  checks.push(...(await checkTeams(gh, ctx, inputs.botLogin)))

  if (labels.check.status !== 'fail') {
    const drill = await fileDrill(gh, ref, ctx, apply, openIncident)
    checks.push(drill.check)
    if (drill.number) outputs['drill-issue'] = String(drill.number)
  }

  const failed = checks.filter((c) => c.status === 'fail')
  const icon: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌' }
  const summary = [
    '## incident-kit setup',
    '',
    '| check | result | |',
    '|---|---|---|',
    ...checks.map((c) => `| ${c.what} | ${icon[c.status]} | ${c.detail.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`),
    '',
    failed.length === 0 ? 'Installed. Open the drill incident to see the dashboard and checklist, then close it.' : 'Fix what is marked ❌ and run setup again.'
  ].join('\n')
  return {
    ...emptyPlan(),
    outputs,
    summary,
    ...(failed.length ? { failure: `setup: ${failed.map((c) => c.what).join(', ')} failed (see the job summary)` } : {})
  }
}

/** contents: read, proven by reading the configuration file through the API (404: no file, fine). */
async function checkContents(gh: GitHub, ref: RepoRef, path: string): Promise<Check> {
  try {
    await gh.rest.repos.getContent({ ...ref, path })
    return { what: 'Token: contents read', status: 'pass', detail: `read \`${path}\`` }
  } catch (error) {
    if (statusOf(error) === 404) return { what: 'Token: contents read', status: 'pass', detail: `no \`${path}\`: every default applies` }
    return { what: 'Token: contents read', status: 'fail', detail: `cannot read \`${path}\` (HTTP ${statusOf(error) ?? '?'}): give the job \`contents: read\`` }
  }
}

/** The labels of the configuration, created where missing (issues: write is proven here). */
async function ensureLabels(gh: GitHub, ref: RepoRef, ctx: RunContext, apply: ApplyPlan, dryRun: boolean): Promise<{ check: Check; created: number }> {
  const wanted = labelsFor(ctx.config)
  try {
    const existing = await gh.paginate(gh.rest.issues.listLabelsForRepo, { ...ref, per_page: 100 })
    const changes = planLabels(wanted, existing)
    await apply({ ...emptyPlan(), changes }, { others: {} }, 'labels')
    const verb = dryRun ? 'would create' : 'created'
    return {
      check: {
        what: 'Labels (token: issues write)',
        status: 'pass',
        detail: `${wanted.length} labels: ${changes.length} ${verb}${changes.length ? ` (${changes.map((c) => code(c.name)).join(', ')})` : ''}, ${wanted.length - changes.length} existed`
      },
      created: dryRun ? 0 : changes.length
    }
  } catch (error) {
    return {
      check: {
        what: 'Labels (token: issues write)',
        status: 'fail',
        detail: `could not create labels (HTTP ${statusOf(error) ?? '?'}): give the job \`issues: write\``
      },
      created: 0
    }
  }
}

/** Team membership is readable only with members: read (an App or fine-grained token): needed when gates name teams. */
async function checkTeams(gh: GitHub, ctx: RunContext, botLogin: string): Promise<Check[]> {
  const teams = [...new Set(Object.values(ctx.config.gates).flatMap((g) => g.approvers.teams))]
  if (teams.length === 0) return [{ what: 'Token: team membership', status: 'pass', detail: 'not needed: no gate names a team' }]
  const [org, team_slug] = teams[0]!.split('/') as [string, string]
  try {
    await gh.rest.teams.getMembershipForUserInOrg({ org, team_slug, username: botLogin })
    return [{ what: 'Token: team membership', status: 'pass', detail: `can read \`${teams[0]}\`` }]
  } catch (error) {
    if (statusOf(error) === 404) return [{ what: 'Token: team membership', status: 'pass', detail: `can read \`${teams[0]}\`` }]
    return [
      {
        what: 'Token: team membership',
        status: 'warn',
        detail: `cannot read \`${teams[0]}\` (HTTP ${statusOf(error) ?? '?'}): approvals by team will be refused until \`github-token\` can read members (GitHub App with Members: read)`
      }
    ]
  }
}

/** One open setup drill at a time: found again by its text, otherwise filed (a planned change) and opened as an incident right here. */
async function fileDrill(gh: GitHub, ref: RepoRef, ctx: RunContext, apply: ApplyPlan, openIncident: OpenIncident): Promise<{ check: Check; number?: number }> {
  const { trigger, drill } = ctx.config.labels
  const open = await gh.rest.issues.listForRepo({ ...ref, labels: drill, state: 'open', per_page: 100 })
  const earlier = open.data.find((i) => !i.pull_request && (i.body ?? '').includes(SETUP_DRILL_TEXT))
  if (earlier)
    return {
      check: { what: 'Drill incident', status: 'pass', detail: `#${earlier.number} is open already: close it when you have looked around` },
      number: earlier.number
    }
  const change: Change = {
    kind: 'create-issue',
    key: SETUP_DRILL_KEY,
    title: 'Drill: incident-kit setup check',
    body: drillBody(ctx.now),
    labels: [trigger, drill]
  }
  const filed = (await apply({ ...emptyPlan(), changes: [change] }, { others: {} }, 'drill')).issues[SETUP_DRILL_KEY]
  if (filed === undefined) return { check: { what: 'Drill incident', status: 'pass', detail: 'would be filed (dry run)' } }
  // Issues opened with the workflow token start no workflow, so the drill is opened as an incident here.
  await openIncident(filed)
  return {
    check: {
      what: 'Drill incident',
      status: 'pass',
      detail: `#${filed} filed: it has a codename, dashboard and checklist; close it when you have looked around`
    },
    number: filed
  }
}

export function drillBody(now: string): string {
  return [
    '### What did you observe?',
    '',
    `${SETUP_DRILL_TEXT}: a codename, the phase and severity labels, the dashboard and the checklist should all be here. Try \`/help\` in a comment, then close this issue.`,
    '',
    '### When was it detected (UTC)?',
    '',
    `${now.slice(0, 10)} ${now.slice(11, 16)}`,
    '',
    '### Is the attack still in progress?',
    '',
    'No',
    '',
    '### Severity',
    '',
    'SEV-4 (low)'
  ].join('\n')
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``
}
