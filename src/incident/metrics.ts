/**
 * Response metrics from the incident record: how long until an Incident Commander, until the
 * attack was mitigated and contained, until the internal update and the external announcement,
 * until resolution. Per incident (the dashboard's line, the post-mortem's table) and across
 * incidents (a report by month and severity, drills apart), with the compact cache the
 * scheduled run keeps in its tracking issue so closed incidents are not re-read. Pure.
 *
 * Every measure starts at detection (the reported detection time when earlier than the filing,
 * else the filing: what matters to those affected is how long the attacker had), except the
 * time to an Incident Commander, which starts at the filing (nobody can be appointed to an
 * incident before it is reported; detection-to-report is `toReport`).
 *
 *   ic             the first "Incident Commander: @…" timeline entry
 *   mitigation     the incident moved past the mitigation phase (into a later one; resolving
 *                  counts only if it had been in mitigation or beyond, so a false alarm closed
 *                  from triage has no mitigation time)
 *   containment    the same for the containment phase
 *   internalUpdate a person recorded the internal update as sent (`/released internal-update …`)
 *   announcement   a person recorded the external announcement as published (`/released
 *                  external-announcement …`): a draft posted by the bot has reached no one
 *   resolution     the incident was resolved (closed)
 */
import type { ResolvedConfig } from '../config/load.js'
import { formatDuration } from '../comms/time.js'
import { renderTemplate, type TemplateSources } from '../comms/render.js'
import { effectiveDetection, evaluateClocks, releaseTimes, type ClockConfig } from './clocks.js'
import type { Change } from './plan.js'
import type { IncidentState } from './state.js'

export const METRIC_IDS = ['ic', 'mitigation', 'containment', 'internalUpdate', 'announcement', 'resolution'] as const
export type MetricId = (typeof METRIC_IDS)[number]

/** How each measure is named in tables. */
export const METRIC_LABELS: Record<MetricId, string> = {
  ic: 'Incident Commander',
  mitigation: 'Mitigated',
  containment: 'Contained',
  internalUpdate: 'Internal update',
  announcement: 'Announcement',
  resolution: 'Resolved'
}

/** The phase each phase-based measure waits to be past. */
const PHASE_OF: Partial<Record<MetricId, string>> = { mitigation: 'mitigation', containment: 'containment' }

export interface IncidentMetrics {
  issue: number
  severity: 1 | 2 | 3 | 4 | null
  drill: boolean
  openedAt: string
  /** Where the measures start: the detection when earlier than the filing, else the filing. */
  detectedAt: string
  /** Milliseconds to each measure that has happened (time to IC from the filing, the rest from detection). */
  to: Partial<Record<MetricId, number>>
  /** Clocks missed, or met late (so far, for an open incident). */
  clocksMissed: number
}

export type MetricsConfig = ClockConfig

/** The metrics of one incident. `now` only matters to the clocks of an incident still open. */
export function incidentMetrics(state: IncidentState, config: MetricsConfig, postedDrafts: ReadonlySet<string>, now: string | Date): IncidentMetrics {
  const detectedAt = effectiveDetection(state)
  const since = (at: string | undefined, from = detectedAt) => {
    if (!at) return undefined
    const ms = Date.parse(at) - Date.parse(from)
    return Number.isFinite(ms) && ms >= 0 ? ms : undefined
  }
  const to: Partial<Record<MetricId, number>> = {
    ic: since(firstIcAt(state), state.openedAt),
    mitigation: since(phasePassedAt(state, config, PHASE_OF.mitigation!)),
    containment: since(phasePassedAt(state, config, PHASE_OF.containment!)),
    internalUpdate: since(releaseTimes(state, 'internal-update')[0]),
    announcement: since(releaseTimes(state, 'external-announcement')[0]),
    resolution: since(state.resolvedAt)
  }
  for (const id of METRIC_IDS) if (to[id] === undefined) delete to[id]
  const clocksAt = state.resolvedAt ?? (typeof now === 'string' ? now : now.toISOString())
  const clocksMissed = evaluateClocks(state, config, clocksAt, postedDrafts).filter((c) => c.status === 'missed' || c.late).length
  return {
    issue: state.issue,
    severity: state.severity as IncidentMetrics['severity'],
    drill: state.drill,
    openedAt: state.openedAt,
    detectedAt,
    to,
    clocksMissed
  }
}

