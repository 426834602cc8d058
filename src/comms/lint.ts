/**
 * The external-announcement linter: the runbook's "External Communication" rules, checked
 * before anything goes public. Structure (title, sections, list items, links) comes from a
 * real markdown parser; leaks are searched in the raw text, so nothing hides in a link
 * address or an HTML comment.
 */
import { BlockList, isIP } from 'node:net'
import type { Heading, List, Nodes, Root, RootContent, Table } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { Config } from '../config/schema.js'
import { DEFAULT_BANNED_PHRASES } from '../config/schema.js'

export const LINT_RULES = {
  'title-date': 'The title (first heading, or first line) carries the date, so the notice is never taken for a new breach.',
  'banned-phrase': 'No stock phrases such as "we take security very seriously" (any case, spacing or intensifier).',
  'missing-section': 'Every required section is present as a heading.',
  'empty-section': 'Every required section has content.',
  placeholder: 'No unresolved placeholders: TODO, TBD, XXX, FIXME, [insert …], "{{".',
  'leak-codename': 'The internal codename does not appear.',
  'leak-privilege-marker': '"Attorney Work Project" (an internal marker) does not appear.',
  'leak-internal-host': 'No internal host names (config `announcement.internalHostPatterns`).',
  'leak-private-ip': 'No private, loopback or link-local IP addresses.',
  'third-party-unlinked': 'A third party is named only beside a link to its own public disclosure.',
  'timeline-undated': 'Every entry of the Timeline section starts with a date.'
} as const

export type LintRule = keyof typeof LINT_RULES
export type Severity = 'error' | 'warning'

export interface Finding {
  rule: LintRule
  severity: Severity
  message: string
  /** 1-based line in the linted markdown. */
  line: number
}

export interface LintOptions {
  bannedPhrases?: readonly string[]
  requiredSections?: readonly string[]
  /** Regular expressions (case-insensitive) tested against every host-like word. */
  internalHostPatterns?: readonly string[]
  codename?: string
  /** Names of third parties that may only be named beside a link to their own disclosure. */
  parties?: readonly string[]
}

/** The linter's options from the config, plus the incident's codename and third parties. */
export function lintOptionsFromConfig(config: Pick<Config, 'announcement'>, extra: { codename?: string; parties?: readonly string[] } = {}): LintOptions {
  return {
    bannedPhrases: config.announcement.bannedPhrases,
    requiredSections: config.announcement.requiredSections,
    internalHostPatterns: config.announcement.internalHostPatterns,
    ...(extra.codename ? { codename: extra.codename } : {}),
    ...(extra.parties ? { parties: extra.parties } : {})
  }
}

/** Every finding in `markdown`, by line. Throws only for a host pattern that is not a valid regular expression. */
export function lintAnnouncement(markdown: string, options: LintOptions = {}): Finding[] {
  const doc = parseDocument(markdown)
  const findings = [
    ...checkTitleDate(doc),
    ...checkBannedPhrases(doc, options.bannedPhrases ?? DEFAULT_BANNED_PHRASES),
    ...checkSections(doc, options.requiredSections ?? []),
    ...checkPlaceholders(doc),
    ...checkCodename(doc, options.codename),
    ...checkPrivilegeMarker(doc),
    ...checkInternalHosts(doc, options.internalHostPatterns ?? []),
    ...checkPrivateIps(doc),
    ...checkThirdParties(doc, options.parties ?? []),
    ...checkTimelineDates(doc)
  ]
  return findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule))
}

/** "FILE:LINE rule-id message", the CLI's and the draft's line format. */
export function formatFinding(file: string, finding: Finding): string {
  return `${file}:${finding.line} ${finding.rule} ${finding.severity === 'warning' ? 'warning: ' : ''}${finding.message}`
}

// ---------------------------------------------------------------------------------------------
// The parsed document

interface Document {
  source: string
  tree: Root
  /** Offset of the start of each line (index 0 is line 1). */
  lineStarts: number[]
}

function parseDocument(source: string): Document {
  const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1)
  return { source, tree, lineStarts }
}

function lineAt(doc: Document, offset: number): number {
  let lo = 0
  let hi = doc.lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (doc.lineStarts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1
}

/** The visible text of a node (what a reader sees), with soft line breaks kept as "\n". */
function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value
  if (node.type === 'break') return '\n'
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}

