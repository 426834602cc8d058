import { describe, expect, it } from '@jest/globals'
import { pagerDutyBody } from '../../../src/notify/notifiers.js'

const page = (severity: 1 | 2 | 3 | 4 | null) =>
  pagerDutyBody(
    {
      kind: 'page',
      service: 'pagerduty',
      event: 'trigger',
      summary: 'amber-otter needs an Incident Commander',
      dedupKey: 'amber-otter',
      link: 'https://github.com/acme/incidents/issues/3',
      severity
    },
    'KEY'
  )

describe('a PagerDuty page', () => {
  it('carries the incident severity as the event severity, which drives severity-based urgency', () => {
    const severities = ([1, 2, 3, 4, null] as const).map((s) => (page(s) as { payload: { severity: string } }).payload.severity)
    expect(severities).toEqual(['critical', 'error', 'warning', 'info', 'error'])
  })

  it('carries the codename and the link, nothing else of the incident', () => {
    expect(page(1)).toEqual({
      routing_key: 'KEY',
      event_action: 'trigger',
      dedup_key: 'amber-otter',
      payload: { summary: 'amber-otter needs an Incident Commander', source: 'incident-kit', severity: 'critical' },
      links: [{ href: 'https://github.com/acme/issues/3'.replace('acme/', 'acme/incidents/'), text: 'amber-otter' }]
    })
  })
})
