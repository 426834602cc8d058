/**
 * What runbook freshness wants changed on GitHub, as plans for the applier. Pure.
 *
 * - A scheduled run keeps one tracking issue current: opened when a runbook needs attention,
 *   edited in place when the list changes, closed when every runbook is fresh.
 * - A pull request that changes a runbook must leave it with real dates, reviewed on the day.
 * - A drill sets the runbook's "Last Tested" date.
 */
import type { Config } from '../config/schema.js'
import type { TemplateSources } from '../comms/render.js'
import { neutraliseInline } from '../comms/neutralise.js'
import { emptyPlan, type Change, type Plan } from '../incident/plan.js'
import { ownersOf, type CodeOwners } from './codeowners.js'
import { dayNumber, FIELD_LABEL, parseRunbookDates } from './dates.js'
import { setRunbookDate, type DateEdit } from './edit.js'
import { assessRunbook, type Finding } from './freshness.js'
import { runbookMatcher } from './glob.js'
import { annotationOf, needsAttention, renderRunbookReport, reportAnnotations, reportOutputs, type RunbookReport } from './report.js'

// ---------------------------------------------------------------------------------------------
// Scheduled run: one tracking issue

/** Marks the tracking issue's body, so the action finds its own issue again (with the label). */
export const TRACKING_MARKER = '<!-- incident-kit:runbook-freshness -->'
export const TRACKING_KEY = 'runbook-freshness'
/** Table rows in the issue body; the rest are counted, and listed in the outputs and annotations. */
const TRACKING_ROWS = 250

export interface TrackingIssue {
  number: number
  state: 'open' | 'closed'
  title?: string
  body: string
}

export interface RunbookTrackingInput {
  report: RunbookReport
  /** The issue with the tracking label that this action wrote, if there is one. */
  existing?: TrackingIssue | undefined
  templates: TemplateSources
  trackingLabel: string
}

/** The scheduled run's plan: the tracking issue change (if any), annotations, outputs and the job summary. */
export function planRunbookTracking(input: RunbookTrackingInput): Plan {
  return {
    changes: [...trackingIssueChanges(input), ...reportAnnotations(input.report)],
    outputs: reportOutputs(input.report),
    summary: renderRunbookReport(input.report, input.templates)
  }
}

/** Open, edit, reopen or close the one tracking issue; nothing when it already says the right thing. */
export function trackingIssueChanges({ report, existing, templates, trackingLabel }: RunbookTrackingInput): Change[] {
  const title = trackingTitle(report)
  const body = `${TRACKING_MARKER}\n${renderRunbookReport(report, templates, { stable: true, maxRows: TRACKING_ROWS })}`
  if (!needsAttention(report)) {
    if (existing?.state !== 'open') return []
    return [{ kind: 'update-tracking-issue', number: existing.number, ...edits(existing, title, body), state: 'closed' }]
  }
  if (!existing) return [{ kind: 'create-issue', key: TRACKING_KEY, title, body, labels: [trackingLabel] }]
  const changed = edits(existing, title, body)
  if (existing.state === 'closed') return [{ kind: 'update-tracking-issue', number: existing.number, ...changed, state: 'open' }]
  return Object.keys(changed).length === 0 ? [] : [{ kind: 'update-tracking-issue', number: existing.number, ...changed }]
}

function trackingTitle(report: RunbookReport): string {
  const { stale, broken } = report.counts
  if (stale + broken === 0) return 'Runbook freshness: all runbooks are fresh'
  const parts = [stale > 0 ? `${stale} stale` : '', broken > 0 ? `${broken} broken` : ''].filter(Boolean)
  return `Runbook freshness: ${parts.join(', ')}`
}

/** Only the fields that differ, so an unchanged issue is not edited (line endings and trailing space aside). */
function edits(existing: TrackingIssue, title: string, body: string): { title?: string; body?: string } {
  const same = (a: string, b: string) => a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd()
  return {
    ...(existing.title === undefined || existing.title === title ? {} : { title }),
    ...(same(existing.body, body) ? {} : { body })
  }
}

// ---------------------------------------------------------------------------------------------
// Pull request: a changed runbook is a reviewed runbook

export interface ChangedFile {
  /** Relative to the repository root. */
  path: string
  /** The text after the change; absent for a deleted file. */
  text?: string | undefined
}

