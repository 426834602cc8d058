/**
 * View models: pure functions from the incident's state (plus config, the time and a little
 * context from the event) to the data each communication template receives.
 *
 * Strings in the state were neutralised when a person typed them, so they are used as they
 * are. Everything else from outside (config text, URLs, extra party names) is neutralised
 * or validated here, because a template inserts it verbatim (`noEscape`).
 */
import type { ResolvedConfig } from '../config/load.js'
import type { IncidentState, Release, TimelineEntry } from '../incident/state.js'
import { neutraliseInline, quietLogin } from './neutralise.js'
import { formatDuration, humanDate, humanDay, isoMinute } from './time.js'
import { clockStateText, clockTitleText, DRAFT_KINDS, evaluateClocks, quietOwner } from '../incident/clocks.js'
import { addDuration } from '../text/calendar.js'
import { responseTimeRows } from '../incident/metrics.js'

export const COMMS_TEMPLATES = ['internal-update', 'law-enforcement', 'external-announcement', 'status-update', 'post-mortem'] as const
export type CommsTemplate = (typeof COMMS_TEMPLATES)[number]

/** The file a template is read from (built in, or a user's override of the same name). */
export function templateFile(name: CommsTemplate): string {
  return `${name}.md.hbs`
}

export function isCommsTemplate(name: string): name is CommsTemplate {
  return (COMMS_TEMPLATES as readonly string[]).includes(name)
}

/** The runbook: "Subject of emails should be 'Attorney Work Project' and nothing else." */
export const EMAIL_SUBJECT = 'Attorney Work Project'

export interface CommsContext {
  /** The incident issue's web address (from the event payload). */
  issueUrl?: string
  /** Third parties involved (e.g. a vendor used as the vector), besides those recorded as IOCs of type "party". */
  parties?: string[]
  /** At most this many attack / response timeline entries are shown; drafts lower them to fit a GitHub comment. */
  limits?: { attack?: number; response?: number }
}

/** One timeline row as templates show it. */
export interface EntryView {
  /** "2026-11-22T09:12Z". */
  when: string
  /** "22 November 2026, 09:12 UTC". */
  time: string
  /** A login that does not ping, or "" when unknown. */
  who: string
  kind: string
  text: string
}

/**
 * Every variable each template receives, for the README and for the test that fails when a
 * template uses a variable missing here. `list[].field` is a field of each item of `list`;
 * `list[]` is an item that is itself a string.
 */
