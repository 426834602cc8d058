/**
 * Slash commands typed in incident comments, one per line (`/ic page`, the runbook's `!ic page`,
 * `/timeline 2026-11-22T09:12Z attacker logged in`, ...). Parsing is pure; a line that starts
 * like a command but cannot be read, or a misspelt command (`/phse next`), becomes an `invalid`
 * command with the reason, so the person gets a clear reply instead of silence. Commands are
 * read only from paragraphs, as GitHub parses the comment: never from code (fenced or
 * indented), HTML (comments, `<pre>`) or block quotes.
 */
import { isIP } from 'node:net'
import type { Paragraph, RootContent } from 'mdast'
import { builtinInline, neutraliseInline } from '../comms/neutralise.js'
import { closest } from '../text/suggest.js'
import { parseMarkdown } from './markdown.js'

export const ROLES = ['deputy', 'scribe', 'sme', 'liaison'] as const
export type Role = (typeof ROLES)[number]

export type IncidentCommand =
  | { name: 'ic-page' }
  | { name: 'ic-assign'; login: string }
  | { name: 'role'; role: Role; login: string }
  | { name: 'sev'; severity: 1 | 2 | 3 | 4 }
  | { name: 'phase'; target: string }
  | { name: 'approve'; gate: string }
  | { name: 'revoke'; gate: string }
  | { name: 'timeline'; at: string; text: string }
  | { name: 'ioc'; value: string; type: IocType }
  | { name: 'compromised'; text: string }
  | { name: 'status'; text: string }
  | { name: 'decision'; decision: string; at: string }
  | { name: 'decision-withdraw'; decision: string }
  | { name: 'filed'; clock: string; at: string; reference: string }
  | { name: 'filed-withdraw'; clock: string }
  | { name: 'evidence'; sha256: string; where: string; what: string }
  | { name: 'custody'; item: string; login: string; note: string }
  | { name: 'released'; draft: ReleasableDraft; reference: string; override: boolean; text?: string }
  | { name: 'help' }
  | { name: 'invalid'; line: string; reason: string }

/** The drafts a person releases (sends or publishes); the law enforcement sheet is ticked contact by contact instead. */
export const RELEASABLE_DRAFTS = ['external-announcement', 'internal-update'] as const
export type ReleasableDraft = (typeof RELEASABLE_DRAFTS)[number]
/** Said after the reference to record a release although the linter still reports errors. */
export const OVERRIDE_FLAG = '--despite-findings'

export type IocType = 'ipv4' | 'ipv6' | 'domain' | 'md5' | 'sha1' | 'sha256' | 'url' | 'email'

export const COMMAND_HELP = [
  ['/ic page', 'page an Incident Commander (also `!ic page`)'],
  ['/ic @login', 'make @login the Incident Commander (assigns the issue)'],
  ['/role deputy|scribe|sme|liaison @login', 'appoint an incident command role'],
  ['/sev 1-4', 'set the severity'],
  ['/phase next | /phase <name>', 'move to the next or a named phase'],
  ['/approve <gate>', 'open a gate (approvers only)'],
  ['/revoke <gate>', 'close a gate again (approvers only)'],
  ['/timeline <ISO time|now> <what happened>', 'add to the attack timeline (backdating allowed)'],
  ['/ioc <ip|domain|hash|url>', 'track an indicator of compromise'],
  ['/compromised <data>', 'record data known to be compromised'],
  ['/status <text>', 'post a status update'],
  ['/decision <name> [ISO time]', 'record a decision a legal clock counts from (`personal-data-breach`, `material`, `major`, …), backdated if given'],
  ['/decision withdraw <name>', 'withdraw a recorded decision (its clocks stop showing)'],
  ['/filed <clock> [ISO time] <reference>', 'record the filing that meets a legal clock, with its reference'],
  ['/filed withdraw <clock>', 'withdraw a filing recorded by mistake'],
  ['/evidence <sha256> <where> <what>', 'register an evidence item (disk image, log export) by its SHA-256 and storage location'],
  ['/custody <item> @login [note]', 'record that @login now holds an evidence item (chain of custody)'],
  [
    '/released external-announcement|internal-update <link or reference>',
    'record that a person published or sent the draft (refused while its gates are closed or the announcement has lint errors; the released text may follow in a fenced block)'
  ],
  ['/help', 'list the commands']
] as const

