/**
 * Handling one event: read config, route the event, and for an incident issue reconcile it
 * with GitHub's history (read the history, decide, apply the plan or print it in dry-run),
 * then report outputs and summary. Used by the action (main.ts) and by the CLI's simulation; it
 * talks to the runner only through a Reporter.
 */
import { ConfigError, formatProblem, loadConfig } from '../config/load.js'
import { configProblemsChange } from '../config/problems.js'
import { TemplateError } from '../comms/render.js'
import { OVERRIDE_DIR, withOverrides } from '../comms/templates.js'
import { mayRunCommands } from '../incident/authz.js'
import { parseCommands } from '../incident/commands.js'
import { renderDashboard } from '../incident/dashboard.js'
import type { History } from '../incident/history.js'
import type { Existing, IssueSnapshot, RunContext } from '../incident/model.js'
import { isIncidentIssue, refusePublic } from '../incident/open.js'
import { describeChange, emptyPlan, type Change, type Plan } from '../incident/plan.js'
import { failureNote } from '../incident/failure.js'
import {
  existingFrom,
  missingOnce,
  reconcileIncident,
  sealDashboard,
  type ChecklistEdit,
  type FailedPage,
  type ReconcileInput,
  type Reconciled
} from '../incident/reconcile.js'
import { kindOf, type IncidentState } from '../incident/state.js'
import { sendPage, type NotifierOptions } from '../notify/notifiers.js'
import { applyPlan, existingAfter, type ApplyResult } from './apply.js'
import { createGitHub, type GitHub } from './client.js'
import { actorsToCheck, approverTeams, readActors, readIncidentHistory } from './history.js'
import { InputError, type Inputs } from './inputs.js'
import { repoFromPayload } from './payload.js'
import { isOwnComment, readRepoFile, readTemplateOverrides, type RepoRef } from './read.js'
import type { Reporter } from './reporter.js'
import { incidentRunbookFreshness, planPullRequestCheck, planRunbookScan, planDrillProposal } from './runbooks.js'
import { runScheduled } from './scheduled.js'
import { runSetup } from './setup.js'
import { checkVisibility, runbookFollowed } from './visibility.js'

export function messageOf(error: unknown): string {
  if (error instanceof ConfigError || error instanceof InputError || error instanceof TemplateError) return error.message
  if (error instanceof Error) {
    const status = (error as { status?: number }).status
    return status ? `GitHub API error ${status}: ${error.message}` : error.message
  }
  return String(error)
}

/** One event as the runner hands it over: name, payload, repository and where GitHub is. */
export interface EventEnvelope {
  name: string
  payload: Record<string, unknown>
  ref: RepoRef
  apiUrl: string
  serverUrl: string
  /** GITHUB_WORKSPACE: config and templates are read from it when it is a checkout. */
  workspace?: string
  /** This run's page, linked from the note a failed run leaves on the incident. */
  runUrl?: string
  /** GITHUB_SHA: the commit the workflow checked out (the runbook followed is recorded at it). */
  sha?: string
}

export interface HandleOptions {
  /** Set by handleEvent from the envelope. */
  workspace?: string
  /** Set by handleEvent from the envelope (GITHUB_SHA). */
  sha?: string
  /** Rate-limit handling; off only for the in-process stand-in. */
  throttling?: boolean
  now?: () => string
  /** Replaces fetch for pages and notices (the simulation records them instead). */
  fetch?: typeof fetch
}

/** Runs the action for one event. Never throws: failures are reported through `reporter.setFailed`. */
export async function handleEvent(envelope: EventEnvelope, inputs: Inputs, reporter: Reporter, options: HandleOptions = {}): Promise<Plan> {
  try {
    const fromEnvelope = { ...(envelope.workspace ? { workspace: envelope.workspace } : {}), ...(envelope.sha ? { sha: envelope.sha } : {}) }
    return await handle(envelope, inputs, reporter, { ...options, ...fromEnvelope })
  } catch (error) {
    reporter.setFailed(messageOf(error))
    return emptyPlan()
  }
}