export const TEMPLATE_VARIABLES = {
  'internal-update': {
    subject: 'The email subject: always "Attorney Work Project" and nothing else.',
    to: 'Who sends it (config `drafts.internalUpdate.to`).',
    codename: 'The incident codename.',
    drill: 'True on a drill.',
    drafted: 'When the draft became ready: the time its last gate opened, "22 November 2026, 09:12 UTC".',
    severity: '"SEV 1" … "SEV 4", or "not yet assessed".',
    phase: 'The current phase title.',
    detected: 'When the incident was detected (or reported).',
    status: 'The latest `/status` text, or "".',
    statusAt: 'When that status was posted, or "".',
    timeline: 'An overview of the attack timeline (first and last entries; a gap entry says how many are left out).',
    'timeline[].when': 'ISO time to the minute, "2026-11-22T09:12Z" ("…" on the gap entry).',
    'timeline[].time': 'Human time, "22 November 2026, 09:12 UTC".',
    'timeline[].who': 'Who recorded it (a login that does not ping).',
    'timeline[].kind': 'The entry kind.',
    'timeline[].text': 'What happened (markdown-safe).',
    stepsTaken: 'Titles of the checklist steps done so far (the mitigation steps taken).',
    stepsLeft: 'How many checklist steps are still open.',
    approvals: 'The gates this draft waited for, as they were opened.',
    'approvals[].gate': 'Gate name, e.g. "not-internal".',
    'approvals[].description': 'What the gate means (config).',
    'approvals[].who': 'Who opened it (a login that does not ping).',
    'approvals[].when': 'When, "22 November 2026, 09:12 UTC".',
    issueUrl: 'The incident issue address, or "".'
  },
  'law-enforcement': {
    subject: 'The email subject: always "Attorney Work Project" and nothing else.',
    to: 'Who liaises (config `drafts.lawEnforcement.to`).',
    codename: 'The incident codename.',
    drill: 'True on a drill.',
    severity: '"SEV 1" … "SEV 4", or "not yet assessed".',
    detected: 'When the incident was detected (or reported).',
    attackStarted: 'The first attack-timeline entry\'s time, or "".',
    operators: 'IOCs that are systems someone operates (IP addresses, domains, URLs, e-mail addresses, hosts), defanged.',
    'operators[].type': 'IOC type, e.g. "ip".',
    'operators[].value': 'The IOC, defanged ("evil[.]example") so it is not a live link.',
    'operators[].when': 'When it was recorded, ISO to the minute.',
    iocCount: 'How many IOCs are recorded in all.',
    compromised: 'What is known to be compromised (`/compromised` entries), as strings.',
    parties: 'Third parties involved (IOCs of type "party" and the caller\'s list), as strings.',
    'parties[]': "One party's name.",
    issueUrl: 'The incident issue address, or "".'
  },
  'external-announcement': {
    company: 'The company name (config `drafts.externalAnnouncement.company`).',
    owner: 'Who releases it (config `drafts.externalAnnouncement.owner`).',
    drill: 'True on a drill.',
    incidentDate: 'The day the incident was detected, "22 November 2026": the title carries it.',
    detected: 'When the incident was detected, "22 November 2026, 09:12 UTC".',
    timeline:
      'The times of the attack timeline, oldest first, with the detection added when no entry tells it. Only times: what responders wrote is internal and is never copied into the public draft.',
    'timeline[].when': 'ISO time to the minute.',
    'timeline[].time': 'Human time, "22 November 2026, 09:12 UTC": each entry starts with it.',
    'timeline[].detection': 'True on the detection entry, which the template words itself ("We detected the incident …").',
    timelineOmitted: 'How many entries were left out to fit (0 normally).',
    compromisedCount: 'How many compromised-data entries the incident records (their text stays internal).'
  },
  'status-update': {
    codename: 'The incident codename.',
    drill: 'True on a drill.',
    severity: '"SEV 1" … "SEV 4", or "not yet assessed".',
    phase: 'The current phase title.',
    text: 'The latest `/status` text, or "".',
    at: 'When it was posted, or "".',
    by: 'Who posted it (a login that does not ping), or "".',
    stepsDone: 'Checklist steps done.',
    stepsTotal: 'Checklist steps in all.',
    percent: 'Percentage of steps done, 0-100.',
    gatesOpen: 'Names of open gates.',
    gatesClosed: 'Names of gates not (or no longer) open.',
    roles: 'Assigned roles.',
    'roles[].role': 'Role title, e.g. "Incident Commander".',
    'roles[].who': 'Who holds it (a login that does not ping).',
    nextDue: 'When the next status update is due (the "status-update" clock), or "".',
    recent: 'The last five response-timeline entries, newest last (fields as in `timeline[]` elsewhere).',
    'recent[].when': 'ISO time to the minute.',
    'recent[].time': 'Human time.',
    'recent[].who': 'Who did it.',
    'recent[].kind': 'The entry kind.',
    'recent[].text': 'What happened.',
    issueUrl: 'The incident issue address, or "".'
  },
  'post-mortem': {
    codename: 'The incident codename.',
    drill: 'True on a drill.',
    severity: '"SEV 1" … "SEV 4", or "not yet assessed".',
    issueUrl: 'The incident issue address, or "".',
    runbook: 'The path of the runbook the incident followed (`runbooks.incidentRunbook` when it opened).',
    runbookUrl: 'A permalink to that runbook at the commit it was read at when the incident opened, or "" when none was recorded.',
    runbookCommit: 'The SHA of that commit, or "".',
    detected: 'When the incident was detected, human time.',
    opened: 'When the issue was opened, human time.',
    resolved: 'When it was resolved, human time, or "" while still open.',
    timeToReport: 'From detection to the issue, "2h 5m".',
    timeToResolve: 'From the issue to resolution, "3d 4h", or "".',
    releases: 'The drafts people recorded as released (`/released`): what, where, who and when, on one line; "" when none.',
    responseTimes: 'Time to IC, mitigation, containment, internal update, announcement and resolution.',
    'responseTimes[].measure': 'What was measured, e.g. "Incident Commander assigned".',
    'responseTimes[].time': 'How long it took, "1h 5m", or "-" when it did not happen.',
    'responseTimes[].from': 'Counted from: "report" (the issue) or "detection".',
    clocks: 'Every clock that applied, as it stood at resolution (or now): the response clocks and the legal ones switched on.',
    'clocks[].title': 'The clock, with its law (linked) and the decision or filing it ran from, who recorded it and when.',
    'clocks[].due': 'When it was due, ISO to the minute.',
    'clocks[].state': 'Met (when, late by, the filing reference and who recorded it), missed by, or stopped at resolution.',
    'clocks[].owner': 'Who answered for it (a handle that does not ping, or a name).',
    written: 'When the draft was written: the resolution time (stable across re-runs), else now; human time.',
    attackTimeline: 'The attack timeline (`/timeline` entries), oldest first.',
    'attackTimeline[].when': 'ISO time to the minute.',
    'attackTimeline[].time': 'Human time.',
    'attackTimeline[].who': 'Who recorded it.',
    'attackTimeline[].kind': 'The entry kind.',
    'attackTimeline[].text': 'What the attacker did.',
    attackFolded: 'A sentence saying which attack entries were left out to fit, or "".',
    responseTimeline: 'The response timeline (everything incident-kit recorded), oldest first.',
    'responseTimeline[].when': 'ISO time to the minute.',
    'responseTimeline[].time': 'Human time.',
    'responseTimeline[].who': 'Who did it.',
    'responseTimeline[].kind': 'The entry kind.',
    'responseTimeline[].text': 'What happened.',
    responseFolded: 'A sentence saying which response entries were left out to fit (and which the dashboard had folded earlier), or "".',
    compromised: 'What was compromised (`/compromised` entries).',
    'compromised[].text': 'The entry.',
    'compromised[].who': 'Who recorded it.',
    'compromised[].when': 'When, ISO to the minute.',
    iocs: 'Indicators of compromise (`/ioc` entries), defanged.',
    'iocs[].type': 'IOC type.',
    'iocs[].value': 'The IOC, defanged.',
    'iocs[].who': 'Who recorded it.',
    'iocs[].when': 'When, ISO to the minute.',
    evidence: 'The evidence register (`/evidence`, `/custody`), in the order items were recorded.',
    'evidence[].id': 'The item\'s id, "E-" and the first hex digits of its hash, e.g. "E-9f86d081".',
    'evidence[].sha256': 'Its SHA-256, lower-case hex.',
    'evidence[].where': 'Where it is kept, in a code span.',
    'evidence[].what': 'What it is.',
    'evidence[].who': 'Who registered it.',
    'evidence[].when': 'When, ISO to the minute.',
    'evidence[].holder': "Who holds it now (the last hand-over's receiver, else who registered it).",
    'evidence[].custody': 'Every hand-over, oldest first.',
    'evidence[].custody[].from': 'Who handed it over.',
    'evidence[].custody[].to': 'Who received it.',
    'evidence[].custody[].who': 'Who recorded the hand-over.',
    'evidence[].custody[].when': 'When, ISO to the minute.',
    'evidence[].custody[].note': 'The note given with `/custody`, or "".',
    checklist: 'Every checklist step with whether it was done: `{ text, done }` for `taskList`.',
    'checklist[].text': 'Step title and phase.',
    'checklist[].done': 'True when ticked.',
    stepsDone: 'Checklist steps done.',
    stepsTotal: 'Checklist steps in all.',
    percent: 'Percentage of steps done, 0-100.',
    gates: 'Every configured gate and how it ended.',
    'gates[].name': 'Gate name.',
    'gates[].description': 'What it means.',
    'gates[].state': '"open", "closed" (revoked) or "never opened".',
    'gates[].who': 'Who last changed it, or "".',
    'gates[].when': 'When, ISO to the minute, or "".',
    roles: 'Who held which role.',
    'roles[].role': 'Role title.',
    'roles[].who': 'Who held it.',
    followUps: 'Follow-up actions found in the state (unfinished steps, gates never opened, runbook upkeep), as strings.'
  }
} as const satisfies Record<CommsTemplate, Record<string, string>>