/** Paragraph-like blocks (paragraphs, headings, table cells) in document order: where sentences live. */
function textBlocks(node: Nodes, out: Nodes[] = []): Nodes[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    out.push(node)
    return out
  }
  if ('children' in node) for (const child of node.children as Nodes[]) textBlocks(child, out)
  return out
}

function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?'

/** Each pattern captures year, month, day under names so the date can be checked for real. */
const DATE_PATTERNS = [
  `(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})`,
  `(?<y>\\d{4})/(?<m>\\d{1,2})/(?<d>\\d{1,2})`,
  `(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mn>${MONTHS})\\.?,?\\s+(?<y>\\d{4})`,
  `(?<mn>${MONTHS})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})`,
  // 22/11/2026 or 11/22/2026: either reading is a date, which is all the rule needs.
  `(?<a>\\d{1,2})[/.](?<b>\\d{1,2})[/.](?<y>\\d{4})`
]
// A letter may follow ("2026-11-22T09:12Z"), a digit or slash may not ("2026-11-223").
const DATE_RES = DATE_PATTERNS.map((p) => new RegExp(`(?<![\\w/.-])${p}(?![\\d/])`, 'gi'))
const STARTING_DATE_RES = DATE_PATTERNS.map((p) => new RegExp(`^${WEEKDAY}${p}(?![\\d/])`, 'i'))
const MONTH_YEAR = new RegExp(`(?<![\\w])(?:${MONTHS})\\.?,?\\s+\\d{4}(?![\\w])`, 'i')

function validDate(groups: Record<string, string | undefined>): boolean {
  const year = Number(groups['y'])
  const candidates: [number, number][] = []
  if (groups['mn']) candidates.push([MONTH_INDEX.indexOf(groups['mn'].slice(0, 3).toLowerCase()) + 1, Number(groups['d'])])
  else if (groups['m']) candidates.push([Number(groups['m']), Number(groups['d'])])
  else candidates.push([Number(groups['b']), Number(groups['a'])], [Number(groups['a']), Number(groups['b'])])
  return candidates.some(([month, day]) => {
    if (!(month >= 1 && month <= 12 && day >= 1)) return false
    return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  })
}

/** True when `text` contains a real calendar date ("2026-11-22", "22 November 2026", "Nov 22, 2026", …). */
export function containsDate(text: string): boolean {
  return DATE_RES.some((re) => [...text.matchAll(re)].some((m) => validDate(m.groups ?? {})))
}

/** True when `text` starts with a real calendar date (a weekday before it is allowed). */
export function startsWithDate(text: string): boolean {
  const trimmed = text.trimStart()
  return STARTING_DATE_RES.some((re) => {
    const m = re.exec(trimmed)
    return m !== null && validDate(m.groups ?? {})
  })
}

// ---------------------------------------------------------------------------------------------
// Rules

interface Title {
  heading?: Heading
  text: string
  line: number
}

/**
 * The title: the first block when it is a heading, else the first top-level heading of level 1,
 * else the first non-empty line (a notice pasted as plain text).
 */
function titleOf(doc: Document): Title | undefined {
  const blocks = doc.tree.children.filter((n) => n.type !== 'html' && n.type !== 'definition')
  const first = blocks[0]
  const heading = first?.type === 'heading' ? first : blocks.find((n): n is Heading => n.type === 'heading' && n.depth === 1)
  if (heading) return { heading, text: textOf(heading), line: startLine(heading) }
  const lines = doc.source.split('\n')
  const index = lines.findIndex((l) => l.trim() !== '')
  return index < 0 ? undefined : { text: lines[index]!, line: index + 1 }
}

function checkTitleDate(doc: Document): Finding[] {
  const found = titleOf(doc)
  if (!found) return [{ rule: 'title-date', severity: 'error', message: 'the announcement is empty: it needs a title with the date', line: 1 }]
  const { text: title, line } = found
  if (containsDate(title)) return []
  if (MONTH_YEAR.test(title)) {
    return [{ rule: 'title-date', severity: 'warning', message: `the title "${title.trim()}" has a month but no day: give the full date`, line }]
  }
  return [{ rule: 'title-date', severity: 'error', message: `the title "${title.trim()}" has no date: include it so the notice is never taken for a new breach`, line }]
}

// Banned phrases: compared word by word after normalising case, spacing, contractions,
// intensifiers and verb forms, so "We are taking your security extremely seriously" is caught.

