/**
 * Clocks: the deadlines a response runs against (an Incident Commander within 15 minutes of the
 * report, a status update every few hours, the external announcement within 72 hours of
 * detection, a regulator's 72 hours from awareness). Each configured clock starts at a moment
 * of the incident and stops at an event; this module says, from the state alone, where each
 * stands, and plans the reminders a scheduled run posts for the overdue ones. Pure.
 *
 * Where a clock starts (`from`):
 *   opened       the issue was filed;
 *   detected     the detection time from the report, when it is earlier than the filing
 *                (a later one is a typo: the incident cannot be filed before it was noticed);
 *   last-status  the latest status update, or the filing when there is none. Such a clock
 *                repeats by nature: every status restarts it.
 *   decision:<name>  a decision the law counts from, recorded with `/decision <name> [time]` (the
 *                awareness of a personal-data breach, a materiality determination): its time, which
 *                may be earlier than the comment. Until one is recorded (or once it is withdrawn)
 *                the clock is not shown: the obligation has not arisen.
 *   filing:<clock id>  the filing recorded for another clock (NIS2's final report runs from the
 *                incident notification).
 *
 * How long it runs: `hours`, calendar `days`, calendar `months` or `businessDays` (weekends and the
 * holidays of a calendar skipped, counted in a time zone; see src/text/calendar.ts). With
 * `notLaterThan` the deadline is the earlier of two (DORA: 4 hours from the classification as
 * major, at most 24 hours from awareness).
 *
 * What stops it (`until`):
 *   role:<name>  the role is assigned: `role:ic` the Incident Commander, `role:scribe`, …
 *   released:<kind> a person recorded the draft as released with `/released <kind> <reference>`:
 *                `external-announcement` (published), `internal-update` (sent). The bot posting a
 *                draft is not a release: an announcement full of TODOs has reached no one.
 *   draft:<kind> the bot posted that draft and it stands (not withdrawn): `internal-update`,
 *                `external-announcement`, `law-enforcement`, `post-mortem`
 *   phase:<id>   the incident reached that phase or a later one
 *   gate:<id>    the gate is open
 *   step:<id>    that checklist task is ticked (e.g. `step:law-enforcement`)
 *   filing:<id>  a person recorded the filing with `/filed <id> <reference>`
 *   <kind>       any response-timeline entry of that kind after the start: `status`, `paged`, …
 *
 * A repeating clock (`repeat: true`, or `from: last-status`) restarts at each stopping event
 * and is never "met" while the incident is active. A clock whose severities do not include the
 * incident's is not shown; an incident whose severity is not yet assessed gets every clock
 * (the runbook: better safe than sorry). On resolution every clock freezes: one that was not
 * yet due is "stopped", one that was overdue stays "missed".
 *
 * Reminders back off per clock: the first as soon as the clock is overdue, the next after the
 * clock's own length (at least 30 minutes, at most a day), then each interval doubles (up to a
 * day), so an owner is nagged, never flooded. The interval is derived from the due time and the
 * last reminder (`state.reminded`), so no counter is stored. Every clock due a reminder goes into
 * one comment: at most one reminder comment per incident per run. Drills get none unless the
 * config says `reminders.drills: true`: a drill exercises the clocks on the dashboard, not
 * people's phones.
 */
import type { ResolvedConfig } from '../config/load.js'
import type { Clock } from '../config/schema.js'
import { mention, neutraliseInline, quietLogin, tableSafe } from '../comms/neutralise.js'
import { formatDuration, isoMinute } from '../comms/time.js'
import { addDuration, type Duration } from '../text/calendar.js'
import { taskTitle } from './checklist.js'
import { RELEASABLE_DRAFTS } from './commands.js'
import type { Change } from './plan.js'
import type { IncidentState, TimelineEntry } from './state.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** The shortest and longest wait between two reminders of one clock. */
export const REMINDER_MIN_GAP_MS = 30 * MINUTE
export const REMINDER_MAX_GAP_MS = 24 * HOUR
/** Timeline kind recorded once when a clock goes overdue (the post-mortem lists them). */
export const CLOCK_MISSED_KIND = 'clock-missed'

