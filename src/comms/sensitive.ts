/**
 * The incident's sensitive terms: hosts, addresses and indicators that responders wrote down
 * while working the incident. None of them belongs in a public announcement, so the linter
 * looks for each one (and for its defanged spelling) in the draft and in the text released.
 *
 * Where they come from: the IOCs as recorded; the affected-systems answer of the report (every
 * host, address, URL and e-mail address in it, plus bare host names such as `build-7`, `db01`
 * or `prod-api`); the attack timeline and the compromised-data entries (network names, and bare
 * names with a digit such as `build-7`); the response timeline (network names only: the rest of
 * it is the bot's own wording). Pure.
 */
import { isIP } from 'node:net'

export interface SensitiveTerm {
  /** As written, without defanging: "203.0.113.7", "build-7", "http://evil.example/x". */
  term: string
  /** Where it was found, for the finding: "the IOCs", "the affected systems", … */
  source: string
}

export interface TermMatch extends SensitiveTerm {
  /** 1-based line of the match in the searched text. */
  line: number
  /** The text there, read back from any defanged spelling ("203.0.113[.]7" is "203.0.113.7"). */
  found: string
}

export const TERM_SOURCES = {
  iocs: 'the IOCs',
  affected: 'the affected systems',
  attack: 'the attack timeline',
  compromised: 'the compromised data',
  response: 'the response timeline'
} as const

/** Bare words that look like host names but are common technical words (never flagged). */
const COMMON_WORDS = new Set([
  'ipv4',
  'ipv6',
  'md5',
  'sha1',
  'sha256',
  'sha512',
  's3',
  'ec2',
  'http2',
  'http3',
  'oauth2',
  'utf8',
  'utf-8',
  'base64',
  'x509',
  'x86',
  'x64',
  'arm64',
  'win32',
  'win64',
  'k8s',
  'mp3',
  'mp4',
  'h264',
  'log4j',
  'e-mail',
  'read-only',
  'third-party',
  'on-call',
  'off-site',
  'end-to-end',
  'two-factor',
  'multi-factor',
  'sign-in',
  'log-in',
  'follow-up',
  'built-in',
  'real-time',
  'up-to-date',
  'non-production'
])

/** The parts of the incident record the terms are read from (the record's own fields). */
export interface TermSources {
  iocs: readonly { value: string; type: string }[]
  affected?: string | undefined
  attackTimeline: readonly { text: string }[]
  compromised: readonly { text: string }[]
  timeline: readonly { text: string }[]
}

