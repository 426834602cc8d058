/**
 * Recording what legal clocks count from and what stops them: `/decision <name> [time]` (the
 * awareness of a personal-data breach, a materiality determination, a classification as major),
 * `/decision withdraw <name>`, `/filed <clock> [time] <reference>` and `/filed withdraw <clock>`.
 * Each goes on the response timeline with who recorded it, when, and (for a backdated decision)
 * the time it was made: the law counts from the decision, not from the comment. Pure; called by
 * the fold for each such command, in GitHub's order.
 *
 * Who may record: the holders of the incident roles in `legal.recorders.roles` (by default the
 * Incident Commander, deputy and scribe, as they stand at that point of the history), the listed
 * users and team members, and anyone with the configured repository permission (`maintain`).
 * A decision or filing starts or stops a legal deadline, so it is not left to every writer.
 */
import { LEGAL_DECISIONS } from '../config/legal-presets.js'
import type { Recorders } from '../config/schema.js'
import { neutraliseInline, quietLogin } from '../comms/neutralise.js'
import { isoMinute } from '../comms/time.js'
import { closest } from '../text/suggest.js'
import { mayApprove, type ActorFacts, type Verdict } from './authz.js'
import { decisionNames, filingIds } from './clocks.js'
import type { IncidentCommand } from './commands.js'
import type { RunContext } from './model.js'
import { record, type Work } from './work.js'

export type LegalCommand = Extract<IncidentCommand, { name: 'decision' | 'decision-withdraw' | 'filed' | 'filed-withdraw' }>
type Outcome = 'done' | 'seen' | 'refused'

/** Runs one legal command by `by` (whose facts GitHub gave) at `ctx.now`, the comment's time. */
export function runLegalCommand(work: Work, ctx: RunContext, command: LegalCommand, by: string, actor: ActorFacts): Outcome {
  const verdict = mayRecord(actor, work.state.roles, ctx.config.legal.recorders)
  if (!verdict.allowed) {
    // The timeline's Who column says who; its text is neutralised as it is recorded.
    record(work, { at: ctx.now, by, kind: 'command-refused', text: `Refused /${command.name.replace(/-withdraw$/, ' withdraw')}: not a recorder` })
    work.replies.push(`Refused \`/${command.name.replace(/-withdraw$/, ' withdraw')}\`: ${verdict.reason}`)
    return 'refused'
  }
  switch (command.name) {
    case 'decision':
      return recordDecision(work, ctx, command.decision, command.at === 'now' ? ctx.now : command.at, by)
    case 'decision-withdraw':
      return withdrawDecision(work, ctx, command.decision, by)
    case 'filed':
      return recordFiling(work, ctx, command.clock, command.at === 'now' ? ctx.now : command.at, command.reference, by)
    case 'filed-withdraw':
      return withdrawFiling(work, ctx, command.clock, by)
  }
}

/** Whether the actor may record decisions and filings: an incident role they hold now, or as an approver would. */
export function mayRecord(actor: ActorFacts, roles: Readonly<Record<string, string>>, recorders: Recorders): Verdict {
  const held = recorders.roles.find((role) => roles[role]?.toLowerCase() === actor.login.toLowerCase())
  if (held) return { allowed: true, via: held === 'ic' ? 'Incident Commander' : held }
  const verdict = mayApprove(actor, 'legal', recorders)
  if (verdict.allowed || verdict.reason.startsWith('could not check')) return verdict
  const who = [
    ...recorders.roles.map((r) => (r === 'ic' ? 'the Incident Commander' : `the ${r}`)),
    ...recorders.users.map(quietLogin),
    ...recorders.teams.map((t) => `members of \`${t}\``),
    ...(recorders.permission ? [`anyone with ${recorders.permission} access or better`] : [])
  ]
  return {
    allowed: false,
    reason: `${quietLogin(actor.login)} may not record legal decisions or filings (config \`legal.recorders\`: ${who.join(', ') || 'no one'}).`
  }
}

/** The decisions a person may record: the built-in ones and any a configured clock counts from. */
export function knownDecisions(ctx: RunContext): string[] {
  return [...new Set([...Object.keys(LEGAL_DECISIONS), ...decisionNames(ctx.config)])]
}