const LOGIN = /^`?@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?)`?$/
const MAX_TEXT = 500

/** Every command name understood, for "did you mean". */
const COMMAND_NAMES = [
  'ic',
  'role',
  'sev',
  'severity',
  'phase',
  'approve',
  'revoke',
  'timeline',
  'ioc',
  'compromised',
  'status',
  'decision',
  'filed',
  'evidence',
  'custody',
  'released',
  'help'
]

/** `/help`: the commands as a GFM table (a `|` in a cell is escaped, so every row keeps its text). */
export function helpTable(): string {
  const rows = COMMAND_HELP.map(([command, what]) => `| ${builtinInline(`\`${command}\``, { table: true })} | ${builtinInline(what, { table: true })} |`)
  return ['| Command | What it does |', '|---|---|', ...rows].join('\n')
}

/** The commands in a comment body, in order: one per line of a top-level paragraph. */
export function parseCommands(body: string): IncidentCommand[] {
  // Every command line starts with "/" or "!" once trimmed: a comment with none has none (and is not parsed).
  if (!/^\s*[/!]/m.test(body)) return []
  const commands: IncidentCommand[] = []
  const text = body.replace(/\r\n?/g, '\n')
  for (const line of paragraphLines(text)) {
    if (/^!ic\s+page\b/i.test(line)) {
      commands.push({ name: 'ic-page' })
      continue
    }
    const m = /^\/([a-z-]+)(?:\s+(.*))?$/i.exec(line)
    if (!m) continue
    const parsed = parseOne(m[1]!.toLowerCase(), (m[2] ?? '').trim(), line)
    if (parsed) commands.push(parsed)
  }
  if (!commands.some((c) => c.name === 'released')) return commands
  // The text as released, when the person pasted it under the command: the linter checks it instead of the draft.
  const released = firstFencedBlock(text)
  return released === undefined ? commands : commands.map((c) => (c.name === 'released' ? { ...c, text: released } : c))
}

/** The content of the comment's first top-level fenced code block (never of a quote or a list). */
function firstFencedBlock(text: string): string | undefined {
  const block = (parseMarkdown(text).children as RootContent[]).find(
    (n) => n.type === 'code' && n.position && /^(`{3,}|~{3,})/.test(text.slice(n.position.start.offset))
  )
  return block && 'value' in block && block.value.trim() !== '' ? block.value : undefined
}

/**
 * The trimmed source lines of the comment's top-level paragraphs. Block quotes, code, HTML
 * blocks, lists and tables are skipped whole; inside a paragraph, inline HTML (a comment) and
 * code spans that run over several lines are blanked, so a line inside them is no command.
 */
function paragraphLines(text: string): string[] {
  const lines: string[] = []
  for (const node of parseMarkdown(text).children as RootContent[]) {
    if (node.type !== 'paragraph') continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    let source = text.slice(start, end)
    for (const child of (node as Paragraph).children) {
      const cs = child.position?.start.offset
      const ce = child.position?.end.offset
      if (cs === undefined || ce === undefined) continue
      const blank = child.type === 'html' || (child.type === 'inlineCode' && child.position!.start.line !== child.position!.end.line)
      if (blank) source = source.slice(0, cs - start) + source.slice(cs - start, ce - start).replace(/[^\n]/g, ' ') + source.slice(ce - start)
    }
    lines.push(...source.split('\n').map((l) => l.trim()))
  }
  return lines
}