function firstIcAt(state: IncidentState): string | undefined {
  return state.timeline.find((e) => e.kind === 'role' && e.text.startsWith('Incident Commander:'))?.at
}

/**
 * When the incident moved past `phase`: the first entry into a later phase. Entering the last
 * (resolved) phase counts only once the incident had been in `phase` or beyond.
 */
export function phasePassedAt(state: IncidentState, config: Pick<ResolvedConfig, 'phases'>, phase: string): string | undefined {
  const order = config.phases.map((p) => p.id)
  const target = order.indexOf(phase)
  const last = order.length - 1
  if (target < 0 || target === last) return undefined
  let reached = false
  for (const h of state.phaseHistory) {
    const k = order.indexOf(h.phase)
    if (k > target && (k < last || reached)) return h.at
    if (k >= target && k < last) reached = true
  }
  return undefined
}

/** "Incident Commander 12m after the report · from detection: mitigated 2h 5m, …": what happened so far, for the dashboard. Null before any. */
export function metricsLine(m: IncidentMetrics): string | null {
  const ic = m.to.ic === undefined ? [] : [`Incident Commander ${formatDuration(m.to.ic)} after the report`]
  const rest = METRIC_IDS.filter((id) => id !== 'ic' && m.to[id] !== undefined).map((id) => `${METRIC_LABELS[id].toLowerCase()} ${formatDuration(m.to[id]!)}`)
  const parts = [...ic, ...(rest.length ? [`from detection: ${rest.join(', ')}`] : [])]
  return parts.length ? parts.join(' · ') : null
}

/**
 * The post-mortem's "Response times" rows: every measure, "-" where it did not happen. For the
 * post-mortem view (`responseTimes`), so the table sits beside the timelines it was built from.
 */
export function responseTimeRows(
  state: IncidentState,
  config: MetricsConfig,
  postedDrafts: ReadonlySet<string>,
  now: string | Date
): { measure: string; time: string; from: string }[] {
  const m = incidentMetrics(state, config, postedDrafts, now)
  return METRIC_IDS.map((id) => ({
    measure: METRIC_LABELS[id],
    time: m.to[id] === undefined ? '-' : formatDuration(m.to[id]!),
    from: id === 'ic' ? 'report' : 'detection'
  }))
}

// ---------------------------------------------------------------------------------------------
// The cache of closed incidents, kept in the tracking issue

export const METRICS_LABEL = 'incident-metrics'
export const METRICS_TITLE = 'Incident metrics'
/** Marks the tracking issue's body (with the label, how the action finds its own issue again). */
export const METRICS_MARKER = '<!-- incident-kit:metrics -->'
const CACHE_TAG = 'incident-kit:metrics-cache'
const CACHE_VERSION = 'v1'
/** Characters the cache may take in the issue body; the report and the markers need the rest of 65,536. */
export const CACHE_BUDGET = 40_000

/** One closed incident as cached: its metrics (null when the issue carries no incident state) and the issue's updated_at when read. */
export interface CachedIncident {
  issue: number
  /** The issue's `updated_at` when its metrics were computed: a different one means "read again". */
  updatedAt: string
  metrics: IncidentMetrics | null
}

export interface MetricsCache {
  /** When every incident was last listed and cached (a full rebuild); undefined until one completes. */
  fullAt?: string
  /** Where the next run's "updated since" listing starts. */
  listedAt?: string
  /** Incidents numbered below this no longer fit the issue: they are not read again. */
  floor?: number
  entries: CachedIncident[]
}

