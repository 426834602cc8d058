/**
 * The action's shell: read inputs, config and event; route the event to its decide function;
 * apply the plan (or print it in dry-run); report outputs, summary and failure.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import { ConfigError, parseConfig } from './config/load.js'
import { TemplateError } from './comms/render.js'
import { OVERRIDE_DIR, withOverrides } from './comms/templates.js'
import { applyPlan } from './github/apply.js'
import { createGitHub, type GitHub } from './github/client.js'
import { InputError, readInputs, type Inputs } from './github/inputs.js'
import { issueFromPayload, repoFromPayload } from './github/payload.js'
import { readExisting, readRepoFile, readTemplateOverrides, type RepoRef } from './github/read.js'
import type { RunContext } from './incident/model.js'
import { decideOpen, refusePublic } from './incident/open.js'
import { describeChange, emptyPlan, type Plan } from './incident/plan.js'

export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name))
    core.setSecret(inputs.token)
    if (inputs.pagerdutyRoutingKey) core.setSecret(inputs.pagerdutyRoutingKey)
    if (inputs.slackWebhookUrl) core.setSecret(inputs.slackWebhookUrl)
    await runWith(inputs)
  } catch (error) {
    core.setFailed(messageOf(error))
  }
}

function messageOf(error: unknown): string {
  if (error instanceof ConfigError || error instanceof InputError || error instanceof TemplateError) return error.message
  if (error instanceof Error) {
    const status = (error as { status?: number }).status
    return status ? `GitHub API error ${status}: ${error.message}` : error.message
  }
  return String(error)
}

async function runWith(inputs: Inputs): Promise<void> {
  const { context } = github
  const ref: RepoRef = { owner: context.repo.owner, repo: context.repo.repo }
  const payload = context.payload as Record<string, unknown>
  const repo = repoFromPayload(payload.repository as never, ref, context.serverUrl)
  let requests = 0
  const gh = createGitHub({
    token: inputs.token,
    baseUrl: context.apiUrl,
    log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
    onRequest: () => {
      requests++
    }
  })

  // Refuse before reading anything else: a public repository gets no writes at all.
  const publicRefusal = refusePublic({ repo, allowPublicRepo: inputs.allowPublicRepo } as RunContext)
  if (publicRefusal) {
    core.setOutput('plan', '[]')
    core.setFailed(publicRefusal)
    return
  }

  const workspace = process.env.GITHUB_WORKSPACE
  const config = parseConfig(await readRepoFile(gh, ref, inputs.configPath, workspace), inputs.configPath)
  const templates = withOverrides(await readTemplateOverrides(gh, ref, OVERRIDE_DIR, workspace))
  const ctx: RunContext = { repo, config, templates, now: new Date().toISOString(), allowPublicRepo: inputs.allowPublicRepo }

  core.info(`event ${context.eventName}${payload.action ? `.${String(payload.action)}` : ''} in ${ref.owner}/${ref.repo}`)
  const plan = await routeEvent(gh, ref, context.eventName, payload, ctx, inputs)

  for (const [name, value] of Object.entries(plan.outputs)) core.setOutput(name, value)
  core.setOutput('plan', JSON.stringify(plan.changes.map(describeChange)))
  if (plan.summary) await core.summary.addRaw(plan.summary).write()
  core.info(`${plan.changes.length} change(s) planned; ${requests} API request(s) made${inputs.dryRun ? ' (dry run: nothing written)' : ''}`)
  if (plan.failure) core.setFailed(plan.failure)
}

async function routeEvent(gh: GitHub, ref: RepoRef, eventName: string, payload: Record<string, unknown>, ctx: RunContext, inputs: Inputs): Promise<Plan> {
  const action = String(payload.action ?? '')
  if (eventName === 'issues' && payload.issue) {
    const issue = issueFromPayload(payload.issue as never)
    const opening = action === 'opened' || action === 'reopened' || (action === 'labeled' && isTriggerLabel(payload, ctx))
    if (!opening) return emptyPlan()
    const existing = await readExisting(gh, ref, issue.number, inputs.botLogin)
    const plan = decideOpen(issue, existing, ctx)
    await core.group(`incident #${issue.number}`, async () => {
      await applyPlan(gh, ref, plan, existing, { dryRun: inputs.dryRun, log: core.info })
    })
    return plan
  }
  core.info(`nothing to do for ${eventName}${action ? `.${action}` : ''}`)
  return emptyPlan()
}

function isTriggerLabel(payload: Record<string, unknown>, ctx: RunContext): boolean {
  const name = (payload.label as { name?: string } | undefined)?.name
  return name === ctx.config.labels.trigger || name === ctx.config.labels.drill
}
