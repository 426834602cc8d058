/**
 * Response metrics from the record: per incident (dashboard line, post-mortem rows) and across
 * incidents (by month and severity, drills apart), and the cache that spares re-reading closed
 * incidents.
 */
import { describe, expect, it } from '@jest/globals'
import { builtinTemplates } from '../../../src/comms/templates.js'
import {
  decodeMetricsCache,
  encodeMetricsCache,
  fitCache,
  incidentMetrics,
  metricsIssueBody,
  metricsIssueChanges,
  metricsLine,
  metricsReportView,
  renderMetricsReport,
  responseTimeRows,
  type IncidentMetrics,
  type MetricsCache
} from '../../../src/incident/metrics.js'
import type { IncidentState } from '../../../src/incident/state.js'
import { at, context, DETECTED, FILED, formWithSeverity, openIncident, releaseComment, respondAll } from './helpers.js'

const config = context().config
const MIN = 60_000
const HOUR = 60 * MIN
/** Minutes from detection (09:12) to `at(minutes)` (the filing was 8 minutes after detection). */
const fromDetection = (minutes: number) => (minutes + 8) * MIN

const GATES = ['not-internal', 'timeline-verified', 'impact-known', 'fix-verified', 'legal-approved']

/** The whole response, as the runbook has it. */
function fullResponse(): IncidentState {
  return respondAll(openIncident(), [
    [7, '/ic @ic-ian'],
    [10, '/phase mitigation'],
    [95, '/phase containment'],
    [200, '/phase investigation'],
    [600, '/approve not-internal'],
    [620, '/released internal-update e-mail to engineering leads'],
    [1_400, '/phase communication'],
    ...GATES.slice(1).map((g, i) => [2_000 + i, `/approve ${g}`] as [number, string]),
    [2_010, releaseComment()],
    [4_000, 'close']
  ])
}

describe('one incident', () => {
  const posted = new Set(['internal-update', 'external-announcement'])
  const m = incidentMetrics(fullResponse(), config, posted, at(5_000))

  it('measures the time to an IC from the report, everything else from detection', () => {
    expect(m.detectedAt).toBe(DETECTED)
    expect(m.to).toEqual({
      ic: 7 * MIN,
      mitigation: fromDetection(95),
      containment: fromDetection(200),
      // The drafts count from when a person recorded them as sent and published, not from when the bot posted them.
      internalUpdate: fromDetection(620),
      announcement: fromDetection(2_010),
      resolution: fromDetection(4_000)
    })
  })

  it('counts the clocks missed or met late', () => {
    // The status update (4 h) was missed; the IC came in time; the announcement was within 72 h.
    expect(m.clocksMissed).toBe(1)
  })

  it('reads as one line on the dashboard', () => {
    expect(metricsLine(m)).toBe(
      'Incident Commander 7m after the report · from detection: mitigated 1h 43m, contained 3h 28m, internal update 10h 28m, announcement 1d 9h, resolved 2d 18h'
    )
    expect(metricsLine(incidentMetrics(openIncident(), config, posted, at(1)))).toBeNull()
  })

  it('gives the post-mortem a row per measure, "-" for what never happened', () => {
    const rows = responseTimeRows(respondAll(openIncident(), [[30, 'close']]), config, new Set(), at(60))
    expect(rows).toEqual([
      { measure: 'Incident Commander', time: '-', from: 'report' },
      { measure: 'Mitigated', time: '-', from: 'detection' },
      { measure: 'Contained', time: '-', from: 'detection' },
      { measure: 'Internal update', time: '-', from: 'detection' },
      { measure: 'Announcement', time: '-', from: 'detection' },
      { measure: 'Resolved', time: '38m', from: 'detection' }
    ])
  })

  it('a false alarm closed from triage was never mitigated or contained', () => {
    const falseAlarm = incidentMetrics(respondAll(openIncident(), [[30, 'close']]), config, new Set(), at(60))
    expect(falseAlarm.to.mitigation).toBeUndefined()
    expect(falseAlarm.to.containment).toBeUndefined()
  })

  it('an incident resolved from containment was mitigated by then and contained on resolution', () => {
    const quick = incidentMetrics(
      respondAll(openIncident(), [
        [20, '/phase containment'],
        [90, 'close']
      ]),
      config,
      new Set(),
      at(100)
    )
    expect(quick.to).toMatchObject({ mitigation: fromDetection(20), containment: fromDetection(90) })
  })

  it('a draft posted but never recorded as released has no time', () => {
    const approvedOnly = respondAll(
      openIncident(),
      GATES.map((g, i) => [100 + i, `/approve ${g}`] as [number, string])
    )
    const unreleased = incidentMetrics(approvedOnly, config, posted, at(5_000))
    expect(unreleased.to.announcement).toBeUndefined()
    expect(unreleased.to.internalUpdate).toBeUndefined()
  })
})

function metrics(overrides: Partial<IncidentMetrics> & { issue: number }): IncidentMetrics {
  return { severity: 2, drill: false, openedAt: FILED, detectedAt: DETECTED, to: {}, clocksMissed: 0, ...overrides }
}