/**
 * The cache as an HTML comment: one line per incident, numbers in base 36, times in whole
 * minutes (seconds for updated_at, which is compared exactly). Digits, letters and commas
 * only, so nothing in it can end the comment; ~50 characters an incident.
 */
export function encodeMetricsCache(cache: MetricsCache): string {
  const head = `${CACHE_VERSION} full=${minutes36(cache.fullAt)} listed=${minutes36(cache.listedAt)} floor=${cache.floor?.toString(36) ?? ''}`
  const lines = [...cache.entries].sort((a, b) => a.issue - b.issue).map(encodeEntry)
  return `<!-- ${CACHE_TAG} ${head}\n${lines.join('\n')}${lines.length ? '\n' : ''}-->`
}

/** The cache read back; undefined when absent or not exactly as written (anything odd means "rebuild"). */
export function decodeMetricsCache(body: string): MetricsCache | undefined {
  const m = new RegExp(`<!-- ${CACHE_TAG} ${CACHE_VERSION} full=([0-9a-z]*) listed=([0-9a-z]*) floor=([0-9a-z]*)\\n([0-9a-z,\\n]*)-->`).exec(body)
  if (!m) return undefined
  const entries: CachedIncident[] = []
  for (const line of m[4]!.split('\n').filter(Boolean)) {
    const entry = decodeEntry(line)
    if (!entry) return undefined
    entries.push(entry)
  }
  const fullAt = fromMinutes36(m[1]!)
  const listedAt = fromMinutes36(m[2]!)
  const floor = m[3] ? parseInt(m[3], 36) : undefined
  return { ...(fullAt ? { fullAt } : {}), ...(listedAt ? { listedAt } : {}), ...(floor ? { floor } : {}), entries }
}

const NO_STATE = 16
const DRILL = 8

function encodeEntry(e: CachedIncident): string {
  const updated = Math.floor(Date.parse(e.updatedAt) / 1000).toString(36)
  if (!e.metrics) return [e.issue.toString(36), NO_STATE.toString(36), '', updated, ...Array<string>(8).fill('')].join(',')
  const m = e.metrics
  const opened = Math.round(Date.parse(m.openedAt) / 60_000)
  const lead = Math.max(0, opened - Math.round(Date.parse(m.detectedAt) / 60_000))
  const flags = (m.severity ?? 0) + (m.drill ? DRILL : 0)
  const to = METRIC_IDS.map((id) => (m.to[id] === undefined ? '' : Math.round(m.to[id]! / 60_000).toString(36)))
  return [e.issue.toString(36), flags.toString(36), opened.toString(36), updated, lead.toString(36), ...to, m.clocksMissed.toString(36)].join(',')
}

function decodeEntry(line: string): CachedIncident | undefined {
  const f = line.split(',')
  if (f.length !== 12 || !f.every((x) => /^[0-9a-z]{0,12}$/.test(x))) return undefined
  const num = (x: string) => (x === '' ? undefined : parseInt(x, 36))
  const issue = num(f[0]!)
  const flags = num(f[1]!)
  const updated = num(f[3]!)
  if (issue === undefined || issue < 1 || flags === undefined || updated === undefined) return undefined
  const updatedAt = new Date(updated * 1000).toISOString()
  if (flags === NO_STATE) return { issue, updatedAt, metrics: null }
  const severity = flags % DRILL
  const opened = num(f[2]!)
  const lead = num(f[4]!)
  const missed = num(f[11]!)
  if (flags >= NO_STATE || severity > 4 || opened === undefined || lead === undefined || missed === undefined) return undefined
  const to: Partial<Record<MetricId, number>> = {}
  METRIC_IDS.forEach((id, i) => {
    const v = num(f[5 + i]!)
    if (v !== undefined) to[id] = v * 60_000
  })
  return {
    issue,
    updatedAt,
    metrics: {
      issue,
      severity: severity === 0 ? null : (severity as 1 | 2 | 3 | 4),
      drill: flags >= DRILL,
      openedAt: new Date(opened * 60_000).toISOString(),
      detectedAt: new Date((opened - lead) * 60_000).toISOString(),
      to,
      clocksMissed: missed
    }
  }
}

