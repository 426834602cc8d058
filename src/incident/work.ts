/**
 * The scratchpad of one decision: the state being changed, the changes and replies collected,
 * and the small helpers every handler shares (timeline, paging, notices).
 */
import { mention, tableSafe } from '../comms/neutralise.js'
import type { RunContext } from './model.js'
import type { Change } from './plan.js'
import type { IncidentState, TimelineEntry } from './state.js'

/** What a decision accumulates before it becomes a plan. */
export interface Work {
  state: IncidentState
  changes: Change[]
  /** Replies to post (one comment at the end, so a burst of commands makes one reply). */
  replies: string[]
  checklistDirty: boolean
}

/**
 * Adds a timeline entry; an entry whose key is already there is not added twice. The text is
 * built-in words, code spans (logins) and people's text already neutralised; `tableSafe` is the
 * last guard, and never escapes twice.
 */
export function record(work: Work, entry: TimelineEntry): boolean {
  if (entry.key && work.state.timeline.some((e) => e.key === entry.key)) return false
  work.state.timeline.push({ ...entry, text: tableSafe(entry.text) })
  return true
}

/**
 * Pages an Incident Commander: PagerDuty when configured, else a mention of the IC team, else
 * says who to appoint. `key` names this page: a page already on the timeline is not sent again.
 */
export function page(work: Work, ctx: RunContext, link: string, by: string, why: string, key = `paged:${ctx.now}`): void {
  const state = work.state
  if (state.timeline.some((e) => e.key === key)) return
  if (state.drill && !ctx.config.paging.drills) {
    work.replies.push('Paging is off for drills (`paging.drills: false`): no one was paged.')
    return
  }
  const drill = state.drill ? 'DRILL: ' : ''
  const teamCall = ctx.config.paging.icTeam
    ? `${mention(ctx.config.paging.icTeam)} ${drill}an Incident Commander is needed for **${state.codename}** (${why}). Take it with \`/ic @you\`.`
    : undefined
  if (ctx.notify?.pagerduty) {
    const fallback = `Paging through PagerDuty failed. ${teamCall ?? 'Page an Incident Commander by other means and appoint them with `/ic @login`.'}`
    work.changes.push({
      kind: 'page',
      service: 'pagerduty',
      event: 'trigger',
      summary: `${drill}${state.codename} needs an Incident Commander`,
      dedupKey: state.codename,
      link,
      issue: state.issue,
      severity: state.severity as 1 | 2 | 3 | 4 | null,
      fallback,
      key
    })
    record(work, { at: ctx.now, by, kind: 'paged', text: `Incident Commander paged through PagerDuty (${why})`, key })
  } else if (teamCall) {
    work.replies.push(teamCall)
    record(work, { at: ctx.now, by, kind: 'paged', text: `Incident Commander team mentioned (${why})`, key })
  } else {
    // Said at the top of the dashboard until an Incident Commander is appointed.
    record(work, { at: ctx.now, by, kind: 'page-failed', text: `No one could be paged (${why}): no pager is configured`, key })
  }
}

/** A codename-only notice to Slack, when a webhook is configured. */
export function notify(work: Work, ctx: RunContext, link: string, what: string): void {
  if (!ctx.notify?.slack) return
  const state = work.state
  work.changes.push({
    kind: 'page',
    service: 'slack',
    event: 'notice',
    summary: `${state.drill ? 'DRILL: ' : ''}${state.codename}: ${what}`,
    dedupKey: state.codename,
    link
  })
}
