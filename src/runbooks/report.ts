/**
 * The freshness report: a markdown table most-urgent-first with counts and a Mermaid chart
 * (templates/runbook-report.md.hbs), annotations on the offending lines, and action outputs. Pure.
 */
import type { Config } from '../config/schema.js'
import { mention, neutraliseInline } from '../comms/neutralise.js'
import { renderTemplate, type TemplateSources } from '../comms/render.js'
import type { Change } from '../incident/plan.js'
import { compareByUrgency, type Finding, type FreshnessTally } from './freshness.js'

export const REPORT_TEMPLATE = 'runbook-report.md.hbs'

export interface RunbookReport {
  /** The day the runbooks were checked, YYYY-MM-DD. */
  today: string
  paths: string[]
  reviewedMaxDays: number
  testedMaxDays: number
  counts: { checked: number; fresh: number; stale: number; broken: number }
  /** The problems, most urgent first; fresh runbooks are only counted. */
  findings: Finding[]
}

export type ReportSettings = Pick<Config['runbooks'], 'paths' | 'reviewedMaxDays' | 'testedMaxDays'>

export function buildReport(tally: FreshnessTally, settings: ReportSettings, today: string): RunbookReport {
  return {
    today,
    paths: [...settings.paths],
    reviewedMaxDays: settings.reviewedMaxDays,
    testedMaxDays: settings.testedMaxDays,
    counts: { checked: tally.checked, fresh: tally.fresh, stale: tally.stale, broken: tally.broken },
    findings: [...tally.problems].sort(compareByUrgency)
  }
}

export function needsAttention(report: RunbookReport): boolean {
  return report.counts.stale + report.counts.broken > 0
}

export interface RenderReportOptions {
  /**
   * For the tracking issue: no day counts and no date of the run, so the body changes only when a
   * runbook's state changes, and a daily run edits nothing on a quiet day.
   */
  stable?: boolean
  /** Rows shown before "…and N more" (an issue body holds 65,536 characters). */
  maxRows?: number
}

/** The report as markdown, through the (overridable) `runbook-report.md.hbs` template. */
export function renderRunbookReport(report: RunbookReport, templates: TemplateSources, options: RenderReportOptions = {}): string {
  return renderTemplate(REPORT_TEMPLATE, templates, reportView(report, options))
}

function reportView(report: RunbookReport, options: RenderReportOptions) {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY
  const shown = report.findings.slice(0, maxRows)
  const { checked, fresh, stale, broken } = report.counts
  return {
    today: options.stable ? '' : report.today,
    checked,
    fresh,
    stale,
    broken,
    paths: report.paths.map((p) => `\`${p.replace(/`/g, '')}\``).join(', '),
    reviewedMaxDays: report.reviewedMaxDays,
    testedMaxDays: report.testedMaxDays,
    chart: [
      { label: 'Fresh', count: fresh },
      { label: 'Stale', count: stale },
      { label: 'Broken', count: broken }
    ].filter((slice) => slice.count > 0),
    showDays: !options.stable,
    rows: shown.map((f) => ({
      runbook: neutraliseInline(f.written === undefined && f.kind === 'missing' ? f.file : `${f.file}:${f.line}`),
      problem: f.title,
      written: f.written === undefined || f.written === '' ? '' : neutraliseInline(f.written, 40),
      due: f.dueOn ?? '—',
      overdue: f.daysOverdue ?? '—',
      owners: f.owners.map(ownerMention).join(' ')
    })),
    hidden: report.findings.length - shown.length,
    owners: ownersToNotify(report.findings).map(ownerMention).join(' ')
  }
}

/** Everyone who owns a runbook that needs attention, once each, in order of first appearance. */
export function ownersToNotify(findings: readonly Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.status !== 'fresh').flatMap((f) => f.owners))]
}

/** A login or team pings its owner; an e-mail address (CODEOWNERS allows them) is shown as text. */
function ownerMention(owner: string): string {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(owner) ? neutraliseInline(owner) : mention(owner.replace(/^@/, ''))
}

/** One annotation per problem, on its file and line. */
export function reportAnnotations(report: RunbookReport): Change[] {
  return report.findings.map(annotationOf)
}

export function annotationOf(finding: Finding): Change {
  return { kind: 'annotate', level: finding.severity, title: `Runbook ${finding.title}`, message: finding.message, file: finding.file, line: finding.line }
}

/** The report as JSON, for `--json` and the `runbooks-json` output. */
export function reportJson(report: RunbookReport): string {
  return JSON.stringify(report)
}

/** Action outputs: counts as strings, and the whole report as JSON. */
export function reportOutputs(report: RunbookReport): Record<string, string> {
  return {
    'runbooks-checked': String(report.counts.checked),
    'runbooks-fresh': String(report.counts.fresh),
    'runbooks-stale': String(report.counts.stale),
    'runbooks-broken': String(report.counts.broken),
    'runbooks-json': reportJson(report)
  }
}
