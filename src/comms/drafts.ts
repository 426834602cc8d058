/**
 * Drafted communications, as plan changes. The runbook decides when each may exist:
 * the internal update only once forensics show the attack was not internal, the law
 * enforcement sheet from the communication phase, the external announcement once every fact
 * is verified. A gate that approves a draft's text (`approves:`, legal's by default) does not
 * hold the draft back: it is written for the approvers to read, marked not ready until they
 * approve that very text (approval.ts). A draft whose gate is revoked is rewritten as
 * WITHDRAWN at once, so nobody sends text that is no longer approved.
 */
import type { ResolvedConfig } from '../config/load.js'
import { APPROVED_DRAFTS } from '../config/schema.js'
import type { Change } from '../incident/plan.js'
import { kindMarker, type CommentKind, type IncidentState } from '../incident/state.js'
import { clampToLimit, COMMENT_LIMIT, renderWithin } from './compose.js'
import { LINT_RULES, lintAnnouncement, lintOptionsFromConfig, type Finding, type LintOptions } from './lint.js'
import { approvalStatus, awaitingText, type ApprovalStatus, earlierText, shortHash, textBoundGates, textHash } from './approval.js'
import { mention, neutraliseInline, quietLogin } from './neutralise.js'
import { TemplateError, type TemplateSources } from './render.js'
import { incidentTerms } from './sensitive.js'
import { humanDate, isoMinute } from './time.js'
import { EMAIL_SUBJECT, gatesOpenedAt, thirdParties, type CommsContext } from './view.js'

/** The drafts: each is both a comment kind and the template of the same name. */
export type DraftKind = Extract<CommentKind, 'internal-update' | 'law-enforcement' | 'external-announcement'>

export interface DraftContext extends CommsContext {
  /** Kinds of the bot's comments already on the issue; defaults to the kinds recorded in `state.comments`. */
  existing?: ReadonlySet<string>
}

/** Room kept for the header, the lint report and the kind marker around a rendered template. */
const WRAPPER_ROOM = 6_000
/** The run's log carries this many of the announcement's findings as warnings; the rest are counted. */
const ANNOTATIONS_SHOWN = 10
/** The draft lists this many findings; the rest are counted. */
const FINDINGS_SHOWN = 40

/** Drafts follow the record: a person's edits to the comment would be lost, so the text is copied out first. */
const REWRITTEN = 'This comment is rewritten whenever the incident record changes, until the incident is resolved: copy the text out before editing it.'

type Conditions = { ready: true; since: string } | { ready: false; why: string }

/**
 * The draft comments to write now: each draft whose conditions hold is (re)rendered; a draft
 * already posted whose gates are no longer all open is rewritten as WITHDRAWN. Once the incident
 * is resolved a draft already posted is left as it is (frozen); one never posted is still drafted.
 * Bodies depend only on the state (never on `now` unless a gate lacks a time), so a re-run
 * renders the same text and the applier has nothing to edit.
 */
export function planDrafts(state: IncidentState, config: ResolvedConfig, templates: TemplateSources, now: Date, ctx: DraftContext = {}): Change[] {
  const existing = ctx.existing ?? new Set(Object.keys(state.comments))
  const changes: Change[] = []
  for (const kind of ['internal-update', 'law-enforcement', 'external-announcement'] as const) {
    const conditions = withRevoked(kind, state, config, draftConditions(kind, state, config, now, existing), existing)
    // Drafts freeze at resolution: one already posted keeps the text it had, which is what was
    // (or will be) sent, rather than being redrawn with "Resolved" and later facts. Reopening
    // the incident thaws them. A revoked gate still withdraws a posted draft, resolved or not.
    if (conditions.ready && state.resolvedAt && existing.has(kind)) continue
    if (conditions.ready) {
      const draft = draftBody(kind, state, config, templates, now, ctx, conditions.since)
      changes.push(upsert(state, kind, draft.body))
      // The linter's findings also go to the run as warnings, where the workflow shows them (a draft
      // is expected to have findings until people finish it, so they never fail the run). The rule's
      // description, not the finding's text: a finding quotes the draft, and logs carry no details.
      // A few, then a count: a fresh draft has a TODO per timeline entry, and GitHub shows only the first annotations of a step anyway.
      for (const f of draft.findings.slice(0, ANNOTATIONS_SHOWN)) {
        changes.push({
          kind: 'annotate',
          level: 'warning',
          title: `announcement ${f.rule}`,
          message: `${state.codename} announcement draft, line ${f.line}: ${LINT_RULES[f.rule]}`
        })
      }
      if (draft.findings.length > ANNOTATIONS_SHOWN)
        changes.push({
          kind: 'annotate',
          level: 'warning',
          title: 'announcement findings',
          message: `${state.codename} announcement draft: ${draft.findings.length - ANNOTATIONS_SHOWN} more findings, listed under the draft`
        })
    } else if (existing.has(kind)) {
      changes.push(upsert(state, kind, withdrawnBody(kind, state, config, templates, now, ctx, conditions.why)))
    }
  }
  return changes
}