export interface PullRequestRunbookInput {
  files: ChangedFile[]
  /** The day of the change, YYYY-MM-DD (e.g. the day the pull request was opened). */
  changedOn: string
  runbooks: Pick<Config['runbooks'], 'paths' | 'reviewedMaxDays' | 'testedMaxDays'>
  codeowners?: CodeOwners | undefined
}

/**
 * Checks the runbooks a pull request changes: each must carry real dates, and a Last Reviewed no
 * older than the change (whoever edits a runbook has just reviewed it). Errors fail the check;
 * an overdue Last Tested is a warning only, since editing a runbook is not drilling it.
 */
export function planPullRequestRunbookCheck(input: PullRequestRunbookInput): Plan {
  const changedDay = dayNumber(input.changedOn)
  if (changedDay === undefined) throw new Error(`changedOn must be a date such as 2026-03-10, got "${input.changedOn}"`)
  const isRunbook = runbookMatcher(input.runbooks.paths)
  const runbooks = input.files.filter((f): f is ChangedFile & { text: string } => f.text !== undefined && isRunbook(f.path))
  const plan = emptyPlan()
  const failing: string[] = []
  const suggestions: string[] = []
  for (const file of runbooks) {
    const problems = pullRequestFindings(file.path, file.text, changedDay, input)
    if (problems.length === 0) continue
    plan.changes.push(...problems.map(annotationOf))
    if (problems.some((f) => f.severity === 'error')) {
      failing.push(file.path)
      const fix = setRunbookDate(file.text, 'reviewed', input.changedOn)
      if (fix.changed) suggestions.push(`${neutraliseInline(file.path)}:\n\n${fencedDiff(fix.diff)}`)
    }
  }
  plan.outputs = { 'runbooks-changed': String(runbooks.length), 'runbooks-failing': String(failing.length) }
  if (failing.length > 0) {
    plan.failure = `${failing.length === 1 ? 'A runbook' : `${failing.length} runbooks`} changed here need${failing.length === 1 ? 's' : ''} real dates and a Last Reviewed of ${input.changedOn} or later: ${failing.join(', ')}`
    plan.summary = ['## Runbook freshness', '', `${plan.failure}.`, ...(suggestions.length ? ['', 'Suggested Last Reviewed:', '', ...suggestions] : [])].join(
      '\n'
    )
  }
  return plan
}

function pullRequestFindings(path: string, text: string, changedDay: number, input: PullRequestRunbookInput): Finding[] {
  const dates = parseRunbookDates(text)
  const owners = input.codeowners ? { fallbackOwners: ownersOf(input.codeowners, path) } : {}
  const findings = assessRunbook(path, dates, { ...input.runbooks, today: changedDay, ...owners })
  // An overdue Last Tested stays a warning: worth knowing, but not this change's fault.
  const problems = findings.filter((f) => f.status === 'broken' || f.kind === 'test-overdue')
  const reviewed = dates.reviewed
  if (reviewed?.date.kind === 'valid' && reviewed.date.day < changedDay) {
    const label = FIELD_LABEL.reviewed
    problems.push({
      file: path,
      line: reviewed.line,
      field: 'reviewed',
      kind: 'review-overdue',
      status: 'stale',
      severity: 'error',
      title: 'review older than this change',
      message: `${label} ${reviewed.written} is older than this change (${input.changedOn}): whoever changes a runbook reviews it, so set ${label} to ${input.changedOn}`,
      written: reviewed.written,
      daysOld: changedDay - reviewed.date.day,
      owners: findings[0]?.owners ?? []
    })
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// Drills

export interface LastTestedProposal extends DateEdit {
  /** The change as a fenced diff, ready for a comment. */
  suggestion: string
}

/** The runbook with its Last Tested date set to `isoDate` (the drill's day), and the change as a suggestion. */
export function proposeLastTested(text: string, isoDate: string): LastTestedProposal {
  if (dayNumber(isoDate) === undefined) throw new Error(`isoDate must be a date such as 2026-03-10, got "${isoDate}"`)
  const edit = setRunbookDate(text, 'tested', isoDate)
  return { ...edit, suggestion: edit.changed ? fencedDiff(edit.diff) : '' }
}

/** A fence longer than any run of backticks in the diff, so runbook text cannot close it early. */
function fencedDiff(diff: string): string {
  const longest = Math.max(2, ...[...diff.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}diff\n${diff}\n${fence}`
}
