/**
 * Turns a runbook's dates into findings: is it fresh, stale (reviewed or tested too long ago), or
 * broken (a date missing, left as a placeholder, impossible, unreadable, or in the future)? Pure.
 */
import picomatch from 'picomatch'
import type { Config } from '../config/schema.js'
import { FIELD_LABEL, isoOfDay, type DateField, type DateStamp, type RunbookDates } from './dates.js'

export type FindingKind =
  | 'missing'
  | 'placeholder'
  | 'impossible'
  | 'malformed'
  | 'future'
  | 'invalid-front-matter'
  | 'unreadable'
  | 'review-overdue'
  | 'test-overdue'
  | 'never-tested'
  | 'fresh'

/** A runbook is as bad as its worst finding. */
export type FreshnessStatus = 'broken' | 'stale' | 'fresh'
export type Severity = 'error' | 'warning' | 'notice'

export interface Finding {
  file: string
  /** 1-based line the finding is about (1 when the date is missing altogether). */
  line: number
  field?: DateField
  kind: FindingKind
  status: FreshnessStatus
  severity: Severity
  /** Short and stable from day to day ("review overdue"): for tables and the tracking issue. */
  title: string
  /** The whole story, with day counts: for annotations and the terminal. */
  message: string
  /** The date as written in the runbook. */
  written?: string
  /** When the date falls (or fell) due: the written date plus the limit. */
  dueOn?: string
  daysOld?: number
  /** Days past due; zero or negative while fresh (days left). */
  daysOverdue?: number
  limitDays?: number
  /** From the runbook itself, else from CODEOWNERS. */
  owners: string[]
}

export type RunbookLimits = Pick<Config['runbooks'], 'reviewedMaxDays' | 'testedMaxDays'> & { reviewOnly?: readonly string[] }

export interface AssessOptions extends RunbookLimits {
  /** Today (UTC) as a day number, see `dayNumber`. */
  today: number
  /** Owners from CODEOWNERS, used when the runbook names none. */
  fallbackOwners?: string[]
  /** Set when only the head of a large file was read, so "missing" says where it looked. */
  readBytes?: number
}

/**
 * A date a day ahead is accepted: a reviewer east of UTC writes their own today, which is still
 * yesterday in UTC.
 */
const FUTURE_SLACK_DAYS = 1

const STATUS_OF: Record<FindingKind, FreshnessStatus> = {
  missing: 'broken',
  placeholder: 'broken',
  impossible: 'broken',
  malformed: 'broken',
  future: 'broken',
  'invalid-front-matter': 'broken',
  unreadable: 'broken',
  'review-overdue': 'stale',
  'test-overdue': 'stale',
  'never-tested': 'stale',
  fresh: 'fresh'
}

const SEVERITY_OF: Record<FreshnessStatus, Severity> = { broken: 'error', stale: 'warning', fresh: 'notice' }

/** All findings for one runbook: its problems, or a single `fresh` finding when there are none. */
export function assessRunbook(file: string, dates: RunbookDates, options: AssessOptions): Finding[] {
  const about: About = { file, owners: dates.owners.length > 0 ? dates.owners : (options.fallbackOwners ?? []) }
  const findings = dates.problems.map((p) => finding(about, 'invalid-front-matter', p.line, 'front matter is not valid', p.message))
  // The runbook's own intervals (front matter) win over the configured limits.
  const limits: Record<DateField, number> = {
    reviewed: dates.reviewIntervalDays ?? options.reviewedMaxDays,
    tested: dates.testIntervalDays ?? options.testedMaxDays
  }
  const clocks: Clock[] = []
  const reviewOnly = dates.reviewOnly === true || isReviewOnly(file, options.reviewOnly)
  for (const field of ['reviewed', 'tested'] as const) {
    const stamp = dates[field]
    // A review-only document (configured globs, or `review_only: true`) needs no Last Tested; one it has is still checked.
    if (field === 'tested' && reviewOnly && (stamp === undefined || stamp.date.kind !== 'valid')) continue
    if (field === 'tested' && (stamp === undefined || neverTested(stamp))) {
      findings.push(neverTestedFinding(about, stamp))
      continue
    }
    if (stamp === undefined) {
      findings.push(missingDate(about, field, options.readBytes))
      continue
    }
    const problem = brokenDate(about, stamp, options.today)
    if (problem) findings.push(problem)
    else if (stamp.date.kind === 'valid') clocks.push(clockOf(stamp, stamp.date.day, limits[field], options.today))
  }
  findings.push(...clocks.filter((c) => c.daysOverdue > 0).map((c) => overdue(about, c)))
  return findings.length > 0 || clocks.length === 0 ? findings : [fresh(about, clocks)]
}