function minutes36(iso: string | undefined): string {
  return iso === undefined || Number.isNaN(Date.parse(iso)) ? '' : Math.floor(Date.parse(iso) / 60_000).toString(36)
}

function fromMinutes36(s: string): string | undefined {
  return s === '' ? undefined : new Date(parseInt(s, 36) * 60_000).toISOString()
}

/**
 * The newest incidents that fit the cache budget (by issue number: numbers grow with time).
 * The rest are dropped for good: `floor` tells later runs not to read them again.
 */
export function fitCache(cache: MetricsCache, budget = CACHE_BUDGET): MetricsCache {
  if (encodeMetricsCache(cache).length <= budget) return cache
  const newestFirst = [...cache.entries].sort((a, b) => b.issue - a.issue)
  const kept: CachedIncident[] = []
  let size = encodeMetricsCache({ ...cache, floor: newestFirst[0]?.issue ?? 1, entries: [] }).length
  for (const entry of newestFirst) {
    const cost = encodeEntry(entry).length + 1
    if (size + cost > budget) break
    kept.push(entry)
    size += cost
  }
  const floor = kept.length ? kept[kept.length - 1]!.issue : (newestFirst[0]?.issue ?? 0) + 1
  return { ...cache, floor: Math.max(floor, cache.floor ?? 0), entries: kept }
}

// ---------------------------------------------------------------------------------------------
// The report across incidents

export interface MetricsReportOptions {
  /** Incidents listed but not read yet (the cache is filled over a few runs). */
  pending?: number
  /** Incidents numbered below this no longer fit the cache and are left out. */
  floor?: number
  /** Months shown, newest first. */
  months?: number
}

interface Row {
  month: string
  severity: string
  incidents: number
  open: number
  ic: string
  mitigation: string
  containment: string
  internalUpdate: string
  announcement: string
  resolution: string
  clocksMissed: number
}

export interface MetricsReportView {
  incidents: number
  open: number
  drills: number
  pending: number
  floor: number
  since: string
  rows: Row[]
  bySeverity: Row[]
  drillRows: Row[]
  chart: string | null
  legend: string
}

const SEVERITY_COLOURS: [string, string, string][] = [
  ['SEV-1', '#b60205', '🟥'],
  ['SEV-2', '#d93f0b', '🟧'],
  ['SEV-3', '#fbca04', '🟨'],
  ['SEV-4', '#0e8a16', '🟩'],
  ['unassessed', '#8b949e', '⬜']
]

/** The report's data: medians per month and severity of real incidents, drills in their own table. */
export function metricsReportView(all: IncidentMetrics[], options: MetricsReportOptions = {}): MetricsReportView {
  const real = all.filter((m) => !m.drill)
  const drills = all.filter((m) => m.drill)
  const months = [...new Set(real.map(monthOf))]
    .sort()
    .reverse()
    .slice(0, options.months ?? 24)
  const rows = months.flatMap((month) =>
    SEVERITY_COLOURS.map(([severity]) =>
      row(
        month,
        severity,
        real.filter((m) => monthOf(m) === month && severityName(m) === severity)
      )
    ).filter((r) => r.incidents > 0)
  )
  const drillMonths = [...new Set(drills.map(monthOf))]
    .sort()
    .reverse()
    .slice(0, options.months ?? 24)
  const earliest = [...all].sort((a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt))[0]
  return {
    incidents: real.length,
    open: real.filter((m) => m.to.resolution === undefined).length,
    drills: drills.length,
    pending: options.pending ?? 0,
    floor: options.floor ?? 0,
    since: earliest ? monthOf(earliest) : '',
    rows,
    bySeverity: SEVERITY_COLOURS.map(([severity]) =>
      row(
        'all',
        severity,
        real.filter((m) => severityName(m) === severity)
      )
    ).filter((r) => r.incidents > 0),
    drillRows: drillMonths.map((month) =>
      row(
        month,
        'drill',
        drills.filter((m) => monthOf(m) === month)
      )
    ),
    ...monthlyChart(real, [...months].reverse())
  }
}

