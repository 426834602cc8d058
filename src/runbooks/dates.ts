/**
 * Reads a runbook's "Last Reviewed" and "Last Tested" dates, wherever a team keeps them:
 *
 * - a header line, as in the security-incident runbook: `Last Reviewed: 2026-01-02 Last Tested: 2026-01-05`
 *   (one line or two, either order, bold or not, inside a `<div>`, or a markdown table row);
 * - YAML front matter: `last_reviewed`, `last_tested`, `owner`, `review_interval`, `test_interval` (days);
 * - the g3doc freshness comment: `<!--* freshness: { owner: 'x' reviewed: '2026-01-02' } *-->`.
 *
 * Pure. Every date keeps its 1-based line and its offset in the text, so findings point at the
 * line and a drill can rewrite the date in place.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'

export type DateField = 'reviewed' | 'tested'
export type DateSource = 'front-matter' | 'g3doc' | 'header'

export const FIELD_LABEL: Record<DateField, string> = { reviewed: 'Last Reviewed', tested: 'Last Tested' }

/** What a written date turned out to be. `day` counts days since 1970-01-01 (UTC). */
export type ParsedDate =
  { kind: 'valid'; iso: string; day: number } | { kind: 'empty' } | { kind: 'placeholder' } | { kind: 'impossible'; reason: string } | { kind: 'malformed' }

export interface DateStamp {
  field: DateField
  source: DateSource
  /** The value exactly as written (without quotes). */
  written: string
  date: ParsedDate
  /** 1-based line of the value. */
  line: number
  /** Offset of the value in the text (of `written`, or where a value belongs when it is empty). */
  offset: number
  /** For a header date: where its label starts ("Last Reviewed:"), so a drill can add the other label alike. */
  labelOffset?: number
}

/** Front matter that cannot be read: not YAML, or an interval that is not a number of days. */
export interface FrontMatterProblem {
  line: number
  message: string
}

export interface RunbookDates {
  /** The date in effect per field: front matter first, then g3doc, then the header line. */
  reviewed?: DateStamp
  tested?: DateStamp
  /** Every date found, one per field and source, in document order. */
  stamps: DateStamp[]
  /** Owners named by the runbook itself (front matter `owner`/`owners`, g3doc `owner`). */
  owners: string[]
  /** Per-file limits from front matter, overriding the configured ones. */
  reviewIntervalDays?: number
  testIntervalDays?: number
  /** Front matter `review_only: true`: a document that is reviewed, never tested (no Last Tested needed). */
  reviewOnly?: boolean
  /** Where the front matter's closing `---` is, so a drill can add a key before it. */
  frontMatter?: { closingOffset: number }
  problems: FrontMatterProblem[]
}

const SOURCE_PRECEDENCE: DateSource[] = ['front-matter', 'g3doc', 'header']

/** Reads every date format from a runbook's text (or the head of it). */
export function parseRunbookDates(text: string): RunbookDates {
  const front = readFrontMatter(text)
  const g3doc = readG3docFreshness(text)
  const header = readHeaderDates(text, front?.bodyOffset ?? 0)
  const stamps = [...(front?.stamps ?? []), ...g3doc.stamps, ...header].sort((a, b) => a.offset - b.offset)
  const effective = (field: DateField) =>
    SOURCE_PRECEDENCE.map((source) => stamps.find((s) => s.field === field && s.source === source)).find((s) => s !== undefined)
  const dates: RunbookDates = {
    stamps,
    owners: [...(front?.owners ?? []), ...g3doc.owners],
    problems: front?.problems ?? []
  }
  const reviewed = effective('reviewed')
  const tested = effective('tested')
  if (reviewed) dates.reviewed = reviewed
  if (tested) dates.tested = tested
  if (front?.reviewIntervalDays !== undefined) dates.reviewIntervalDays = front.reviewIntervalDays
  if (front?.testIntervalDays !== undefined) dates.testIntervalDays = front.testIntervalDays
  if (front?.reviewOnly) dates.reviewOnly = true
  if (front) dates.frontMatter = { closingOffset: front.closingOffset }
  return dates
}

