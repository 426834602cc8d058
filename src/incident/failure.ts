/**
 * What a failed run says on the incident: one short answer, so that nobody at 3 a.m. waits on an
 * automation that stopped. The message is the run's error (no secrets: those are masked and never
 * part of an error), neutralised like any text that goes back into markdown. It is posted as an
 * answers comment, which the next run that succeeds merges with the others (answers.ts).
 */
import { neutraliseInline } from '../comms/neutralise.js'
import { renderAnswers } from './answers.js'
import type { Change } from './plan.js'

export function failureNote(issue: number, message: string, runUrl: string | undefined, at: string): Extract<Change, { kind: 'reply' }> {
  const safeUrl = runUrl && /^https:\/\/[^\s)]+$/.test(runUrl) ? runUrl : undefined
  const link = safeUrl ? ` ([the run](${safeUrl}))` : ''
  const run = safeUrl ? /\/runs\/(\d+)(?:\/attempts\/(\d+))?/.exec(safeUrl) : null
  const key = run ? `failed-run:${run[1]}:${run[2] ?? '1'}` : `failed-run:${at}`
  const body = [
    `⚠️ incident-kit could not finish handling the last event${link}: ${neutraliseInline(message, 300)}`,
    '',
    'Nothing recorded on this issue is lost: the next event, or the scheduled run, reads the history again and catches up. Keep responding as usual; page an Incident Commander by other means if no one has been paged.'
  ].join('\n')
  return { kind: 'reply', issue, body: renderAnswers([{ keys: [key], at, body }], []) }
}