export type ClockStatus = 'met' | 'running' | 'missed' | 'stopped'

export interface ClockView {
  id: string
  title: string
  /** When this clock (or, for a repeating one, its current cycle) started. ISO. */
  startedAt: string
  dueAt: string
  /**
   * Milliseconds from the clock's end to its due time: from now while it runs or is overdue
   * (negative: overdue by), from when it was met, or from the resolution when it stopped.
   * Null when it was met at a time no longer on record (folded out of the timeline).
   */
  left: number | null
  status: ClockStatus
  /** When the stopping event happened, if met and known. */
  metAt?: string
  /** Met, but after the due time. */
  late: boolean
  /** Who answers for it: the configured owner ("@acme/legal", "Legal counsel"), else "@<IC login>"; null when neither. */
  owner: string | null
  repeat: boolean
  /** The recorded decision or filing it runs from, with who recorded it (clocks from `decision:`/`filing:`). */
  start?: { kind: 'decision' | 'filing'; name: string; by?: string | undefined }
  /** The filing that met it (`until: filing:<id>`). */
  filing?: { reference: string; by?: string | undefined; at: string }
  law?: Clock['law']
  /** The duration is the team's target: the law sets no fixed time. */
  target?: boolean
}

/** The config a clock evaluation reads. */
export type ClockConfig = Pick<ResolvedConfig, 'clocks' | 'phases' | 'gates' | 'drafts' | 'steps' | 'paging'>

/** Every clock that applies to the incident, in config order. */
export function evaluateClocks(state: IncidentState, config: ClockConfig, now: string | Date, postedDrafts: ReadonlySet<string>): ClockView[] {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime()
  return config.clocks.filter((clock) => appliesTo(clock, state)).flatMap((clock) => evaluateClock(clock, state, config, nowMs, postedDrafts) ?? [])
}

export function appliesTo(clock: Pick<Clock, 'severities'>, state: Pick<IncidentState, 'severity'>): boolean {
  return state.severity === null || clock.severities.includes(state.severity)
}

/** A clock repeats when configured so, or when it runs from the last status (each status restarts it). */
export function isRepeating(clock: Pick<Clock, 'repeat' | 'from'>): boolean {
  return clock.repeat || clock.from === 'last-status'
}

function evaluateClock(clock: Clock, state: IncidentState, config: ClockConfig, nowMs: number, posted: ReadonlySet<string>): ClockView | undefined {
  const base = clockStart(clock.from, state)
  if (base === undefined) return undefined
  const stops = stopEvents(clock.until, state, config, posted).filter((at) => at === undefined || Date.parse(at) >= Date.parse(base))
  const repeat = isRepeating(clock)
  const owner = clock.owner ?? (state.roles.ic ? `@${state.roles.ic}` : null)
  const resolvedMs = state.resolvedAt ? Date.parse(state.resolvedAt) : undefined
  const common = { id: clock.id, title: clock.title, owner, repeat, ...legalParts(clock, state) }

  if (repeat) {
    const known = stops.filter((at): at is string => at !== undefined)
    const startedAt = known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), base)
    const dueMs = addDuration(Date.parse(startedAt), clock)
    const endMs = Math.min(nowMs, resolvedMs ?? nowMs)
    const status: ClockStatus = endMs >= dueMs ? 'missed' : resolvedMs !== undefined ? 'stopped' : 'running'
    return { ...common, startedAt, dueAt: iso(dueMs), left: dueMs - endMs, status, late: false }
  }

  const dueMs = dueOf(clock, base, state)
  if (stops.length > 0) {
    const known = stops.filter((at): at is string => at !== undefined).sort((a, b) => Date.parse(a) - Date.parse(b))
    const metAt = stops.includes(undefined) ? undefined : known[0]
    const left = metAt === undefined ? null : dueMs - Date.parse(metAt)
    return { ...common, startedAt: base, dueAt: iso(dueMs), left, status: 'met', ...(metAt ? { metAt } : {}), late: left !== null && left < 0 }
  }
  const endMs = Math.min(nowMs, resolvedMs ?? nowMs)
  const status: ClockStatus = endMs >= dueMs ? 'missed' : resolvedMs !== undefined ? 'stopped' : 'running'
  return { ...common, startedAt: base, dueAt: iso(dueMs), left: dueMs - endMs, status, late: false }
}