export type TemplateVariables = typeof TEMPLATE_VARIABLES

/** What each template's view model returns: exactly the documented top-level variables. */
type TopLevel<T> = { [K in keyof T]: K extends `${string}[]${string}` ? never : K }[keyof T] & string
type ViewOf<N extends CommsTemplate> = Record<TopLevel<TemplateVariables[N]>, unknown>

// ---------------------------------------------------------------------------------------------
// Small shared pieces

const ROLE_TITLES: Record<string, string> = {
  ic: 'Incident Commander',
  deputy: 'Deputy',
  scribe: 'Scribe',
  liaison: 'Liaison',
  comms: 'Communications',
  legal: 'Legal counsel',
  sme: 'Subject-matter expert'
}

/** Kinds of response-timeline entries that fold first when space runs out: routine, not decisions. */
const ROUTINE_KINDS = new Set(['tick', 'untick', 'command', 'gate-refused', 'reminder', 'react'])

/** IOC types that name a system someone operates (and so someone to warn). */
const SYSTEM_IOC_TYPES = new Set(['ip', 'ipv4', 'ipv6', 'domain', 'host', 'hostname', 'url', 'email', 'asn'])

/** IOC types that name a third party rather than an indicator. */
const PARTY_IOC_TYPES = new Set(['party', 'vendor', 'org', 'organisation', 'organization', 'company'])