/** Every sensitive term of the incident, each once (the first source that names it wins). */
export function incidentTerms(state: TermSources): SensitiveTerm[] {
  const found: SensitiveTerm[] = [
    // A third party recorded as an IOC may be named beside a link to its own disclosure (the third-party rule), so it is no term here.
    ...state.iocs.filter((i) => i.type.toLowerCase() !== 'party').map((i) => ({ term: undefang(plain(i.value)), source: TERM_SOURCES.iocs })),
    ...termsIn(state.affected ?? '', TERM_SOURCES.affected, 'all'),
    ...state.attackTimeline.flatMap((e) => termsIn(e.text, TERM_SOURCES.attack, 'numbered')),
    ...state.compromised.flatMap((e) => termsIn(e.text, TERM_SOURCES.compromised, 'numbered')),
    ...state.timeline.flatMap((e) => termsIn(e.text, TERM_SOURCES.response, 'none'))
  ]
  const seen = new Set<string>()
  return found.filter((t) => {
    const key = t.term.toLowerCase()
    if (t.term.length < 2 || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * The terms in one text. Network names always: URLs, e-mail addresses, IP addresses, dotted host
 * names. Bare names: `all` takes every word shaped like a host name (`prod-api`, `db01`, words in
 * code spans); `numbered` only those with a digit (`build-7`); `none` none.
 */
export function termsIn(text: string, source: string, bare: 'all' | 'numbered' | 'none'): SensitiveTerm[] {
  const out: string[] = []
  let rest = undefang(plain(text))
  const take = (re: RegExp, keep: (m: string) => boolean = () => true) => {
    rest = rest.replace(re, (m: string) => {
      const term = m.replace(/[.,;:!?)\]]+$/, '')
      if (keep(term)) out.push(term)
      return ' '.repeat(m.length)
    })
  }
  const spans = bare === 'all' ? [...rest.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.trim()) : []
  take(URL_RE)
  take(EMAIL_RE)
  take(IPV6_RE, (m) => isIP(m) === 6)
  take(IPV4_RE, (m) => isIP(m) === 4)
  take(DOTTED_HOST_RE, (m) => /\.[a-z][a-z0-9-]*[a-z0-9]$/i.test(m))
  if (bare !== 'none') {
    for (const m of rest.matchAll(BARE_HOST_RE)) {
      const word = m[0]
      if (COMMON_WORDS.has(word.toLowerCase()) || /^cve-/i.test(word) || /^[\d-]+$/.test(word) || /^\d/.test(word)) continue
      const numbered = /[a-z][a-z-]*\d|\d[a-z-]*[a-z]/i.test(word)
      if (numbered || (bare === 'all' && /[a-z0-9][-_][a-z0-9]/i.test(word))) out.push(word)
    }
    out.push(...spans.filter((s) => /^[a-z0-9][\w.-]*$/i.test(s) && !COMMON_WORDS.has(s.toLowerCase())))
  }
  return out.map((term) => ({ term, source }))
}

/**
 * Where each term occurs in `markdown`, by line: case-insensitive, whole words only, and in its
 * defanged spellings too ("203.0.113[.]7", "hxxp://", "evil(.)example", "user[@]host").
 */
export function findTerms(markdown: string, terms: readonly SensitiveTerm[]): TermMatch[] {
  if (terms.length === 0) return []
  // Read line by line so a defanged spelling changes no line number; then search the whole text once per term.
  const text = markdown
    .split('\n')
    .map((l) => undefang(plain(l)))
    .join('\n')
  const lower = text.toLowerCase()
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const matches: TermMatch[] = []
  for (const t of terms) {
    const live = undefang(t.term)
    // Most terms are absent: a plain search rules them out before any regular expression runs.
    if (!lower.includes(live.toLowerCase())) continue
    const re = new RegExp(`(?<![\\p{L}\\p{N}_.@-])${escape(live)}(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])`, 'giu')
    const lines = new Set<number>()
    for (const m of text.matchAll(re)) {
      const line = lineOf(lineStarts, m.index)
      if (lines.has(line)) continue
      lines.add(line)
      matches.push({ ...t, line, found: m[0] })
    }
  }
  return matches.sort((a, b) => a.line - b.line || a.term.localeCompare(b.term))
}

/** The 1-based line of an offset, by binary search over the line starts. */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineStarts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

/** Text as a reader sees it: the marks neutralising left (word joiners, entities, backslash escapes) removed. */
function plain(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
}

/** Defanged spellings back to the live ones: "1.2.3[.]4", "evil(.)com", "evil[dot]com", "hxxps://", "a[@]b", "a[at]b". */
export function undefang(text: string): string {
  return text
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.')
    .replace(/\[@\]|\[at\]|\(at\)/gi, '@')
    .replace(/\[:\]/g, ':')
    .replace(/\[:\/\/\]/g, '://')
    .replace(/\bhxxp(s?)(?=:\/\/|\[?:)/gi, 'http$1')
    .replace(/\bfxp(?=:\/\/)/gi, 'ftp')
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const URL_RE = /\b(?:https?|ftp):\/\/[^\s<>()[\]`"']+/gi
const EMAIL_RE = /(?<![\w.+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])/gi
const IPV4_RE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)/g
const IPV6_RE = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4})?(?![\w:]|\.\d)/gi
/** Labels joined by dots, ending in a label that starts with a letter ("db1.prod.internal", "exfil-cdn.example"). */
const DOTTED_HOST_RE = /(?<![\w.-])[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?)+(?![\w-])/gi
/** A single word of letters, digits, "-" and "_" ("build-7", "db01", "prod-api", "ci_runner"). */
const BARE_HOST_RE = /(?<![\p{L}\p{N}_.@/-])[a-z0-9][a-z0-9_-]*[a-z0-9](?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])/giu
