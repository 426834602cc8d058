/**
 * The action's entry: inputs and the event from the runner, reporting through @actions/core.
 * Everything else happens in github/handle.ts.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import { handleEvent } from './github/handle.js'
import { readInputs } from './github/inputs.js'
import type { Reporter } from './github/reporter.js'

const reporter: Reporter = {
  debug: core.debug,
  info: core.info,
  notice: core.notice,
  warning: core.warning,
  error: core.error,
  group: core.group,
  setOutput: core.setOutput,
  setFailed: core.setFailed,
  summary: async (markdown) => {
    await core.summary.addRaw(markdown).write()
  }
}

export async function run(): Promise<void> {
  let inputs
  try {
    inputs = readInputs((name) => core.getInput(name))
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
    return
  }
  core.setSecret(inputs.token)
  if (inputs.pagerdutyRoutingKey) core.setSecret(inputs.pagerdutyRoutingKey)
  if (inputs.slackWebhookUrl) core.setSecret(inputs.slackWebhookUrl)
  const { context } = github
  await handleEvent(
    {
      name: context.eventName,
      payload: context.payload as Record<string, unknown>,
      ref: { owner: context.repo.owner, repo: context.repo.repo },
      apiUrl: context.apiUrl,
      serverUrl: context.serverUrl,
      ...(process.env.GITHUB_WORKSPACE ? { workspace: process.env.GITHUB_WORKSPACE } : {})
    },
    inputs,
    reporter
  )
}