/** The moment a clock starts from; undefined while the decision or filing it counts from is not on record. */
export function clockStart(from: Clock['from'], state: IncidentState): string | undefined {
  switch (from) {
    case 'opened':
      return state.openedAt
    case 'detected':
      return effectiveDetection(state)
    case 'last-status':
      return latest(statusTimes(state)) ?? state.openedAt
  }
  const [kind, name] = splitUntil(from)
  if (kind === 'decision') return state.decisions?.[name]?.at
  if (kind === 'filing') return state.filings?.[name]?.at
  return undefined
}

/** The due time: the start plus the duration, or the earlier `notLaterThan` deadline when that one has started. */
export function dueOf(clock: Duration & Pick<Clock, 'notLaterThan'>, start: string, state: IncidentState): number {
  const due = addDuration(Date.parse(start), clock)
  const cap = clock.notLaterThan
  const capStart = cap ? clockStart(cap.from, state) : undefined
  return cap && capStart !== undefined ? Math.min(due, addDuration(Date.parse(capStart), cap)) : due
}

/** What a legal clock shows besides its times: the decision or filing it runs from, the filing that met it, the law. */
function legalParts(clock: Clock, state: IncidentState): Pick<ClockView, 'start' | 'filing' | 'law' | 'target'> {
  const [kind, name] = splitUntil(clock.from)
  const started = kind === 'decision' ? state.decisions?.[name] : kind === 'filing' ? state.filings?.[name] : undefined
  const [untilKind, untilId] = splitUntil(clock.until)
  const filed = untilKind === 'filing' ? state.filings?.[untilId] : undefined
  return {
    ...(started ? { start: { kind: kind as 'decision' | 'filing', name, by: started.by } } : {}),
    ...(filed ? { filing: { reference: filed.reference, by: filed.by, at: filed.at } } : {}),
    ...(clock.law ? { law: clock.law } : {}),
    ...(clock.target ? { target: true } : {})
  }
}

/** A clock's length in hours, for the reminder back-off (a month counts 30 days, a business day 24 hours). */
export function clockHours(clock: Duration): number {
  return clock.hours ?? (clock.days ?? clock.businessDays ?? (clock.months ?? 0) * 30) * 24
}

/** The detection time when it is earlier than the filing; otherwise the filing. */
export function effectiveDetection(state: Pick<IncidentState, 'detectedAt' | 'openedAt'>): string {
  const detected = state.detectedAt ? Date.parse(state.detectedAt) : NaN
  return !Number.isNaN(detected) && detected < Date.parse(state.openedAt) ? state.detectedAt! : state.openedAt
}

/** Every status update on record: the timeline's and the latest one kept apart in `state.status`. */
function statusTimes(state: IncidentState): string[] {
  return [...state.timeline.filter((e) => e.kind === 'status').map((e) => e.at), ...(state.status ? [state.status.at] : [])]
}

/**
 * When the `until` event happened: ISO times, or undefined for an event that happened at a time
 * no longer on record (a role whose timeline entry was folded away). Empty when it has not.
 */
export function stopEvents(until: string, state: IncidentState, config: ClockConfig, posted: ReadonlySet<string>): (string | undefined)[] {
  const [kind, arg] = splitUntil(until)
  switch (kind) {
    case 'role':
      return roleTimes(state, arg)
    case 'draft':
      return draftTime(arg, state, config, posted)
    case 'released':
      return releaseTimes(state, arg)
    case 'phase': {
      const at = phaseReachedAt(state, config, arg)
      return at ? [at] : []
    }
    case 'gate': {
      const gate = state.gates[arg]
      return gate?.open ? [gate.at] : []
    }
    case 'step':
      return state.steps[arg] ? [tickTime(state, config, arg)] : []
    case 'status':
      return statusTimes(state)
    case 'filing': {
      const filed = state.filings?.[arg]
      return filed ? [filed.at] : []
    }
    default:
      return state.timeline.filter((e) => e.kind === kind).map((e) => e.at)
  }
}