function parseOne(name: string, rest: string, line: string): IncidentCommand | undefined {
  const invalid = (reason: string): IncidentCommand => ({ name: 'invalid', line: line.slice(0, 120), reason })
  const words = rest.split(/\s+/).filter(Boolean)
  switch (name) {
    case 'ic': {
      if (words[0]?.toLowerCase() === 'page') return { name: 'ic-page' }
      const login = LOGIN.exec(words[0] ?? '')?.[1]
      return login ? { name: 'ic-assign', login } : invalid('usage: `/ic page` or `/ic @login`')
    }
    case 'role': {
      const role = words[0]?.toLowerCase()
      const login = LOGIN.exec(words[1] ?? '')?.[1]
      if (!role || !(ROLES as readonly string[]).includes(role))
        return invalid(`unknown role "${neutraliseInline(role ?? '', 40)}": one of ${ROLES.join(', ')}`)
      return login ? { name: 'role', role: role as Role, login } : invalid('usage: `/role <role> @login`')
    }
    case 'sev':
    case 'severity': {
      const level = /^(?:sev-?)?([1-4])$/i.exec(words[0] ?? '')?.[1]
      return level ? { name: 'sev', severity: Number(level) as 1 | 2 | 3 | 4 } : invalid('usage: `/sev 1` … `/sev 4`')
    }
    case 'phase':
      return words[0] ? { name: 'phase', target: words[0].toLowerCase() } : invalid('usage: `/phase next` or `/phase <name>`')
    case 'approve':
    case 'revoke': {
      const gate = words[0]?.toLowerCase().replace(/^gate:/, '')
      return gate ? { name, gate } : invalid(`usage: \`/${name} <gate>\``)
    }
    case 'timeline': {
      const at = parseWhen(words[0] ?? '', words[1])
      if (!at) return invalid('usage: `/timeline <ISO time|now> <what happened>`, e.g. `/timeline 2026-11-22T09:12Z attacker logged in`')
      const text = words.slice(at.consumed).join(' ')
      if (!text) return invalid('say what happened after the time')
      return { name: 'timeline', at: at.iso, text: text.slice(0, MAX_TEXT) }
    }
    case 'ioc': {
      const value = words[0]
      if (!value) return invalid('usage: `/ioc <ip|domain|hash|url>`')
      const type = iocType(value)
      return type
        ? { name: 'ioc', value: normaliseIoc(value, type), type }
        : invalid(`"${neutraliseInline(value, 80)}" is not an IP address, domain, hash, URL or email address`)
    }
    case 'compromised':
      return rest ? { name: 'compromised', text: rest.slice(0, MAX_TEXT) } : invalid('usage: `/compromised <data>`')
    case 'status':
      return rest ? { name: 'status', text: rest.slice(0, MAX_TEXT) } : invalid('usage: `/status <text>`')
    case 'decision':
      return parseDecision(words, invalid)
    case 'filed':
      return parseFiled(words, invalid)
    case 'evidence':
      return parseEvidence(words, invalid)
    case 'custody':
      return parseCustody(words, invalid)
    case 'released':
      return parseReleased(words, invalid)
    case 'help':
      return { name: 'help' }
    default: {
      // A near miss of ours ("/phse", "/aprove") gets a reply; anything else is another bot's command.
      const suggestion = name.length >= 4 ? closest(name, COMMAND_NAMES) : undefined
      return suggestion ? invalid(`unknown command \`/${name}\`: did you mean \`/${suggestion}\`? (\`/help\` lists the commands)`) : undefined
    }
  }
}

const ID = /^[a-z][a-z0-9-]*$/
const MAX_REFERENCE = 200

/** `/decision <name> [time]` or `/decision withdraw <name>`. */
function parseDecision(words: string[], invalid: (reason: string) => IncidentCommand): IncidentCommand {
  const usage = 'usage: `/decision <name> [ISO time]` (e.g. `/decision material 2026-11-20T15:00Z`) or `/decision withdraw <name>`'
  const first = words[0]?.toLowerCase()
  if (first === 'withdraw') {
    const decision = words[1]?.toLowerCase()
    return decision && ID.test(decision) && words.length === 2 ? { name: 'decision-withdraw', decision } : invalid(usage)
  }
  if (!first || !ID.test(first)) return invalid(usage)
  if (words.length === 1) return { name: 'decision', decision: first, at: 'now' }
  const at = parseWhen(words[1]!, words[2])
  if (!at || words.length > 1 + at.consumed) return invalid(`${usage}: the time is an ISO time such as 2026-11-20T15:00Z, and nothing follows it`)
  return { name: 'decision', decision: first, at: at.iso }
}

