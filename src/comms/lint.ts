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
import { parse as parseYaml } from 'yaml'
import type { Config } from '../config/schema.js'
import { findTerms, type SensitiveTerm } from './sensitive.js'
import { DEFAULT_BANNED_FAMILIES, DEFAULT_BANNED_PHRASES, type DatePlace, type RequiredSection } from '../config/schema.js'

export const LINT_RULES = {
  'title-date':
    'The notice carries its full date where readers look first: the title, the line under it, a dateline or the first sentence (config `announcement.dateIn`); a date without its day or year is a warning.',
  'banned-phrase':
    'No stock phrases such as "we take security very seriously" or "protecting your information is our top priority" (families of variants, any case, spacing or intensifier).',
  'missing-section':
    'Every required section is present as a heading, matched by meaning ("What we\'re doing about it" is "What we are doing"), with a "did you mean" for near misses.',
  'empty-section': 'Every required section has content.',
  placeholder: 'No unresolved placeholders: TODO, TBD, XXX, FIXME, [insert …], "{{".',
  'leak-codename': 'The internal codename does not appear.',
  'leak-privilege-marker': '"Attorney Work Project" (an internal marker) does not appear.',
  'leak-internal-host': 'No internal host names (config `announcement.internalHostPatterns`).',
  'leak-private-ip': 'No private, loopback or link-local IP addresses.',
  'leak-incident-term':
    'No host, address or indicator named anywhere in the incident (IOCs, affected systems, timelines, compromised data), in any case or defanged spelling.',
  'third-party-unlinked': 'A third party is named only beside a link to its own public disclosure.',
  'timeline-undated': 'Every entry of the Timeline section starts with a date, or sits under a dated heading.'
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
  /** Family name -> phrases; "…" in a phrase stands for up to ten words of one sentence. */
  bannedFamilies?: Readonly<Record<string, readonly string[]>>
  requiredSections?: readonly RequiredSection[]
  /** Where the notice's date may stand; default everywhere a reader looks first. */
  dateIn?: readonly DatePlace[]
  /** Regular expressions (case-insensitive) tested against every host-like word. */
  internalHostPatterns?: readonly string[]
  codename?: string
  /** Names of third parties that may only be named beside a link to their own disclosure. */
  parties?: readonly string[]
  /** The incident's hosts, addresses and indicators, each with where it was recorded (see sensitive.ts). */
  sensitiveTerms?: readonly SensitiveTerm[]
}

/** The linter's options from the config, plus the incident's codename and third parties. */
export function lintOptionsFromConfig(
  config: Pick<Config, 'announcement'>,
  extra: { codename?: string; parties?: readonly string[]; sensitiveTerms?: readonly SensitiveTerm[] } = {}
): LintOptions {
  return {
    bannedPhrases: config.announcement.bannedPhrases,
    bannedFamilies: config.announcement.bannedFamilies,
    requiredSections: config.announcement.requiredSections,
    dateIn: config.announcement.dateIn,
    internalHostPatterns: config.announcement.internalHostPatterns,
    ...(extra.codename ? { codename: extra.codename } : {}),
    ...(extra.parties ? { parties: extra.parties } : {}),
    ...(extra.sensitiveTerms ? { sensitiveTerms: extra.sensitiveTerms } : {})
  }
}

