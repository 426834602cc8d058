/**
 * The scheduled run (`schedule`, `workflow_dispatch`): reminders for the overdue clocks of open
 * incidents, and the metrics report across incidents, kept in one tracking issue and written
 * to the job summary.
 *
 * What it reads, and why. A GITHUB_TOKEN gets 1,000 requests an hour per repository; at four
 * runs an hour a run must stay well under 250, and leave room for the runs that handle
 * incident events. So:
 *  - the tracking issue: 1 request (issues labelled `incident-metrics`). Its body caches the
 *    metrics of every closed incident, and is trusted only when the action's own identity
 *    wrote it (its author) and the cache block parses exactly;
 *  - open incidents: listed by label (1 request per 100), then each one's comments (1 request
 *    per 100 comments): their dashboards hold the state the clocks run on. These are the
 *    only incidents that get reminders, so they are read every run;
 *  - closed incidents: only those updated since the cache was written are listed (state=closed,
 *    `since`), and only those whose `updated_at` differs from the cached one are read again.
 *    Without a trusted cache, and once a week to drop incidents that lost their label, every
 *    incident is listed (state=all: 1 request per 100) and the closed ones not yet cached are
 *    read, newest first, as many as the run's REQUEST_BUDGET leaves (at most BACKFILL_PER_RUN);
 *    the report says how many are still pending.
 * Writes: per incident with a reminder due, the reminder comment and the dashboard (with a
 * re-read of the dashboard just before, so a response run that wrote in between is not undone);
 * the tracking issue only when its body changes.
 */
import {
  decodeMetricsCache,
  fitCache,
  incidentMetrics,
  metricsIssueBody,
  metricsIssueChanges,
  metricsReportView,
  METRICS_LABEL,
  METRICS_MARKER,
  renderMetricsReport,
  type CachedIncident,
  type IncidentMetrics,
  type MetricsCache,
  type MetricsIssue
} from '../incident/metrics.js'
import type { Existing, RunContext } from '../incident/model.js'
import type { Change, Plan } from '../incident/plan.js'
import { applyPlan } from './apply.js'
import type { GitHub } from './client.js'
import { isOwnComment, readExisting, type RepoRef } from './read.js'
import type { Reconciled } from '../incident/reconcile.js'
import type { Reporter } from './reporter.js'

/**
 * Requests a run aims to stay under: 4 runs an hour use at most ~720 of the token's 1,000,
 * leaving the rest to the runs that handle incident events. Open incidents are checked first
 * (they are what reminders are for); closed ones not yet cached get what is left.
 */
export const REQUEST_BUDGET = 180
/** Open incidents checked per run (each costs a read, and a few writes when a reminder is due). */
export const OPEN_PER_RUN = 150
/** Closed incidents read per run while the cache fills. */
export const BACKFILL_PER_RUN = 100
/** Requests kept back for the tracking issue. */
const TRACKING_RESERVE = 2
/** A full listing at least this often, so incidents that lost their label leave the report. */
export const FULL_LISTING_EVERY_MS = 7 * 24 * 3_600_000
/** The "updated since" listing starts this much before the last one, for clock skew between runner and GitHub. */
const SINCE_MARGIN_MS = 10 * 60_000

export interface ScheduledOptions {
  botLogin: string
  dryRun: boolean
  reporter: Reporter
  /**
   * Reconciles one open incident with its history and applies the plan (the safety net after a
   * failed or cancelled event run): reminders and clocks come with it.
   */
  reconcile: (issue: number) => Promise<Reconciled>
}

/** An incident issue as the issues list returns it: only what the scheduled run needs. */
export interface ListedIssue {
  number: number
  state: 'open' | 'closed'
  updatedAt: string
}

export async function runScheduled(gh: GitHub, ref: RepoRef, ctx: RunContext, options: ScheduledOptions): Promise<Plan> {
  let spent = 0
  const count = () => {
    spent++
  }
  gh.hook.before('request', count)
  try {
    return await scheduledRun(gh, ref, ctx, options, () => spent)
  } finally {
    gh.hook.remove('request', count)
  }
}