const CONTRACTIONS: Record<string, string[]> = { "'re": ['are'], "'ve": ['have'], "'ll": ['will'], "'m": ['am'], "'s": [], "n't": ['not'], "'": [] }
/** Words that change nothing about the phrase: intensifiers and auxiliaries. */
const FILLER = new Set(['very', 'extremely', 'incredibly', 'really', 'truly', 'deeply', 'most', 'utmost', 'always', 'highly', 'absolutely', 'genuinely', 'greatly', 'so', 'are', 'is', 'am', 'have', 'has', 'will', 'do', 'does', 'continue', 'continues', 'to'])
const LEMMAS: Record<string, string> = { takes: 'take', taking: 'take', taken: 'take', took: 'take', priorities: 'priority', customers: 'customer', users: 'user' }
/** How many extra words may sit between two words of a phrase ("the security of our customers"). */
const MAX_GAP = 3

interface Token {
  word: string
  start: number
  end: number
}

function tokens(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").matchAll(/[a-z0-9]+(?:'[a-z]*)?/g)) {
    let word = m[0]
    const start = m.index
    const end = start + word.length
    const contraction = Object.keys(CONTRACTIONS).find((c) => word.endsWith(c) && word.length > c.length)
    const extra = contraction ? CONTRACTIONS[contraction]! : []
    if (contraction) word = word.slice(0, -contraction.length)
    for (const w of [word, ...extra]) {
      const lemma = LEMMAS[w] ?? w
      if (!FILLER.has(lemma)) out.push({ word: lemma, start, end })
    }
  }
  return out
}

/** The first place `phrase` occurs in `text` in order, allowing small gaps; [start, end) offsets. */
function findPhrase(text: Token[], phrase: string[]): [number, number] | undefined {
  if (phrase.length === 0) return undefined
  for (let i = 0; i < text.length; i++) {
    if (text[i]!.word !== phrase[0]) continue
    let at = i
    let matched = 1
    while (matched < phrase.length) {
      let next = -1
      for (let j = at + 1; j <= at + 1 + MAX_GAP && j < text.length; j++) {
        if (text[j]!.word === phrase[matched]) {
          next = j
          break
        }
      }
      if (next < 0) break
      at = next
      matched++
    }
    if (matched === phrase.length) return [text[i]!.start, text[at]!.end]
  }
  return undefined
}

function checkBannedPhrases(doc: Document, phrases: readonly string[]): Finding[] {
  const normalised = [...new Map(phrases.map((p) => [tokens(p).map((t) => t.word).join(' '), p])).entries()].map(([key, phrase]) => ({
    phrase,
    words: key.split(' ').filter(Boolean)
  }))
  const findings: Finding[] = []
  for (const block of textBlocks(doc.tree)) {
    const text = textOf(block)
    const words = tokens(text)
    const reported: [number, number][] = []
    for (const { phrase, words: target } of normalised) {
      const hit = findPhrase(words, target)
      // Several listed phrases often match the same words: report the words once.
      if (!hit || reported.some(([s, e]) => hit[0] < e && s < hit[1])) continue
      reported.push(hit)
      const line = startLine(block) + (text.slice(0, hit[0]).match(/\n/g)?.length ?? 0)
      const said = text.slice(hit[0], hit[1]).replace(/\s+/g, ' ')
      findings.push({ rule: 'banned-phrase', severity: 'error', message: `"${said}" is a banned phrase ("${phrase}"): say what was done instead`, line })
    }
  }
  return findings
}

interface Section {
  heading: Heading
  title: string
  content: RootContent[]
}

/** Sections after the title: each heading with what follows it up to the next heading of the same or a higher level. */
function sections(doc: Document): Section[] {
  const children = doc.tree.children
  const title = titleOf(doc)?.heading
  const out: Section[] = []
  children.forEach((node, i) => {
    if (node.type !== 'heading' || node === title) return
    const content: RootContent[] = []
    for (const next of children.slice(i + 1)) {
      if (next.type === 'heading' && next.depth <= node.depth) break
      content.push(next)
    }
    out.push({ heading: node, title: textOf(node), content })
  })
  return out
}

function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim()
}

function findSection(all: Section[], name: string): Section | undefined {
  const wanted = normaliseHeading(name)
  if (wanted === '') return undefined
  const pattern = new RegExp(`(?:^| )${regexEscape(wanted)}(?: |$)`)
  return all.find((s) => normaliseHeading(s.title) === wanted) ?? all.find((s) => pattern.test(normaliseHeading(s.title)))
}