function upsert(state: IncidentState, comment: DraftKind, body: string): Change {
  // The law enforcement sheet is a task list people tick, and a person may add tasks to any draft:
  // their ticks survive a re-render of every draft (only task boxes are carried over).
  return { kind: 'upsert-comment', issue: state.issue, comment, body, mergeTicks: true }
}

/**
 * Whether a draft may be written now, and if not, why (in words for the WITHDRAWN banner). The
 * gates that approve the draft's text are not among the conditions: the draft is written for
 * them to read, and is ready only once they approve it (`draftReadiness`).
 */
export function draftConditions(
  kind: DraftKind,
  state: IncidentState,
  config: ResolvedConfig,
  now: Date,
  existing: ReadonlySet<string> = new Set(Object.keys(state.comments))
): Conditions {
  if (kind === 'law-enforcement') {
    const order = config.phases.map((p) => p.id)
    const reached = order.indexOf(state.phase) >= 0 && order.indexOf(state.phase) >= order.indexOf(config.drafts.lawEnforcement.phase)
    // Not gated: once posted it stays (a phase moved back does not undo calls already made).
    if (reached || existing.has(kind)) return { ready: true, since: state.openedAt }
    return { ready: false, why: `the incident has not reached the ${config.drafts.lawEnforcement.phase} phase` }
  }
  const bound = textBoundGates(config, kind)
  const gates = (kind === 'internal-update' ? config.drafts.internalUpdate.gates : config.drafts.externalAnnouncement.gates).filter((g) => !bound.includes(g))
  const closed = gates.filter((g) => state.gates[g]?.open !== true)
  if (closed.length === 0) return { ready: true, since: gatesOpenedAt(state, gates, now) }
  return { ready: false, why: closed.map((g) => gateClosedReason(g, state)).join('; ') }
}

/**
 * A posted draft whose text approval was revoked is withdrawn like one whose gate closed: the
 * approval was taken back, not merely outdated. Never posted, it is written awaiting approval.
 */
function withRevoked(kind: DraftKind, state: IncidentState, config: ResolvedConfig, conditions: Conditions, existing: ReadonlySet<string>): Conditions {
  const revoked = textBoundGates(config, kind).filter((g) => state.gates[g]?.open === false && state.gates[g]?.by !== undefined)
  if (!conditions.ready || revoked.length === 0 || !existing.has(kind)) return conditions
  return { ready: false, why: revoked.map((g) => gateClosedReason(g, state)).join('; ') }
}

/**
 * Whether a draft is ready to send or publish: every gate it waits for is open, and each gate
 * that approves its text approved exactly `currentText` (the draft's text as `draftText` renders
 * it). Under `staleApproval: warn` an approval of an earlier text counts, and says so in `reasons`.
 * This is what a release step asks before it records a draft as sent.
 */
export function draftReadiness(state: IncidentState, config: ResolvedConfig, kind: DraftKind, currentText: string): { ready: boolean; reasons: string[] } {
  const conditions = draftConditions(kind, state, config, new Date(state.openedAt))
  const reasons = conditions.ready ? [] : [conditions.why]
  let ready = conditions.ready
  const hash = textHash(currentText)
  for (const gate of textBoundGates(config, kind)) {
    const status = approvalStatus(state.gates[gate], hash)
    if (status.state === 'current') continue
    if (status.state === 'awaiting') reasons.push(awaitingText(config, gate))
    else reasons.push(`the approval of \`${gate}\` was ${earlierText(status)}`)
    if (status.state === 'awaiting' || config.gates[gate]?.staleApproval !== 'warn') ready = false
  }
  return { ready, reasons }
}

/**
 * The record a draft's text is rendered from: without the approvals of its own text, so that
 * approving the text does not change it (the draft shows them in its banner instead).
 */
export function textState(kind: DraftKind, state: IncidentState, config: ResolvedConfig): IncidentState {
  const bound = textBoundGates(config, kind)
  if (bound.length === 0) return state
  return { ...state, gates: Object.fromEntries(Object.entries(state.gates).filter(([g]) => !bound.includes(g))) }
}

/**
 * Where each text-bound gate stands against its draft's text as the record renders it now
 * (for the dashboard's gate rows); a draft that cannot be written yet gives no entry.
 */
