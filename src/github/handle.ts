/**
 * Handling one event: read config and state, route the event to its decide function, apply the
 * plan (or print it in dry-run), report outputs and summary. Used by the action (main.ts) and
 * by the CLI's simulation; it talks to the runner only through a Reporter.
 */
import { ConfigError, formatProblem, loadConfig } from '../config/load.js'
import { configProblemsChange } from '../config/problems.js'
import { TemplateError } from '../comms/render.js'
import { OVERRIDE_DIR, withOverrides } from '../comms/templates.js'
import { teamsToCheck } from '../incident/authz.js'
import { commandsIn, decideLive, labelNeedsActor, tickNeedsActor, type LiveEvent } from '../incident/live.js'
import type { Existing, RunContext } from '../incident/model.js'
import { decideOpen, refusePublic } from '../incident/open.js'
import { describeChange, emptyPlan, type Change, type Plan } from '../incident/plan.js'
import { renderDashboard } from '../incident/dashboard.js'
import { decodeState, kindOf } from '../incident/state.js'
import { sendPage, type NotifierOptions } from '../notify/notifiers.js'
import { readActor } from './actor.js'
import { applyPlan } from './apply.js'
import { createGitHub, type GitHub } from './client.js'
import { InputError, type Inputs } from './inputs.js'
import { issueFromPayload, repoFromPayload } from './payload.js'
import { isOwnComment, readExisting, readRepoFile, readTemplateOverrides, type RepoRef } from './read.js'
import type { Reporter } from './reporter.js'
import { incidentRunbookFreshness, planPullRequestCheck, planRunbookScan, proposeDrillDate } from './runbooks.js'
import { runScheduled } from './scheduled.js'
import { runSetup } from './setup.js'

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
}

export interface HandleOptions {
  /** Set by handleEvent from the envelope. */
  workspace?: string
  /** Rate-limit handling; off only for the in-process stand-in. */
  throttling?: boolean
  now?: () => string
  /** Replaces fetch for pages and notices (the simulation records them instead). */
  fetch?: typeof fetch
}

/** Runs the action for one event. Never throws: failures are reported through `reporter.setFailed`. */
export async function handleEvent(envelope: EventEnvelope, inputs: Inputs, reporter: Reporter, options: HandleOptions = {}): Promise<Plan> {
  try {
    return await handle(envelope, inputs, reporter, { ...options, ...(envelope.workspace ? { workspace: envelope.workspace } : {}) })
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
  const publicRefusal = refusePublic({ repo, allowPublicRepo: inputs.allowPublicRepo } as RunContext)
  if (publicRefusal) {
    core.setOutput('plan', '[]')
    core.setFailed(publicRefusal)
    return emptyPlan()
  }

  const workspace = envelope.workspace
  // A config problem never stops a run: the defaults apply, the log annotates it, a new incident says it.
  const { config, problems: configProblems } = loadConfig(await readRepoFile(gh, ref, inputs.configPath, workspace), inputs.configPath)
  if (envelope.name !== 'pull_request') for (const p of configProblems) core.warning(formatProblem(p), { title: 'incident-kit configuration', file: p.file, ...(p.line ? { startLine: p.line } : {}) })
  core.setOutput('config-problems', JSON.stringify(configProblems.map(formatProblem)))
  const templates = withOverrides(await readTemplateOverrides(gh, ref, OVERRIDE_DIR, workspace))
  const ctx: RunContext = {
    repo,
    config,
    templates,
    now: options.now?.() ?? new Date().toISOString(),
    allowPublicRepo: inputs.allowPublicRepo,
    notify: { pagerduty: Boolean(inputs.pagerdutyRoutingKey), slack: Boolean(inputs.slackWebhookUrl) },
    ...(configProblems.length > 0 ? { configProblems } : {})
  }
  const runbook = incidentRunbookFreshness(ctx, workspace)
  if (runbook) ctx.runbook = runbook

  core.info(`event ${context.eventName}${payload.action ? `.${String(payload.action)}` : ''} in ${ref.owner}/${ref.repo}`)
  const plan = await routeEvent(gh, ref, context.eventName, payload, ctx, inputs, core, options)

  for (const [name, value] of Object.entries(plan.outputs)) core.setOutput(name, value)
  core.setOutput('plan', JSON.stringify(plan.changes.map(describeChange)))
  if (plan.summary) await core.summary(plan.summary)
  core.info(`${plan.changes.length} change(s) planned; ${requests} API request(s) made${inputs.dryRun ? ' (dry run: nothing written)' : ''}`)
  if (plan.failure) core.setFailed(plan.failure)
  return plan
}

/** What every route needs: the client, the repository, the run's context and how to apply a plan. */
interface Route {
  gh: GitHub
  ref: RepoRef
  ctx: RunContext
  inputs: Inputs
  core: Reporter
  options: HandleOptions
  apply: (plan: Plan, existing: Existing, target: number | string) => Promise<Plan>
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
  const apply = async (plan: Plan, existing: Existing, target: number | string) => {
    await core.group(`${typeof target === 'number' ? `incident #${target}` : target}: ${plan.changes.length} change(s)`, async () => {
      await applyPlan(gh, ref, plan, existing, {
        dryRun: inputs.dryRun,
        log: core.info,
        annotate: (change) => annotate(core, change),
        page: (change) => sendPage(change, { ...notifierOptions(inputs), ...(options.fetch ? { fetch: options.fetch } : {}) })
      })
    })
    return plan
  }
  const route: Route = { gh, ref, ctx, inputs, core, options, apply }
  if (inputs.mode === 'setup') return runSetup(gh, ref, ctx, inputs, apply)
  if (eventName === 'issues' && payload.issue) return onIssueEvent(route, action, payload, sender)
  if (eventName === 'issue_comment' && payload.issue && payload.comment) return onCommentEvent(route, action, payload, sender)
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') {
    const runbooks = await apply(await planRunbookScan(gh, ref, ctx, options.workspace, inputs.botLogin), { others: {} }, 'runbook freshness')
    const clocks = await runScheduled(gh, ref, ctx, { botLogin: inputs.botLogin, dryRun: inputs.dryRun, reporter: core })
    return mergePlans(runbooks, clocks)
  }
  if (eventName === 'pull_request' && payload.pull_request) {
    const pull = payload.pull_request as { number: number }
    return apply(await planPullRequestCheck(gh, ref, ctx, pull, options.workspace, inputs.configPath), { others: {} }, `pull request #${pull.number}`)
  }
  core.info(`nothing to do for ${eventName}${action ? `.${action}` : ''}`)
  return emptyPlan()
}

