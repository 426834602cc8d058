/**
 * Pages and notices that leave GitHub: PagerDuty Events API v2 and Slack incoming webhooks.
 * They carry the codename and a link, never incident details: a page is read on lock screens.
 */
import type { Change } from '../incident/plan.js'

export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue'

export type PageChange = Extract<Change, { kind: 'page' }>

/**
 * PagerDuty's event severity for an incident's: it drives the urgency of the page in services
 * that use severity-based urgency. Not known yet pages as an error: the runbook says to trigger
 * the process anyway and let the Incident Commander decide.
 */
export function pagerDutySeverity(severity: PageChange['severity']): 'critical' | 'error' | 'warning' | 'info' {
  if (severity === 1) return 'critical'
  if (severity === 3) return 'warning'
  if (severity === 4) return 'info'
  return 'error'
}

/** The PagerDuty Events v2 body: dedup key = codename, so repeated pages are one alert. */
export function pagerDutyBody(change: PageChange, routingKey: string): object {
  if (change.event === 'resolve') return { routing_key: routingKey, event_action: 'resolve', dedup_key: change.dedupKey }
  return {
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: change.dedupKey,
    payload: { summary: change.summary, source: 'incident-kit', severity: pagerDutySeverity(change.severity) },
    links: [{ href: change.link, text: change.dedupKey }]
  }
}

export function slackBody(change: PageChange): object {
  return { text: `incident-kit · ${change.summary} · <${change.link}|open>` }
}

export interface NotifierOptions {
  pagerdutyRoutingKey?: string
  pagerdutyUrl?: string
  slackWebhookUrl?: string
  fetch?: typeof fetch
}

/** Sends one page; throws with the HTTP status on failure (the caller says so in the issue). */
export async function sendPage(change: PageChange, options: NotifierOptions): Promise<void> {
  const doFetch = options.fetch ?? fetch
  let url: string
  let body: object
  if (change.service === 'pagerduty') {
    if (!options.pagerdutyRoutingKey) throw new Error('no PagerDuty routing key')
    url = options.pagerdutyUrl ?? PAGERDUTY_EVENTS_URL
    body = pagerDutyBody(change, options.pagerdutyRoutingKey)
  } else {
    if (!options.slackWebhookUrl) throw new Error('no Slack webhook')
    url = options.slackWebhookUrl
    body = slackBody(change)
  }
  const res = await doFetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000)
  })
  if (!res.ok) throw new Error(`${change.service} answered HTTP ${res.status}`)
}
