/**
 * The dashboard: the bot's first comment on an incident, what responders look at first. It
 * carries the machine state as a hidden block; everything shown is derived from that state.
 */
import type { ResolvedConfig } from '../config/load.js'
import { approversText, earlierText, shortHash, type ApprovalStatus } from '../comms/approval.js'
import { builtinInline, neutraliseInline, quietLogin } from '../comms/neutralise.js'
import { COMMENT_LIMIT } from '../comms/compose.js'
import { renderTemplate, type TemplateSources } from '../comms/render.js'
import { formatDuration, isoMinute } from '../comms/time.js'
import { releasesLine } from '../comms/view.js'
import { stepDone, stepProgress } from './checklist.js'
import { clockStateText, clockTitleText, DRAFT_KINDS, evaluateClocks, quietOwner } from './clocks.js'
import { custodian, custodyChain, shownLocation } from './evidence.js'
import { incidentMetrics, metricsLine } from './metrics.js'
import { visibilitySummary, visibilityUnchecked, visibilityWarning } from './visibility.js'
import { CACHED_KINDS, encodeState, kindMarker, type IncidentState, type TimelineEntry } from './state.js'

export { COMMENT_LIMIT }
/** GitHub refuses comment bodies over COMMENT_LIMIT characters; the dashboard keeps a margin below it. */
const BUDGET = COMMENT_LIMIT - 1_536
/** What people read (the hidden cache and markers aside) stays short however long the incident. */
export const VISIBLE_BUDGET = 20_000

/** The text a person sees: the comment without its hidden blocks. */
export function visibleText(body: string): string {
  return body.replace(/<!--[\s\S]*?-->/g, '').trim()
}

export interface RunbookFreshness {
  path: string
  url: string
  lastReviewed?: string
  lastTested?: string
  daysSinceTested?: number
  daysSinceReviewed?: number
}

export interface DashboardContext {
  config: ResolvedConfig
  templates: TemplateSources
  now: string
  repoUrl: string
  runbook?: RunbookFreshness
  /**
   * Kinds of the drafts the bot has posted, for the clocks that wait for one. Absent: every
   * draft whose gates are open counts as posted (the live run posts each one the moment it is ready).
   */
  postedDrafts?: ReadonlySet<string>
  /** Gates that approve a draft's text: where each stands against the text now (absent: none shown). */
  approvals?: Readonly<Record<string, ApprovalStatus>>
}

export const COMMUNICATION_RULES = [
  'Prefer the voice call and the chat room (named after the codename) over any other channel.',
  'Avoid email. If you must: the subject is "Attorney Work Project" and nothing else, and encrypt it if any recipient is outside the company domain.',
  'No SMS, except to tell someone to move to a secure channel ("Please join the chat ASAP").',
  'Say nothing about the incident to anyone outside the response team until it is approved (the gates below).',
  'Until forensics show the attack is not internal (gate `not-internal`), keep even the fact of the incident to the responders.'
]

export interface RenderedDashboard {
  body: string
  /** The state as written: with the oldest entries folded out when the body had to shrink. */
  state: IncidentState
  /** Entries folded out of the response and attack timelines, indicators and compromised data by this rendering: post them (`archiveComments`). */
  archived: {
    response: TimelineEntry[]
    attack: TimelineEntry[]
    iocs: IncidentState['iocs']
    compromised: IncidentState['compromised']
    evidence: IncidentState['evidence']
  }
}

/**
 * Renders the dashboard body. When it would exceed GitHub's limit, the oldest response-timeline
 * entries fold into a summary, then (only if that is not enough) the oldest attack-timeline
 * entries; the folded entries are returned so they are posted in full, never dropped silently.
 */