export function textApprovals(
  state: IncidentState,
  config: ResolvedConfig,
  templates: TemplateSources,
  now: Date,
  ctx: CommsContext
): Record<string, ApprovalStatus> {
  const approvals: Record<string, ApprovalStatus> = {}
  for (const kind of APPROVED_DRAFTS) {
    const gates = textBoundGates(config, kind)
    if (gates.length === 0 || !draftConditions(kind, state, config, now).ready) continue
    const rendered = draftText(kind, state, config, templates, now, ctx)
    if ('error' in rendered) continue
    const hash = textHash(rendered.text)
    for (const gate of gates) approvals[gate] = approvalStatus(state.gates[gate], hash)
  }
  return approvals
}

/** What the draft says at its top about the approvals of its text; empty when none is bound to it. */
function approvalNote(kind: DraftKind, state: IncidentState, config: ResolvedConfig, text: string): { ready: boolean; note: string } {
  const bound = textBoundGates(config, kind)
  if (bound.length === 0) return { ready: true, note: '' }
  const readiness = draftReadiness(state, config, kind, text)
  const hash = textHash(text)
  const approvals = bound.map((gate) => {
    const status = approvalStatus(state.gates[gate], hash)
    if (status.state === 'current') return `approved by \`${gate}\` (${quietLogin(state.gates[gate]?.by ?? '')}, ${isoMinute(state.gates[gate]?.at ?? '')})`
    return status.state === 'awaiting' ? awaitingText(config, gate) : `\`${gate}\`: ${earlierText(status)}`
  })
  const head = readiness.ready ? 'This text is approved' : '**Not ready: do not send or publish.** This text is'
  return { ready: readiness.ready, note: `${head} (text ${shortHash(hash)}): ${approvals.join('; ')}.` }
}

function gateClosedReason(gate: string, state: IncidentState): string {
  const g = state.gates[gate]
  // A gate nobody ever opened (the record starts with every gate closed, by no one) is simply not open.
  if (!g || (!g.by && !g.at)) return `gate \`${gate}\` is not open`
  const by = g.by ? ` by ${quietLogin(g.by)}` : ''
  const at = g.at ? ` on ${humanDate(g.at)}` : ''
  return `gate \`${gate}\` was closed${by}${at}`
}

/** A configured addressee pings when it is a handle ("@octocat", "@acme/eng-leads"); plain words stay words. */
function addressee(to: string): string {
  const handle = /^@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?)$/.exec(to.trim())
  return handle ? mention(handle[1]!) : `**${neutraliseInline(to)}**`
}

function draftBody(
  kind: DraftKind,
  state: IncidentState,
  config: ResolvedConfig,
  templates: TemplateSources,
  now: Date,
  ctx: CommsContext,
  since: string
): { body: string; findings: Finding[] } {
  const rendered = draftText(kind, state, config, templates, now, ctx)
  const drill = state.drill ? '**DRILL.** ' : ''
  if ('error' in rendered) return { body: join(kindMarker(kind), renderFailure(kind, rendered.error)), findings: [] }
  // One comment: the kind marker, what its text still waits for, a callout saying what the draft is for, then the draft.
  const approval = approvalNote(kind, state, config, rendered.text)
  const top = approval.note ? [callout(approval.ready ? 'NOTE' : 'WARNING', approval.note)] : []
  const comment = (note: string, ...rest: string[]) => clampToLimit(join(kindMarker(kind), ...top, note, ...rest))
  switch (kind) {
    case 'internal-update':
      return {
        findings: [],
        body: comment(
          callout(
            'NOTE',
            `${drill}**Draft internal update**, addressed to ${addressee(config.drafts.internalUpdate.to)}: ready since ${humanDate(since)}, when forensics showed the attack was not sourced internally. ` +
              `Keep it short; send it by voice call or chat, or by email with the subject "${EMAIL_SUBJECT}" and nothing else; once sent, comment \`/released internal-update <where>\`. ${REWRITTEN}`
          ),
          rendered.text
        )
      }
    case 'law-enforcement':
      return {
        findings: [],
        body: comment(
          callout(
            'NOTE',
            `${drill}**Law enforcement and external parties**, for ${addressee(config.drafts.lawEnforcement.to)}. Tick each contact as it is made; the ticks are kept when this sheet is updated.`
          ),
          rendered.text
        )
      }
    case 'external-announcement': {
      const findings = lintAnnouncement(rendered.text, announcementLintOptions(state, config, ctx))
      const body = comment(
        callout(
          'IMPORTANT',
          `${drill}**Draft external announcement**, for ${addressee(config.drafts.externalAnnouncement.owner)}: every fact it needs was verified and approved by ${humanDate(since)}. ` +
            "Write the facts in public words and resolve every finding below, then release it as soon as possible (preferably within a few days of the compromise). If possible, contact customers' security teams before the public notice. " +
            'Once it is out, comment `/released external-announcement <link>` with the text as published in a fenced block under it: the clock stops only then. ' +
            REWRITTEN
        ),
        '---',
        rendered.text,
        '---',
        lintReport(findings)
      )
      return { body, findings }
    }
  }
}