function checkSections(doc: Document, required: readonly string[]): Finding[] {
  const all = sections(doc)
  const findings: Finding[] = []
  for (const name of required) {
    const section = findSection(all, name)
    if (!section) {
      findings.push({ rule: 'missing-section', severity: 'error', message: `the required section "${name}" is missing`, line: 1 })
    } else if (section.content.every((n) => textOf(n).trim() === '')) {
      findings.push({ rule: 'empty-section', severity: 'error', message: `the section "${name}" is empty`, line: startLine(section.heading) })
    }
  }
  return findings
}

const PLACEHOLDERS: { re: RegExp; what: string }[] = [
  { re: /\bTODO\b/g, what: 'TODO' },
  { re: /\bTBD\b/g, what: 'TBD' },
  { re: /\bTBC\b/g, what: 'TBC' },
  { re: /\bXXX\b/g, what: 'XXX' },
  { re: /\bFIXME\b/g, what: 'FIXME' },
  { re: /\{\{|\}\}/g, what: 'template braces' },
  // "[insert date]", but not a link such as "[Add a security key](https://…)".
  { re: /\[\s*(?:insert|add|fill in)\b[^\]\n]*\](?!\()/gi, what: 'a bracketed placeholder' },
  { re: /\blorem ipsum\b/gi, what: 'lorem ipsum' }
]

function checkPlaceholders(doc: Document): Finding[] {
  const findings: Finding[] = []
  for (const { re, what } of PLACEHOLDERS) {
    const seen = new Set<number>()
    for (const m of doc.source.matchAll(re)) {
      const line = lineAt(doc, m.index)
      if (seen.has(line)) continue
      seen.add(line)
      findings.push({ rule: 'placeholder', severity: 'error', message: `unresolved placeholder (${what}): "${m[0]}"`, line })
    }
  }
  return findings
}

function checkCodename(doc: Document, codename: string | undefined): Finding[] {
  const parts = (codename ?? '').split(/[\s_-]+/).filter(Boolean)
  if (parts.length === 0) return []
  // "sapphire-unicorn", "Sapphire Unicorn", "sapphire_unicorn" and "SapphireUnicorn" are all the codename.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${parts.map(regexEscape).join('[\\s_-]*')}(?![\\p{L}\\p{N}])`, 'giu')
  return [...doc.source.matchAll(re)].map((m) => ({
    rule: 'leak-codename' as const,
    severity: 'error' as const,
    message: `the internal codename "${m[0]}" must not appear in a public announcement`,
    line: lineAt(doc, m.index)
  }))
}

function checkPrivilegeMarker(doc: Document): Finding[] {
  // "Attorney Work Product" is the legal term the runbook's marker stands for: both are internal.
  return [...doc.source.matchAll(/attorney[\s_-]+work[\s_-]+(?:project|product)/gi)].map((m) => ({
    rule: 'leak-privilege-marker' as const,
    severity: 'error' as const,
    message: `"${m[0].replace(/\s+/g, ' ')}" marks internal, privileged material: remove it`,
    line: lineAt(doc, m.index)
  }))
}

/** Words shaped like host names: labels joined by dots ("db1.prod.internal", "jump.corp"). */
const HOST_LIKE = /(?<![\w.-])[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?)+(?![\w-])/gi

function checkInternalHosts(doc: Document, patterns: readonly string[]): Finding[] {
  const compiled = patterns.map((p) => {
    try {
      return new RegExp(p, 'i')
    } catch (error) {
      throw new Error(`announcement.internalHostPatterns: "${p}" is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`)
    }
  })
  if (compiled.length === 0) return []
  const findings: Finding[] = []
  for (const m of doc.source.matchAll(HOST_LIKE)) {
    const host = m[0]
    if (isIP(host) !== 0) continue
    if (compiled.some((re) => re.test(host))) {
      findings.push({ rule: 'leak-internal-host', severity: 'error', message: `internal host name "${host}" must not appear in a public announcement`, line: lineAt(doc, m.index) })
    }
  }
  return findings
}

/** Ranges that never belong in a public notice: private (RFC 1918, ULA), loopback and link-local. */
const PRIVATE_RANGES = (() => {
  const list = new BlockList()
  list.addSubnet('10.0.0.0', 8, 'ipv4')
  list.addSubnet('172.16.0.0', 12, 'ipv4')
  list.addSubnet('192.168.0.0', 16, 'ipv4')
  list.addSubnet('127.0.0.0', 8, 'ipv4')
  list.addSubnet('169.254.0.0', 16, 'ipv4')
  list.addSubnet('fc00::', 7, 'ipv6')
  list.addSubnet('fe80::', 10, 'ipv6')
  list.addAddress('::1', 'ipv6')
  return list
})()