async function handle(envelope: EventEnvelope, inputs: Inputs, core: Reporter, options: HandleOptions): Promise<Plan> {
  const { ref, payload } = envelope
  const context = { eventName: envelope.name }
  let requests = 0
  const gh = createGitHub({
    token: inputs.token,
    baseUrl: envelope.apiUrl,
    throttling: options.throttling ?? true,
    log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
    onRequest: () => {
      requests++
    }
  })

  // Refuse before reading anything else: a public repository gets no writes at all. A payload
  // without the repository (some scheduled runs) costs one read to learn its visibility.
  const repository = payload.repository ?? (await gh.rest.repos.get({ ...ref })).data
  const repo = repoFromPayload(repository as never, ref, envelope.serverUrl)
  const publicRefusal = refusePublic({ repo, allowPublicRepo: inputs.allowPublicRepo, allowInternalRepo: inputs.allowInternalRepo ?? false })
  if (publicRefusal) {
    core.setOutput('plan', '[]')
    core.setFailed(publicRefusal)
    return emptyPlan()
  }

  const workspace = envelope.workspace
  // A config problem never stops a run: the defaults apply, the log annotates it, a new incident says it.
  const { config, problems: configProblems } = loadConfig(await readRepoFile(gh, ref, inputs.configPath, workspace), inputs.configPath)
  if (envelope.name !== 'pull_request')
    for (const p of configProblems)
      core.warning(formatProblem(p), { title: 'incident-kit configuration', file: p.file, ...(p.line ? { startLine: p.line } : {}) })
  core.setOutput('config-problems', JSON.stringify(configProblems.map(formatProblem)))
  const templates = withOverrides(await readTemplateOverrides(gh, ref, OVERRIDE_DIR, workspace))
  const ctx: RunContext = {
    repo,
    config,
    templates,
    now: options.now?.() ?? new Date().toISOString(),
    allowPublicRepo: inputs.allowPublicRepo,
    allowInternalRepo: inputs.allowInternalRepo ?? false,
    notify: { pagerduty: Boolean(inputs.pagerdutyRoutingKey), slack: Boolean(inputs.slackWebhookUrl) },
    ...(configProblems.length > 0 ? { configProblems } : {})
  }
  const runbook = incidentRunbookFreshness(ctx, workspace)
  if (runbook) ctx.runbook = runbook

  core.info(`event ${context.eventName}${payload.action ? `.${String(payload.action)}` : ''} in ${ref.owner}/${ref.repo}`)
  let plan: Plan
  try {
    plan = await routeEvent(gh, ref, context.eventName, payload, ctx, inputs, core, options)
  } catch (error) {
    // Never silent at 3 a.m.: the incident says the run failed, with a link (best effort).
    if (!inputs.dryRun)
      await noteFailure(gh, ref, payload, ctx, messageOf(error), envelope.runUrl).catch((e: unknown) =>
        core.warning(`could not say the failure on the incident: ${messageOf(e)}`)
      )
    throw error
  }

  for (const [name, value] of Object.entries(plan.outputs)) core.setOutput(name, value)
  core.setOutput('plan', JSON.stringify(plan.changes.map(describeChange)))
  if (plan.summary) await core.summary(plan.summary)
  core.info(`${plan.changes.length} change(s) planned; ${requests} API request(s) made${inputs.dryRun ? ' (dry run: nothing written)' : ''}`)
  if (plan.failure) core.setFailed(plan.failure)
  return plan
}

/** What every route needs: the client, the repository, the run's context and how to apply a plan. */
export interface Route {
  gh: GitHub
  ref: RepoRef
  ctx: RunContext
  inputs: Inputs
  core: Reporter
  options: HandleOptions
  /** Applies a plan (or prints it in a dry run); what it learned comes back. */
  apply: (plan: Plan, existing: Existing, target: number | string) => Promise<ApplyResult>
  /** Sends one page or notice (PagerDuty, Slack). */
  page: (change: Extract<Change, { kind: 'page' }>) => Promise<void>
}

/** The client, context and applier one run works with (pages and notices go through the notifiers). */
export function makeRoute(gh: GitHub, ref: RepoRef, ctx: RunContext, inputs: Inputs, core: Reporter, options: HandleOptions): Route {
  const page = (change: Extract<Change, { kind: 'page' }>) =>
    sendPage(change, { ...notifierOptions(inputs), ...(options.fetch ? { fetch: options.fetch } : {}) })
  const apply = (plan: Plan, existing: Existing, target: number | string) =>
    core.group(`${typeof target === 'number' ? `incident #${target}` : target}: ${plan.changes.length} change(s)`, () =>
      applyPlan(gh, ref, plan, existing, {
        dryRun: inputs.dryRun,
        log: core.info,
        annotate: (change) => annotate(core, change),
        page
      })
    )
  return { gh, ref, ctx, inputs, core, options, apply, page }
}