export function renderDashboard(state: IncidentState, ctx: DashboardContext): RenderedDashboard {
  let current = state
  const archived: RenderedDashboard['archived'] = { response: [], attack: [], iocs: [], compromised: [], evidence: [] }
  for (;;) {
    // The cache keeps every entry history cannot give back, even those folded out of view.
    const cache = { ...current, timeline: [...archived.response.filter((e) => CACHED_KINDS.includes(e.kind)), ...current.timeline] }
    const view = {
      ...dashboardView(current, ctx),
      iocsArchived: archived.iocs.length,
      compromisedArchived: archived.compromised.length,
      evidenceArchived: archived.evidence.length
    }
    const body = `${kindMarker('dashboard')}\n${encodeState(cache)}\n${renderTemplate('dashboard.md.hbs', ctx.templates, view)}`
    if (body.length <= BUDGET && visibleText(body).length <= VISIBLE_BUDGET) return { body, state: current, archived }
    if (current.iocs.length > 50) {
      const count = Math.ceil(current.iocs.length / 2)
      archived.iocs.push(...current.iocs.slice(0, count))
      current = { ...current, iocs: current.iocs.slice(count) }
    } else if (current.evidence.length > 20) {
      const count = Math.ceil(current.evidence.length / 2)
      archived.evidence.push(...current.evidence.slice(0, count))
      current = { ...current, evidence: current.evidence.slice(count) }
    } else if (current.compromised.length > 20) {
      const count = Math.ceil(current.compromised.length / 2)
      archived.compromised.push(...current.compromised.slice(0, count))
      current = { ...current, compromised: current.compromised.slice(count) }
    } else if (current.timeline.length > 10) {
      const count = Math.max(10, Math.ceil(current.timeline.length / 4))
      archived.response.push(...current.timeline.slice(0, count))
      current = foldOldest(current, count)
    } else if (current.attackTimeline.length > 10) {
      const count = Math.max(10, Math.ceil(current.attackTimeline.length / 4))
      archived.attack.push(...current.attackTimeline.slice(0, count))
      current = foldOldestAttack(current, count)
    } else {
      return { body, state: current, archived }
    }
  }
}

/** Moves the `count` oldest response-timeline entries into the folded summary (counted per kind). */
export function foldOldest(state: IncidentState, count: number): IncidentState {
  const moving = state.timeline.slice(0, count)
  if (moving.length === 0) return state
  const kinds = { ...(state.folded?.kinds ?? {}) }
  for (const e of moving) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1
  return {
    ...state,
    timeline: state.timeline.slice(count),
    folded: {
      count: (state.folded?.count ?? 0) + moving.length,
      from: state.folded?.from ?? moving[0]!.at,
      to: moving[moving.length - 1]!.at,
      kinds
    }
  }
}

/** Moves the `count` oldest attack-timeline entries out of the state, counted in `attackFolded`. */
export function foldOldestAttack(state: IncidentState, count: number): IncidentState {
  const moving = state.attackTimeline.slice(0, count)
  if (moving.length === 0) return state
  return {
    ...state,
    attackTimeline: state.attackTimeline.slice(count),
    attackFolded: {
      count: (state.attackFolded?.count ?? 0) + moving.length,
      from: state.attackFolded?.from ?? moving[0]!.at,
      to: moving[moving.length - 1]!.at
    }
  }
}

const ARCHIVE_BUDGET = 60_000
/** More evidence items than this are folded into a `<details>` block: the register is for reference, not for every glance. */
const EVIDENCE_SHOWN = 5

/** Comment bodies that keep folded entries in full, each within GitHub's limit. */
export function archiveComments(codename: string, archived: RenderedDashboard['archived']): string[] {
  const iocLine = (i: IncidentState['iocs'][number]) => `- \`${i.value.replace(/`/g, "'")}\` (${i.type})`
  const timelineHead = '| Time (UTC) | Who | What |\n|---|---|---|'
  const row = (e: TimelineEntry) => `| ${isoMinute(e.at)} | ${e.by ? quietLogin(e.by) : ''} | ${e.text} |`
  return packSections(`### Archive: ${codename}\n\nFolded out of the dashboard to keep it short; kept here in full.`, [
    { title: 'Indicators of compromise', head: '', lines: archived.iocs.map(iocLine) },
    { title: 'Compromised data', head: '', lines: archived.compromised.map((c) => `- ${c.text}`) },
    {
      title: 'Evidence',
      head: '| Item | SHA-256 | Where | What | Chain of custody |\n|---|---|---|---|---|',
      lines: evidenceRows(archived.evidence).map((r) => `| **${r.id}** | \`${r.sha256}\` | ${r.where} | ${r.what} | ${r.chain} |`)
    },
    { title: 'Response timeline', head: timelineHead, lines: archived.response.map(row) },
    { title: 'Attack timeline', head: timelineHead, lines: archived.attack.map(row) }
  ])
}