describe('the cache of closed incidents', () => {
  const cache: MetricsCache = {
    fullAt: '2026-11-22T10:00:00.000Z',
    listedAt: '2026-11-23T10:15:00.000Z',
    entries: [
      {
        issue: 7,
        updatedAt: '2026-11-20T08:00:05.000Z',
        metrics: metrics({ issue: 7, severity: 1, to: { ic: 5 * MIN, resolution: 50 * HOUR }, clocksMissed: 2 })
      },
      { issue: 12, updatedAt: '2026-11-21T08:00:00.000Z', metrics: metrics({ issue: 12, severity: null, drill: true, to: {} }) },
      { issue: 13, updatedAt: '2026-11-21T09:00:00.000Z', metrics: null }
    ]
  }

  it('reads back what it wrote', () => {
    expect(decodeMetricsCache(`text before\n${encodeMetricsCache(cache)}\n`)).toEqual(cache)
  })

  it('holds only digits, letters and commas, so nothing inside it can end the comment', () => {
    const inner = encodeMetricsCache(cache)
      .replace(/^<!-- /, '')
      .replace(/-->$/, '')
    expect(inner).not.toMatch(/--|>/)
  })

  it('is refused whole when anything in it is odd (a hand edit means "rebuild")', () => {
    const text = encodeMetricsCache(cache)
    expect(decodeMetricsCache(text.replace('\n7,', '\n7,zz,'))).toBeUndefined()
    expect(decodeMetricsCache(text.replace(',', ',<b>'))).toBeUndefined()
    expect(decodeMetricsCache('no cache here')).toBeUndefined()
  })

  it('keeps the newest incidents that fit, and says below which number the rest were left out', () => {
    const many: MetricsCache = {
      entries: Array.from({ length: 3_000 }, (_, i) => ({
        issue: i + 1,
        updatedAt: FILED,
        metrics: metrics({ issue: i + 1, to: { ic: 3 * MIN, resolution: 30 * HOUR } })
      }))
    }
    const fitted = fitCache(many, 40_000)
    expect(encodeMetricsCache(fitted).length).toBeLessThanOrEqual(40_000)
    expect(fitted.entries.length).toBeGreaterThan(800)
    expect(fitted.floor).toBe(Math.min(...fitted.entries.map((e) => e.issue)))
    expect(Math.max(...fitted.entries.map((e) => e.issue))).toBe(3_000)
  })
})

describe('the report across incidents', () => {
  const all = [
    metrics({ issue: 1, severity: 1, openedAt: '2026-10-03T10:00:00Z', to: { ic: 4 * MIN, containment: 3 * HOUR, resolution: 30 * HOUR } }),
    metrics({ issue: 2, severity: 1, openedAt: '2026-10-20T10:00:00Z', to: { ic: 10 * MIN, containment: 5 * HOUR, resolution: 50 * HOUR }, clocksMissed: 1 }),
    metrics({ issue: 3, severity: 3, openedAt: '2026-11-02T10:00:00Z', to: { resolution: 4 * HOUR } }),
    metrics({ issue: 4, severity: null, openedAt: '2026-11-22T10:00:00Z', to: {} }),
    metrics({ issue: 5, severity: 2, drill: true, openedAt: '2026-11-10T10:00:00Z', to: { ic: 2 * MIN, resolution: 2 * HOUR } })
  ]
  const view = metricsReportView(all)

  it('gives medians per month and severity, with how many incidents each is taken over', () => {
    expect(view.rows.map((r) => [r.month, r.severity, r.incidents, r.open, r.ic, r.containment, r.resolution, r.clocksMissed])).toEqual([
      ['2026-11', 'SEV-3', 1, 0, '-', '-', '4h (1)', 0],
      ['2026-11', 'unassessed', 1, 1, '-', '-', '-', 0],
      ['2026-10', 'SEV-1', 2, 0, '7m (2)', '4h (2)', '1d 16h (2)', 1]
    ])
    expect(view.bySeverity.map((r) => r.severity)).toEqual(['SEV-1', 'SEV-3', 'unassessed'])
  })

  it('reports drills apart, out of the real figures', () => {
    expect(view.incidents).toBe(4)
    expect(view.drills).toBe(1)
    expect(view.drillRows).toEqual([expect.objectContaining({ month: '2026-11', incidents: 1, ic: '2m (1)' })])
  })

  it('charts incidents per month, one coloured line per severity, with the legend written out', () => {
    expect(view.chart).toContain('xychart-beta')
    expect(view.chart).toContain('x-axis ["2026-10", "2026-11"]')
    expect(view.chart).toContain('line [2, 0]')
    expect(view.chart).toContain('"plotColorPalette": "#b60205, #fbca04, #8b949e"')
    expect(view.legend).toBe('🟥 SEV-1 · 🟨 SEV-3 · ⬜ unassessed')
  })

  it('renders the template (strict: every variable present)', () => {
    const text = renderMetricsReport(view, builtinTemplates())
    expect(text).toContain('**4 incidents** since 2026-10 (1 still open), and 1 drill reported apart below')
    expect(text).toContain('| 2026-10 | SEV-1 | 2 | 0 | 7m (2) |')
    expect(text).toContain('### Drills')
    expect(renderMetricsReport(metricsReportView([]), builtinTemplates())).toContain('No incidents yet.')
  })

  it('is one tracking issue, opened once and then edited only when it changes', () => {
    const body = metricsIssueBody('## Incident metrics', { entries: [] })
    expect(metricsIssueChanges(undefined, body)).toEqual([
      { kind: 'create-issue', key: 'incident-metrics', title: 'Incident metrics', body, labels: ['incident-metrics'] }
    ])
    expect(metricsIssueChanges({ number: 9, body: body.replace(/\n/g, '\r\n') }, body)).toEqual([])
    expect(metricsIssueChanges({ number: 9, body: 'old' }, body)).toEqual([{ kind: 'update-tracking-issue', number: 9, body }])
  })
})

describe('severity labels in the figures', () => {
  it('an incident triaged to SEV-3 is counted as SEV-3', () => {
    const state = respondAll(openIncident({ body: formWithSeverity('SEV-2 (high)') }), [[5, '/sev 3']])
    expect(incidentMetrics(state, config, new Set(), at(10)).severity).toBe(3)
  })
})