// ---------------------------------------------------------------------------------------------
// Dates

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
/** 2026-1-2, 2026/01/02, 2026.01.02, 2026-01-02T10:00:00Z (the day is what counts). */
const NUMERIC_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?$/i
const MONTH_NAMES =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
/** January 12, 2024 · Jan 12 2024 · 12 January 2024 · 12th Jan, 2024 · January 2024 · 2024-01 (a month: its first day). */
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_NAMES}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i')
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAMES},?\\s+(\\d{4})$`, 'i')
const MONTH_YEAR = new RegExp(`^${MONTH_NAMES},?\\s+(\\d{4})$|^(\\d{4})-(\\d{2})$`, 'i')
/** 12/01/2024: read only when the order cannot be mistaken (one part above 12, or both equal). */
const SLASHED_DAY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/
/**
 * Left-in template values: YYYY-MM-DD, DD/MM/YYYY, XXXX-XX-XX, TBD, TODO, never, N/A, ?, -,
 * `{{ last_reviewed }}` / `{% … %}` / `${DATE}` template variables, and prose such as `<date>`,
 * `[insert date]`, "date of last review", "add the date here".
 */
const PLACEHOLDER = new RegExp(
  [
    String.raw`^(?:[yx]{2,4}[-/.]?[mx]{1,2}[-/.]?[dx]{1,2}|[dx]{1,2}[-/.][mx]{1,2}[-/.][yx]{2,4}|[mx]{1,2}[-/.][dx]{1,2}[-/.][yx]{2,4}|[yx]{4}[-/.][mx]{2})$`,
    String.raw`^(?:tbd|tba|tbc|todo|fixme|never|none|not yet|pending|n\/?a|unknown|\?+|-+|…|\.{3})$`,
    String.raw`^\{\{.*\}\}$|^\{%.*%\}$|^\$\{?[a-z_]+\}?$|^%[a-z_]+%$`,
    String.raw`^[<[({]?\s*(?:insert|add|enter|fill in|put|write|update)?\s*(?:the\s+)?(?:(?:last\s+)?(?:review|test)(?:ed)?\s+)?date(?:\s+(?:of|when)\s+(?:the\s+)?(?:last\s+)?(?:review|test|drill)(?:ed)?)?(?:\s+here)?\s*[>\])}]?$`
  ].join('|'),
  'i'
)

/** Day numbers and the reason a written day is impossible. */
function dayOf(year: number, month: number, day: number, shown: string): ParsedDate {
  if (month < 1 || month > 12) return { kind: 'impossible', reason: `there is no month ${shown}` }
  const length = daysInMonth(year, month)
  if (day < 1 || day > length) return { kind: 'impossible', reason: `${monthName(month)} ${year} has ${length} days, not ${day}` }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { kind: 'valid', iso, day: Date.UTC(year, month - 1, day) / 86_400_000 }
}

function monthNumber(name: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1
}

/**
 * Classifies a written date strictly: 2026-02-30 is impossible, never rolled over into March.
 * Besides YYYY-MM-DD, the ways people write a day are read ("January 12, 2024", "12 Jan 2024",
 * "2024/01/12", an ISO time); a month alone ("March 2024") counts from its first day.
 */
export function parseIsoDay(written: string): ParsedDate {
  const value = written.trim()
  if (value === '') return { kind: 'empty' }
  const iso = ISO_DAY.exec(value)
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[2]!)
  if (PLACEHOLDER.test(value)) return { kind: 'placeholder' }
  const numeric = NUMERIC_DAY.exec(value)
  if (numeric) return dayOf(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), numeric[2]!)
  const mdy = MONTH_DAY_YEAR.exec(value)
  if (mdy) return dayOf(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]), mdy[1]!)
  const dmy = DAY_MONTH_YEAR.exec(value)
  if (dmy) return dayOf(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]), dmy[2]!)
  const my = MONTH_YEAR.exec(value)
  if (my) return my[1] ? dayOf(Number(my[2]), monthNumber(my[1]), 1, my[1]) : dayOf(Number(my[3]), Number(my[4]), 1, my[4]!)
  const slashed = SLASHED_DAY.exec(value)
  if (slashed) {
    const [a, b, y] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])]
    if (a > 12 && b <= 12) return dayOf(y, b, a, slashed[2]!)
    if (b > 12 && a <= 12) return dayOf(y, a, b, slashed[1]!)
    if (a === b) return dayOf(y, a, b, slashed[1]!)
  }
  return { kind: 'malformed' }
}

/** Days since 1970-01-01 of a date known to be valid (e.g. `--now`), or undefined. */
export function dayNumber(iso: string): number | undefined {
  const parsed = parseIsoDay(iso)
  return parsed.kind === 'valid' ? parsed.day : undefined
}

/** The YYYY-MM-DD of a day number. */
export function isoOfDay(day: number): string {
  // Civil date from a day count (Howard Hinnant's algorithm): integer arithmetic, no Date object,
  // since a scan computes this for every runbook.
  const z = day + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month)
}

// ---------------------------------------------------------------------------------------------
// Lines

/** The 1-based line of an offset. Dates sit near the top, so counting line breaks is cheap. */
function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

function stamp(field: DateField, source: DateSource, written: string, offset: number, text: string): DateStamp {
  return { field, source, written, date: parseIsoDay(written), line: lineAt(text, offset), offset }
}

// ---------------------------------------------------------------------------------------------
// Header line: "Last Reviewed: 2026-01-02 Last Tested: 2026-01-05"

/**
 * Emphasis or inline HTML a team wraps around the label or the value: `**`, `_`, `<strong>`,
 * `</b>`, and the `<abbr title="…">` / `<time datetime="…">` PagerDuty's runbook header puts around its dates.
 */
const MARKUP = String.raw`(?:[*_]+|</?(?:strong|b|em|i|span|code|abbr|time|mark|small|u|kbd)\b[^>]*>)*`
/** The label people write: Last Reviewed, Last reviewed on, Last review date, Date last reviewed, Last Tested (on), Last test date. */
const LABEL = String.raw`(?:date[ \t]+)?last[ \t]*[-_]?[ \t]*(review(?:ed)?|test(?:ed)?)(?![A-Za-z])(?:[ \t]+(?:on|date|at))?`
/**
 * The label, a separator (`:` or a table's `|`), then the value: everything up to the end of
 * the line, a tag, a table cell's end or the next label, so the next label on the same line is
 * never swallowed (`Last Reviewed: YYYY-MM-DD Last Tested: YYYY-MM-DD`) and a written-out date
 * ("January 12, 2024") is read whole.
 */
/** The separator between label and value: a colon, a table's `|` or `</td><td>`, or a spaced dash ("Last Reviewed - 2026-06-06"). */
const SEPARATOR = String.raw`(?::|\||[-–—](?=[ \t])|</t[dh]>[ \t]*<t[dh]\b[^>]*>)`
/** A note in brackets between label and separator: "Last tested (game day): …". */
const LABEL_NOTE = String.raw`(?:[ \t]*\([^)\r\n]{1,40}\))?`
const VALUE = String.raw`${MARKUP}[ \t]*${LABEL_NOTE}${MARKUP}[ \t]*${SEPARATOR}${MARKUP}[ \t]*${MARKUP}[ \t]*(?!last(?![A-Za-z]))(\{\{[^}\r\n]*\}\}|\{%[^%\r\n]*%\}|<[A-Za-z _-]*(?:date|yyyy)[A-Za-z _-]*>|[^\r\n<|]*?)(?=[ \t]*(?:[*_]+[ \t]*)?(?:(?:date[ \t]+)?last[ \t]*[-_]?[ \t]*(?:review|test)|<|\||\r|\n|$))`
const HEADER_DATE = new RegExp(`${LABEL}${VALUE}`, 'gi')
/** "Reviewed: 2026-09-01" without "Last": only as a line of its own (a metadata line), never inside prose. */
const BARE_HEADER_DATE = new RegExp(String.raw`^[ \t]*(?:[-*+>][ \t]+)?${MARKUP}(?:date[ \t]+)?(reviewed|tested)(?:[ \t]+on)?${VALUE}`, 'gim')
/** A date at the start of a value: the part read as the date when more follows ("2026-01-02 (by alice)"). */
const DATE_AT_START = new RegExp(
  String.raw`^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|${MONTH_NAMES}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAMES},?\s+\d{4}|${MONTH_NAMES},?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?![A-Za-z0-9-])`,
  'i'
)
/** An `<abbr title="2026-01-02">` or `<time datetime="2026-01-02">` just before a value: its attribute is the date when the text is not. */
const DATE_ATTRIBUTE = /<(?:abbr|time)\b[^>]*\b(?:title|datetime)\s*=\s*["']([^"']*)["'][^>]*>[^<]*$/i
const DATE_ATTRIBUTE_AFTER = /^[ \t]*<(?:abbr|time)\b[^>]*\b(?:title|datetime)\s*=\s*["']([^"']*)["']/i
const LETTER = /[A-Za-z]/

/** What of a header value is the date: a date at its start, else the whole value when it is a placeholder, else its first word. */
function writtenValue(value: string): string {
  const bare = value.replace(/[*_]+$/, '').trim()
  const date = DATE_AT_START.exec(bare)
  if (date) return date[0]
  const whole = bare.replace(/\.+$/, '')
  if (parseIsoDay(whole).kind === 'placeholder') return whole
  return (/^[^\s,;()[\]]*/.exec(bare)?.[0] ?? '').replace(/\.+$/, '')
}

/** Spans of fenced code blocks (``` and ~~~), where dates are examples, not the file's own. */
export function codeFenceSpans(text: string): [number, number][] {
  if (!text.includes('```') && !text.includes('~~~')) return []
  const spans: [number, number][] = []
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm
  let open: { start: number; marker: string } | undefined
  for (const m of text.matchAll(fence)) {
    const marker = m[1]!
    if (!open) {
      if (marker[0] === '`' && m[0].slice(m[0].indexOf(marker) + marker.length).includes('`')) continue
      open = { start: m.index, marker }
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && m[0].trim() === marker) {
      spans.push([open.start, m.index + m[0].length])
      open = undefined
    }
  }
  if (open) spans.push([open.start, text.length])
  return spans
}