/** issues.*: opening (or the trigger label), phase / severity / gate labels, closing and reopening. */
async function onIssueEvent(r: Route, action: string, payload: Record<string, unknown>, sender: string): Promise<Plan> {
  const { gh, ref, ctx, inputs } = r
  const snapshot = issueFromPayload(payload.issue as never)
  const label = (payload.label as { name?: string } | undefined)?.name ?? ''
  if (action === 'opened' || (action === 'labeled' && isTriggerLabel(label, ctx))) return openIncident(gh, ref, snapshot.number, ctx, inputs, r.apply)
  const relevant = action === 'closed' || action === 'reopened' || ((action === 'labeled' || action === 'unlabeled') && isIncidentLabel(label, ctx))
  if (!relevant) return emptyPlan()
  // Who the sender is first, the state last: the state is read as late as possible before it is written.
  const actor = labelNeedsActor(label, ctx) ? await readActor(gh, ref, sender, gateTeams(label, ctx)) : undefined
  const existing = await readExisting(gh, ref, snapshot.number, inputs.botLogin)
  if (!existing.state) return action === 'reopened' ? openIncident(gh, ref, snapshot.number, ctx, inputs, r.apply) : emptyPlan()
  const event: LiveEvent = action === 'closed' ? { type: 'closed' } : action === 'reopened' ? { type: 'reopened' } : { type: action as 'labeled' | 'unlabeled', label }
  const updatedAt = (payload.issue as { updated_at?: string }).updated_at ?? ''
  const eventKey = `${action}:${label}:${sender}:${updatedAt}`
  const plan = withConfigNote(decideLive({ event, eventKey, issue: snapshot, sender, ...(actor ? { actor } : {}), existing: { ...existing, state: existing.state }, ctx }), ctx, existing, snapshot.number)
  await r.apply(plan, existing, snapshot.number)
  if (action === 'closed') await afterDrillClosed(gh, ref, ctx, existing, inputs, r.options.workspace, r.core)
  return plan
}

/** issue_comment.*: commands in a new comment, or ticks in the bot's checklist. An ordinary comment costs no request. */
async function onCommentEvent(r: Route, action: string, payload: Record<string, unknown>, sender: string): Promise<Plan> {
  const { gh, ref, ctx, inputs } = r
  const snapshot = issueFromPayload(payload.issue as never)
  const comment = payload.comment as { id: number; body?: string; user?: { login?: string; type?: string } }
  if (isOwnComment(comment.user, inputs.botLogin)) {
    if (action !== 'edited' || kindOf(comment.body ?? '') !== 'checklist') return emptyPlan()
    const before = (payload.changes as { body?: { from?: string } } | undefined)?.body?.from
    if (before === undefined) return emptyPlan()
    const existing = await readExisting(gh, ref, snapshot.number, inputs.botLogin)
    if (!existing.state || existing.checklist?.id !== comment.id) return emptyPlan()
    const actor = tickNeedsActor(existing.state, sender, ctx.now) ? await readActor(gh, ref, sender, []) : undefined
    const event: LiveEvent = { type: 'checklist-edited', commentId: comment.id, before, after: comment.body ?? '' }
    const plan = withConfigNote(decideLive({ event, issue: snapshot, sender, ...(actor ? { actor } : {}), existing: { ...existing, state: existing.state }, ctx }), ctx, existing, snapshot.number)
    return r.apply(plan, existing, snapshot.number)
  }
  if (action !== 'created') return emptyPlan()
  const commands = commandsIn(comment.body ?? '')
  if (commands.length === 0) return emptyPlan()
  const gates = commands.flatMap((c) => (c.name === 'approve' || c.name === 'revoke' ? [c.gate] : []))
  const actor = await readActor(gh, ref, sender, teamsToCheck(sender, gates.flatMap((g) => (ctx.config.gates[g] ? [ctx.config.gates[g].approvers] : []))))
  const existing = await readExisting(gh, ref, snapshot.number, inputs.botLogin)
  if (!existing.state) return emptyPlan()
  const event: LiveEvent = { type: 'comment', comment: { id: comment.id, body: comment.body ?? '', author: comment.user?.login ?? sender } }
  const plan = withConfigNote(decideLive({ event, issue: snapshot, sender, actor, existing: { ...existing, state: existing.state }, ctx }), ctx, existing, snapshot.number)
  return r.apply(plan, existing, snapshot.number)
}