/** `/filed <clock> [time] <reference>` or `/filed withdraw <clock>`. */
function parseFiled(words: string[], invalid: (reason: string) => IncidentCommand): IncidentCommand {
  const usage = 'usage: `/filed <clock> [ISO time] <reference>` (e.g. `/filed gdpr-art33 DPC-2026-114`) or `/filed withdraw <clock>`'
  const first = words[0]?.toLowerCase()
  if (first === 'withdraw' && words.length === 2) {
    const clock = words[1]!.toLowerCase()
    return ID.test(clock) ? { name: 'filed-withdraw', clock } : invalid(usage)
  }
  if (!first || !ID.test(first)) return invalid(usage)
  const at = words[1] ? parseWhen(words[1], words[2]) : undefined
  const reference = words.slice(1 + (at?.consumed ?? 0)).join(' ')
  if (!reference) return invalid(`${usage}: give the filing's reference (a case, submission or accession number), so it can be found again`)
  return { name: 'filed', clock: first, at: at?.iso ?? 'now', reference: reference.slice(0, MAX_REFERENCE) }
}

const EVIDENCE_USAGE = 'usage: `/evidence <sha256> <where> <what>`, e.g. `/evidence 9f86d0…(64 hex) s3://cold-evidence/img-7.dd disk image of web-3`'
const CUSTODY_USAGE = 'usage: `/custody <item> @login [note]`, e.g. `/custody E-9f86d081 @wendy shipped to the off-site vault`'
/** Where an item is kept: a URI (`s3://…`, `https://…`), a path (`/vault/…`, `\\nas\cases\…`, `case-7/img.dd`) or a reference such as `SEC-123`. */
const STORAGE = /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|[~.]?[\\/]\S+|[\w.-]+[\\/]\S*|#?[A-Za-z][A-Za-z0-9_]*-\d+|#\d+)$/
const MAX_WHERE = 300