function row(month: string, severity: string, list: IncidentMetrics[]): Row {
  const med = (id: MetricId) => {
    const values = list.map((m) => m.to[id]).filter((v): v is number => v !== undefined)
    return values.length ? `${formatDuration(median(values))} (${values.length})` : '-'
  }
  return {
    month,
    severity,
    incidents: list.length,
    open: list.filter((m) => m.to.resolution === undefined).length,
    ic: med('ic'),
    mitigation: med('mitigation'),
    containment: med('containment'),
    internalUpdate: med('internalUpdate'),
    announcement: med('announcement'),
    resolution: med('resolution'),
    clocksMissed: list.reduce((n, m) => n + m.clocksMissed, 0)
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2)
}

function monthOf(m: IncidentMetrics): string {
  return m.openedAt.slice(0, 7)
}

function severityName(m: IncidentMetrics): string {
  return m.severity === null ? 'unassessed' : `SEV-${m.severity}`
}

/**
 * Incidents per month, one line per severity, as a Mermaid xychart (GitHub renders Mermaid).
 * xychart has no legend, so the lines get fixed colours and the legend is written under it.
 */
export function monthlyChart(real: IncidentMetrics[], monthsOldestFirst: string[]): { chart: string | null; legend: string } {
  if (monthsOldestFirst.length === 0) return { chart: null, legend: '' }
  const series = SEVERITY_COLOURS.map(([severity, colour, swatch]) => ({
    severity,
    colour,
    swatch,
    counts: monthsOldestFirst.map((month) => real.filter((m) => monthOf(m) === month && severityName(m) === severity).length)
  })).filter((s) => s.counts.some((n) => n > 0))
  const top = Math.max(1, ...series.flatMap((s) => s.counts))
  const chart = [
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${series.map((s) => s.colour).join(', ')}"}}}}%%`,
    'xychart-beta',
    '  title "Incidents opened per month, by severity (drills excluded)"',
    `  x-axis [${monthsOldestFirst.map((m) => `"${m}"`).join(', ')}]`,
    `  y-axis "Incidents" 0 --> ${top}`,
    ...series.map((s) => `  line [${s.counts.join(', ')}]`)
  ].join('\n')
  return { chart, legend: series.map((s) => `${s.swatch} ${s.severity}`).join(' · ') }
}

/** The report markdown (tracking issue body and job summary), from `templates/metrics-report.md.hbs`. */
export function renderMetricsReport(view: MetricsReportView, templates: TemplateSources): string {
  return renderTemplate('metrics-report.md.hbs', templates, view)
}

/** The tracking issue body: marker, report, then the cache (last, so nothing in the report can sit inside it). */
export function metricsIssueBody(report: string, cache: MetricsCache): string {
  return `${METRICS_MARKER}\n${report.trimEnd()}\n\n${encodeMetricsCache(cache)}\n`
}

export interface MetricsIssue {
  number: number
  body: string
}

/** Open the tracking issue, or edit it in place when its body differs; nothing when it already says the same. */
export function metricsIssueChanges(existing: MetricsIssue | undefined, body: string, label = METRICS_LABEL): Change[] {
  if (!existing) return [{ kind: 'create-issue', key: METRICS_LABEL, title: METRICS_TITLE, body, labels: [label] }]
  const same = existing.body.replace(/\r\n/g, '\n').trimEnd() === body.trimEnd()
  return same ? [] : [{ kind: 'update-tracking-issue', number: existing.number, body }]
}
