/**
 * The detection time the reporter wrote in the issue form, read as people write it: ISO times
 * with offsets ("2026-11-22T09:12+02:00"), zone names ("UTC", "Z", "GMT", "UTC-3", "CET"),
 * AM/PM, one-digit hours, written-out months ("Nov 22, 2026 9:12 PM"). When the answer cannot be
 * read without guessing (no date, a day/month order that could go either way, two dates, an
 * impossible time), the result says so and why, so the dashboard can ask instead of inventing.
 */
import { ianaOffset } from '../text/zone.js'

export type Detection = { kind: 'absent' } | { kind: 'time'; iso: string; precision: 'minute' | 'day' } | { kind: 'unreadable'; text: string; why: string }

export interface DetectionOptions {
  /** The zone of a time written without one, e.g. "UTC" when the form's label says "(UTC)"; null: such a time is unreadable. */
  assumeZone?: string | null
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'

/** Zone abbreviations people write, in minutes east of UTC. Ambiguous ones (IST, BST…) are left out on purpose. */
export const ZONES: Record<string, number> = {
  z: 0,
  utc: 0,
  gmt: 0,
  zulu: 0,
  wet: 0,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780
}

interface DatePart {
  y: number
  m: number
  d: number
  start: number
  end: number
}

const DATE_FORMS: { re: RegExp; read: (m: RegExpExecArray) => { y: number; m: number; d: number } | string }[] = [
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/gi, read: (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]! }) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => ({ y: +m[3]!, m: monthOf(m[2]!), d: +m[1]! }) },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), read: (m) => ({ y: +m[3]!, m: monthOf(m[1]!), d: +m[2]! }) },
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/gi,
    read: (m) => {
      const [a, b] = [+m[1]!, +m[2]!]
      if (a > 12 && b <= 12) return { y: +m[3]!, m: b, d: a }
      if (b > 12 && a <= 12) return { y: +m[3]!, m: a, d: b }
      return a === b ? { y: +m[3]!, m: a, d: b } : `"${m[0]}" could be day/month or month/day`
    }
  }
]

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

/** Every date written in the text; a string when one is there but ambiguous. */
function datesIn(text: string): DatePart[] | string {
  const found: DatePart[] = []
  for (const form of DATE_FORMS) {
    for (const m of text.matchAll(form.re)) {
      const start = m.index
      if (found.some((f) => start < f.end && start + m[0].length > f.start)) continue
      const read = form.read(m as RegExpExecArray)
      if (typeof read === 'string') return read
      found.push({ ...read, start, end: start + m[0].length })
    }
  }
  return found
}