async function scheduledRun(gh: GitHub, ref: RepoRef, ctx: RunContext, options: ScheduledOptions, spent: () => number): Promise<Plan> {
  const { reporter } = options
  const tracking = await findMetricsIssue(gh, ref, options.botLogin)
  // A cache that does not parse exactly is not trusted: the run lists and reads afresh.
  const cache = tracking ? decodeMetricsCache(tracking.body) : undefined
  const full = needsFullListing(cache, ctx.now)
  const listed = full ? await listIncidents(gh, ref, ctx, 'all') : await listIncidentsSince(gh, ref, ctx, cache!)
  const open = listed.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)
  const closed = listed.filter((i) => i.state === 'closed')
  reporter.info(
    `scheduled run: ${open.length} open incident(s); ${full ? `full listing (${closed.length} closed)` : `${closed.length} closed incident(s) updated since the last report`}`
  )

  const changes: Change[] = []
  const liveMetrics: IncidentMetrics[] = []
  let overdue = 0
  let reminders = 0
  const reminded: string[] = []
  const failed: number[] = []
  for (const issue of open.slice(0, OPEN_PER_RUN)) {
    try {
      const outcome = await options.reconcile(issue.number)
      if (!outcome.state) continue
      changes.push(...outcome.plan.changes)
      overdue += outcome.overdue
      if (outcome.reminded.length > 0) {
        reminders++
        reminded.push(`#${issue.number}: ${outcome.reminded.join(', ')}`)
      }
      liveMetrics.push(incidentMetrics(outcome.state, ctx.config, new Set(outcome.posted), ctx.now))
    } catch (error) {
      // One incident's failure must not stop the others; the run still fails at the end.
      failed.push(issue.number)
      reporter.warning(`incident #${issue.number}: ${errorText(error)}`)
    }
  }
  if (open.length > OPEN_PER_RUN) reporter.warning(`${open.length - OPEN_PER_RUN} open incident(s) were not checked this run (at most ${OPEN_PER_RUN} a run)`)

  const cached = await refreshCache(gh, ref, ctx, options, cache, full, open, closed, REQUEST_BUDGET - TRACKING_RESERVE - spent())
  const fitted = fitCache(cached.cache)
  const all = [...fitted.entries.flatMap((e) => (e.metrics ? [e.metrics] : [])), ...liveMetrics]
  const report = renderMetricsReport(metricsReportView(all, { pending: cached.pending, ...(fitted.floor ? { floor: fitted.floor } : {}) }), ctx.templates)

  // With an open incident unread the figures are incomplete: the tracking issue waits for the next run.
  const trackingChanges = failed.length ? [] : trackingIssueChanges(tracking, report, fitted, cache, cached.pending, all.length)
  if (trackingChanges.length > 0) await apply(gh, ref, { changes: trackingChanges, outputs: {} }, { others: {} }, options)
  changes.push(...trackingChanges)

  const summary = [
    '## Scheduled run',
    '',
    `${open.length} open incident(s) checked: ${overdue} overdue clock(s), reminders posted on ${reminders} incident(s)${reminded.length ? ` (${reminded.join('; ')})` : ''}.`,
    `${cached.read} closed incident(s) read for the metrics${cached.pending ? `, ${cached.pending} still to read` : ''}${full ? ' (full listing)' : ''}.`,
    '',
    report
  ].join('\n')
  const outputs = { 'overdue-clocks': String(overdue), reminders: String(reminders), 'open-incidents': String(open.length) }
  const failure = failed.length ? `the scheduled run could not check incident(s) ${failed.map((n) => `#${n}`).join(', ')}; the next run retries` : undefined
  return { changes, outputs, summary, ...(failure ? { failure } : {}) }
}

function errorText(error: unknown): string {
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message : String(error)
  return status ? `GitHub API error ${status}: ${message}` : message
}

// ---------------------------------------------------------------------------------------------
// One open incident

/** Kinds of the drafts the bot has posted on the incident. */
function postedDrafts(existing: Existing): Set<string> {
  return new Set(Object.keys(existing.others))
}

async function apply(gh: GitHub, ref: RepoRef, plan: Plan, existing: Existing, options: ScheduledOptions, group = 'incident metrics'): Promise<void> {
  await options.reporter.group(`${group}: ${plan.changes.length} change(s)`, async () => {
    await applyPlan(gh, ref, plan, existing, { dryRun: options.dryRun, log: options.reporter.info })
  })
}

// ---------------------------------------------------------------------------------------------
// Listing

/** Whether this run lists every incident: no trusted cache, one never completed, or a week since the last. */
export function needsFullListing(cache: MetricsCache | undefined, now: string): boolean {
  if (!cache?.fullAt || !cache.listedAt) return true
  return Date.parse(now) - Date.parse(cache.fullAt) >= FULL_LISTING_EVERY_MS
}

/** Incident issues (the trigger label, and the drill label for drills filed without it), pull requests left out. */
async function listIncidents(gh: GitHub, ref: RepoRef, ctx: RunContext, state: 'open' | 'closed' | 'all', since?: string): Promise<ListedIssue[]> {
  const byNumber = new Map<number, ListedIssue>()
  for (const label of new Set([ctx.config.labels.trigger, ctx.config.labels.drill])) {
    const issues = await gh.paginate(gh.rest.issues.listForRepo, { ...ref, labels: label, state, per_page: 100, ...(since ? { since } : {}) })
    for (const i of issues) {
      if (i.pull_request) continue
      byNumber.set(i.number, { number: i.number, state: i.state === 'closed' ? 'closed' : 'open', updatedAt: i.updated_at })
    }
  }
  return [...byNumber.values()]
}