async function routeEvent(
  gh: GitHub,
  ref: RepoRef,
  eventName: string,
  payload: Record<string, unknown>,
  ctx: RunContext,
  inputs: Inputs,
  core: Reporter,
  options: HandleOptions
): Promise<Plan> {
  const action = String(payload.action ?? '')
  const sender = (payload.sender as { login?: string } | undefined)?.login ?? ''
  // Our own label and comment changes come back as events when the token is not the workflow token.
  if (sender === inputs.botLogin && (eventName === 'issues' || eventName === 'issue_comment')) {
    core.info('event caused by incident-kit itself: nothing to do')
    return emptyPlan()
  }
  const route = makeRoute(gh, ref, ctx, inputs, core, options)
  if (inputs.mode === 'setup') return runSetup(gh, ref, ctx, inputs, route.apply, (n) => reconcileIssue(route, n))
  if (eventName === 'issues' && payload.issue) return onIssueEvent(route, action, payload)
  if (eventName === 'issue_comment' && payload.issue && payload.comment) return onCommentEvent(route, action, payload, sender)
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') {
    const runbooks = await planRunbookScan(gh, ref, ctx, options.workspace, inputs.botLogin)
    await route.apply(runbooks, { others: {} }, 'runbook freshness')
    const clocks = await runScheduled(gh, ref, ctx, {
      botLogin: inputs.botLogin,
      dryRun: inputs.dryRun,
      reporter: core,
      reconcile: (n) => reconcileIssue(route, n, undefined, { guard: true })
    })
    return mergePlans(runbooks, clocks)
  }
  if (eventName === 'pull_request' && payload.pull_request) {
    const pull = payload.pull_request as { number: number }
    const plan = await planPullRequestCheck(gh, ref, ctx, pull, options.workspace, inputs.configPath)
    await route.apply(plan, { others: {} }, `pull request #${pull.number}`)
    return plan
  }
  core.info(`nothing to do for ${eventName}${action ? `.${action}` : ''}`)
  return emptyPlan()
}

/** issues.*: any change to an incident issue wakes a reconcile; the payload only says which issue. */
async function onIssueEvent(r: Route, action: string, payload: Record<string, unknown>): Promise<Plan> {
  if (!ISSUE_ACTIONS.has(action)) return emptyPlan()
  const { number } = payload.issue as { number: number }
  return reconcile(r, number)
}

const ISSUE_ACTIONS = new Set(['opened', 'labeled', 'unlabeled', 'closed', 'reopened', 'assigned', 'unassigned'])

/**
 * issue_comment.*: a comment with commands, or an edit of the bot's checklist (ticks), wakes a
 * reconcile. An ordinary comment costs no request: it cannot change the record.
 */
async function onCommentEvent(r: Route, action: string, payload: Record<string, unknown>, sender: string): Promise<Plan> {
  const { ctx, inputs } = r
  const { number } = payload.issue as { number: number }
  const comment = payload.comment as { id: number; body?: string; updated_at?: string; user?: { login?: string; type?: string } }
  if (isOwnComment(comment.user, inputs.botLogin)) {
    if (action !== 'edited' || kindOf(comment.body ?? '') !== 'checklist') return emptyPlan()
    const before = (payload.changes as { body?: { from?: string } } | undefined)?.body?.from
    if (before === undefined) return emptyPlan()
    // Who ticked is known only from this event: GitHub recorded its sender.
    return reconcile(r, number, { commentId: comment.id, by: sender, at: comment.updated_at ?? ctx.now, before, after: comment.body ?? '' })
  }
  if (action === 'deleted' || parseCommands(comment.body ?? '').length === 0) return emptyPlan()
  return reconcile(r, number)
}

type SeenEdit = Omit<ChecklistEdit, 'allowed'>

async function reconcile(r: Route, number: number, edit?: SeenEdit): Promise<Plan> {
  return (await reconcileIssue(r, number, edit)).plan
}

/**
 * Reads the issue's history and who acted on it, decides, applies. With `guard` (the scheduled
 * run, which no concurrency group orders against the issue's runs), nothing is written when the
 * issue changed after it was read: a newer run saw more, and writes what it saw.
 */
