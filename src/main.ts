/**
 * The action's entry: inputs and the event from the runner, reporting through @actions/core.
 * Everything else happens in github/handle.ts.
 */
import * as core from '@actions/core'
import { handleEvent } from './github/handle.js'
import { readInputs } from './github/inputs.js'
import type { Reporter } from './github/reporter.js'
import { eventFromRunner } from './github/runner.js'

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

export interface RunOptions {
  /** The run's clock (ISO 8601); the real one when omitted. Tests that run the action in-process pass a fixed time. */
  now?: () => string
}

export async function run(options: RunOptions = {}): Promise<void> {
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
  let envelope
  try {
    envelope = eventFromRunner(process.env, core.info)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
    return
  }
  await handleEvent(envelope, inputs, reporter, options.now ? { now: options.now } : {})
}
