/**
 * Writes a date into a runbook in the format the runbook already uses, touching as little as
 * possible: a drill sets "Last Tested", a pull-request check suggests "Last Reviewed". Pure.
 */
import { FIELD_LABEL, parseIsoDay, parseRunbookDates, type DateField, type DateStamp, type RunbookDates } from './dates.js'

export interface DateEdit {
  /** The runbook with the date set. */
  text: string
  changed: boolean
  /** The change as a unified-diff hunk ("" when nothing changed), for a comment. */
  diff: string
}

const FRONT_MATTER_KEY: Record<DateField, string> = { reviewed: 'last_reviewed', tested: 'last_tested' }
const OTHER: Record<DateField, DateField> = { reviewed: 'tested', tested: 'reviewed' }

/**
 * Sets `field` to `iso` everywhere the runbook states it (front matter, g3doc, header line). When
 * the runbook does not state it, adds it beside the other date in the same style, else as a key
 * of the front matter, else as a line under the title.
 */
export function setRunbookDate(text: string, field: DateField, iso: string): DateEdit {
  const dates = parseRunbookDates(text)
  const stamps = dates.stamps.filter((s) => s.field === field)
  const edited = stamps.length > 0 ? replaceDates(text, stamps, iso) : addDate(text, dates, field, iso)
  return { text: edited, changed: edited !== text, diff: lineDiff(text, edited) }
}

/** Replaces each written date, last first so earlier offsets stay valid. */
function replaceDates(text: string, stamps: DateStamp[], iso: string): string {
  let out = text
  for (const s of [...stamps].sort((a, b) => b.offset - a.offset)) {
    // An empty value sits right after its colon: keep a space between them.
    const spaced = s.written === '' && !/[\s'"]/.test(out[s.offset - 1] ?? ' ') ? ` ${iso}` : iso
    out = out.slice(0, s.offset) + spaced + out.slice(s.offset + s.written.length)
    if (s.source === 'header') out = replaceWrappingAttribute(out, s.offset, iso)
  }
  return out
}

/** `<abbr title="…">` / `<time datetime="…">` right around a header date (PagerDuty's runbook header). */
const WRAPPING_DATE_ATTRIBUTE = /(<(?:abbr|time)\b[^>]*\b(?:title|datetime)\s*=\s*["'])([^"']*)(["'][^>]*>)$/i

/** The date in the tag wrapping a header date changes with it, so the tooltip never says another day. */
function replaceWrappingAttribute(text: string, offset: number, iso: string): string {
  const before = text.slice(0, offset)
  const m = WRAPPING_DATE_ATTRIBUTE.exec(before)
  if (!m || parseIsoDay(m[2]!).kind === 'empty') return text
  const at = m.index + m[1]!.length
  return text.slice(0, at) + iso + text.slice(at + m[2]!.length)
}

function addDate(text: string, dates: RunbookDates, field: DateField, iso: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  // Beside the other date when it is on a header line; g3doc has no field for it (only `reviewed`).
  const sibling = dates[OTHER[field]]
  if (sibling?.source === 'header') return addBesideHeaderDate(text, sibling, field, iso, eol)
  if (dates.frontMatter) return insertAt(text, dates.frontMatter.closingOffset, `${FRONT_MATTER_KEY[field]}: ${iso}${eol}`)
  return addHeaderLine(text, field, iso, eol)
}

/** Leading emphasis or inline tags around a label ("**Last Reviewed:**", "<strong>Last Reviewed:</strong>"). */
const MARKUP_BEFORE = /(?:[*_]|<(?:strong|b|em|i|span|code)\b[^>]*>)$/
const MARKUP_AFTER = /^(?:[*_]+|<\/(?:strong|b|em|i|span|code)>)*/

/**
 * "Last Reviewed: 2026-01-02" becomes "Last Reviewed: 2026-01-02 Last Tested: 2026-03-10" with the
 * same emphasis; in a markdown table the new date gets a row of its own.
 */
function addBesideHeaderDate(text: string, sibling: DateStamp, field: DateField, iso: string, eol: string): string {
  let labelStart = sibling.labelOffset ?? sibling.offset
  for (let m = MARKUP_BEFORE.exec(text.slice(0, labelStart)); m; m = MARKUP_BEFORE.exec(text.slice(0, labelStart))) labelStart -= m[0].length
  const label = swapLabel(text.slice(labelStart, sibling.offset), OTHER[field], field)
  const valueEnd = sibling.offset + sibling.written.length
  if (label.includes('|')) {
    const lineStart = text.lastIndexOf('\n', sibling.offset) + 1
    const lineEnd = endOfLine(text, sibling.offset)
    const row = text.slice(lineStart, lineEnd)
    const newRow = swapLabel(row.slice(0, sibling.offset - lineStart), OTHER[field], field) + iso + row.slice(valueEnd - lineStart)
    return insertAt(text, lineEnd, `${eol}${newRow}`)
  }
  const closing = MARKUP_AFTER.exec(text.slice(valueEnd))?.[0] ?? ''
  return insertAt(text, valueEnd + closing.length, ` ${label}${iso}${closing}`)
}

/** A new paragraph under the title (a `#` heading at the top, after any g3doc comment), or at the top. */
function addHeaderLine(text: string, field: DateField, iso: string, eol: string): string {
  const line = `${FIELD_LABEL[field]}: ${iso}`
  const top = /^(?:\s*<!--\*[\s\S]*?\*-->[^\n]*\n)?(?:[ \t]*\r?\n)*/.exec(text)![0].length
  if (text.startsWith('#', top)) return insertAt(text, endOfLine(text, top), `${eol}${eol}${line}`)
  return insertAt(text, top, `${line}${eol}${eol}`)
}

function swapLabel(label: string, from: DateField, to: DateField): string {
  const word = to === 'reviewed' ? 'reviewed' : 'tested'
  return label.replace(new RegExp(from, 'i'), (found) =>
    found === found.toUpperCase() ? word.toUpperCase() : found[0] === found[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word
  )
}

/** Offset of the end of the line holding `offset`, before its line break. */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset)
  if (newline === -1) return text.length
  return text[newline - 1] === '\r' ? newline - 1 : newline
}

function insertAt(text: string, offset: number, insertion: string): string {
  return text.slice(0, offset) + insertion + text.slice(offset)
}

/** The lines that differ between two texts as one unified-diff hunk ("" when equal). */
export function lineDiff(before: string, after: string): string {
  if (before === after) return ''
  const a = before.split(/\r?\n/)
  const b = after.split(/\r?\n/)
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const removed = a.slice(head, a.length - tail)
  const added = b.slice(head, b.length - tail)
  const range = (count: number) => (count === 1 ? `${head + 1}` : count === 0 ? `${head},0` : `${head + 1},${count}`)
  return [`@@ -${range(removed.length)} +${range(added.length)} @@`, ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)].join('\n')
}