const TIME = /(?:^|[\s,t@(]|\bat\s)(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:(a\.?m\.?|p\.?m\.?)(?![a-z]))?(?![\d:])/gi
const ZONE = /^\s*(?:\(?\s*)?(z\b|utc|gmt|[a-z]{2,5}\b)?\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?/i

interface TimePart {
  h: number
  mi: number
  s: number
  offset: number | null
  zoneWritten: boolean
  iana?: string
}

/** The time of day in `rest` (the text without its date), with its zone when one is written. */
function timeIn(rest: string): TimePart | string | undefined {
  for (const m of rest.matchAll(TIME)) {
    const [, hh, mm, ss, ampm] = m
    if (mm === undefined && !ampm) continue // a bare number is not a time
    let h = +hh!
    if (ampm) {
      if (h < 1 || h > 12) return `"${m[0].trim()}" is not a time`
      h = (h % 12) + (/^p/i.test(ampm) ? 12 : 0)
    }
    const mi = mm === undefined ? 0 : +mm
    const s = ss === undefined ? 0 : +ss
    if (h > 23 || mi > 59 || s > 59) return `"${m[0].trim()}" is not a time`
    const after = rest.slice(m.index + m[0].length)
    const iana = IANA_ZONE.exec(after)?.[1]
    if (iana) return { h, mi, s, offset: null, zoneWritten: true, iana }
    const zone = zoneAt(after)
    if (typeof zone === 'string') return zone
    return { h, mi, s, offset: zone ?? null, zoneWritten: zone !== undefined }
  }
  return undefined
}

/** Minutes east of UTC written right after a time; undefined when none; a string when unknown. */
function zoneAt(after: string): number | string | undefined {
  const m = ZONE.exec(after)
  if (!m || (!m[1] && !m[2])) return undefined
  const name = m[1]
  let base = 0
  if (name) {
    const known = ZONES[name.toLowerCase()]
    // An unknown word in capitals ("IST", "SGT") is a zone we cannot place; any other word is prose.
    if (known === undefined)
      return /^[A-Z]{2,5}$/.test(name) ? `the time zone "${name}" is not one incident-kit knows` : m[2] ? `"${m[0].trim()}" is not a UTC offset` : undefined
    base = known
  }
  if (!m[2]) return base
  const hours = +m[3]!
  const minutes = m[4] ? +m[4] : 0
  if (hours > 14 || minutes > 59) return `"${m[0].trim()}" is not a UTC offset`
  return base + (m[2] === '+' ? 1 : -1) * (hours * 60 + minutes)
}

function validDate({ y, m, d }: { y: number; m: number; d: number }): boolean {
  const t = new Date(Date.UTC(y, m - 1, d))
  return m >= 1 && m <= 12 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** Other ways of writing a time of day, rewritten as H:MM: "0912Z", "09h12", "9.12pm", "noon", "midnight". */
const TIME_SPELLINGS: [RegExp, string][] = [
  [/\b([01]\d|2[0-3])([0-5]\d)\s*(z|utc|gmt)\b/gi, '$1:$2 $3'],
  [/\b([01]?\d|2[0-3])([0-5]\d)\s*hrs\b/gi, '$1:$2'],
  [/\b([01]?\d|2[0-3])h([0-5]\d)\b/gi, '$1:$2'],
  [/\b(\d{1,2})\.([0-5]\d)(?=\s*[ap]\.?m\b)/gi, '$1:$2'],
  [/\bnoon\b/gi, '12:00'],
  [/\bmidnight\b/gi, '00:00']
]

/** An IANA zone name written after a time ("Europe/Berlin", "America/Sao_Paulo"). */
const IANA_ZONE = /^\s*\(?\s*([A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)/

/** Reads one answer; see the module comment for what is read and what is reported unreadable. */
export function readDetection(answer: string | undefined, options: DetectionOptions = {}): Detection {
  // Emphasis around the answer goes; an underscore inside a word stays ("America/Sao_Paulo").
  const raw = (answer ?? '')
    .replace(/[*`]/g, '')
    .replace(/(^|\s)_+|_+(?=\s|$)/g, '$1')
    .trim()
  if (!raw) return { kind: 'absent' }
  const unreadable = (why: string): Detection => ({ kind: 'unreadable', text: raw, why })
  const text = raw.replace(/\u2212/g, '-')
  const dates = datesIn(text)
  if (typeof dates === 'string') return unreadable(dates)
  if (dates.length === 0) return unreadable('no date')
  const distinct = new Set(dates.map((d) => `${d.y}-${d.m}-${d.d}`))
  if (distinct.size > 1) return unreadable('more than one date')
  const date = dates[0]!
  if (!validDate(date)) return unreadable('no such date')
  const rest = TIME_SPELLINGS.reduce((t, [re, to]) => t.replace(re, to), `${text.slice(0, date.start)} ${text.slice(date.end)}`.replace(/^\s*t(?=\d)/i, ' '))
  const time = timeIn(rest)
  if (typeof time === 'string') return unreadable(time)
  const ymd = Date.UTC(date.y, date.m - 1, date.d)
  // A date alone is read as that day; digits left over are a time that could not be read, not midnight.
  if (!time) return /\d/.test(rest) ? unreadable('a time that could not be read') : { kind: 'time', iso: new Date(ymd).toISOString(), precision: 'day' }
  let offset = time.offset
  if (offset === null && time.iana) {
    const local = ymd + ((time.h * 60 + time.mi) * 60 + time.s) * 1000
    const first = ianaOffset(time.iana, local)
    if (first === undefined) return unreadable(`the time zone "${time.iana}" is not one incident-kit knows`)
    offset = ianaOffset(time.iana, local - first * 60_000) ?? first
  }
  if (offset === null) {
    const assumed = options.assumeZone === undefined ? 'UTC' : options.assumeZone
    if (assumed === null) return unreadable('no time zone')
    const known = ZONES[assumed.toLowerCase()]
    if (known === undefined) return unreadable(`the time zone "${assumed}" is not one incident-kit knows`)
    offset = known
  }
  const ms = ymd + ((time.h * 60 + time.mi - offset) * 60 + time.s) * 1000
  return { kind: 'time', iso: new Date(ms).toISOString(), precision: 'minute' }
}