function splitUntil(until: string): [string, string] {
  const i = until.indexOf(':')
  return i < 0 ? [until, ''] : [until.slice(0, i), until.slice(i + 1)]
}

/** The `until` vocabulary, for config checks: a problem with `until`, or undefined when it names something that exists. */
export function untilProblem(until: string, config: Pick<ResolvedConfig, 'phases' | 'gates' | 'steps' | 'clocks'>): string | undefined {
  const [kind, arg] = splitUntil(until)
  const known = (what: string, ids: string[]) => (ids.includes(arg) ? undefined : `"${arg}" is not a configured ${what} (${ids.join(', ')})`)
  switch (kind) {
    case 'role':
      return /^[a-z][a-z0-9-]*$/.test(arg) ? undefined : 'expected role:<name>, such as role:ic'
    case 'draft':
      return known('draft', [...DRAFT_KINDS])
    case 'released':
      return known('releasable draft', [...RELEASABLE_DRAFTS])
    case 'phase':
      return known(
        'phase',
        config.phases.map((p) => p.id)
      )
    case 'gate':
      return known('gate', Object.keys(config.gates))
    case 'step':
      return taskTitle(config.steps, arg) === undefined ? `"${arg}" is not a checklist task id` : undefined
    case 'filing':
      return known(
        'clock',
        config.clocks.map((c) => c.id)
      )
    default:
      return arg === '' && /^[a-z][a-z0-9-]*$/.test(kind)
        ? undefined
        : 'expected role:<name>, released:<draft>, draft:<kind>, phase:<id>, gate:<id>, step:<id>, filing:<clock id> or a timeline kind such as status'
  }
}

/** A problem with a clock's `from`, or undefined: `filing:<id>` must name a configured clock. */
export function fromProblem(from: string, config: Pick<ResolvedConfig, 'clocks'>): string | undefined {
  const [kind, arg] = splitUntil(from)
  const ids = config.clocks.map((c) => c.id)
  return kind !== 'filing' || ids.includes(arg) ? undefined : `"${arg}" is not a configured clock (${ids.join(', ')})`
}

/** The clock ids a person may record a filing for: those some clock stops at (`until: filing:<id>`). */
export function filingIds(config: Pick<ResolvedConfig, 'clocks'>): string[] {
  return [...new Set(config.clocks.flatMap((c) => (c.until.startsWith('filing:') ? [c.until.slice('filing:'.length)] : [])))]
}

/** The decision names clocks count from (`from` or `notLaterThan.from` of `decision:<name>`). */
export function decisionNames(config: Pick<ResolvedConfig, 'clocks'>): string[] {
  const starts = config.clocks.flatMap((c) => [c.from, ...(c.notLaterThan ? [c.notLaterThan.from] : [])])
  return [...new Set(starts.flatMap((from) => (from.startsWith('decision:') ? [from.slice('decision:'.length)] : [])))]
}

export const DRAFT_KINDS = ['internal-update', 'external-announcement', 'law-enforcement', 'post-mortem'] as const

/** The role's first assignment ("Incident Commander: @…" for ic, "scribe: @…" for the others). */
function roleTimes(state: IncidentState, role: string): (string | undefined)[] {
  const label = role === 'ic' ? 'Incident Commander' : role
  const times = state.timeline.filter((e) => e.kind === 'role' && e.text.startsWith(`${label}:`)).map((e) => e.at)
  if (times.length > 0) return times
  return state.roles[role] ? [undefined] : []
}

/**
 * When a posted draft became ready: the bot posts a gated draft in the run its last gate opens,
 * the law-enforcement sheet when the incident reaches its phase, the post-mortem on resolution.
 * A draft that was withdrawn (a gate closed again) does not stand.
 */
