/**
 * Status updates live in one comment: the latest update as drawn when it was posted, the earlier
 * ones folded below it, newest first. An update is a snapshot: drawn once, when it is posted,
 * and not redrawn as the record moves on (the comment carries the key of the update it shows). A `/status` edits that comment instead of adding one, so a
 * long incident keeps a short issue; the person's own `/status` comment is what notifies.
 */
import { COMMENT_LIMIT } from '../comms/compose.js'
import { isoMinute } from '../comms/time.js'
import { quietLogin } from '../comms/neutralise.js'
import type { StatusPost } from './fold.js'
import { keyMarker } from './history.js'
import { kindMarker } from './state.js'

const BUDGET = COMMENT_LIMIT - 2_048

/** The status comment's body, or undefined before the first `/status` and while it shows the latest one. */
export function renderStatusComment(statuses: readonly StatusPost[], showing: readonly string[] = []): string | undefined {
  const latest = statuses.at(-1)
  if (!latest || showing.includes(latest.key)) return undefined
  const head = `${kindMarker('status-update')}\n${keyMarker(latest.key)}\n${latest.body.trim()}`
  const earlier = statuses.slice(0, -1).reverse()
  let shown = earlier.length
  for (;;) {
    const body = compose(head, earlier.slice(0, shown), earlier.length - shown)
    if (body.length <= BUDGET || shown === 0) return body
    shown = Math.floor(shown / 2)
  }
}

function compose(head: string, earlier: readonly StatusPost[], dropped: number): string {
  if (earlier.length === 0 && dropped === 0) return head
  const rows = earlier.map((s) => `- **${isoMinute(s.at)}** ${quietLogin(s.by)}: ${s.text}`)
  const more = dropped > 0 ? [`- _${dropped} older status update${dropped === 1 ? ' is' : 's are'} on the response timeline._`] : []
  const count = earlier.length + dropped
  return [head, '', `<details><summary>${count} earlier status update${count === 1 ? '' : 's'}</summary>`, '', ...rows, ...more, '', '</details>'].join('\n')
}