/** Every finding in `markdown`, by line. Throws only for a host pattern that is not a valid regular expression. */
export function lintAnnouncement(markdown: string, options: LintOptions = {}): Finding[] {
  const doc = parseDocument(markdown)
  const findings = [
    ...checkTitleDate(doc, options.dateIn ?? DATE_PLACES),
    ...checkBannedPhrases(doc, options.bannedPhrases ?? DEFAULT_BANNED_PHRASES, options.bannedFamilies ?? DEFAULT_BANNED_FAMILIES),
    ...checkSections(doc, options.requiredSections ?? []),
    ...checkPlaceholders(doc),
    ...checkCodename(doc, options.codename),
    ...checkPrivilegeMarker(doc),
    ...checkInternalHosts(doc, options.internalHostPatterns ?? []),
    ...checkPrivateIps(doc),
    ...checkIncidentTerms(doc, options.sensitiveTerms ?? []),
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
  /** The text as given: leaks are searched here, front matter included. */
  source: string
  tree: Root
  /** Offset of the start of each line (index 0 is line 1). */
  lineStarts: number[]
  /** The text without its front matter (blank lines in its place, so lines still count right). */
  body: string
  /** The front matter's `title`, when the notice has one (a Jekyll or Hugo page). */
  frontTitle?: { text: string; line: number }
  /** The front matter's `date`: the page shows it under the title. */
  frontDate?: { text: string; line: number }
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

/** YAML front matter: not text of the notice (its `---` is no title), but its `title` is the page's title. */
function frontMatter(source: string): { blanked: string; title?: { text: string; line: number }; date?: { text: string; line: number } } {
  const m = FRONT_MATTER.exec(source)
  if (!m) return { blanked: source }
  const blanked = m[0].replace(/[^\r\n]/g, '') + source.slice(m[0].length)
  let data: Record<string, unknown> = {}
  try {
    // The written text counts, not what YAML makes of it: a date stays a string.
    const parsed = parseYaml(m[1]!, { schema: 'failsafe' }) as unknown
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>
  } catch {
    // Front matter that is not YAML is still not part of the notice.
  }
  const lineOf = (key: string) => 2 + (m[1]!.slice(0, Math.max(0, m[1]!.search(new RegExp(`^${key}\\s*:`, 'm')))).match(/\n/g)?.length ?? 0)
  const field = (key: string) => (typeof data[key] === 'string' && data[key] !== '' ? { text: data[key] as string, line: lineOf(key) } : undefined)
  const title = field('title')
  const date = field('date')
  return { blanked, ...(title ? { title } : {}), ...(date ? { date } : {}) }
}

function parseDocument(source: string): Document {
  const front = frontMatter(source)
  const tree = fromMarkdown(front.blanked, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1)
  return {
    source,
    body: front.blanked,
    tree,
    lineStarts,
    ...(front.title ? { frontTitle: front.title } : {}),
    ...(front.date ? { frontDate: front.date } : {})
  }
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
/** "November 3", "3rd of November": a day without its year. */
const MONTH_DAY = new RegExp(`(?<![\\w])(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS}))(?![\\w])`, 'i')
/** A year written in a heading ("Timeline (2026)"): entries under it may give only month and day. */
const YEAR = /\b(?:19|20)\d{2}\b/
/** Words that may come before a timeline entry's date: "On 12 January 2026, …", "Between …". */
const LEADING_WORDS = /^(?:on|between|from|starting|beginning|since|by|around|as of|at)\s+/i

/** A date missing its day ("July 2021") or its year ("November 3"): the same warning wherever it stands. */
export function partialDateIn(text: string): string | undefined {
  if (MONTH_YEAR.test(text)) return 'a month but no day'
  if (MONTH_DAY.test(text)) return 'a day but no year'
  return undefined
}

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
  const trimmed = text
    .trimStart()
    .replace(/^[*_]+/, '')
    .replace(LEADING_WORDS, '')
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
 * The title: the front matter's `title`, else the first block when it is a heading, else the
 * first top-level heading of level 1, else the first non-empty line (a notice pasted as plain text).
 */
function titleOf(doc: Document): Title | undefined {
  if (doc.frontTitle) return doc.frontTitle
  const blocks = doc.tree.children.filter((n) => n.type !== 'html' && n.type !== 'definition')
  const first = blocks[0]
  const heading = first?.type === 'heading' ? first : blocks.find((n): n is Heading => n.type === 'heading' && n.depth === 1)
  if (heading) return { heading, text: textOf(heading), line: startLine(heading) }
  const lines = doc.body.split('\n')
  const index = lines.findIndex((l) => l.trim() !== '')
  return index < 0 ? undefined : { text: lines[index]!, line: index + 1 }
}

export const DATE_PLACES = ['title', 'under-title', 'dateline', 'first-sentence'] as const

/** The text at each place a reader looks for the date, with its line. */
function datePlaces(doc: Document, title: Title): Record<DatePlace, { text: string; line: number } | undefined> {
  // Blocks after the title: the line under it, a dateline, the first sentence.
  const following = doc.tree.children.filter((n) => (n.position?.start.line ?? 0) > title.line && n.type !== 'html' && n.type !== 'definition')
  // Only the lead, before the first section heading, is where a reader looks for the date.
  const firstHeading = following.findIndex((n) => n.type === 'heading')
  const after = firstHeading < 0 ? following : following.slice(0, firstHeading)
  const firstBlock = following[0]
  const underTitle =
    doc.frontDate ?? (firstBlock && firstBlock.type !== 'heading' ? { text: textOf(firstBlock).split('\n')[0] ?? '', line: startLine(firstBlock) } : undefined)
  // A dateline: a short line, or the lead of a paragraph up to its dash ("SAN FRANCISCO, Jan. 12, 2026 —"), or "Date: …" / "Posted …".
  const paragraphs = after.filter((n) => n.type === 'paragraph').slice(0, 3)
  const dateline = paragraphs
    .map((p) => ({ first: textOf(p).split('\n')[0] ?? '', line: startLine(p) }))
    .map(({ first, line }) => ({
      text:
        /^(?:[^.!?]{0,80}?)\s[—–-]{1,2}\s/.exec(first)?.[0] ??
        (first.length <= 120 || /^(?:date|dated|posted|published|updated|issued)\b/i.test(first) ? first : ''),
      line
    }))
    .find((d) => containsDate(d.text) || partialDateIn(d.text) !== undefined)
  // The first sentence of the first paragraph after the title (a salutation such as "Dear customer," is skipped).
  const lead = paragraphs.map((p) => ({ text: textOf(p), line: startLine(p) })).find((p) => !/^(?:dear|hello|hi)\b[^\n]*[,:]?\s*$/i.test(p.text.trim()))
  const sentence = lead
    ? {
        text:
          /^[\s\S]*?(?:[.!?](?=\s|$)|$)/.exec(
            lead.text.replace(/\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|inc|ltd|corp)\./gi, (m) => m.slice(0, -1))
          )?.[0] ?? '',
        line: lead.line
      }
    : undefined
  return { title: { text: title.text, line: title.line }, 'under-title': underTitle, dateline, 'first-sentence': sentence }
}

function checkTitleDate(doc: Document, where: readonly DatePlace[]): Finding[] {
  const found = titleOf(doc)
  if (!found) return [{ rule: 'title-date', severity: 'error', message: 'the announcement is empty: it needs a title with the date', line: 1 }]
  const places = datePlaces(doc, found)
  const allowed = where.map((w) => places[w]).filter((p): p is { text: string; line: number } => p !== undefined)
  if (allowed.some((p) => containsDate(p.text))) return []
  const partial = allowed.map((p) => ({ p, what: partialDateIn(p.text) })).find((x) => x.what !== undefined)
  const title = found.text.trim()
  const placesSaid = where.map((w) => w.replace('-', ' ')).join(', ')
  if (partial) {
    return [
      {
        rule: 'title-date',
        severity: 'warning',
        message: `"${clip(partial.p.text)}" has ${partial.what}: give the full date (such as "12 January 2026")`,
        line: partial.p.line
      }
    ]
  }
  return [
    {
      rule: 'title-date',
      severity: 'error',
      message: `no date in the title "${title}" (looked in: ${placesSaid}): include it so the notice is never taken for a new breach`,
      line: found.line
    }
  ]
}

// Banned phrases: compared word by word after normalising case, spacing, contractions,
// intensifiers and verb forms, so "We are taking your security extremely seriously" is caught.

const CONTRACTIONS: Record<string, string[]> = { "'re": ['are'], "'ve": ['have'], "'ll": ['will'], "'m": ['am'], "'s": [], "n't": ['not'], "'": [] }
/** Words that change nothing about the phrase: intensifiers and auxiliaries. */
const FILLER = new Set([
  'very',
  'extremely',
  'incredibly',
  'really',
  'truly',
  'deeply',
  'most',
  'utmost',
  'always',
  'highly',
  'absolutely',
  'genuinely',
  'greatly',
  'so',
  'are',
  'is',
  'am',
  'have',
  'has',
  'will',
  'do',
  'does',
  'continue',
  'continues',
  'to'
])
const LEMMAS: Record<string, string> = {
  takes: 'take',
  taking: 'take',
  taken: 'take',
  took: 'take',
  priorities: 'priority',
  customers: 'customer',
  users: 'user'
}
/** How many extra words may sit between two words of a phrase ("the security of our customers"). */
const MAX_GAP = 3

interface Token {
  word: string
  start: number
  end: number
  /** Which sentence of the text the word is in: a phrase never runs across a full stop. */
  sentence: number
}

function tokens(text: string): Token[] {
  const out: Token[] = []
  const stops = [...text.matchAll(/[.!?](?=\s|$)/g)].map((m) => m.index)
  let sentence = 0
  for (const m of text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .matchAll(/[a-z0-9]+(?:'[a-z]*)?/g)) {
    let word = m[0]
    const start = m.index
    const end = start + word.length
    while (sentence < stops.length && stops[sentence]! < start) sentence++
    const contraction = Object.keys(CONTRACTIONS).find((c) => word.endsWith(c) && word.length > c.length)
    const extra = contraction ? CONTRACTIONS[contraction]! : []
    if (contraction) word = word.slice(0, -contraction.length)
    for (const w of [word, ...extra]) {
      const lemma = LEMMAS[w] ?? w
      if (!FILLER.has(lemma)) out.push({ word: lemma, start, end, sentence })
    }
  }
  return out
}

/** One word of a phrase, and how many other words may stand before it ("…" in a phrase allows up to ten, within one sentence). */
interface Step {
  word: string
  gap: number
}

const ELLIPSIS_GAP = 10

function phraseSteps(phrase: string): Step[] {
  return phrase.split(/…|\.\.\./).flatMap((part, i) => tokens(part).map((t, j) => ({ word: t.word, gap: i > 0 && j === 0 ? ELLIPSIS_GAP : MAX_GAP })))
}

/** The first place `phrase` occurs in `text` in order, allowing small gaps; [start, end) offsets. */
function findPhrase(text: Token[], phrase: Step[]): [number, number] | undefined {
  if (phrase.length === 0) return undefined
  for (let i = 0; i < text.length; i++) {
    if (text[i]!.word !== phrase[0]!.word) continue
    let at = i
    let matched = 1
    while (matched < phrase.length) {
      const { word, gap } = phrase[matched]!
      let next = -1
      for (let j = at + 1; j <= at + 1 + gap && j < text.length && text[j]!.sentence === text[i]!.sentence; j++) {
        if (text[j]!.word === word) {
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

function checkBannedPhrases(doc: Document, phrases: readonly string[], families: Readonly<Record<string, readonly string[]>>): Finding[] {
  const listed = [
    ...phrases.map((phrase) => ({ phrase, family: undefined as string | undefined })),
    ...Object.entries(families).flatMap(([family, list]) => list.map((phrase) => ({ phrase, family })))
  ]
  const normalised = [
    ...new Map(
      listed.map((p) => [
        phraseSteps(p.phrase)
          .map((t) => `${t.gap}:${t.word}`)
          .join(' '),
        p
      ])
    ).values()
  ].map((p) => ({ ...p, steps: phraseSteps(p.phrase) }))
  const findings: Finding[] = []
  for (const block of textBlocks(doc.tree)) {
    const text = textOf(block)
    const words = tokens(text)
    const reported: [number, number][] = []
    for (const { phrase, family, steps } of normalised) {
      const hit = findPhrase(words, steps)
      // Several listed phrases often match the same words: report the words once.
      if (!hit || reported.some(([s, e]) => hit[0] < e && s < hit[1])) continue
      reported.push(hit)
      const line = startLine(block) + (text.slice(0, hit[0]).match(/\n/g)?.length ?? 0)
      const said = text.slice(hit[0], hit[1]).replace(/\s+/g, ' ')
      const kind = family ? `the "${family}" family: "${phrase}"` : `"${phrase}"`
      findings.push({ rule: 'banned-phrase', severity: 'error', message: `"${said}" is a banned phrase (${kind}): say what was done instead`, line })
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

/** Contractions and question forms people use in headings, written out: "What are we doing?" -> "what we are doing". */
const HEADING_FORMS: [RegExp, string][] = [
  [/\bwe're\b/g, 'we are'],
  [/\bwe've\b/g, 'we have'],
  [/\byou're\b/g, 'you are'],
  [/\bwhat's\b/g, 'what is'],
  [/\bwhat are we\b/g, 'what we are'],
  [/\bwhat have we\b/g, 'what we have'],
  [/\bwhat can you\b/g, 'what you can'],
  [/\bwhat should you\b/g, 'what you should'],
  [/\bwhat can i\b/g, 'what you can'],
  [/\bwhat should i\b/g, 'what you should'],
  [/\bwhat was\b/g, 'what information was'],
  [/\bwhat did\b/g, 'what'],
  // "What is the university doing?", "What has Acme done?": the organisation speaking of itself.
  [/\bwhat (?:is|are|has|have) (?:the |our )?[\p{L}&.-]+(?: [\p{L}&.-]+)? (doing|done)\b/gu, 'what we are $1'],
  [/\b(?:about it|about this|next)$/g, '']
]

function normaliseHeading(text: string): string {
  let t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
  for (const [re, to] of HEADING_FORMS) t = t.replace(re, to)
  return t
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * What each default section may be called, by meaning: the headings of the California model
 * notice (Cal. Civ. Code § 1798.82: "What Happened", "What Information Was Involved", "What We
 * Are Doing", "What You Can Do", "For More Information") and what real notices write instead.
 */
export const SECTION_MEANINGS: Record<string, string[]> = {
  'what happened': [
    'what happened',
    'summary',
    'overview',
    'background',
    'what occurred',
    'what is happening',
    'description of the incident',
    'about the incident',
    'incident details',
    'details of the incident',
    'summary of the incident',
    'incident summary',
    'what happened and when'
  ],
  timeline: [
    'timeline',
    'timeline of events',
    'chronology',
    'key dates',
    'sequence of events',
    'when did this happen',
    'when it happened',
    'what happened and when'
  ],
  'what information was involved': [
    'what information was involved',
    'what information was affected',
    'what information was accessed',
    'what data was involved',
    'what data was affected',
    'what personal information was involved',
    'which information was involved',
    'information involved',
    'data involved',
    'information affected',
    'what information was impacted'
  ],
  'what we are doing': [
    'what we are doing',
    'what we have done',
    'what we are doing to protect you',
    'what we did',
    'steps we are taking',
    'steps we have taken',
    'our response',
    'actions we have taken',
    'actions taken',
    'how we are responding',
    'how we responded'
  ],
  'what you can do': [
    'what you can do',
    'what you should do',
    'what you need to do',
    'steps you can take',
    'what you can do to protect yourself',
    'recommended actions',
    'how to protect yourself',
    'how you can protect yourself',
    'what should you do',
    'recommended steps'
  ]
}

interface Wanted {
  name: string
  alternatives: string[]
}

function wantedSection(section: RequiredSection): Wanted {
  const name = typeof section === 'string' ? section : section.heading
  const own = typeof section === 'string' ? [] : section.alternatives
  const builtIn = SECTION_MEANINGS[normaliseHeading(name)] ?? []
  return { name, alternatives: [...new Set([name, ...own, ...builtIn].map(normaliseHeading).filter(Boolean))] }
}

function findSection(all: Section[], wanted: Wanted): Section | undefined {
  const patterns = wanted.alternatives.map((alt) => new RegExp(`(?:^| )${regexEscape(alt)}(?: |$)`))
  return all.find((s) => wanted.alternatives.includes(normaliseHeading(s.title))) ?? all.find((s) => patterns.some((re) => re.test(normaliseHeading(s.title))))
}

/** How many dates and times of day a text gives. */
function datesIn(text: string): number {
  const dates = DATE_RES.reduce((count, re) => count + [...text.matchAll(re)].filter((m) => validDate(m.groups ?? {})).length, 0)
  return dates + (text.match(/\b\d{1,2}:\d{2}\b/g)?.length ?? 0)
}

/** The notice's lead: what stands between the title and the first section heading. */
function leadOf(doc: Document): string {
  const title = titleOf(doc)
  const after = doc.tree.children.filter((n) => (n.position?.start.line ?? 0) > (title?.line ?? 0))
  const end = after.findIndex((n) => n.type === 'heading')
  return (end < 0 ? after : after.slice(0, end)).map((n) => textOf(n)).join('\n')
}

/**
 * Sections a notice may give without their heading: a timeline told in prose (the story of
 * what happened with its date, or two or more dates and times anywhere), and what happened told in
 * the lead paragraphs before the first heading (a blog post's introduction).
 */
function toldInProse(doc: Document, all: Section[], wanted: Wanted): boolean {
  if (wanted.alternatives.includes('timeline')) {
    const happened = findSection(all, wantedSection('What happened'))
    const story = happened ? happened.content.map((n) => textOf(n)).join('\n') : ''
    const body = [leadOf(doc), ...all.map((s) => s.content.map((n) => textOf(n)).join('\n'))].join('\n')
    return datesIn(story) >= 1 || datesIn(body) >= 2
  }
  if (wanted.alternatives.includes('what happened')) {
    const lead = leadOf(doc).trim()
    return lead.length >= 80 && (lead.match(/[.!?](?=\s|$)/g)?.length ?? 0) >= 2
  }
  return false
}

/** How alike two headings are, 0..1, by their words (Dice coefficient over word bigrams and words). */
function likeness(a: string, b: string): number {
  const wa = a.split(' ').filter(Boolean)
  const wb = new Set(b.split(' ').filter(Boolean))
  if (wa.length === 0 || wb.size === 0) return 0
  const shared = wa.filter((w) => wb.has(w)).length
  return (2 * shared) / (wa.length + wb.size)
}

/** The heading that comes closest to a missing section, when close enough to be a near miss. */
function nearMiss(all: Section[], wanted: Wanted): Section | undefined {
  let best: { section: Section; score: number } | undefined
  for (const section of all) {
    const heading = normaliseHeading(section.title)
    const score = Math.max(...wanted.alternatives.map((alt) => likeness(heading, alt)))
    if (score >= 0.5 && (!best || score > best.score)) best = { section, score }
  }
  return best?.section
}

function checkSections(doc: Document, required: readonly RequiredSection[]): Finding[] {
  const all = sections(doc)
  const title = titleOf(doc)
  const findings: Finding[] = []
  for (const wanted of required.map(wantedSection)) {
    const section = findSection(all, wanted)
    if (!section && toldInProse(doc, all, wanted)) continue
    if (!section) {
      const near = nearMiss(all, wanted)
      findings.push(
        near
          ? {
              rule: 'missing-section',
              severity: 'error',
              message: `the required section "${wanted.name}" is missing: did you mean "${near.title.trim()}" (line ${startLine(near.heading)})? Rename it, or add it under announcement.requiredSections alternatives`,
              line: startLine(near.heading)
            }
          : {
              rule: 'missing-section',
              severity: 'error',
              message: `the required section "${wanted.name}" is missing: add a "## ${wanted.name}" heading`,
              line: title?.line ?? 1
            }
      )
    } else if (section.content.every((n) => textOf(n).trim() === '')) {
      findings.push({ rule: 'empty-section', severity: 'error', message: `the section "${wanted.name}" is empty`, line: startLine(section.heading) })
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
      throw new Error(
        `announcement.internalHostPatterns: "${p}" is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`,
        { cause: error }
      )
    }
  })
  if (compiled.length === 0) return []
  const findings: Finding[] = []
  for (const m of doc.source.matchAll(HOST_LIKE)) {
    const host = m[0]
    if (isIP(host) !== 0) continue
    if (compiled.some((re) => re.test(host))) {
      findings.push({
        rule: 'leak-internal-host',
        severity: 'error',
        message: `internal host name "${host}" must not appear in a public announcement`,
        line: lineAt(doc, m.index)
      })
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

function checkIncidentTerms(doc: Document, terms: readonly SensitiveTerm[]): Finding[] {
  return findTerms(doc.source, terms).map((m) => ({
    rule: 'leak-incident-term' as const,
    severity: 'error' as const,
    message: `names \`${m.term}\`, from ${m.source}: describe it in public words, or leave it out`,
    line: m.line
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
    .map((name) => ({
      name,
      key: squash(name),
      re: new RegExp(`(?<![\\p{L}\\p{N}])${name.split(/\s+/).map(regexEscape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu')
    }))
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
  const timeline = findSection(sections(doc), wantedSection('Timeline'))
  if (!timeline) return []
  // Entries under a dated Timeline heading or a dated sub-heading ("### 12 January 2026") have their day.
  let dated = containsDate(timeline.title)
  const sectionDated = dated
  // A year in the Timeline heading or a sub-heading lets entries give only month and day ("Jan 3").
  let year = YEAR.test(timeline.title)
  const sectionYear = year
  const findings: Finding[] = []
  const undated = (text: string) => !dated && !startsWithDate(text) && !(year && startsWithMonthDay(text))
  for (const node of timeline.content) {
    if (node.type === 'heading') {
      dated = sectionDated || containsDate(textOf(node))
      year = sectionYear || YEAR.test(textOf(node))
    } else if (node.type === 'list') {
      for (const item of (node as List).children) {
        const first = item.children[0]
        const text = first ? textOf(first) : ''
        if (undated(text)) {
          findings.push(timelineFinding(text, text, startLine(item), 'entry'))
        }
      }
    } else if (node.type === 'table') {
      for (const row of (node as Table).children.slice(1)) {
        const cell = row.children[0]
        const cellText = cell ? textOf(cell) : ''
        if (!cell || undated(cellText)) {
          findings.push(timelineFinding(row.children.map((c) => textOf(c)).join(' | '), cellText, startLine(row), 'row'))
        }
      }
    }
  }
  return findings
}

/** Whether an entry starts with a month and day ("Jan 3", "3 January"). */
function startsWithMonthDay(text: string): boolean {
  const lead = text
    .trimStart()
    .replace(/^[*_]+/, '')
    .replace(LEADING_WORDS, '')
  return MONTH_DAY.exec(lead)?.index === 0
}

/** An undated entry; one that starts with a day but no year ("3 November:") is a warning, as in the title. */
function timelineFinding(text: string, start: string, line: number, what: 'entry' | 'row'): Finding {
  const lead = start
    .trimStart()
    .replace(/^[*_]+/, '')
    .replace(LEADING_WORDS, '')
    .slice(0, 40)
  const partial = partialDateIn(lead.split(/[:,–—-]\s/)[0] ?? '')
  return partial
    ? { rule: 'timeline-undated', severity: 'warning', message: `timeline ${what} "${clip(text)}" starts with ${partial}: give the full date`, line }
    : { rule: 'timeline-undated', severity: 'error', message: `timeline ${what} "${clip(text)}" does not start with a date`, line }
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}
