/** The action's inputs, read and checked in one place. Errors name the input. */
import { DEFAULT_CONFIG_PATH } from '../config/load.js'

export interface Inputs {
  token: string
  configPath: string
  dryRun: boolean
  allowPublicRepo: boolean
  /** Internal repositories are readable by a whole enterprise: refused unless allowed. */
  allowInternalRepo?: boolean
  botLogin: string
  pagerdutyRoutingKey?: string
  /** The Events API v2 endpoint: the EU service region has its own. */
  pagerdutyUrl?: string
  slackWebhookUrl?: string
  /** `events` (the default): handle the event. `setup`: create the labels, check the install, file a drill. */
  mode?: 'events' | 'setup'
}

export type InputReader = (name: string) => string

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  const v = raw.trim().toLowerCase()
  if (v === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(v)) return true
  if (['false', 'no', 'off', '0'].includes(v)) return false
  throw new InputError(`input ${name}: expected true or false, got "${raw}"`)
}

export function readInputs(get: InputReader): Inputs {
  const token = get('github-token').trim()
  if (!token) throw new InputError('input github-token: empty. Pass ${{ github.token }} (the default) or a token with issues: write.')
  const slack = get('slack-webhook-url').trim()
  if (slack && !/^https?:\/\//.test(slack)) throw new InputError('input slack-webhook-url: expected an http(s) URL')
  const pagerduty = get('pagerduty-routing-key').trim()
  const pagerdutyUrl = get('pagerduty-events-url').trim()
  if (pagerdutyUrl && !/^https?:\/\//.test(pagerdutyUrl)) throw new InputError('input pagerduty-events-url: expected an http(s) URL')
  const mode = (get('mode') ?? '').trim().toLowerCase() || 'events'
  if (mode !== 'events' && mode !== 'setup') throw new InputError(`input mode: expected "events" or "setup", got "${mode}"`)
  return {
    token,
    mode,
    configPath: get('config-path').trim() || DEFAULT_CONFIG_PATH,
    dryRun: parseBoolean('dry-run', get('dry-run'), false),
    allowPublicRepo: parseBoolean('allow-public-repo', get('allow-public-repo'), false),
    allowInternalRepo: parseBoolean('allow-internal-repo', get('allow-internal-repo'), false),
    botLogin: get('bot-login').trim() || 'github-actions[bot]',
    ...(pagerduty ? { pagerdutyRoutingKey: pagerduty } : {}),
    ...(pagerdutyUrl ? { pagerdutyUrl } : {}),
    ...(slack ? { slackWebhookUrl: slack } : {})
  }
}