/** Two plans reported as one: changes, outputs and summaries side by side, the first failure kept. */
function mergePlans(a: Plan, b: Plan): Plan {
  const summary = [a.summary, b.summary].filter(Boolean).join('\n')
  const failure = a.failure ?? b.failure
  return { changes: [...a.changes, ...b.changes], outputs: { ...a.outputs, ...b.outputs }, ...(summary ? { summary } : {}), ...(failure ? { failure } : {}) }
}

/** After a drill closes: propose the new Last Tested date once, and note it on the timeline. */
async function afterDrillClosed(gh: GitHub, ref: RepoRef, ctx: RunContext, existing: Existing, inputs: Inputs, workspace: string | undefined, core: Reporter): Promise<void> {
  const state = existing.dashboard ? decodeState(existing.dashboard.body) : undefined
  if (!state?.drill || state.phase !== ctx.config.phases.at(-1)?.id || state.timeline.some((e) => e.key === 'drill-proposal')) return
  const line = await proposeDrillDate(gh, ref, ctx, state, workspace, inputs.dryRun)
  if (!line || inputs.dryRun) {
    if (line) core.info(line)
    return
  }
  state.timeline.push({ at: ctx.now, kind: 'drill', text: line, key: 'drill-proposal' })
  const { body } = renderDashboard(state, { ...ctx, repoUrl: ctx.repo.url })
  await applyPlan(gh, ref, { changes: [{ kind: 'upsert-comment', issue: state.issue, comment: 'dashboard', body }], outputs: {} }, existing, { dryRun: false, log: core.info })
}

/** Opening reads the issue first: its current labels (not the payload's) are the ones kept, and no comments means nothing to re-read. */
async function openIncident(gh: GitHub, ref: RepoRef, number: number, ctx: RunContext, inputs: Inputs, apply: (p: Plan, e: Existing, n: number) => Promise<Plan>): Promise<Plan> {
  const { data } = await gh.rest.issues.get({ ...ref, issue_number: number })
  const issue = issueFromPayload(data as never)
  const existing: Existing = data.comments > 0 ? await readExisting(gh, ref, number, inputs.botLogin) : { others: {} }
  const plan = decideOpen(issue, existing, ctx)
  if (existing.state || plan.changes.some((c) => c.kind === 'upsert-comment')) withConfigNote(plan, ctx, existing, number)
  return apply(plan, existing, number)
}

/** Says the configuration's problems on the incident: once per distinct set, in one comment kept current. */
function withConfigNote(plan: Plan, ctx: RunContext, existing: Existing, issue: number): Plan {
  const file = ctx.configProblems?.[0]?.file
  const note = configProblemsChange(ctx.configProblems, existing, issue, { fileUrl: (line) => `${ctx.repo.url}/blob/HEAD/${file}${line ? `#L${line}` : ''}` })
  if (note) plan.changes.push(note)
  return plan
}

function isTriggerLabel(name: string, ctx: RunContext): boolean {
  return name === ctx.config.labels.trigger || name === ctx.config.labels.drill
}

function isIncidentLabel(name: string, ctx: RunContext): boolean {
  const { phasePrefix, severityPrefix, gatePrefix } = ctx.config.labels
  return [phasePrefix, severityPrefix, gatePrefix].some((p) => name.startsWith(p))
}

function gateTeams(label: string, ctx: RunContext): string[] {
  const gate = ctx.config.gates[label.slice(ctx.config.labels.gatePrefix.length)]
  return gate ? gate.approvers.teams : []
}

function notifierOptions(inputs: Inputs): NotifierOptions {
  return {
    ...(inputs.pagerdutyRoutingKey ? { pagerdutyRoutingKey: inputs.pagerdutyRoutingKey } : {}),
    ...(inputs.pagerdutyUrl ? { pagerdutyUrl: inputs.pagerdutyUrl } : {}),
    ...(inputs.slackWebhookUrl ? { slackWebhookUrl: inputs.slackWebhookUrl } : {})
  }
}

function annotate(core: Reporter, change: Extract<Change, { kind: 'annotate' }>): void {
  const props = { ...(change.title ? { title: change.title } : {}), ...(change.file ? { file: change.file } : {}), ...(change.line ? { startLine: change.line } : {}) }
  if (change.level === 'error') core.error(change.message, props)
  else if (change.level === 'warning') core.warning(change.message, props)
  else core.notice(change.message, props)
}