function withdrawnBody(
  kind: DraftKind,
  state: IncidentState,
  config: ResolvedConfig,
  templates: TemplateSources,
  now: Date,
  ctx: CommsContext,
  why: string
): string {
  const rendered = draftText(kind, state, config, templates, now, ctx)
  const kept = 'error' in rendered ? renderFailure(kind, rendered.error) : rendered.text
  return clampToLimit(
    join(
      kindMarker(kind),
      callout(
        'CAUTION',
        `**WITHDRAWN: do not send or publish.** This draft is no longer approved: ${why}. It is drafted again once every gate it needs is open.`
      ),
      `<details><summary>The withdrawn draft, for reference only</summary>\n\n${kept}\n\n</details>`
    )
  )
}

/** The draft's text as it is posted (the template rendered from `textState`, without banner or lint report), or the render error. */
export function draftText(
  kind: DraftKind,
  state: IncidentState,
  config: ResolvedConfig,
  templates: TemplateSources,
  now: Date,
  ctx: CommsContext
): { text: string } | { error: string } {
  try {
    return { text: renderWithin(COMMENT_LIMIT - WRAPPER_ROOM, kind, templates, textState(kind, state, config), config, now, ctx) }
  } catch (error) {
    // A broken override must show up where people look for the draft, not only in a log.
    if (error instanceof TemplateError) return { error: error.message }
    throw error
  }
}

/**
 * The linter's options for this incident's announcement: the configured rules, the codename,
 * the third parties, and every host, address and indicator named in the incident. Only the
 * public announcement is checked for those: the internal update may name hosts, and the law
 * enforcement sheet lists the IOCs on purpose.
 */
export function announcementLintOptions(state: IncidentState, config: ResolvedConfig, ctx: Pick<CommsContext, 'parties'> = {}): LintOptions {
  return lintOptionsFromConfig(config, { codename: state.codename, parties: thirdParties(state, ctx.parties), sensitiveTerms: incidentTerms(state) })
}

/** What stands in the way of recording a draft as released: its gates, and for the announcement the linter's errors. */
export type ReleaseCheck = { ok: true; errors: Finding[] } | { ok: false; why: string }

/**
 * Whether `kind` may be recorded as released now. A draft whose gates are not all open is not
 * approved text; the announcement's linter errors are those of `text` (what the person says was
 * published, pasted under the command) or else of the draft as it stands.
 */
export function releaseCheck(
  kind: Exclude<DraftKind, 'law-enforcement'>,
  state: IncidentState,
  config: ResolvedConfig,
  templates: TemplateSources,
  now: Date,
  text?: string
): ReleaseCheck {
  const rendered = draftText(kind, state, config, templates, now, {})
  if ('error' in rendered) return { ok: false, why: `the draft could not be rendered (${neutraliseInline(rendered.error, 200)})` }
  // Every gate open, and each gate bound to the text approved this very text.
  const readiness = draftReadiness(state, config, kind, rendered.text)
  if (!readiness.ready) return { ok: false, why: `the draft is not approved: ${readiness.reasons.join('; ')}` }
  if (kind === 'internal-update') return { ok: true, errors: [] }
  const findings = lintAnnouncement(text ?? rendered.text, announcementLintOptions(state, config))
  return { ok: true, errors: findings.filter((f) => f.severity === 'error') }
}

function renderFailure(kind: DraftKind, message: string): string {
  return callout('WARNING', `The ${kind} draft could not be rendered: ${neutraliseInline(message)}. Fix the template (or remove the override) and re-run.`)
}

/** The linter's findings as the draft shows them; line numbers count from the announcement's title. */
export function lintReport(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  const head = '### Announcement check'
  if (findings.length === 0) return `${head}\n\nNo findings: the announcement follows every rule the linter checks.`
  const counts = [errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '']
    .filter(Boolean)
    .join(' and ')
  const lines = findings.slice(0, FINDINGS_SHOWN).map((f) => `- ${f.severity === 'error' ? '❌' : '⚠️'} line ${f.line} \`${f.rule}\`: ${f.message}`)
  const more = findings.length > FINDINGS_SHOWN ? [`- … and ${findings.length - FINDINGS_SHOWN} more.`] : []
  return [`${head}\n\n${counts} (lines count from the announcement's title):\n`, ...lines, ...more].join('\n')
}

function callout(type: 'NOTE' | 'IMPORTANT' | 'WARNING' | 'CAUTION', text: string): string {
  return `> [!${type}]\n> ${text}`
}

function join(...parts: string[]): string {
  return `${parts.map((p) => p.trimEnd()).join('\n\n')}\n`
}