/** `/evidence <sha256> <where> <what>`: the hash is lower-cased, the location kept exactly, the description neutralised where it is shown. */
function parseEvidence(words: string[], invalid: (reason: string) => IncidentCommand): IncidentCommand {
  const [hash, where, ...what] = words
  if (!hash || !where || what.length === 0) return invalid(EVIDENCE_USAGE)
  if (!/^[a-f0-9]{64}$/i.test(hash))
    return invalid(`"${neutraliseInline(hash, 80)}" is not a SHA-256 (64 hexadecimal characters; ${hash.length} given). ${EVIDENCE_USAGE}`)
  if (where.length > MAX_WHERE || /[`<>"]/.test(where) || !STORAGE.test(where))
    return invalid(
      `"${neutraliseInline(where, 80)}" is not a storage location: give a URI such as \`s3://cold-evidence/img-7.dd\`, a path such as \`/vault/case-7/img.dd\`, or a reference such as \`SEC-123\``
    )
  return { name: 'evidence', sha256: hash.toLowerCase(), where, what: what.join(' ').slice(0, MAX_TEXT) }
}

/** `/custody <item> @login [note]`: the item is an evidence id (`E-9f86d081`) or the item's SHA-256. */
function parseCustody(words: string[], invalid: (reason: string) => IncidentCommand): IncidentCommand {
  const [item, to, ...note] = words
  if (!item || !to) return invalid(CUSTODY_USAGE)
  if (!EVIDENCE_REF.test(item))
    return invalid(`"${neutraliseInline(item, 80)}" is not an evidence item: give its id (\`E-9f86d081\`) or its SHA-256. ${CUSTODY_USAGE}`)
  const login = LOGIN.exec(to)?.[1]
  if (!login) return invalid(`"${neutraliseInline(to, 80)}" is not a @login. ${CUSTODY_USAGE}`)
  return { name: 'custody', item: item.toLowerCase(), login, note: note.join(' ').slice(0, MAX_TEXT) }
}

/** An evidence id ("E-" and 8 to 64 hex digits of its hash) or the full hash. */
const EVIDENCE_REF = /^(?:e-[a-f0-9]{8,64}|[a-f0-9]{64})$/i

const RELEASED_USAGE = `usage: \`/released <${RELEASABLE_DRAFTS.join('|')}> <link or reference>\`, e.g. \`/released external-announcement https://status.example.com/2026-11-25\``

/** `/released <draft> <link or reference> [--despite-findings]`. */
function parseReleased(words: string[], invalid: (reason: string) => IncidentCommand): IncidentCommand {
  const draft = (words[0] ?? '').toLowerCase()
  if (draft === 'law-enforcement')
    return invalid('the law enforcement sheet is not released: tick each contact in it as it is made (the clocks read `step:law-enforcement`)')
  if (!(RELEASABLE_DRAFTS as readonly string[]).includes(draft)) {
    const near = draft ? closest(draft, [...RELEASABLE_DRAFTS]) : undefined
    return invalid(draft ? `unknown draft \`${neutraliseInline(draft, 40)}\`${near ? `: did you mean \`${near}\`?` : ''} (${RELEASED_USAGE})` : RELEASED_USAGE)
  }
  const rest = words.slice(1)
  const override = rest.some((w) => w.toLowerCase() === OVERRIDE_FLAG)
  const reference = rest.filter((w) => w.toLowerCase() !== OVERRIDE_FLAG).join(' ')
  if (!reference) return invalid(`say where it went: a link, or a few words such as "customer e-mail of 25 November" (${RELEASED_USAGE})`)
  return { name: 'released', draft: draft as ReleasableDraft, reference: reference.slice(0, 200), override }
}

/** "now", "2026-11-22T09:12Z", "2026-11-22T09:12:30+01:00", or "2026-11-22 09:12" (two words). */
function parseWhen(first: string, second: string | undefined): { iso: string; consumed: number } | undefined {
  if (first.toLowerCase() === 'now') return { iso: 'now', consumed: 1 }
  if (/^\d{4}-\d{2}-\d{2}$/.test(first) && second && /^\d{2}:\d{2}(:\d{2})?(z|utc)?$/i.test(second)) {
    const iso = toIso(`${first}T${second.replace(/utc$/i, '').replace(/z$/i, '')}Z`)
    return iso ? { iso, consumed: 2 } : undefined
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(first)) {
    const iso = toIso(first.toUpperCase())
    return iso ? { iso, consumed: 1 } : undefined
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(first)) {
    const iso = toIso(`${first}T00:00Z`)
    return iso ? { iso, consumed: 1 } : undefined
  }
  return undefined
}

function toIso(text: string): string | undefined {
  const ms = Date.parse(text)
  if (Number.isNaN(ms)) return undefined
  const iso = new Date(ms).toISOString()
  // Reject rollovers such as 2026-02-30 (Date would silently make it March 2nd).
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1]
  if (day && !/[+-]\d{2}:?\d{2}$/.test(text) && iso.slice(0, 10) !== day) return undefined
  return iso
}

export function iocType(value: string): IocType | undefined {
  const v = value.replace(/^\[|\]$/g, '')
  const ip = isIP(v)
  if (ip === 4) return 'ipv4'
  if (ip === 6) return 'ipv6'
  if (/^[a-f0-9]{32}$/i.test(v)) return 'md5'
  if (/^[a-f0-9]{40}$/i.test(v)) return 'sha1'
  if (/^[a-f0-9]{64}$/i.test(v)) return 'sha256'
  if (/^h(xx|tt)ps?:\/\/\S+$/i.test(v)) return 'url'
  if (/^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(v)) return 'email'
  if (/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\[?\.\]?)+[a-z]{2,63}$/i.test(v)) return 'domain'
  return undefined
}

/** Lower-cases what is case-insensitive and un-defangs ("evil[.]com", "hxxp://") so duplicates are found. */
function normaliseIoc(value: string, type: IocType): string {
  const v = value.replace(/^\[|\]$/g, '').replace(/\[\.\]/g, '.')
  if (type === 'url') return v.replace(/^hxxp/i, 'http')
  if (type === 'domain' || type === 'md5' || type === 'sha1' || type === 'sha256' || type === 'email') return v.toLowerCase()
  return v
}