function recordDecision(work: Work, ctx: RunContext, name: string, at: string, by: string): Outcome {
  const known = knownDecisions(ctx)
  if (!known.includes(name)) return unknown(work, 'decision', name, known)
  if (Date.parse(at) > Date.parse(ctx.now)) return refuseFuture(work, `/decision ${name}`, at, ctx.now)
  const decisions = (work.state.decisions ??= {})
  const current = decisions[name]
  if (current) {
    if (current.at === at) return 'seen'
    work.replies.push(
      `Decision \`${name}\` is already on record as of ${isoMinute(current.at)} (by ${quietLogin(current.by ?? 'unknown')}). To correct its time, \`/decision withdraw ${name}\` and record it again: both stay on the timeline.`
    )
    return 'refused'
  }
  decisions[name] = { at, by, recordedAt: ctx.now }
  const backdated = at === ctx.now ? '' : `; made ${isoMinute(at)}`
  record(work, { at: ctx.now, by, kind: 'decision', text: `Decision recorded: ${name}${describe(name)}${backdated}` })
  return 'done'
}

function withdrawDecision(work: Work, ctx: RunContext, name: string, by: string): Outcome {
  const current = work.state.decisions?.[name]
  if (!current) {
    work.replies.push(`No decision \`${neutraliseInline(name, 60)}\` is on record: nothing to withdraw.`)
    return 'refused'
  }
  delete work.state.decisions![name]
  record(work, { at: ctx.now, by, kind: 'decision-withdrawn', text: `Decision withdrawn: ${name} (it was made ${isoMinute(current.at)})` })
  return 'done'
}

function recordFiling(work: Work, ctx: RunContext, clock: string, at: string, reference: string, by: string): Outcome {
  // Stored neutralised, like everything a person typed; the timeline neutralises the raw text once.
  const ids = filingIds(ctx.config)
  if (!ids.includes(clock)) return unknown(work, 'clock to file for', clock, ids)
  if (Date.parse(at) > Date.parse(ctx.now)) return refuseFuture(work, `/filed ${clock}`, at, ctx.now)
  const ref = neutraliseInline(reference, 200)
  const filings = (work.state.filings ??= {})
  const current = filings[clock]
  if (current) {
    if (current.reference === ref && current.at === at) return 'seen'
    work.replies.push(
      `A filing for \`${clock}\` is already on record (reference ${current.reference}). If that one was a mistake, \`/filed withdraw ${clock}\` first.`
    )
    return 'refused'
  }
  filings[clock] = { at, by, recordedAt: ctx.now, reference: ref }
  const title = ctx.config.clocks.find((c) => c.id === clock)?.title ?? clock
  const backdated = at === ctx.now ? '' : `; filed ${isoMinute(at)}`
  record(work, { at: ctx.now, by, kind: 'filed', text: `Filed for ${clock} (${title}), reference ${reference.slice(0, 200)}${backdated}` })
  return 'done'
}

function withdrawFiling(work: Work, ctx: RunContext, clock: string, by: string): Outcome {
  const current = work.state.filings?.[clock]
  if (!current) {
    work.replies.push(`No filing for \`${neutraliseInline(clock, 60)}\` is on record: nothing to withdraw.`)
    return 'refused'
  }
  delete work.state.filings![clock]
  record(work, { at: ctx.now, by, kind: 'filing-withdrawn', text: `Filing withdrawn for ${clock}; its reference was ${current.reference}` })
  return 'done'
}

function describe(name: string): string {
  const what = LEGAL_DECISIONS[name]
  return what ? `: ${what}` : ''
}

function unknown(work: Work, what: string, name: string, known: string[]): Outcome {
  const suggestion = closest(name, known)
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : ''
  work.replies.push(
    `Unknown ${what} \`${neutraliseInline(name, 60)}\`: one of ${known.map((k) => `\`${k}\``).join(', ') || '(none: switch on a legal clock under `legal.clocks`)'}.${hint} Nothing changed.`
  )
  return 'refused'
}

function refuseFuture(work: Work, command: string, at: string, now: string): Outcome {
  work.replies.push(
    `Refused \`${command}\`: ${isoMinute(at)} is later than the comment (${isoMinute(now)}); a decision or filing is recorded once it happened.`
  )
  return 'refused'
}