export async function reconcileIssue(r: Route, number: number, edit?: SeenEdit, options: { guard?: boolean } = {}): Promise<Reconciled> {
  const { gh, ref, ctx, inputs } = r
  const { issue, history } = await readIncidentHistory(gh, ref, number, inputs.botLogin)
  const { logins, gateTouched } = actorsToCheck(history, ctx)
  const actors = await readActors(gh, ref, edit ? [...logins, edit.by] : logins, gateTouched ? approverTeams(ctx) : [])
  const editor = edit ? actors.get(edit.by.toLowerCase()) : undefined
  const checklistEdit: ChecklistEdit | undefined = edit
    ? { ...edit, allowed: editor ? mayRunCommands(editor, ctx.config.commands.permission).allowed : false }
    : undefined
  const input = { issue, history, actors, ctx, ...(checklistEdit ? { checklistEdit } : {}), ...(await readOnce(r, issue, history)) }
  let reconciled = reconcileIncident(input)
  const existing = existingFrom(history.bot)
  if (options.guard && reconciled.plan.changes.length > 0 && (await changedSince(gh, ref, number, issue.updatedAt))) {
    r.core.info(`incident #${number} changed while it was read: left to the run that changed it`)
    return { ...reconciled, plan: { ...reconciled.plan, changes: [] }, reminded: [] }
  }
  // The Incident Commander is paged before anything else is written: the page is what matters most,
  // and a page that fails is then said at the top of the dashboard this run writes.
  const { sent, failed } = await pageFirst(r, reconciled.plan)
  if (failed.length > 0) reconciled = reconcileIncident({ ...input, failedPages: failed })
  const rest = { ...reconciled.plan, changes: reconciled.plan.changes.filter((c) => !(c.kind === 'page' && c.key && sent.has(c.key))) }
  if (reconciled.state) withConfigNote(rest, ctx, existing, number)
  const applied = await r.apply(rest, existing, number)
  reconciled = { ...reconciled, plan: { ...reconciled.plan, changes: [...sentPages(reconciled.plan, sent), ...rest.changes] } }
  if (reconciled.state) await afterDrillClosed(r, reconciled.state, existingAfter(existing, applied))
  const summary = history.bot.some((c) => c.kind === 'dashboard') || !reconciled.state ? undefined : openSummary(reconciled.state, number)
  return { ...reconciled, plan: { ...reconciled.plan, ...(summary ? { summary } : {}) } }
}

/**
 * What an incident records once (who can read it, the runbook commit it follows): read only when
 * the dashboard's verified cache lacks it, so later events cost no request for it.
 */
async function readOnce(r: Route, issue: IssueSnapshot, history: History): Promise<Pick<ReconcileInput, 'visibility' | 'runbook'>> {
  const { gh, ref, ctx, options } = r
  if (!isIncidentIssue(issue, ctx) && !history.bot.some((c) => c.kind === 'dashboard')) return {}
  const missing = missingOnce(history)
  const visibility = missing.visibility ? await checkVisibility(gh, ref, ctx) : undefined
  const runbook = missing.runbook ? await runbookFollowed(gh, ref, ctx, options.workspace, options.sha) : undefined
  return { ...(visibility ? { visibility } : {}), ...(runbook ? { runbook } : {}) }
}

/** Sends the plan's keyed pages (the Incident Commander's); returns the keys tried and those that failed. */
async function pageFirst(r: Route, plan: Plan): Promise<{ sent: Set<string>; failed: FailedPage[] }> {
  const sent = new Set<string>()
  const failed: FailedPage[] = []
  if (r.inputs.dryRun) return { sent, failed }
  for (const change of plan.changes) {
    if (change.kind !== 'page' || !change.key) continue
    sent.add(change.key)
    try {
      await r.page(change)
      r.core.info(describeChange(change))
    } catch (error) {
      r.core.warning(`${change.service} failed: ${messageOf(error)}`)
      failed.push({ key: change.key, error: messageOf(error) })
    }
  }
  return { sent, failed }
}

function sentPages(plan: Plan, sent: ReadonlySet<string>): Change[] {
  return plan.changes.filter((c) => c.kind === 'page' && c.key !== undefined && sent.has(c.key))
}

async function changedSince(gh: GitHub, ref: RepoRef, number: number, updatedAt: string | undefined): Promise<boolean> {
  const { data } = await gh.rest.issues.get({ ...ref, issue_number: number })
  return data.updated_at !== updatedAt
}

