/**
 * What a failed run says on the incident: one short reply, so that nobody at 3 a.m. waits on an
 * automation that stopped. The message is the run's error (no secrets: those are masked and never
 * part of an error), neutralised like any text that goes back into markdown.
 */
import { neutraliseInline } from '../comms/neutralise.js'
import type { Change } from './plan.js'

export function failureNote(issue: number, message: string, runUrl: string | undefined): Extract<Change, { kind: 'reply' }> {
  const link = runUrl && /^https:\/\/[^\s)]+$/.test(runUrl) ? ` ([the run](${runUrl}))` : ''
  return {
    kind: 'reply',
    issue,
    body: [
      `⚠️ incident-kit could not finish handling the last event${link}: ${neutraliseInline(message, 300)}`,
      '',
      'Nothing recorded on this issue is lost: the next event, or the scheduled run, reads the history again and catches up. Keep responding as usual; page an Incident Commander by other means if no one has been paged.'
    ].join('\n')
  }
}