function severityLabel(severity: number | null): string {
  return severity === null ? 'not yet assessed' : `SEV ${severity}`
}

function phaseTitle(config: ResolvedConfig, id: string): string {
  return neutraliseInline(config.phases.find((p) => p.id === id)?.title ?? id)
}

function who(login: string | undefined): string {
  if (!login) return ''
  return login === 'incident-kit' ? 'incident-kit' : quietLogin(login)
}

function entryView(entry: TimelineEntry): EntryView {
  return { when: isoMinute(entry.at), time: humanDate(entry.at), who: who(entry.by), kind: entry.kind, text: entry.text }
}

function detectedAt(state: IncidentState): string {
  return state.detectedAt ?? state.openedAt
}

function chronological(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((entry, i) => ({ entry, i, ms: Date.parse(entry.at) }))
    .sort((a, b) => (a.ms === b.ms || Number.isNaN(a.ms - b.ms) ? a.i - b.i : a.ms - b.ms))
    .map((x) => x.entry)
}

/** An address from outside, only if it is http(s); parentheses encoded so it cannot end a markdown link early. */
export function safeUrl(url: string | undefined): string {
  if (!url) return ''
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return ''
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29')
  } catch {
    return ''
  }
}

/** "evil[.]example", "hxxps[://]…": an indicator that GitHub will not turn into a live link. */
export function defang(value: string): string {
  return value.replace(/^http/i, 'hxxp').replace(/:\/\//g, '[://]').replace(/\./g, '[.]')
}

/** Third parties recorded in the state (IOCs of a party type) plus the caller's, without duplicates. */
export function thirdParties(state: IncidentState, extra: readonly string[] = []): string[] {
  const names = [...state.iocs.filter((i) => PARTY_IOC_TYPES.has(i.type.toLowerCase())).map((i) => i.value), ...extra.map((p) => neutraliseInline(p))]
  const seen = new Set<string>()
  return names.filter((n) => {
    const key = n.toLowerCase()
    if (n.trim() === '' || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function percent(done: number, total: number): number {
  return total === 0 ? 0 : Math.round((done / total) * 100)
}

/**
 * Progress in runbook steps (a step is done when its own box is ticked): the same unit as the
 * dashboard and the checklist headings (stepProgress in src/incident/checklist.ts, which comms
 * may not import: the layering points the other way).
 */
function stepProgress(state: IncidentState, config: ResolvedConfig): { done: number; total: number } {
  const done = config.steps.filter((s) => state.steps[s.id] === true).length
  return { done, total: config.steps.length }
}

function roleViews(state: IncidentState): { role: string; who: string }[] {
  return Object.entries(state.roles).map(([role, login]) => ({ role: ROLE_TITLES[role] ?? role, who: who(login) }))
}

/** The time a draft became ready: its gates' latest opening (stable across re-runs, unlike "now"). */
export function gatesOpenedAt(state: IncidentState, gates: readonly string[], now: Date): string {
  const times = gates.map((g) => state.gates[g]?.at).filter((t): t is string => typeof t === 'string' && !Number.isNaN(Date.parse(t)))
  if (times.length === 0) return now.toISOString()
  return times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b))
}

/**
 * Keeps at most `max` entries and says in one sentence what was left out: nothing is dropped
 * silently. `recent` (a response timeline) folds routine entries first, then the oldest;
 * `ends` (an attack timeline) keeps how it began and how it ended, folding the middle.
 */
export function foldEntries(entries: readonly TimelineEntry[], max: number, keep: 'recent' | 'ends' = 'recent'): { shown: TimelineEntry[]; folded: string } {
  const sorted = chronological(entries)
  if (sorted.length <= max) return { shown: sorted, folded: '' }
  const room = Math.max(0, Math.floor(max))
  let kept: Set<TimelineEntry>
  if (keep === 'ends') {
    const head = Math.ceil(room / 2)
    kept = new Set([...sorted.slice(0, head), ...sorted.slice(sorted.length - (room - head))])
  } else {
    const important = sorted.filter((e) => !ROUTINE_KINDS.has(e.kind))
    const routine = sorted.filter((e) => ROUTINE_KINDS.has(e.kind))
    kept = new Set([...important.reverse(), ...routine.reverse()].slice(0, room))
  }
  const shown = sorted.filter((e) => kept.has(e))
  const left = sorted.filter((e) => !kept.has(e))
  return { shown, folded: foldedSentence(left.length, left[0]?.at, left[left.length - 1]?.at, countKinds(left)) }
}

function countKinds(entries: readonly TimelineEntry[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const e of entries) counts[e.kind] = (counts[e.kind] ?? 0) + 1
  return counts
}

function foldedSentence(count: number, from: string | undefined, to: string | undefined, kinds: Record<string, number>, what = 'not shown here'): string {
  if (count === 0) return ''
  const byKind = Object.entries(kinds)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${kind} ×${n}`)
    .join(', ')
  const span = from && to ? ` between ${isoMinute(from)} and ${isoMinute(to)}` : ''
  return `${count} ${count === 1 ? 'entry' : 'entries'}${span} ${what} (${byKind}).`
}

/** First and last few entries of a long timeline, with a gap entry saying how many are in between. */
function overview(entries: readonly TimelineEntry[], each: number): EntryView[] {
  const sorted = chronological(entries).map(entryView)
  if (sorted.length <= each * 2) return sorted
  const gap = sorted.length - each * 2
  const gapEntry: EntryView = { when: '…', time: '…', who: '', kind: 'gap', text: `_${gap} more ${gap === 1 ? 'entry' : 'entries'} in the incident record_` }
  return [...sorted.slice(0, each), gapEntry, ...sorted.slice(-each)]
}

// ---------------------------------------------------------------------------------------------
// One view model per template

/** The internal update (runbook: "Internal Communication"): little detail, the timeline overviewed, mitigations taken. */
export function internalUpdateView(state: IncidentState, config: ResolvedConfig, now: Date, ctx: CommsContext = {}): ViewOf<'internal-update'> {
  const gates = config.drafts.internalUpdate.gates
  const progress = stepProgress(state, config)
  return {
    subject: EMAIL_SUBJECT,
    to: neutraliseInline(config.drafts.internalUpdate.to),
    codename: state.codename,
    drill: state.drill,
    drafted: humanDate(gatesOpenedAt(state, gates, now)),
    severity: severityLabel(state.severity),
    phase: phaseTitle(config, state.phase),
    detected: humanDate(detectedAt(state)),
    status: state.status?.text ?? '',
    statusAt: state.status ? humanDate(state.status.at) : '',
    timeline: overview(state.attackTimeline, 3),
    stepsTaken: config.steps.filter((s) => state.steps[s.id] === true).map((s) => neutraliseInline(s.title)),
    stepsLeft: progress.total - progress.done,
    approvals: gates.map((g) => ({
      gate: neutraliseInline(g),
      description: neutraliseInline(config.gates[g]?.description ?? ''),
      who: who(state.gates[g]?.by),
      when: state.gates[g]?.at ? humanDate(state.gates[g]!.at!) : ''
    })),
    issueUrl: safeUrl(ctx.issueUrl)
  }
}

/** The law enforcement and external parties sheet (runbook: "Liaise With Law Enforcement / External Actors"). */
export function lawEnforcementView(state: IncidentState, config: ResolvedConfig, _now: Date, ctx: CommsContext = {}): ViewOf<'law-enforcement'> {
  const first = chronological(state.attackTimeline)[0]
  return {
    subject: EMAIL_SUBJECT,
    to: neutraliseInline(config.drafts.lawEnforcement.to),
    codename: state.codename,
    drill: state.drill,
    severity: severityLabel(state.severity),
    detected: humanDate(detectedAt(state)),
    attackStarted: first ? humanDate(first.at) : '',
    operators: state.iocs
      .filter((i) => SYSTEM_IOC_TYPES.has(i.type.toLowerCase()))
      .map((i) => ({ type: i.type, value: defang(i.value), when: isoMinute(i.at) })),
    iocCount: state.iocs.length,
    compromised: state.compromised.map((c) => c.text),
    parties: thirdParties(state, ctx.parties),
    issueUrl: safeUrl(ctx.issueUrl)
  }
}

/**
 * The dated external announcement (runbook: "External Communication"). Nothing responders wrote is
 * in it: timeline texts, hosts, addresses, IOCs and compromised-data entries are internal words
 * and may name what must not go public. It carries the dates and counts; a person writes the facts.
 */
export function externalAnnouncementView(state: IncidentState, config: ResolvedConfig, _now: Date, ctx: CommsContext = {}): ViewOf<'external-announcement'> {
  const detected = detectedAt(state)
  // The detection belongs on the public timeline, unless an entry at that minute already tells it.
  const told = state.attackTimeline.some((e) => isoMinute(e.at) === isoMinute(detected))
  const times = [...state.attackTimeline.map((e) => ({ at: e.at, detection: false })), ...(told ? [] : [{ at: detected, detection: true }])].sort((a, b) =>
    a.at.localeCompare(b.at)
  )
  const max = ctx.limits?.attack ?? Number.POSITIVE_INFINITY
  const shown = times.length > max ? times.slice(0, Math.max(0, max)) : times
  return {
    company: neutraliseInline(config.drafts.externalAnnouncement.company),
    owner: neutraliseInline(config.drafts.externalAnnouncement.owner),
    drill: state.drill,
    incidentDate: humanDay(detected),
    detected: humanDate(detected),
    timeline: shown.map((t) => ({ when: isoMinute(t.at), time: humanDate(t.at), detection: t.detection })),
    timelineOmitted: times.length - shown.length,
    compromisedCount: state.compromised.length
  }
}

/** A status update for the response team: where we are, who holds what, when the next one is due. */
export function statusUpdateView(state: IncidentState, config: ResolvedConfig, _now: Date, ctx: CommsContext = {}): ViewOf<'status-update'> {
  const progress = stepProgress(state, config)
  const gateNames = Object.keys(config.gates)
  const clock = config.clocks.find((c) => c.id === 'status-update')
  const since = state.status?.at ?? state.openedAt
  return {
    codename: state.codename,
    drill: state.drill,
    severity: severityLabel(state.severity),
    phase: phaseTitle(config, state.phase),
    text: state.status?.text ?? '',
    at: state.status ? humanDate(state.status.at) : '',
    by: who(state.status?.by),
    stepsDone: progress.done,
    stepsTotal: progress.total,
    percent: percent(progress.done, progress.total),
    gatesOpen: gateNames.filter((g) => state.gates[g]?.open === true),
    gatesClosed: gateNames.filter((g) => state.gates[g]?.open !== true),
    roles: roleViews(state),
    nextDue: clock && !Number.isNaN(Date.parse(since)) ? humanDate(new Date(addDuration(Date.parse(since), clock)).toISOString()) : '',
    recent: chronological(state.timeline).slice(-5).map(entryView),
    issueUrl: safeUrl(ctx.issueUrl)
  }
}

/** The post-mortem draft: summary, both timelines, impact, prompts, checklist, IOCs, follow-ups. */
export function postMortemView(state: IncidentState, config: ResolvedConfig, now: Date, ctx: CommsContext = {}): ViewOf<'post-mortem'> {
  const detected = detectedAt(state)
  const attack = foldEntries(state.attackTimeline, ctx.limits?.attack ?? Number.POSITIVE_INFINITY, 'ends')
  const response = foldEntries(state.timeline, ctx.limits?.response ?? Number.POSITIVE_INFINITY)
  const earlier = state.folded
    ? foldedSentence(state.folded.count, state.folded.from, state.folded.to, state.folded.kinds, 'were folded into counts by the dashboard earlier')
    : ''
  const progress = stepProgress(state, config)
  return {
    codename: state.codename,
    drill: state.drill,
    severity: severityLabel(state.severity),
    issueUrl: safeUrl(ctx.issueUrl),
    runbook: neutraliseInline(state.runbook?.path ?? config.runbooks.incidentRunbook),
    runbookUrl: safeUrl(state.runbook?.url),
    runbookCommit: state.runbook?.sha ?? '',
    detected: humanDate(detected),
    opened: humanDate(state.openedAt),
    resolved: state.resolvedAt ? humanDate(state.resolvedAt) : '',
    timeToReport: formatDuration(Date.parse(state.openedAt) - Date.parse(detected)),
    timeToResolve: state.resolvedAt ? formatDuration(Date.parse(state.resolvedAt) - Date.parse(state.openedAt)) : '',
    releases: releasesLine(state),
    // A draft counts from the moment its gates were all open (drafts are posted on that run).
    responseTimes: responseTimeRows(state, config, new Set(DRAFT_KINDS), state.resolvedAt ?? now.toISOString()),
    clocks: evaluateClocks(state, config, state.resolvedAt ?? now.toISOString(), new Set(DRAFT_KINDS)).map((c) => ({
      title: clockTitleText(c),
      due: isoMinute(c.dueAt),
      state: clockStateText(c, state.reminded[c.id], state.resolvedAt),
      owner: quietOwner(c.owner) || '-'
    })),
    written: humanDate(state.resolvedAt ?? now.toISOString()),
    attackTimeline: attack.shown.map(entryView),
    attackFolded: attack.folded,
    responseTimeline: response.shown.map(entryView),
    responseFolded: [earlier, response.folded].filter(Boolean).join(' '),
    compromised: state.compromised.map((c) => ({ text: c.text, who: who(c.by), when: isoMinute(c.at) })),
    iocs: state.iocs.map((i) => ({ type: i.type, value: defang(i.value), who: who(i.by), when: isoMinute(i.at) })),
    evidence: state.evidence.map((e) => ({
      id: e.id,
      sha256: e.sha256,
      where: `\`${e.where.replace(/`/g, "'").replace(/\|/g, '\\|')}\``,
      what: e.what,
      who: who(e.by),
      when: isoMinute(e.at),
      holder: who(e.custody.at(-1)?.to ?? e.by),
      custody: e.custody.map((c) => ({ from: who(c.from), to: who(c.to), who: who(c.by), when: isoMinute(c.at), note: c.note }))
    })),
    checklist: config.steps.map((s) => ({ text: `${neutraliseInline(s.title)} _(${phaseTitle(config, s.phase)})_`, done: state.steps[s.id] === true })),
    stepsDone: progress.done,
    stepsTotal: progress.total,
    percent: percent(progress.done, progress.total),
    gates: Object.entries(config.gates).map(([name, gate]) => {
      const g = state.gates[name]
      return {
        name,
        description: neutraliseInline(gate.description),
        state: g === undefined ? 'never opened' : g.open ? 'open' : 'closed',
        who: who(g?.by),
        when: g?.at ? isoMinute(g.at) : ''
      }
    }),
    roles: roleViews(state),
    followUps: followUps(state, config)
  }
}