function openSummary(state: IncidentState, number: number): string {
  return [
    `## ${state.drill ? 'DRILL · ' : ''}${state.codename}`,
    '',
    `Incident #${number} opened in phase \`${state.phase}\`, severity ${state.severity ? `SEV-${state.severity}` : 'not set'}.`,
    ''
  ].join('\n')
}

/** Two plans reported as one: changes, outputs and summaries side by side, the first failure kept. */
function mergePlans(a: Plan, b: Plan): Plan {
  const summary = [a.summary, b.summary].filter(Boolean).join('\n')
  const failure = a.failure ?? b.failure
  return { changes: [...a.changes, ...b.changes], outputs: { ...a.outputs, ...b.outputs }, ...(summary ? { summary } : {}), ...(failure ? { failure } : {}) }
}

/**
 * After a drill closes: propose the new Last Tested date once, and note it on the timeline. Both
 * are plans for the applier; the dashboard's is built on the comments as the incident's plan left them.
 */
async function afterDrillClosed(r: Route, state: IncidentState, existing: Existing): Promise<void> {
  const { gh, ref, ctx, inputs, core } = r
  if (!state.drill || state.phase !== ctx.config.phases.at(-1)?.id || state.timeline.some((e) => e.key === 'drill-proposal')) return
  const proposal = await planDrillProposal(gh, ref, ctx, state, r.options.workspace, inputs.dryRun)
  if (!proposal) return
  if (inputs.dryRun) {
    core.info(proposal.dryRunLine)
    return
  }
  const line = proposal.line(await r.apply(proposal.plan, existing, state.issue))
  if (!line) return
  const next = { ...state, timeline: [...state.timeline, { at: ctx.now, kind: 'drill', text: line, key: 'drill-proposal' }] }
  const { body } = renderDashboard(next, { ...ctx, repoUrl: ctx.repo.url })
  await r.apply(
    { changes: [{ kind: 'upsert-comment', issue: state.issue, comment: 'dashboard', body: sealDashboard(body) }], outputs: {} },
    existing,
    state.issue
  )
}

/** A short note on the incident issue that a run failed, once per run attempt (found again by its key). */
async function noteFailure(
  gh: GitHub,
  ref: RepoRef,
  payload: Record<string, unknown>,
  ctx: RunContext,
  message: string,
  runUrl: string | undefined
): Promise<void> {
  const issue = payload.issue as { number?: number; labels?: ({ name?: string } | string)[] } | undefined
  if (!issue?.number) return
  const labels = (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
  if (!labels.includes(ctx.config.labels.trigger) && !labels.includes(ctx.config.labels.drill)) return
  const plan: Plan = { changes: [failureNote(issue.number, message, runUrl, ctx.now)], outputs: {} }
  await applyPlan(gh, ref, plan, { others: {} }, { dryRun: false, log: () => {} })
}

/** Says the configuration's problems on the incident: once per distinct set, in one comment kept current. */
function withConfigNote(plan: Plan, ctx: RunContext, existing: Existing, issue: number): Plan {
  const file = ctx.configProblems?.[0]?.file
  const note = configProblemsChange(ctx.configProblems, existing, issue, { fileUrl: (line) => `${ctx.repo.url}/blob/HEAD/${file}${line ? `#L${line}` : ''}` })
  if (note) plan.changes.push(note)
  return plan
}

function notifierOptions(inputs: Inputs): NotifierOptions {
  return {
    ...(inputs.pagerdutyRoutingKey ? { pagerdutyRoutingKey: inputs.pagerdutyRoutingKey } : {}),
    ...(inputs.pagerdutyUrl ? { pagerdutyUrl: inputs.pagerdutyUrl } : {}),
    ...(inputs.slackWebhookUrl ? { slackWebhookUrl: inputs.slackWebhookUrl } : {})
  }
}

function annotate(core: Reporter, change: Extract<Change, { kind: 'annotate' }>): void {
  const props = {
    ...(change.title ? { title: change.title } : {}),
    ...(change.file ? { file: change.file } : {}),
    ...(change.line ? { startLine: change.line } : {})
  }
  if (change.level === 'error') core.error(change.message, props)
  else if (change.level === 'warning') core.warning(change.message, props)
  else core.notice(change.message, props)
}