/**
 * Sections packed into as few comment bodies as GitHub's limit allows (one archive comment for
 * most long incidents, not one per kind); a section that continues in the next body says so.
 */
export function packSections(top: string, sections: readonly { title: string; head: string; lines: readonly string[] }[]): string[] {
  const bodies: string[] = []
  let body = ''
  for (const section of sections) {
    if (section.lines.length === 0) continue
    const start = (continued: boolean) => `\n\n#### ${section.title}${continued ? ' (continued)' : ''}\n\n${section.head ? `${section.head}\n` : ''}`
    if (!body) body = top
    body += start(false)
    for (const line of section.lines) {
      if (body.length + line.length + 1 > ARCHIVE_BUDGET) {
        bodies.push(body)
        body = top + start(true)
      }
      body += `${line}\n`
    }
  }
  if (body) bodies.push(body)
  return bodies
}

/** Entries shown in full, newest first; older ones are folded below them. */
const RECENT = 10

/** The evidence register as table rows: the location in a code span (a `|` escaped for the table), the chain of custody on one line. */
function evidenceRows(items: IncidentState['evidence']) {
  return items.map((e) => ({
    id: e.id,
    sha256: e.sha256,
    where: shownLocation(e.where).replace(/\|/g, '\\|'),
    what: e.what,
    holder: quietLogin(custodian(e)),
    chain: custodyChain(e, isoMinute)
  }))
}