/** Whether an offset is inside inline code on its line (an odd number of backticks before it). */
function inInlineCode(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  return (text.slice(lineStart, offset).match(/`/g)?.length ?? 0) % 2 === 1
}

/** The first header date per field, from `from` on (front matter and code examples are not a header). */
function readHeaderDates(text: string, from: number): DateStamp[] {
  const found = new Map<DateField, DateStamp>()
  const fences = codeFenceSpans(text)
  for (const re of [HEADER_DATE, BARE_HEADER_DATE]) {
    if (found.size === 2 || (re === BARE_HEADER_DATE && !/^[ \t>*_+-]*(?:date[ \t]+)?(?:reviewed|tested)\b/im.test(text))) break
    re.lastIndex = from
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      // "Last" must start a word ("Ballast tested:" is not a label); checked here rather than with a
      // lookbehind, which would keep the engine from searching for the literal "last".
      if (m.index > 0 && LETTER.test(text[m.index - 1]!)) continue
      if (fences.some(([start, end]) => m!.index >= start && m!.index < end) || inInlineCode(text, m.index)) continue
      const field: DateField = m[1]!.toLowerCase().startsWith('review') ? 'reviewed' : 'tested'
      if (found.has(field)) continue
      const value = m[2]!
      const valueOffset = m.index + m[0].length - value.length
      const header = headerStamp(field, value, valueOffset, text)
      header.labelOffset = m.index + (m[0].length - m[0].trimStart().length)
      found.set(field, header)
      if (found.size === 2) break
    }
  }
  return [...found.values()]
}

function headerStamp(field: DateField, value: string, valueOffset: number, text: string): DateStamp {
  const lead = value.length - value.trimStart().length
  const written = writtenValue(value)
  const inText = stamp(field, 'header', written, valueOffset + lead, text)
  if (inText.date.kind === 'valid') return inText
  // <abbr title="2026-01-02">2 Jan</abbr>: the attribute says what the text abbreviates.
  const before = DATE_ATTRIBUTE.exec(text.slice(Math.max(0, valueOffset - 200), valueOffset))
  const after = written === '' ? DATE_ATTRIBUTE_AFTER.exec(text.slice(valueOffset, valueOffset + 200)) : null
  const attribute = before?.[1] ?? after?.[1]
  if (attribute !== undefined && parseIsoDay(attribute).kind !== 'empty' && (written === '' || parseIsoDay(attribute).kind === 'valid')) {
    const attrOffset = before ? text.lastIndexOf(attribute, valueOffset) : text.indexOf(attribute, valueOffset)
    return stamp(field, 'header', attribute, attrOffset, text)
  }
  return inText
}

// ---------------------------------------------------------------------------------------------
// YAML front matter

interface FrontMatter {
  stamps: DateStamp[]
  owners: string[]
  reviewIntervalDays?: number
  testIntervalDays?: number
  reviewOnly?: boolean
  problems: FrontMatterProblem[]
  /** Offset just after the closing `---` line, where the body starts. */
  bodyOffset: number
  /** Offset of the closing `---` line, where a new key can be inserted. */
  closingOffset: number
}

const FRONT_MATTER_KEYS =
  /^(?:last[-_ ]?(?:review|test)|date[-_ ]?last|(?:reviewed|tested)(?:[-_ ]?on)?[ \t]*:|owners?|(?:review|test)[-_ ]?(?:interval|in|every)|review[-_ ]?only)/im

/**
 * Front matter keys, normalised (`lastReviewed`, `last-reviewed` -> `last_reviewed`), per field.
 * `last_reviewed_on` + `review_in` is the GOV.UK tech-docs-template's; `last_review_date` is common elsewhere.
 */
const DATE_KEYS: Record<string, DateField> = {
  last_reviewed: 'reviewed',
  last_reviewed_on: 'reviewed',
  last_reviewed_date: 'reviewed',
  last_review: 'reviewed',
  last_review_date: 'reviewed',
  last_review_on: 'reviewed',
  date_last_reviewed: 'reviewed',
  reviewed_on: 'reviewed',
  last_tested: 'tested',
  last_tested_on: 'tested',
  last_tested_date: 'tested',
  last_test: 'tested',
  last_test_date: 'tested',
  last_test_on: 'tested',
  date_last_tested: 'tested',
  tested_on: 'tested',
  reviewed: 'reviewed',
  tested: 'tested'
}
const INTERVAL_KEYS: Record<string, DateField> = {
  review_interval: 'reviewed',
  review_in: 'reviewed',
  review_every: 'reviewed',
  test_interval: 'tested',
  test_in: 'tested',
  test_every: 'tested'
}
const FRONT_MATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m

/** Keys are matched loosely (`last_reviewed`, `last-reviewed`, `lastReviewed`): people write all three. */
function normaliseKey(key: string): string {
  return key
    .replace(/[-\s]/g, '_')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
}

function readFrontMatter(text: string): FrontMatter | undefined {
  if (!text.startsWith('---') && !text.startsWith('\uFEFF---')) return undefined
  const match = FRONT_MATTER.exec(text)
  if (!match || match.index !== 0) return undefined
  const opening = match[1]!
  const yamlText = match[2]!
  const closingOffset = opening.length + yamlText.length
  const front: FrontMatter = {
    stamps: [],
    owners: [],
    problems: [],
    bodyOffset: match[0].length,
    closingOffset
  }
  // Parsing YAML costs about 8 µs a line; front matter that names none of our keys (a docs site's
  // title and tags) is none of our business, so it is not parsed at all.
  if (!FRONT_MATTER_KEYS.test(yamlText)) return front
  // Most front matter is flat `key: value` lines, read directly; anything else goes to the YAML parser.
  const entries = readFlatFrontMatter(yamlText) ?? readYamlFrontMatter(yamlText)
  const lineOf = (pos: number) => lineAt(text, opening.length + pos)
  if (!Array.isArray(entries)) {
    front.problems.push({ line: lineOf(entries.pos), message: `the front matter is not valid YAML: ${entries.message}` })
    return front
  }
  for (const entry of entries) {
    const key = normaliseKey(entry.key)
    const value = entry.value
    const dateField = DATE_KEYS[key]
    const intervalField = INTERVAL_KEYS[key]
    if (dateField) {
      // The first key per field counts (`last_reviewed` and `last_reviewed_on` in one file: the first wins).
      if (!front.stamps.some((s) => s.field === dateField)) front.stamps.push(frontMatterDate(dateField, entry, yamlText, opening.length, text))
    } else if (intervalField) {
      const days = intervalDays(value)
      if (days === undefined) {
        front.problems.push({
          line: lineOf(entry.keyStart),
          message: `${entry.key} must be a whole number of days, such as 90, or a period such as "6 months"`
        })
      } else if (intervalField === 'reviewed') front.reviewIntervalDays = days
      else front.testIntervalDays = days
    } else if (key === 'owner' || key === 'owners') {
      front.owners.push(...ownerNames(value))
    } else if (key === 'review_only') {
      const flag = value.kind === 'scalar' ? value.value : undefined
      if (flag === true || flag === 'true' || flag === 'yes') front.reviewOnly = true
    }
  }
  return front
}

/** One top-level `key: value` of the front matter, with offsets in the YAML text. */
export interface FrontMatterEntry {
  /** The key as YAML reads it. */
  key: string
  keyStart: number
  keyEnd: number
  value: FrontMatterValue
}

/** A value as far as freshness cares: a scalar (null when empty), a list of scalars, or something else. */
export type FrontMatterValue =
  { kind: 'scalar'; value: unknown; start: number; end: number } | { kind: 'list'; items: unknown[] } | { kind: 'other' } | { kind: 'none' }

/** The YAML parser's reading of front matter: its top-level entries, or the first error. */
export function readYamlFrontMatter(yamlText: string): FrontMatterEntry[] | { pos: number; message: string } {
  const doc = parseDocument(yamlText, { prettyErrors: false })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    return { pos: error.pos[0], message: error.message.split('\n')[0]! }
  }
  if (!isMap(doc.contents)) return []
  const entries: FrontMatterEntry[] = []
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node | null
    if (!isScalar(keyNode)) continue
    const valueNode = pair.value as Node | null
    entries.push({ key: String(keyNode.value), keyStart: keyNode.range?.[0] ?? 0, keyEnd: keyNode.range?.[1] ?? 0, value: yamlValue(valueNode) })
  }
  return entries
}

function yamlValue(node: Node | null): FrontMatterValue {
  if (node === null) return { kind: 'none' }
  if (isScalar(node)) return node.range ? { kind: 'scalar', value: node.value, start: node.range[0], end: node.range[1] } : { kind: 'none' }
  if (isSeq(node)) return { kind: 'list', items: node.items.map((item) => (isScalar(item) ? item.value : undefined)) }
  return { kind: 'other' }
}

/** `key: value` at the start of a line; the key a plain word or words, the value the rest. */
const FLAT_LINE = /^([A-Za-z_](?:[A-Za-z0-9_ -]{0,98}[A-Za-z0-9_-])?):(?: +(.*?))? *\r?$/
/** A plain value that YAML could read as something other than a string, or that is not plain at all. */
const NOT_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`.+~]|: |:$| #|\t|^(?:null|Null|NULL|false|False|FALSE)$/
const TRUE = /^(?:true|True|TRUE)$/
/** Characters YAML rejects or treats specially wherever they are. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\uFEFF]/
/** Numbers in YAML's core schema other than a whole decimal one: 0o17, 0x1F, 1.5, 1e3. */
const OTHER_NUMBER = /^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/

/**
 * Flat front matter (each line blank, a `# comment`, or `key: value` with a plain, quoted or empty
 * value) read without the YAML parser, exactly as the parser reads it. Anything else (nesting,
 * lists, anchors, multi-line or escaped strings, duplicate keys, a value YAML reads as a number
 * other than a whole one) returns undefined: the parser decides.
 */
export function readFlatFrontMatter(yamlText: string): FrontMatterEntry[] | undefined {
  if (CONTROL.test(yamlText)) return undefined
  const entries: FrontMatterEntry[] = []
  const keys = new Set<string>()
  let lineStart = 0
  while (lineStart < yamlText.length) {
    const newline = yamlText.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? yamlText.length : newline
    const line = yamlText.slice(lineStart, lineEnd)
    const trimmed = line.trim()
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      const m = FLAT_LINE.exec(line)
      if (!m) return undefined
      const key = m[1]!
      if (keys.has(key) || NOT_PLAIN.test(key) || TRUE.test(key)) return undefined
      keys.add(key)
      const raw = m[2] ?? ''
      // An empty value sits where the line ends, after any spaces, as the parser places it.
      const valueStart = raw === '' ? line.length - (line.endsWith('\r') ? 1 : 0) : line.indexOf(raw, key.length + 1)
      const value = flatValue(raw, lineStart + valueStart)
      if (!value) return undefined
      entries.push({ key, keyStart: lineStart, keyEnd: lineStart + key.length, value })
    }
    lineStart = lineEnd + 1
  }
  return entries
}

function flatValue(raw: string, start: number): FrontMatterValue | undefined {
  if (raw === '') return { kind: 'scalar', value: null, start, end: start }
  const end = start + raw.length
  const quoted = /^"([^"\\]*)"$|^'([^']*)'$/.exec(raw)
  if (quoted) return { kind: 'scalar', value: quoted[1] ?? quoted[2], start, end }
  if (/^[0-9]+$/.test(raw)) return { kind: 'scalar', value: Number(raw), start, end }
  if (TRUE.test(raw)) return { kind: 'scalar', value: true, start, end }
  return NOT_PLAIN.test(raw) || OTHER_NUMBER.test(raw) ? undefined : { kind: 'scalar', value: raw, start, end }
}