const matchers = new Map<string, (file: string) => boolean>()

/** Whether a file matches the configured review-only globs (the matcher is compiled once per set of globs). */
export function isReviewOnly(file: string, globs: readonly string[] | undefined): boolean {
  if (!globs || globs.length === 0) return false
  const key = globs.join('\n')
  let match = matchers.get(key)
  if (!match) {
    match = picomatch([...globs], { dot: true })
    matchers.set(key, match)
  }
  return match(file)
}

/** "Last Tested:" left empty or written as "never": the runbook has not been tested yet, which is not a broken file. */
function neverTested(stamp: DateStamp): boolean {
  return stamp.date.kind === 'empty' || (stamp.date.kind === 'placeholder' && /^(?:never|not yet|none|n\/?a)$/i.test(stamp.written.trim()))
}

function neverTestedFinding(about: About, stamp: DateStamp | undefined): Finding {
  const label = FIELD_LABEL.tested
  return finding(
    about,
    'never-tested',
    stamp?.line ?? 1,
    'never tested',
    `no ${label} date: never tested. Run a drill and write "${label}: YYYY-MM-DD", or list the file under runbooks.reviewOnly if it is a document that is only reviewed`,
    { field: 'tested', ...(stamp ? { written: stamp.written } : {}) }
  )
}

/** What every finding of one runbook shares. */
interface About {
  file: string
  owners: string[]
}

function finding(about: About, kind: FindingKind, line: number, title: string, message: string, extra: Partial<Finding> = {}): Finding {
  const status = STATUS_OF[kind]
  return { file: about.file, line, kind, status, severity: SEVERITY_OF[status], title, message, owners: about.owners, ...extra }
}

function missingDate(about: About, field: DateField, readBytes: number | undefined): Finding {
  const label = FIELD_LABEL[field]
  const where = readBytes === undefined ? '' : ` in the first ${Math.round(readBytes / 1024)} KiB`
  return finding(about, 'missing', 1, `no ${label} date`, `no ${label} date${where}; add "${label}: YYYY-MM-DD" near the top`, { field })
}

/** The problem with a written date, or undefined when it is a real day that has come. */
function brokenDate(about: About, stamp: DateStamp, today: number): Finding | undefined {
  const label = FIELD_LABEL[stamp.field]
  const at = { field: stamp.field, written: stamp.written }
  const { line, written, date } = stamp
  switch (date.kind) {
    case 'empty':
      return finding(about, 'missing', line, `no ${label} date`, `${label} has no date; write the day it was last done, as YYYY-MM-DD`, at)
    case 'placeholder':
      return finding(
        about,
        'placeholder',
        line,
        `${label} is a placeholder`,
        `${label} is still the placeholder "${written}"; write the day it was last done`,
        at
      )
    case 'impossible':
      return finding(about, 'impossible', line, `${label} is not a real date`, `${label} "${written}" is not a real date: ${date.reason}`, at)
    case 'malformed':
      return finding(about, 'malformed', line, `${label} is not YYYY-MM-DD`, `${label} "${written}" is not a date written as YYYY-MM-DD`, at)
    case 'valid': {
      const ahead = date.day - today
      if (ahead <= FUTURE_SLACK_DAYS) return undefined
      return finding(about, 'future', line, `${label} is in the future`, `${label} ${written} is ${ahead} days in the future`, at)
    }
  }
}