/** Every open incident, and the closed ones updated since the cache was last written. */
async function listIncidentsSince(gh: GitHub, ref: RepoRef, ctx: RunContext, cache: MetricsCache): Promise<ListedIssue[]> {
  const since = new Date(Date.parse(cache.listedAt!) - SINCE_MARGIN_MS).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const open = await listIncidents(gh, ref, ctx, 'open')
  const closed = await listIncidents(gh, ref, ctx, 'closed', since)
  return [...open, ...closed.filter((c) => !open.some((o) => o.number === c.number))]
}

/** The action's own tracking issue (labelled, written by its identity, with its marker). */
async function findMetricsIssue(gh: GitHub, ref: RepoRef, botLogin: string): Promise<MetricsIssue | undefined> {
  // Oldest first: issues others label later cannot push the action's own off the page.
  const { data } = await gh.rest.issues.listForRepo({ ...ref, labels: METRICS_LABEL, state: 'all', sort: 'created', direction: 'asc', per_page: 100 })
  const own = data.find((i) => !i.pull_request && isOwnComment(i.user, botLogin) && (i.body ?? '').includes(METRICS_MARKER))
  return own ? { number: own.number, body: own.body ?? '' } : undefined
}

// ---------------------------------------------------------------------------------------------
// The cache of closed incidents

interface CacheRefresh {
  cache: MetricsCache
  /** Closed incidents read this run. */
  read: number
  /** Closed incidents still to read (over this run's budget). */
  pending: number
}

/**
 * The cache after this run: closed incidents whose issue changed (or that are new) read again,
 * reopened ones dropped (they are measured live), and on a full listing everything no longer
 * listed dropped too. Where the next listing starts only moves on once nothing is pending.
 */
async function refreshCache(
  gh: GitHub,
  ref: RepoRef,
  ctx: RunContext,
  options: ScheduledOptions,
  cache: MetricsCache | undefined,
  full: boolean,
  open: ListedIssue[],
  closed: ListedIssue[],
  budget: number
): Promise<CacheRefresh> {
  const previous = new Map((cache?.entries ?? []).map((e) => [e.issue, e]))
  const entries = new Map(full ? [] : previous)
  for (const issue of open) entries.delete(issue.number)
  const stale: ListedIssue[] = []
  for (const issue of closed) {
    if (issue.number < (cache?.floor ?? 0)) continue
    const known = previous.get(issue.number)
    if (known && Date.parse(known.updatedAt) === Date.parse(issue.updatedAt)) entries.set(issue.number, known)
    else stale.push(issue)
  }
  // Newest first: the incidents people are most likely to look up.
  stale.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
  const batch = stale.slice(0, Math.max(0, Math.min(BACKFILL_PER_RUN, budget)))
  let unread = 0
  for (const issue of batch) {
    try {
      entries.set(issue.number, await closedIncident(gh, ref, ctx, issue, options.botLogin))
    } catch (error) {
      unread++
      options.reporter.warning(`incident #${issue.number} (closed): ${errorText(error)}; read again next run`)
    }
  }
  const pending = stale.length - batch.length + unread
  const fullAt = full && pending === 0 ? ctx.now : cache?.fullAt
  const listedAt = pending === 0 ? ctx.now : cache?.listedAt
  const next: MetricsCache = {
    ...(fullAt ? { fullAt } : {}),
    ...(listedAt ? { listedAt } : {}),
    ...(cache?.floor ? { floor: cache.floor } : {}),
    entries: [...entries.values()]
  }
  return { cache: next, read: batch.length - unread, pending }
}

async function closedIncident(gh: GitHub, ref: RepoRef, ctx: RunContext, issue: ListedIssue, botLogin: string): Promise<CachedIncident> {
  const existing = await readExisting(gh, ref, issue.number, botLogin)
  const metrics = existing.state ? incidentMetrics(existing.state, ctx.config, postedDrafts(existing), ctx.now) : null
  return { issue: issue.number, updatedAt: issue.updatedAt, metrics }
}

/**
 * The tracking issue's change. The cache's listing time alone changing is no reason to edit the
 * issue: it is written with the new time only when something else changed, and otherwise the
 * next run simply lists from the older time again (a few more issues to skip, no more reads).
 */
function trackingIssueChanges(
  tracking: MetricsIssue | undefined,
  report: string,
  cache: MetricsCache,
  previous: MetricsCache | undefined,
  pending: number,
  incidents: number
): Change[] {
  if (!tracking && incidents === 0 && pending === 0) return []
  const unchangedTime = previous?.listedAt ? { ...cache, listedAt: previous.listedAt } : cache
  if (metricsIssueChanges(tracking, metricsIssueBody(report, unchangedTime)).length === 0) return []
  return metricsIssueChanges(tracking, metricsIssueBody(report, cache))
}