/** A front-matter date, located on its value (or just after its key when the value is empty). */
function frontMatterDate(field: DateField, entry: FrontMatterEntry, yamlText: string, base: number, text: string): DateStamp {
  const value = entry.value
  if (value.kind !== 'scalar' || value.value === null) {
    const afterColon = yamlText.indexOf(':', entry.keyEnd) + 1
    const empty = stamp(field, 'front-matter', '', base + afterColon, text)
    // A list or mapping where a date belongs is not a date, and must not read as "missing".
    return value.kind === 'list' || value.kind === 'other' ? { ...empty, date: { kind: 'malformed' } } : empty
  }
  const source = yamlText.slice(value.start, value.end)
  const quoted = source.startsWith('"') || source.startsWith("'")
  // The written text is what counts, not what YAML made of it (a YAML 1.1 document turns dates into Dates).
  const written = quoted ? source.slice(1, -1) : source
  return stamp(field, 'front-matter', written, base + value.start + (quoted ? 1 : 0), text)
}

/** `owner: alice`, `owner: alice, bob` or a list of them. */
function ownerNames(value: FrontMatterValue): string[] {
  const items = value.kind === 'list' ? value.items : value.kind === 'scalar' ? [value.value] : []
  return items.filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(/[\s,]+/).filter(Boolean))
}