/** How a valid date stands against its limit. */
interface Clock {
  stamp: DateStamp
  daysOld: number
  limit: number
  dueOn: string
  /** Positive when overdue; zero or negative (days left) while fresh. */
  daysOverdue: number
}

function clockOf(stamp: DateStamp, day: number, limit: number, today: number): Clock {
  const daysOld = Math.max(0, today - day)
  return { stamp, daysOld, limit, dueOn: isoOfDay(day + limit), daysOverdue: daysOld - limit }
}

function clockFields(clock: Clock): Partial<Finding> {
  const { stamp, daysOld, limit, dueOn, daysOverdue } = clock
  return { field: stamp.field, written: stamp.written, dueOn, daysOld, daysOverdue, limitDays: limit }
}

function overdue(about: About, clock: Clock): Finding {
  const reviewed = clock.stamp.field === 'reviewed'
  return finding(
    about,
    reviewed ? 'review-overdue' : 'test-overdue',
    clock.stamp.line,
    reviewed ? 'review overdue' : 'test overdue',
    `last ${reviewed ? 'reviewed' : 'tested'} ${clock.stamp.written}, ${clock.daysOld} days ago: ${clock.daysOverdue} days past the ${clock.limit}-day limit (due ${clock.dueOn})`,
    clockFields(clock)
  )
}

/** A fresh runbook's one finding, about the clock that runs out first. */
function fresh(about: About, clocks: Clock[]): Finding {
  const next = clocks.reduce((a, b) => (b.daysOverdue > a.daysOverdue ? b : a))
  const summary = clocks.map((c) => `${FIELD_LABEL[c.stamp.field]} ${c.stamp.written} (due ${c.dueOn})`).join(', ')
  return finding(about, 'fresh', next.stamp.line, 'fresh', `fresh: ${summary}`, clockFields(next))
}

/** A runbook the scan could not read (permissions, an I/O error): broken, since nobody can tell its age. */
export function unreadableRunbook(file: string, reason: string, owners: string[] = []): Finding {
  return {
    file,
    line: 1,
    kind: 'unreadable',
    status: 'broken',
    severity: 'error',
    title: 'could not be read',
    message: `the runbook could not be read: ${reason}`,
    owners
  }
}

/** A runbook's overall status: that of its worst finding. */
export function statusOf(findings: readonly Finding[]): FreshnessStatus {
  if (findings.some((f) => f.status === 'broken')) return 'broken'
  if (findings.some((f) => f.status === 'stale')) return 'stale'
  return 'fresh'
}

const STATUS_RANK: Record<FreshnessStatus, number> = { broken: 0, stale: 1, fresh: 2 }

/**
 * Most urgent first: broken runbooks (their clock cannot even be read, so they count as overdue
 * forever), then the most overdue, then fresh ones by how soon they fall due; ties by file and line.
 */
export function compareByUrgency(a: Finding, b: Finding): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line
  )
}

/** Counts per runbook and the problems found, gathered one runbook at a time (fresh ones are only counted). */
export interface FreshnessTally {
  checked: number
  fresh: number
  stale: number
  broken: number
  problems: Finding[]
}

export function emptyTally(): FreshnessTally {
  return { checked: 0, fresh: 0, stale: 0, broken: 0, problems: [] }
}

/**
 * Adds one runbook's findings to the tally, in place: a scan of 20,000 runbooks adds them one by
 * one, and copying the tally each time would cost more than the scan.
 */
export function addToTally(tally: FreshnessTally, findings: readonly Finding[]): void {
  tally.checked++
  tally[statusOf(findings)]++
  for (const finding of findings) if (finding.status !== 'fresh') tally.problems.push(finding)
}