/** Follow-up actions the state itself points at; the team adds its own under them. */
function followUps(state: IncidentState, config: ResolvedConfig): string[] {
  const unfinished = config.steps
    .filter((s) => state.steps[s.id] !== true)
    .map((s) => `Finish or close out "${neutraliseInline(s.title)}" (${phaseTitle(config, s.phase)}).`)
  const unopened = Object.keys(config.gates)
    .filter((g) => state.gates[g]?.open !== true)
    .map((g) => `Record why gate \`${g}\` was never opened, or open it.`)
  const runbook = state.drill
    ? 'Update the runbook\'s "Last Tested" date and fix what this drill showed was wrong or missing.'
    : 'Fix what this incident showed was wrong or missing in the runbook, and update its "Last Reviewed" date.'
  return [
    ...unfinished,
    ...unopened,
    'Add the alerting that would have detected this sooner.',
    'Confirm every compromised key and credential was rotated or revoked.',
    runbook
  ]
}

/** How a draft is named in sentences. */
export function draftTitle(draft: string): string {
  return draft === 'external-announcement' ? 'External announcement' : draft === 'internal-update' ? 'Internal update' : draft
}

/** A release in one line, as the timeline says it (the timeline shows who beside it). */
export function releaseText(release: Pick<Release, 'draft' | 'reference' | 'overridden'>): string {
  const despite = release.overridden ? ` (despite ${count(release.overridden, 'linter error')})` : ''
  return `${draftTitle(release.draft)} released: ${release.reference}${despite}`
}