const PERIOD_DAYS: Record<string, number> = { d: 1, day: 1, w: 7, week: 7, m: 30, mo: 30, month: 30, y: 365, yr: 365, year: 365 }

/** Days in `90`, `"90 days"`, `"6 months"` (30 days each), `"2 weeks"`, `"1 year"`: the GOV.UK template's `review_in` takes such periods. */
function intervalDays(value: FrontMatterValue): number | undefined {
  const raw = value.kind === 'scalar' ? value.value : undefined
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? raw : undefined
  const m = typeof raw === 'string' ? /^\s*(\d+)\s*(d|days?|w|weeks?|m|mo|months?|y|yrs?|years?)?\s*$/i.exec(raw) : null
  if (!m) return undefined
  const unit = (m[2] ?? 'd').toLowerCase().replace(/s$/, '')
  const days = Number(m[1]) * (PERIOD_DAYS[unit] ?? NaN)
  return Number.isInteger(days) && days > 0 ? days : undefined
}

// ---------------------------------------------------------------------------------------------
// g3doc: <!--* freshness: { owner: 'alice' reviewed: '2026-01-02' } *-->

const G3DOC_OPEN = '<!--*'
const G3DOC_COMMENT = /<!--\*([\s\S]*?)\*-->/g
const G3DOC_FRESHNESS = /freshness\s*:\s*\{([^}]*)\}/
const G3DOC_FIELD = /\b(owner|reviewed)\s*:\s*(?:'([^']*)'|"([^"]*)")/g

function readG3docFreshness(text: string): { stamps: DateStamp[]; owners: string[] } {
  const result = { stamps: [] as DateStamp[], owners: [] as string[] }
  if (!text.includes(G3DOC_OPEN)) return result
  for (const comment of text.matchAll(G3DOC_COMMENT)) {
    const block = G3DOC_FRESHNESS.exec(comment[1]!)
    if (!block) continue
    const blockOffset = comment.index + G3DOC_OPEN.length + block.index + block[0].indexOf('{') + 1
    for (const field of block[1]!.matchAll(G3DOC_FIELD)) {
      const value = field[2] ?? field[3] ?? ''
      const valueOffset = blockOffset + field.index + field[0].length - value.length - 1
      if (field[1] === 'owner') result.owners.push(value)
      else if (!result.stamps.some((s) => s.field === 'reviewed')) result.stamps.push(stamp('reviewed', 'g3doc', value, valueOffset, text))
    }
    return result
  }
  return result
}
