/**
 * Severity from what the reporter picked in the issue form's dropdown, read by the meaning of the
 * whole option: its leading token ("SEV-1", "P0", "S2", "Level 3", "1 -") or its leading word
 * ("Critical", "High", "Normal"), never a stray digit or word later in the text ("Low - affects
 * < 1% of users" is low). "Not sure" and anything unreadable stay unknown: asked for, not guessed.
 */
export type Level = 1 | 2 | 3 | 4

export interface SeverityOptions {
  /** Option text -> level (or "unknown"), as configured; compared without case, emphasis or emoji. */
  levels?: Record<string, Level | 'unknown'>
  /** Where the form's numbered scale starts: 0 (P0–P3) or 1 (SEV-1–SEV-4); "auto" reads it from the option list, else the option. */
  scaleStartsAt?: 0 | 1 | 'auto'
  /** The dropdown's options in the form's order, most severe first (as in the issue form's YAML), when known. */
  options?: readonly string[]
}

/** Leading words, most severe first within each level; two-word phrases are tried first. */
const WORDS: [string, Level][] = [
  ['very high', 1],
  ['extremely high', 1],
  ['very low', 4],
  ['extremely low', 4],
  ['highest', 1],
  ['critical', 1],
  ['crit', 1],
  ['emergency', 1],
  ['catastrophic', 1],
  ['blocker', 1],
  ['urgent', 1],
  ['immediate', 1],
  ['severe', 1],
  ['showstopper', 1],
  ['major', 2],
  ['high', 2],
  ['serious', 2],
  ['significant', 2],
  ['important', 2],
  ['medium', 3],
  ['med', 3],
  ['moderate', 3],
  ['normal', 3],
  ['average', 3],
  ['elevated', 3],
  ['lowest', 4],
  ['low', 4],
  ['minor', 4],
  ['minimal', 4],
  ['informational', 4],
  ['info', 4],
  ['trivial', 4],
  ['cosmetic', 4],
  ['negligible', 4],
  ['no impact', 4],
  ['none', 4]
]

const UNKNOWN =
  /^(?:not\s+sure|unsure|unknown|i\s+don'?t\s+know|don'?t\s+know|do\s+not\s+know|no\s+idea|n\/?a\b|tbd\b|to\s+be\s+determined|needs?\s+triage|other\b|\?+$)/

/** The scale's token before the number: SEV, Severity, S, P, Priority, Level, Tier, Category. */
const LEADING_NUMBER =
  /^(?:(?:sev(?:erity)?|s|p|pri(?:ority)?|level|lvl|l|tier|cat(?:egory)?|incident\s+level|impact)\s*[-:_#.]?\s*)?(\d)(?![a-z])(?![\d.,%]\d|\d|%|\s*%|\s*(?:users?|customers?|hours?|days?|minutes?|mins?|h|d)\b)/

/** Lowercase, without markdown emphasis, emoji, colour dots or leading punctuation. */
export function normaliseOption(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*_`~]/g, '')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .replace(/^[\s\p{P}\p{S}]+/u, (m) => (/^\?+$/.test(m.trim()) ? m.trim() : ''))
    .replace(/\s+/g, ' ')
    .trim()
}

function leadingWord(t: string): Level | undefined {
  for (const [word, level] of WORDS) if (new RegExp(`^${word}(?![a-z])`).test(t)) return level
  return undefined
}

/** The level word right after a leading number ("P1 — High", "SEV-2 (high)"), for telling the scale's start. */
function wordAfter(t: string): Level | undefined {
  return leadingWord(t.replace(/^[\s\p{P}\p{S}]+/u, ''))
}

/**
 * The severity of one chosen option; null when unknown or unreadable. A number is read on a
 * 1-based scale unless the scale is configured to start at 0, the number is 0, or (for P/S/level
 * scales; SEV scales start at 1) the word after it says the option is one level milder than a
 * 1-based reading ("P1 — High", "S2 - Minor"): that is how a 0-based list reads.
 */
export function readSeverity(text: string | undefined, options: SeverityOptions = {}): Level | null {
  if (!text) return null
  // The field's label echoed in the option ("Impact: High", "Priority: Urgent") is not its meaning.
  const t = normaliseOption(text).replace(/^(?:severity|priority|urgency|impact|criticality)\s*:\s*(?=[a-z])/, '')
  if (!t) return null
  const configured = Object.entries(options.levels ?? {}).find(([option]) => normaliseOption(option) === t)
  if (configured) return configured[1] === 'unknown' ? null : configured[1]
  if (UNKNOWN.test(t)) return null
  const numbered = LEADING_NUMBER.exec(t)
  if (numbered) {
    const n = Number(numbered[1])
    const word = wordAfter(t.slice(numbered[0].length))
    const start = options.scaleStartsAt === 'auto' || options.scaleStartsAt === undefined ? (listStart(options.options) ?? 'auto') : options.scaleStartsAt
    const zeroBased = start === 0 || (start === 'auto' && (n === 0 || (!/^sev/.test(t) && word !== undefined && word >= n + 1)))
    const level = zeroBased ? n + 1 : n
    if (level < 1) return null
    return Math.min(level, 4) as Level
  }
  return leadingWord(t) ?? byPosition(t, options.options) ?? null
}

/** Where the configured option list's numbers start: 0 when any option leads with a 0 ("P0 - Outage"). */
function listStart(list: readonly string[] | undefined): 0 | 1 | undefined {
  const numbers = (list ?? []).map((o) => LEADING_NUMBER.exec(normaliseOption(o))?.[1]).filter((n): n is string => n !== undefined)
  if (numbers.length === 0) return undefined
  return numbers.includes('0') ? 0 : 1
}

/** An option that says nothing by itself, in a configured list of exactly four real levels: its place in the list. */
function byPosition(t: string, list: readonly string[] | undefined): Level | undefined {
  const levels = (list ?? []).map(normaliseOption).filter((o) => o && !UNKNOWN.test(o))
  if (levels.length !== 4) return undefined
  const index = levels.indexOf(t)
  return index < 0 ? undefined : ((index + 1) as Level)
}