function dashboardView(state: IncidentState, ctx: DashboardContext) {
  const { config } = ctx
  const phaseTitle = (id: string) => config.phases.find((p) => p.id === id)?.title ?? id
  const drafts = [
    { name: 'internal update', gates: config.drafts.internalUpdate.gates },
    { name: 'external announcement', gates: config.drafts.externalAnnouncement.gates }
  ]
  const response = newestFirst(state.timeline).map(entryView)
  const attack = newestFirst(state.attackTimeline).map(entryView)
  const gates = Object.entries(config.gates).map(([id, gate]) => {
    const g = state.gates[id]
    const approval = ctx.approvals?.[id]
    return {
      id,
      label: `${config.labels.gatePrefix}${id}`,
      description: neutraliseInline(gate.description),
      open: Boolean(g?.open),
      by: g?.by ? quietLogin(g.by) : '',
      at: g?.at ? isoMinute(g.at) : '',
      text: approval?.state === 'current' ? shortHash(approval.hash) : '',
      earlier: approval?.state === 'earlier' ? earlierText(approval) : '',
      who: approversText(gate.approvers),
      neededFor:
        drafts
          .filter((d) => d.gates.includes(id))
          .map((d) => d.name)
          .join(', ') || '-'
    }
  })
  return {
    codename: state.codename,
    drill: state.drill,
    attention: attention(state),
    severity: state.severity === null ? null : `SEV-${state.severity}`,
    phase: phaseTitle(state.phase),
    resolved: state.phase === config.phases[config.phases.length - 1]?.id,
    resolvedAt: state.resolvedAt ? isoMinute(state.resolvedAt) : null,
    openedAt: isoMinute(state.openedAt),
    detectedAt: state.detectedAt ? isoMinute(state.detectedAt) : null,
    since: sinceView(state, ctx.now),
    released: releasesLine(state),
    reporter: quietLogin(state.reporter),
    originalTitle: neutraliseInline(state.originalTitle),
    ic: state.roles.ic ? quietLogin(state.roles.ic) : null,
    roles: Object.entries(state.roles)
      .filter(([role]) => role !== 'ic')
      .map(([role, login]) => ({ role, who: quietLogin(login) })),
    status: state.status ? { text: state.status.text, at: isoMinute(state.status.at), by: state.status.by ? quietLogin(state.status.by) : '' } : null,
    nextSteps: nextSteps(state, config, phaseTitle),
    gates,
    closedGates: gates.filter((g) => !g.open),
    progress: config.phases
      .map((phase) => ({
        title: phase.title,
        current: phase.id === state.phase,
        ...stepProgress(
          config.steps.filter((s) => s.phase === phase.id),
          state.steps
        )
      }))
      .filter((p) => p.total > 0),
    stepsDone: stepProgress(config.steps, state.steps).done,
    stepsTotal: config.steps.length,
    timeline: response.slice(0, RECENT),
    timelineOlder: response.slice(RECENT),
    folded: state.folded
      ? {
          count: state.folded.count,
          from: isoMinute(state.folded.from),
          to: isoMinute(state.folded.to),
          kinds: Object.entries(state.folded.kinds)
            .map(([kind, n]) => `${kind}: ${n}`)
            .join(', ')
        }
      : null,
    attackTimeline: attack.slice(0, RECENT),
    attackOlder: attack.slice(RECENT),
    attackFolded: state.attackFolded
      ? { count: state.attackFolded.count, from: isoMinute(state.attackFolded.from), to: isoMinute(state.attackFolded.to) }
      : null,
    // In a code span: no mention pings, no HTML renders; a backtick could end the span early.
    iocs: state.iocs.map((i) => ({ value: i.value.replace(/`/g, "'"), type: i.type })),
    compromised: state.compromised.map((c) => c.text),
    evidence: evidenceRows(state.evidence),
    evidenceFolded: state.evidence.length > EVIDENCE_SHOWN,
    phaseChart: phaseChart(state, phaseTitle, ctx.now),
    rules: COMMUNICATION_RULES,
    runbook: { ...runbookView(config, ctx), ...followedRunbook(state) },
    visibility: visibilityView(state),
    icTeam: config.paging.icTeam ?? null,
    postMortem: postMortemLink(state, ctx),
    ...clocksView(state, ctx)
  }
}

function runbookView(config: ResolvedConfig, ctx: DashboardContext): { path: string; url: string; tested: string; reviewed: string } {
  if (!ctx.runbook)
    return { path: config.runbooks.incidentRunbook, url: `${ctx.repoUrl}/blob/HEAD/${config.runbooks.incidentRunbook}`, tested: '', reviewed: '' }
  return {
    path: ctx.runbook.path,
    url: ctx.runbook.url,
    tested: freshnessPhrase('tested', ctx.runbook.lastTested, ctx.runbook.daysSinceTested),
    reviewed: freshnessPhrase('reviewed', ctx.runbook.lastReviewed, ctx.runbook.daysSinceReviewed)
  }
}

/** The runbook the incident followed, as recorded at opening: a permalink to that commit. */
function followedRunbook(state: IncidentState): { path?: string; url?: string; sha?: string } {
  const r = state.runbook
  return r ? { path: neutraliseInline(r.path), url: r.url, sha: r.sha.slice(0, 7) } : {}
}

/** Who can read the incident: the warning (or what could not be checked) for the first screen, the summary for the details. */
function visibilityView(state: IncidentState): { warning: string | null; unchecked: string | null; summary: string } {
  const warning = visibilityWarning(state.visibility) ?? null
  return { warning, unchecked: warning ? null : (visibilityUnchecked(state.visibility) ?? null), summary: visibilitySummary(state.visibility) }
}

/** How many of the next unticked steps the first screen lists, in the runbook's order. */
export const NEXT_STEPS = 3

/** The next unticked runbook steps, numbered as in the checklist. */
export function nextSteps(state: IncidentState, config: ResolvedConfig, phaseTitle: (id: string) => string) {
  return config.steps
    .map((step, i) => ({ step, number: i + 1 }))
    .filter(({ step }) => !stepDone(step, state.steps))
    .slice(0, NEXT_STEPS)
    .map(({ step, number }) => ({
      number,
      title: builtinInline(step.title),
      phase: phaseTitle(step.phase),
      delegateTo: step.delegateTo ? builtinInline(step.delegateTo) : null
    }))
}

/**
 * What must be said before anything else: the Incident Commander could not be paged (a failed
 * page, or no pager configured), while no one has taken the incident.
 */
export function attention(state: IncidentState): { title: string; text: string } | null {
  if (state.roles.ic) return null
  const last = [...state.timeline].reverse().find((e) => e.kind === 'paged' || e.kind === 'page-failed')
  if (last?.kind !== 'page-failed') return null
  return {
    title: 'No Incident Commander has been paged.',
    text: `${last.text} (${isoMinute(last.at)}). Page one by other means (phone, chat), then appoint them with \`/ic @login\`; \`/ic page\` tries the pager again.`
  }
}

/** Time since detection and since opening, as of the dashboard's time. */
function sinceView(state: IncidentState, now: string) {
  const age = (from: string) => formatDuration(Math.max(0, Date.parse(state.resolvedAt ?? now) - Date.parse(from)))
  return {
    detected: state.detectedAt ? age(state.detectedAt) : null,
    opened: age(state.openedAt),
    asOf: isoMinute(state.resolvedAt ?? now)
      .replace(/Z$/, '')
      .replace('T', ' ')
  }
}

function newestFirst(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => b.at.localeCompare(a.at))
}

/** Each clock as of this rendering, and the response times so far. */
function clocksView(state: IncidentState, ctx: DashboardContext) {
  const posted = ctx.postedDrafts ?? new Set<string>(DRAFT_KINDS)
  return {
    clocks: evaluateClocks(state, ctx.config, ctx.now, posted).map((c) => ({
      title: clockTitleText(c),
      due: isoMinute(c.dueAt),
      state: clockStateText(c, state.reminded[c.id], state.resolvedAt),
      owner: quietOwner(c.owner) || '-'
    })),
    // Clocks stop at resolution: a resolved incident's clocks are shown as they stood then.
    clocksAsOf: isoMinute(state.resolvedAt ?? ctx.now),
    responseTimes: metricsLine(incidentMetrics(state, ctx.config, posted, ctx.now))
  }
}

/** Where the post-mortem is, once the incident is resolved (it is written in the same run). */
function postMortemLink(state: IncidentState, ctx: DashboardContext): string | null {
  if (!state.resolvedAt) return null
  if (ctx.config.postMortem.as === 'comment') return 'drafted in a comment below'
  const label = ctx.config.postMortem.labels[0]
  const query = encodeURIComponent(`is:issue ${label ? `label:"${label}" ` : ''}"${state.codename}"`)
  return `[drafted as an issue](${ctx.repoUrl}/issues?q=${query})`
}

function freshnessPhrase(what: string, date: string | undefined, days: number | undefined): string {
  if (!date || days === undefined) return `never ${what}`
  return `last ${what} ${date} (${days} day${days === 1 ? '' : 's'} ago)`
}

function entryView(e: TimelineEntry) {
  return { at: isoMinute(e.at), by: e.by ? quietLogin(e.by) : '', kind: e.kind, text: e.text }
}

/** A Mermaid gantt of the phases so far (GitHub renders Mermaid natively); null before the first change. */
export function phaseChart(state: IncidentState, title: (id: string) => string, now: string): string | null {
  const spans = phaseSpans(state, now)
  if (spans.length < 2) return null
  const lines = ['gantt', '  dateFormat YYYY-MM-DDTHH:mm', '  axisFormat %d %H:%M', `  title Phases of ${state.codename}`]
  spans.forEach((span, i) => {
    const label = title(span.phase).replace(/[:#;]/g, ' ')
    lines.push(`  ${label} (${formatDuration(Date.parse(span.to) - Date.parse(span.from))}) :p${i}, ${span.from.slice(0, 16)}, ${span.to.slice(0, 16)}`)
  })
  return lines.join('\n')
}

/** Each phase the incident has been in, with start and end (the last ends now, or when resolved). */
export function phaseSpans(state: IncidentState, now: string): { phase: string; from: string; to: string }[] {
  const marks = state.phaseHistory
  return marks.map((m, i) => ({ phase: m.phase, from: m.at, to: marks[i + 1]?.at ?? state.resolvedAt ?? now }))
}