export function draftTime(kind: string, state: IncidentState, config: ClockConfig, posted: ReadonlySet<string>): (string | undefined)[] {
  if (!posted.has(kind)) return []
  const gated =
    kind === 'internal-update' ? config.drafts.internalUpdate.gates : kind === 'external-announcement' ? config.drafts.externalAnnouncement.gates : undefined
  if (gated) {
    if (gated.some((g) => state.gates[g]?.open !== true)) return []
    const times = gated.map((g) => state.gates[g]?.at)
    return [times.includes(undefined) ? undefined : (latest(times as string[]) ?? state.openedAt)]
  }
  if (kind === 'law-enforcement') return [phaseReachedAt(state, config, config.drafts.lawEnforcement.phase)]
  if (kind === 'post-mortem') return [state.resolvedAt]
  return [undefined]
}

/** When a person recorded the draft as released (`/released`): the first release counts. */
export function releaseTimes(state: Pick<IncidentState, 'releases'>, draft: string): string[] {
  const first = state.releases.find((r) => r.draft === draft)
  return first ? [first.at] : []
}

/** The first time the incident entered this phase or a later one (in config order). */
export function phaseReachedAt(state: IncidentState, config: Pick<ResolvedConfig, 'phases'>, phase: string): string | undefined {
  const order = config.phases.map((p) => p.id)
  const target = order.indexOf(phase)
  if (target < 0) return undefined
  return state.phaseHistory.find((h) => order.indexOf(h.phase) >= target)?.at
}

/** When a checklist task was last ticked, from the "Done: <task>" timeline entries. */
function tickTime(state: IncidentState, config: ClockConfig, id: string): string | undefined {
  const title = taskTitle(config.steps, id)
  if (title === undefined) return undefined
  // By the entry's key (`tick:<id>:1:<at>`); entries of older versions are matched by their text.
  const texts = [tableSafe(`Done: ${title}`), neutraliseInline(`Done: ${title}`)]
  const done = (e: IncidentState['timeline'][number]) => (e.key ? e.key.startsWith(`tick:${id}:1:`) : texts.includes(e.text))
  return latest(state.timeline.filter((e) => e.kind === 'tick' && done(e)).map((e) => e.at))
}

function latest(times: string[]): string | undefined {
  return times.reduce<string | undefined>((a, b) => (a === undefined || Date.parse(b) > Date.parse(a) ? b : a), undefined)
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}

// ---------------------------------------------------------------------------------------------
// Reminders

/** Whether the incident is still being responded to (not resolved). */
export function isActive(state: IncidentState, config: Pick<ResolvedConfig, 'phases'>): boolean {
  return !state.resolvedAt && state.phase !== config.phases[config.phases.length - 1]?.id
}

/**
 * Reminders on drills: off unless the config has `reminders: { drills: true }` (a key the schema
 * may carry; read here so the default stays "off" until it does).
 */
export function remindsOnDrills(config: Pick<ResolvedConfig, 'paging'> & { reminders?: { drills?: boolean } }): boolean {
  return config.reminders?.drills === true
}

/**
 * When the next reminder of an overdue clock is due. None yet in this cycle (no reminder, or
 * the last one was for an earlier due time): at the due time. Otherwise the last reminder plus
 * the time it was overdue when reminded, at least the clock's length (30 minutes to a day) and
 * at most a day: reminders at due, due+L, due+2L, due+4L, … so each interval doubles.
 */
export function nextReminderAt(dueAt: string, lastReminded: string | undefined, clockHours: number): string {
  const due = Date.parse(dueAt)
  const last = lastReminded === undefined ? NaN : Date.parse(lastReminded)
  if (Number.isNaN(last) || last < due) return dueAt
  const base = Math.min(REMINDER_MAX_GAP_MS, Math.max(REMINDER_MIN_GAP_MS, clockHours * HOUR))
  const gap = Math.min(REMINDER_MAX_GAP_MS, Math.max(base, last - due))
  return iso(last + gap)
}

export interface ReminderPlan {
  changes: Change[]
  /** The state with the reminders and newly missed clocks recorded (the same object when nothing changed). */
  state: IncidentState
}

export type ReminderConfig = ClockConfig & { reminders?: { drills?: boolean } }

/**
 * The scheduled run's decision for one incident: a timeline entry for each clock that has just
 * gone overdue (once per due time), and one reminder comment covering every overdue clock whose
 * back-off allows a reminder now, mentioning each clock's owner. Active incidents only.
 */
