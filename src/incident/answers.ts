/**
 * The bot's answers on an incident live in ONE comment, newest first: replies to commands,
 * refusals, reminders, pages that need a person, notes of failed runs. A run that owes a new
 * answer posts a fresh comment carrying it on top of the earlier ones (so GitHub notifies the
 * issue's subscribers, and the latest answer is at the bottom of the issue where people look),
 * then deletes the comment it replaces. However long the incident, the issue holds one answers
 * comment; a run that dies between the two writes leaves two, which the next run merges.
 *
 * Each answer keeps the keys of what it answers (`incident-kit:key=` markers), so a re-run or a
 * redelivered event finds its answer and does not give it twice.
 */
import { COMMENT_LIMIT } from '../comms/compose.js'
import { isoMinute } from '../comms/time.js'
import { KEY_MARKER, keyMarker, keysOf, type BotComment } from './history.js'
import type { Change } from './plan.js'
import { kindMarker } from './state.js'

export interface AnswerPart {
  /** What this answer answers: a fact id (`answer:c123`), a reminder, a failed run, ... */
  keys: string[]
  /** When it was given (ISO): parts are shown newest first. */
  at: string
  /** Markdown, already neutralised where it carries people's text. */
  body: string
}

/** Earlier answers kept (in full, folded) below the newest ones; older ones are dropped with a count. */
export const KEPT_ANSWERS = 40
const BUDGET = COMMENT_LIMIT - 2_048
const AT_MARKER = 'incident-kit:at'
const END_MARKER = '<!-- incident-kit:end -->'
const PART = new RegExp(`^<!-- ${AT_MARKER}=([0-9TZ:.-]+) -->\\n((?:<!-- ${KEY_MARKER}=[a-z0-9:._-]+ -->\\n)*)([\\s\\S]*?)\\n${END_MARKER}$`, 'gim')

function partText(part: AnswerPart): string {
  return [`<!-- ${AT_MARKER}=${part.at} -->`, ...part.keys.map(keyMarker), part.body.trim(), END_MARKER, '', `<sub>${isoMinute(part.at)}</sub>`].join('\n')
}

/** The answers a comment body carries, in the order written (newest first). */
export function partsOf(body: string): AnswerPart[] {
  return [...body.matchAll(PART)].map((m) => ({ at: m[1]!, keys: keysOf(m[2]!), body: m[3]!.trim() }))
}

/**
 * The comment: the newest answers in full on top, earlier ones folded below, newest first,
 * within GitHub's size limit (the oldest are dropped first, and counted).
 */
export function renderAnswers(fresh: readonly AnswerPart[], earlier: readonly AnswerPart[]): string {
  const newest = [...fresh].sort(byNewest)
  const all = dedupe([...earlier].sort(byNewest), newest)
  let older = all.slice(0, KEPT_ANSWERS)
  for (;;) {
    const body = compose(newest, older, all.length - older.length)
    if (body.length <= BUDGET || older.length === 0) return body
    older = older.slice(0, Math.floor(older.length / 2))
  }
}

function compose(newest: readonly AnswerPart[], older: readonly AnswerPart[], dropped: number): string {
  const lines = [kindMarker('answers'), newest.map(partText).join('\n\n---\n\n')]
  if (older.length > 0) {
    lines.push('', `<details><summary>${older.length} earlier answer${older.length === 1 ? '' : 's'}</summary>`, '')
    lines.push(older.map(partText).join('\n\n---\n\n'), '', '</details>')
  }
  const more = dropped > 0 ? ` ${dropped} older answer${dropped === 1 ? ' is' : 's are'} no longer shown.` : ''
  lines.push('', `<sub>incident-kit answers here, newest first, in one comment that moves to the bottom of the issue when there is something new.${more}</sub>`)
  return lines.join('\n')
}

function byNewest(a: AnswerPart, b: AnswerPart): number {
  return b.at.localeCompare(a.at)
}

/** Earlier parts not repeated in the fresh ones (a merge of two answers comments shares parts). */
function dedupe(parts: readonly AnswerPart[], fresh: readonly AnswerPart[]): AnswerPart[] {
  const seen = new Set(fresh.map(identity))
  return parts.filter((p) => {
    const id = identity(p)
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

function identity(p: AnswerPart): string {
  return p.keys.length > 0 ? [...p.keys].sort().join(' ') : `${p.at} ${p.body}`
}

/**
 * The writes that give `fresh` answers: one new comment with them on top of every earlier
 * answer, then the old answers comments deleted. With nothing fresh, two answers comments
 * (a run died between its writes) are merged the same way; one is left as it is.
 */
export function planAnswers(issue: number, fresh: readonly AnswerPart[], bot: readonly BotComment[]): Change[] {
  const current = bot.filter((c) => c.kind === 'answers')
  if (fresh.length === 0 && current.length < 2) return []
  const earlier = dedupe(current.flatMap((c) => partsOf(c.body)).sort(byNewest), [])
  const remove = (keep?: BotComment) => current.filter((c) => c !== keep).map((c) => ({ kind: 'delete-comment' as const, commentId: c.id }))
  if (fresh.length === 0) {
    // A merge: a comment that already holds every answer (a write sent twice) is kept as it is.
    const all = new Set(earlier.map(identity))
    const whole = current.find((c) => new Set(partsOf(c.body).map(identity)).size === all.size)
    if (whole) return remove(whole)
    // Otherwise one comment with all of them, the newest in view.
    return [{ kind: 'reply', issue, body: renderAnswers(earlier.slice(0, 1), earlier.slice(1)) }, ...remove()]
  }
  return [{ kind: 'reply', issue, body: renderAnswers(fresh, earlier) }, ...remove()]
}