/** Every release on record, one line each ("External announcement released: <ref> (`@login`, 2026-11-25T10:00Z)"), for the dashboard and the post-mortem; "" when none. */
export function releasesLine(state: Pick<IncidentState, 'releases'>): string {
  return state.releases.map((r) => `${releaseText(r)} (${quietLogin(r.by)}, ${isoMinute(r.at)})`).join('; ')
}

/** "1 linter error", "3 linter errors". */
export function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`
}

type ViewFunction = (state: IncidentState, config: ResolvedConfig, now: Date, ctx?: CommsContext) => object

/** The view model of each template, by name. */
export const VIEW_MODELS: Record<CommsTemplate, ViewFunction> = {
  'internal-update': internalUpdateView,
  'law-enforcement': lawEnforcementView,
  'external-announcement': externalAnnouncementView,
  'status-update': statusUpdateView,
  'post-mortem': postMortemView
}

/** TEMPLATE_VARIABLES as markdown (one table per template), for the README's "Templates and their variables". */
export function templateVariablesMarkdown(): string {
  return COMMS_TEMPLATES.map((name) => {
    const rows = Object.entries(TEMPLATE_VARIABLES[name]).map(([variable, description]) => `| \`${variable}\` | ${description.replace(/\|/g, '\\|')} |`)
    return [`### \`${templateFile(name)}\``, '', '| Variable | Meaning |', '|---|---|', ...rows].join('\n')
  }).join('\n\n')
}