export function planReminders(state: IncidentState, config: ReminderConfig, now: string | Date, postedDrafts: ReadonlySet<string>): ReminderPlan {
  const nowIso = typeof now === 'string' ? now : now.toISOString()
  if (!isActive(state, config)) return { changes: [], state }
  const overdue = evaluateClocks(state, config, nowIso, postedDrafts).filter((c) => c.status === 'missed')
  if (overdue.length === 0) return { changes: [], state }

  const next = structuredClone(state)
  for (const clock of overdue) recordMissed(next.timeline, clock)
  const remind = state.drill && !remindsOnDrills(config) ? [] : overdue.filter((c) => reminderDue(c, state, config, nowIso))
  for (const clock of remind) next.reminded[clock.id] = nowIso
  const changes: Change[] = remind.length > 0 ? [{ kind: 'reply', issue: state.issue, body: reminderBody(next, config, remind, nowIso) }] : []
  return { changes, state: JSON.stringify(next) === JSON.stringify(state) ? state : next }
}

function reminderDue(clock: ClockView, state: IncidentState, config: ClockConfig, now: string): boolean {
  const rule = config.clocks.find((c) => c.id === clock.id)
  const hours = rule ? clockHours(rule) : 1
  return Date.parse(now) >= Date.parse(nextReminderAt(clock.dueAt, state.reminded[clock.id], hours))
}

/** The key that keeps "clock missed" to one entry per clock and due time. */
export function missedKey(clock: Pick<ClockView, 'id' | 'dueAt'>): string {
  return `${CLOCK_MISSED_KIND}:${clock.id}:${clock.dueAt}`
}

function recordMissed(timeline: TimelineEntry[], clock: ClockView): void {
  const key = missedKey(clock)
  if (timeline.some((e) => e.key === key)) return
  // Dated at the due time: that is when it was missed, whenever the scheduled run noticed.
  timeline.push({ at: clock.dueAt, kind: CLOCK_MISSED_KIND, text: tableSafe(`Clock missed: ${clock.title} (due ${isoMinute(clock.dueAt)})`), key })
}

/** The reminder comment: one line per overdue clock, each mentioning who should act and how. */
export function reminderBody(state: IncidentState, config: ReminderConfig, clocks: ClockView[], now: string): string {
  const lines = clocks.map((clock) => {
    const rule = config.clocks.find((c) => c.id === clock.id)
    const overdueBy = formatDuration(Date.parse(now) - Date.parse(clock.dueAt))
    const hint = rule ? howToStop(rule.until) : ''
    return `- **${neutraliseInline(clock.title)}**: ${clock.target ? 'target' : 'due'} ${isoMinute(clock.dueAt)}, overdue by ${overdueBy}. ${whoToPing(clock, state, config)}${hint ? `: ${hint}` : ''}.`
  })
  const drill = state.drill ? '**DRILL.** ' : ''
  const next = clocks
    .map((clock) => {
      const rule = config.clocks.find((c) => c.id === clock.id)
      return nextReminderAt(clock.dueAt, now, rule ? clockHours(rule) : 1)
    })
    .reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b))
  return [
    `⏰ ${drill}**${clocks.length === 1 ? 'A clock is' : `${clocks.length} clocks are`} overdue** on ${state.codename}:`,
    '',
    ...lines,
    '',
    `<sub>incident-kit reminds again no sooner than ${isoMinute(next)}, then less and less often (the interval doubles, up to a day) until each clock is met. The dashboard shows every clock.</sub>`
  ].join('\n')
}

/**
 * Who a reminder pings: the configured owner when it is a handle ("@acme/legal"), the IC, the
 * IC team, and as a last resort the reporter, so a reminder always reaches someone. A plain
 * owner name ("Legal counsel") is shown in bold beside whoever is pinged.
 */
export function whoToPing(clock: Pick<ClockView, 'owner'>, state: IncidentState, config: Pick<ResolvedConfig, 'paging'>): string {
  const handle = clock.owner ? ownerHandle(clock.owner) : undefined
  if (handle) return mention(handle)
  const fallback = state.roles.ic ?? config.paging.icTeam ?? state.reporter
  const named = clock.owner ? `**${neutraliseInline(clock.owner, 80)}**, ` : ''
  return `${named}${mention(fallback)}`
}

