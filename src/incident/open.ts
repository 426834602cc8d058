/**
 * Opening an incident (issues.opened, the trigger label added later, issues.reopened without
 * state): refuse public repositories, give the codename, retitle, label, post the dashboard and
 * the checklist. Converges: whatever a previous run already did is not done again.
 */
import { renderTemplate } from '../comms/render.js'
import { neutraliseInline } from '../comms/neutralise.js'
import { codenameFor, wordListsFrom } from './codename.js'
import { checklistView } from './checklist.js'
import { renderDashboard } from './dashboard.js'
import { answerFor, parseFormAnswers, parseSeverity, readForm } from './form.js'
import type { Existing, IssueSnapshot, RunContext } from './model.js'
import { emptyPlan, type Change, type Plan } from './plan.js'
import { kindMarker, STATE_VERSION, type IncidentState } from './state.js'
import { notify, page, type Work } from './work.js'

export const PUBLIC_REPO_REFUSAL =
  'incident-kit refuses to run in a public repository: incident details would be visible to everyone. Track incidents in a private repository (or set the input allow-public-repo: true for a demo).'

/** Whether the repository may hold incidents; the reason when not. */
export function refusePublic(ctx: RunContext): string | undefined {
  return ctx.repo.private || ctx.allowPublicRepo ? undefined : PUBLIC_REPO_REFUSAL
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
  const timeline = [
    { at: issue.createdAt, by: issue.author, kind: 'opened', text: `${drill ? 'Drill' : 'Incident'} reported${severity ? ` as SEV-${severity}` : ''}`, key: 'opened' },
    ...(detectedAt ? [{ at: detectedAt, kind: 'detected', text: 'Detected (from the report)', key: 'detected' }] : []),
    ...(form.detection.kind === 'unreadable' ? [{ at: issue.createdAt, kind: 'note', text: unreadableDetection(form.detection), key: 'detected-unreadable' }] : []),
    ...(inProgress && /^\s*(yes|true)/i.test(inProgress) ? [{ at: issue.createdAt, kind: 'note', text: 'Reporter says the attack is still in progress', key: 'in-progress' }] : []),
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
    timeline: timeline.map((e) => ({ ...e, text: neutraliseInline(e.text) })),
    attackTimeline: [],
    iocs: [],
    compromised: [],
    comments: {},
    handled: [],
    answered: [],
    reminded: {}
  }
}

/** The timeline's (and so the dashboard's) word on a detection time that could not be read: it asks rather than guesses. */
export function unreadableDetection(detection: { text: string; why: string }): string {
  return `Detection time not read from the report ("${detection.text.slice(0, 80)}": ${detection.why}); clocks count from the opening`
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

export function incidentOutputs(state: IncidentState, issue: number): Record<string, string> {
  return {
    codename: state.codename,
    phase: state.phase,
    severity: state.severity === null ? '' : String(state.severity),
    'incident-number': String(issue),
    drill: String(state.drill),
    iocs: JSON.stringify(state.iocs.map((i) => ({ value: i.value, type: i.type })))
  }
}

/** The plan for opening (or finishing the opening of) an incident. */
export function decideOpen(issue: IssueSnapshot, existing: Existing, ctx: RunContext): Plan {
  const refusal = refusePublic(ctx)
  if (refusal) return { ...emptyPlan(), failure: refusal }
  if (!isIncidentIssue(issue, ctx)) return emptyPlan()

  if (existing.state) {
    // Already open: only finish what an interrupted run may have left undone.
    const changes: Change[] = existing.checklist
      ? []
      : [{ kind: 'upsert-comment', issue: issue.number, comment: 'checklist', body: renderChecklist(existing.state, ctx) }]
    return { changes, outputs: incidentOutputs(existing.state, issue.number) }
  }

  const work: Work = { state: newIncidentState(issue, ctx), changes: [], replies: [], checklistDirty: false }
  if (work.state.severity !== null && ctx.config.paging.severities.includes(work.state.severity)) {
    page(work, ctx, issue.url, issue.author, `opened as SEV-${work.state.severity}`)
  }
  notify(work, ctx, issue.url, 'opened')
  const { body: dashboard, state } = renderDashboard(work.state, { ...ctx, repoUrl: ctx.repo.url })
  const title = titleFor(state.codename, state.drill, ctx.config.titleFormat)
  const wanted = [`${ctx.config.labels.phasePrefix}${state.phase}`, ...(state.severity ? [`${ctx.config.labels.severityPrefix}${state.severity}`] : [])]
  const missing = wanted.filter((l) => !issue.labels.includes(l))
  // Title and labels in one request; the labels are the issue's current ones (read just before) plus ours.
  const update = {
    ...(issue.title !== title ? { title } : {}),
    ...(missing.length ? { labels: [...issue.labels, ...missing] } : {})
  }
  const changes: Change[] = [
    ...(Object.keys(update).length ? [{ kind: 'update-issue' as const, issue: issue.number, ...update }] : []),
    ...work.changes,
    ...(work.replies.length ? [{ kind: 'reply' as const, issue: issue.number, body: work.replies.join('\n\n') }] : []),
    { kind: 'upsert-comment', issue: issue.number, comment: 'dashboard', body: dashboard },
    { kind: 'upsert-comment', issue: issue.number, comment: 'checklist', body: renderChecklist(state, ctx), mergeTicks: true }
  ]
  return { changes, outputs: incidentOutputs(state, issue.number), summary: openSummary(state, issue) }
}

function openSummary(state: IncidentState, issue: IssueSnapshot): string {
  return [
    `## ${state.drill ? 'DRILL · ' : ''}${state.codename}`,
    '',
    `Incident #${issue.number} opened in phase \`${state.phase}\`, severity ${state.severity ? `SEV-${state.severity}` : 'not set'}.`,
    ''
  ].join('\n')
}
