/**
 * Opening an incident: refuse public repositories, and the record of an incident as filed
 * (codename, severity and detection time from the form). The reconcile step (reconcile.ts)
 * retitles, labels and posts the dashboard and checklist from it.
 */
import { renderTemplate } from '../comms/render.js'
import { neutraliseInline, tableSafe } from '../comms/neutralise.js'
import { codenameFor, wordListsFrom } from './codename.js'
import { checklistView } from './checklist.js'
import { answerFor, parseFormAnswers, parseSeverity, readForm } from './form.js'
import type { IssueSnapshot, RunContext } from './model.js'
import { custodian } from './evidence.js'
import { iocsCsv, iocsStix } from './iocs-export.js'
import { kindMarker, STATE_VERSION, type IncidentState } from './state.js'

export const PUBLIC_REPO_REFUSAL =
  'incident-kit refuses to run in a public repository: incident details would be visible to everyone. Track incidents in a private repository (or set the input allow-public-repo: true for a demo).'

export const INTERNAL_REPO_REFUSAL =
  'incident-kit refuses to run in an internal repository: everyone in the enterprise can read it, and the attack may be internal. Track incidents in a private repository (or set the input allow-internal-repo: true).'

/** Whether the repository may hold incidents; the reason when not. */
export function refusePublic(ctx: Pick<RunContext, 'repo' | 'allowPublicRepo' | 'allowInternalRepo'>): string | undefined {
  if (!ctx.repo.private) return ctx.allowPublicRepo ? undefined : PUBLIC_REPO_REFUSAL
  return ctx.repo.visibility === 'internal' && !ctx.allowInternalRepo ? INTERNAL_REPO_REFUSAL : undefined
}

export function isIncidentIssue(issue: IssueSnapshot, ctx: RunContext): boolean {
  return issue.labels.includes(ctx.config.labels.trigger) || issue.labels.includes(ctx.config.labels.drill)
}

export function titleFor(codename: string, drill: boolean, format: string): string {
  return format.replace('{{drill}}', drill ? 'DRILL ' : '').replace('{{codename}}', codename)
}

/** The state of a brand-new incident, from the issue and the form answers. */
export function newIncidentState(issue: IssueSnapshot, ctx: RunContext): IncidentState {
  const answers = parseFormAnswers(issue.body)
  const drill = issue.labels.includes(ctx.config.labels.drill)
  const codename = codenameFor(ctx.repo.id, issue.number, wordListsFrom(ctx.config.codename))
  const form = readForm(answers, ctx.config.form)
  const severity = severityFrom(issue, ctx) ?? form.severity
  const detectedAt = form.detection.kind === 'time' ? form.detection.iso : undefined
  const firstPhase = ctx.config.phases[0]!.id
  const inProgress = answerFor(answers, /in progress|ongoing/i)
  const affected = answerFor(answers, AFFECTED_FIELD)?.slice(0, AFFECTED_MAX)
  const timeline = [
    {
      at: issue.createdAt,
      by: issue.author,
      kind: 'opened',
      text: `${drill ? 'Drill' : 'Incident'} reported${severity ? ` as SEV-${severity}` : ''}`,
      key: 'opened'
    },
    ...(detectedAt ? [{ at: detectedAt, kind: 'detected', text: 'Detected (from the report)', key: 'detected' }] : []),
    ...(form.detection.kind === 'unreadable'
      ? [{ at: issue.createdAt, kind: 'note', text: unreadableDetection(form.detection), key: 'detected-unreadable' }]
      : []),
    ...(inProgress && /^\s*(yes|true)/i.test(inProgress)
      ? [{ at: issue.createdAt, kind: 'note', text: 'Reporter says the attack is still in progress', key: 'in-progress' }]
      : []),
    { at: ctx.now, kind: 'codename', text: `Codename ${codename} given; title replaced`, key: 'codename' }
  ].sort((a, b) => a.at.localeCompare(b.at))
  return {
    v: STATE_VERSION,
    codename,
    issue: issue.number,
    originalTitle: issue.title,
    severity,
    phase: firstPhase,
    phaseHistory: [{ phase: firstPhase, at: issue.createdAt }],
    drill,
    openedAt: issue.createdAt,
    ...(detectedAt ? { detectedAt } : {}),
    reporter: issue.author,
    roles: {},
    gates: Object.fromEntries(Object.keys(ctx.config.gates).map((g) => [g, { open: false }])),
    steps: {},
    timeline: timeline.map((e) => ({ ...e, text: tableSafe(e.text) })),
    attackTimeline: [],
    iocs: [],
    compromised: [],
    evidence: [],
    comments: {},
    reminded: {},
    ...(affected ? { affected } : {}),
    releases: []
  }
}

/** The report's "Affected systems or services" field (any label that speaks of affected systems). */
const AFFECTED_FIELD = /\baffected\b|\b(?:systems|hosts|services) (?:involved|affected)\b/i
/** The affected-systems answer kept in the record is cut here: it is read for names, never shown. */
const AFFECTED_MAX = 4000

/** The timeline's (and so the dashboard's) word on a detection time that could not be read: it asks rather than guesses. */
export function unreadableDetection(detection: { text: string; why: string }): string {
  return `Detection time not read from the report ("${neutraliseInline(detection.text, 80)}": ${detection.why}); clocks count from the opening`
}

/** A severity label already on the issue wins over the form (a triager may have set it). */
function severityFrom(issue: IssueSnapshot, ctx: RunContext): 1 | 2 | 3 | 4 | null {
  const prefix = ctx.config.labels.severityPrefix
  const label = issue.labels.find((l) => l.startsWith(prefix))
  return label ? parseSeverity(label.slice(prefix.length)) : null
}

export function renderChecklist(state: IncidentState, ctx: RunContext): string {
  const view = checklistView(ctx.config.steps, ctx.config.phases, state.phase, state.steps)
  return `${kindMarker('checklist')}\n${renderTemplate('checklist.md.hbs', ctx.templates, { codename: state.codename, drill: state.drill, phases: view })}`
}

/** The evidence register as the `evidence` output: each item with its custodian and every hand-over. */
function evidenceOutput(items: IncidentState['evidence']) {
  return items.map((e) => ({
    id: e.id,
    sha256: e.sha256,
    where: e.where,
    what: e.what,
    recordedBy: e.by,
    recordedAt: e.at,
    custodian: custodian(e),
    custody: e.custody.map((c) => ({ from: c.from, to: c.to, by: c.by, at: c.at, note: c.note }))
  }))
}

export function incidentOutputs(state: IncidentState, issue: number): Record<string, string> {
  return {
    codename: state.codename,
    phase: state.phase,
    severity: state.severity === null ? '' : String(state.severity),
    'incident-number': String(issue),
    drill: String(state.drill),
    iocs: JSON.stringify(state.iocs.map((i) => ({ value: i.value, type: i.type }))),
    // LF: the runner reads a multi-line output line by line and joins the lines with LF anyway.
    'iocs-csv': iocsCsv(state.iocs, 'lf'),
    // Compact: an output is capped at 1 MB, and a workflow hands it on rather than reads it.
    'iocs-stix': JSON.stringify(iocsStix(state).bundle),
    evidence: JSON.stringify(evidenceOutput(state.evidence))
  }
}