/** "@login" or "@org/team" as a handle (without "@"); undefined for plain words. */
export function ownerHandle(owner: string): string | undefined {
  return /^@([A-Za-z0-9][A-Za-z0-9-]*(?:\[bot\])?(?:\/[A-Za-z0-9_.-]+)?)$/.exec(owner.trim())?.[1]
}

/** An owner as the dashboard shows it: handles quiet (the dashboard is rewritten often and must not ping). */
export function quietOwner(owner: string | null): string {
  if (!owner) return ''
  const handle = ownerHandle(owner)
  return handle ? quietLogin(handle) : neutraliseInline(owner, 80)
}

/** A clock's state in a few words, as the dashboard shows it ("⏳ 2h 5m left", "❌ overdue by 40m, reminded 09:50Z"). */
export function clockStateText(clock: ClockView, lastReminded?: string, resolvedAt?: string): string {
  const every = clock.repeat ? ' (repeats)' : ''
  // Clocks stop at resolution: a clock missed before it is history ("missed by"), not "overdue".
  if (clock.status === 'missed' && resolvedAt) return `❌ missed by ${formatDuration(-(clock.left ?? 0))}; stopped at resolution ${isoMinute(resolvedAt)}`
  switch (clock.status) {
    case 'met': {
      if (!clock.metAt) return '✅ met'
      const filed = clock.filing ? ` (filed, reference ${clock.filing.reference}${clock.filing.by ? `, recorded by ${quietLogin(clock.filing.by)}` : ''})` : ''
      return `✅ met ${isoMinute(clock.metAt)}${clock.late && clock.left !== null ? `, ${formatDuration(-clock.left)} late` : ''}${filed}`
    }
    case 'running':
      return `⏳ ${formatDuration(clock.left ?? 0)} left${every}`
    case 'missed': {
      const reminded = lastReminded && Date.parse(lastReminded) >= Date.parse(clock.dueAt) ? `, reminded ${isoMinute(lastReminded)}` : ''
      return `❌ overdue by ${formatDuration(-(clock.left ?? 0))}${reminded}`
    }
    case 'stopped':
      return '⏹ stopped: resolved before it was due'
  }
}

/**
 * A clock's name as the dashboard and post-mortem show it: the title, the law it comes from (linked),
 * the decision or filing it runs from with who recorded it and when, and for a target the law's words.
 */
export function clockTitleText(clock: ClockView): string {
  const law = clock.law ? ` ([${neutraliseInline(clock.law.reference, 160)}](${clock.law.url}))` : ''
  const by = clock.start?.by ? `, recorded by ${quietLogin(clock.start.by)}` : ''
  const start = clock.start
    ? `; from ${clock.start.kind === 'decision' ? `decision \`${clock.start.name}\`` : `the \`${clock.start.name}\` filing`} ${isoMinute(clock.startedAt)}${by}`
    : ''
  const target = clock.target
    ? `; a target, not a fixed legal deadline${clock.law?.says ? `: the law says "${neutraliseInline(clock.law.says, 200)}"` : ''}`
    : ''
  return `${neutraliseInline(clock.title)}${law}${start}${target}`
}

/** What stops the clock, as an instruction. */
function howToStop(until: string): string {
  const [kind, arg] = splitUntil(until)
  switch (kind) {
    case 'role':
      return arg === 'ic' ? 'appoint one with `/ic @login` (or `/ic page`)' : `appoint one with \`/role ${arg} @login\``
    case 'status':
      return 'post one with `/status <where things stand>`'
    case 'draft':
      return `the ${arg} draft is written once every gate it needs is open (see the dashboard's gates)`
    case 'released':
      return `once it is out, say where with \`/released ${arg} <link or reference>\``
    case 'phase':
      return `move on with \`/phase ${arg}\` when it is done`
    case 'gate':
      return `an approver opens it with \`/approve ${arg}\``
    case 'step':
      return `tick \`${arg}\` in the checklist when it is done`
    case 'filing':
      return `record the filing with \`/filed ${arg} <reference>\``
    default:
      return ''
  }
}