/** Loose shapes that might be addresses; `isIP` decides. */
const IPV4_LIKE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)/g
const IPV6_LIKE = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4})?(?:%[0-9a-z]+)?(?![\w:]|\.\d)/gi

/** True for an address in a private, loopback or link-local range (IPv4-mapped IPv6 included). */
export function isPrivateAddress(candidate: string): boolean {
  const address = candidate.replace(/%.*$/, '')
  const family = isIP(address)
  if (family === 0) return false
  return PRIVATE_RANGES.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

function checkPrivateIps(doc: Document): Finding[] {
  const v6 = [...doc.source.matchAll(IPV6_LIKE)].filter((m) => isIP(m[0].replace(/%.*$/, '')) === 6)
  // The IPv4 tail of an IPv6 address ("::ffff:10.0.0.1") is the same address: report it once.
  const insideV6 = (offset: number) => v6.some((m) => offset >= m.index && offset < m.index + m[0].length)
  const v4 = [...doc.source.matchAll(IPV4_LIKE)].filter((m) => !insideV6(m.index))
  return [...v6, ...v4]
    .filter((m) => isPrivateAddress(m[0]))
    .map((m) => ({
      rule: 'leak-private-ip' as const,
      severity: 'error' as const,
      message: `private IP address "${m[0]}" must not appear in a public announcement`,
      line: lineAt(doc, m.index)
    }))
}

/** Letters and digits only, lowercased: "Acme Cloud" and "acme-cloud.com" share "acmecloud". */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

interface LinkInfo {
  text: string
  url: string
}

function linksIn(node: Nodes, out: LinkInfo[] = []): LinkInfo[] {
  if (node.type === 'link') out.push({ text: textOf(node), url: node.url })
  if ('children' in node) for (const child of node.children as Nodes[]) linksIn(child, out)
  return out
}

function checkThirdParties(doc: Document, parties: readonly string[]): Finding[] {
  const named = parties
    .map((name) => name.trim())
    .filter((name) => squash(name) !== '')
    .map((name) => ({ name, key: squash(name), re: new RegExp(`(?<![\\p{L}\\p{N}])${name.split(/\s+/).map(regexEscape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu') }))
  if (named.length === 0) return []
  const findings: Finding[] = []
  for (const block of textBlocks(doc.tree)) {
    const text = textOf(block)
    const links = linksIn(block)
    for (const party of named) {
      const m = party.re.exec(text)
      if (!m) continue
      // "Its own disclosure": a link whose text names the party or whose address is on its site.
      const disclosed = links.some((l) => squash(l.text).includes(party.key) || squash(l.url).includes(party.key))
      if (disclosed) continue
      const line = startLine(block) + (text.slice(0, m.index).match(/\n/g)?.length ?? 0)
      const message =
        links.length > 0
          ? `"${party.name}" is named beside a link that is not its own disclosure: link to its disclosure or do not name it`
          : `"${party.name}" is named without a link to its own public disclosure: do not name and shame, or link to its disclosure`
      findings.push({ rule: 'third-party-unlinked', severity: 'error', message, line })
    }
  }
  return findings
}

function checkTimelineDates(doc: Document): Finding[] {
  const timeline = findSection(sections(doc), 'Timeline')
  if (!timeline) return []
  const findings: Finding[] = []
  for (const node of timeline.content) {
    if (node.type === 'list') {
      for (const item of (node as List).children) {
        const first = item.children[0]
        const text = first ? textOf(first) : ''
        if (!startsWithDate(text)) {
          findings.push({ rule: 'timeline-undated', severity: 'error', message: `timeline entry "${clip(text)}" does not start with a date`, line: startLine(item) })
        }
      }
    } else if (node.type === 'table') {
      for (const row of (node as Table).children.slice(1)) {
        const cell = row.children[0]
        if (!cell || !startsWithDate(textOf(cell))) {
          findings.push({ rule: 'timeline-undated', severity: 'error', message: `timeline row "${clip(textOf(row))}" does not start with a date`, line: startLine(row) })
        }
      }
    }
  }
  return findings
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}
