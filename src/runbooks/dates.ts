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
  | { kind: 'valid'; iso: string; day: number }
  | { kind: 'empty' }
  | { kind: 'placeholder' }
  | { kind: 'impossible'; reason: string }
  | { kind: 'malformed' }

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
  if (front) dates.frontMatter = { closingOffset: front.closingOffset }
  return dates
}

// ---------------------------------------------------------------------------------------------
// Dates

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
/** Left-in template values: YYYY-MM-DD, yyyy-mm-dd, XXXX-XX-XX, TBD, TODO, never, N/A, ?, -. */
const PLACEHOLDER = /^(?:[yx]{2,4}[-/.]?[mx]{1,2}[-/.]?[dx]{1,2}|tbd|tba|todo|never|none|n\/?a|unknown|\?+|-+|…|\.{3})$/i

/** Classifies a written date strictly: 2026-02-30 is impossible, never rolled over into March. */
export function parseIsoDay(written: string): ParsedDate {
  const value = written.trim()
  if (value === '') return { kind: 'empty' }
  const match = ISO_DAY.exec(value)
  if (!match) return PLACEHOLDER.test(value) ? { kind: 'placeholder' } : { kind: 'malformed' }
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12) return { kind: 'impossible', reason: `there is no month ${match[2]}` }
  const length = daysInMonth(year, month)
  if (day < 1 || day > length) {
    return { kind: 'impossible', reason: `${monthName(month)} ${year} has ${length} days, not ${match[3]}` }
  }
  return { kind: 'valid', iso: value, day: Date.UTC(year, month - 1, day) / 86_400_000 }
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

/** Emphasis or inline HTML a team wraps around the label or the value: `**`, `_`, `<strong>`, `</b>`. */
const MARKUP = String.raw`(?:[*_]+|</?(?:strong|b|em|i|span|code)\b[^>]*>)*`
/**
 * The label, a separator (`:` or a table's `|`), then the value: one token, so the next label on the
 * same line is never swallowed (`Last Reviewed: YYYY-MM-DD Last Tested: YYYY-MM-DD`).
 */
const HEADER_DATE = new RegExp(
  String.raw`last[ \t]*[-_]?[ \t]*(reviewed|tested)(?![A-Za-z])${MARKUP}[ \t]*(?::|\|)${MARKUP}[ \t]*${MARKUP}[ \t]*(?!last(?![A-Za-z]))([^\s<>*_|,;()[\]]*)`,
  'gi'
)
const LETTER = /[A-Za-z]/

/** The first header date per field, from `from` on (front matter is not a header). */
function readHeaderDates(text: string, from: number): DateStamp[] {
  const found = new Map<DateField, DateStamp>()
  HEADER_DATE.lastIndex = from
  for (let m = HEADER_DATE.exec(text); m !== null; m = HEADER_DATE.exec(text)) {
    // "Last" must start a word ("Ballast tested:" is not a label); checked here rather than with a
    // lookbehind, which would keep the engine from searching for the literal "last".
    if (m.index > 0 && LETTER.test(text[m.index - 1]!)) continue
    const field: DateField = m[1]!.toLowerCase() === 'reviewed' ? 'reviewed' : 'tested'
    if (found.has(field)) continue
    // A sentence may end on the date: "Last Reviewed: 2026-01-02."
    const written = m[2]!.replace(/\.+$/, '')
    const header = stamp(field, 'header', written, m.index + m[0].length - m[2]!.length, text)
    header.labelOffset = m.index
    found.set(field, header)
    if (found.size === 2) break
  }
  return [...found.values()]
}

// ---------------------------------------------------------------------------------------------
// YAML front matter

interface FrontMatter {
  stamps: DateStamp[]
  owners: string[]
  reviewIntervalDays?: number
  testIntervalDays?: number
  problems: FrontMatterProblem[]
  /** Offset just after the closing `---` line, where the body starts. */
  bodyOffset: number
  /** Offset of the closing `---` line, where a new key can be inserted. */
  closingOffset: number
}

const FRONT_MATTER_KEYS = /^(?:last[-_ ]?(?:reviewed|tested)|owners?|(?:review|test)[-_ ]?interval)[ \t]*:/im
const FRONT_MATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m

/** Keys are matched loosely (`last_reviewed`, `last-reviewed`, `lastReviewed`): people write all three. */
function normaliseKey(key: string): string {
  return key.replace(/[-\s]/g, '_').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()
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
  const doc = parseDocument(yamlText, { prettyErrors: false })
  const lineOf = (pos: number) => lineAt(text, opening.length + pos)
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    front.problems.push({ line: lineOf(error.pos[0]), message: `the front matter is not valid YAML: ${error.message.split('\n')[0]}` })
    return front
  }
  if (!isMap(doc.contents)) return front
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node | null
    if (!isScalar(keyNode)) continue
    const key = normaliseKey(String(keyNode.value))
    const valueNode = pair.value as Node | null
    const keyLine = lineOf(keyNode.range?.[0] ?? 0)
    switch (key) {
      case 'last_reviewed':
      case 'last_tested': {
        const field: DateField = key === 'last_reviewed' ? 'reviewed' : 'tested'
        front.stamps.push(frontMatterDate(field, valueNode, yamlText, opening.length, keyNode, text))
        break
      }
      case 'owner':
      case 'owners':
        front.owners.push(...ownerNames(valueNode))
        break
      case 'review_interval':
      case 'test_interval': {
        const days = intervalDays(valueNode)
        if (days === undefined) {
          front.problems.push({ line: keyLine, message: `${String(keyNode.value)} must be a whole number of days, such as 90` })
        } else if (key === 'review_interval') front.reviewIntervalDays = days
        else front.testIntervalDays = days
        break
      }
    }
  }
  return front
}

/** A front-matter date, located on its value (or just after its key when the value is empty). */
function frontMatterDate(field: DateField, value: Node | null, yamlText: string, base: number, key: Node, text: string): DateStamp {
  if (!isScalar(value) || !value.range || value.value === null) {
    const keyEnd = key.range?.[1] ?? 0
    const afterColon = yamlText.indexOf(':', keyEnd) + 1
    const empty = stamp(field, 'front-matter', '', base + afterColon, text)
    // A list or mapping where a date belongs is not a date, and must not read as "missing".
    return value !== null && !isScalar(value) ? { ...empty, date: { kind: 'malformed' } } : empty
  }
  const [start, end] = value.range
  const source = yamlText.slice(start, end)
  const quoted = source.startsWith('"') || source.startsWith("'")
  // The written text is what counts, not what YAML made of it (a YAML 1.1 document turns dates into Dates).
  const written = quoted ? source.slice(1, -1) : source
  return stamp(field, 'front-matter', written, base + start + (quoted ? 1 : 0), text)
}

/** `owner: alice`, `owner: alice, bob` or a list of them. */
function ownerNames(value: Node | null): string[] {
  const items = isSeq(value) ? value.items : [value]
  return items
    .map((item) => (isScalar(item) ? item.value : undefined))
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(/[\s,]+/).filter(Boolean))
}

function intervalDays(value: Node | null): number | undefined {
  const raw = isScalar(value) ? value.value : undefined
  const days = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*(?:d|days?)?\s*$/.test(raw) ? parseInt(raw, 10) : NaN
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
