/**
 * Reads the answers of the "Security incident" issue form from the issue body. GitHub renders
 * each field as a `### Label` heading followed by the answer ("_No response_" when empty).
 */
import { parseMarkdown, textOf } from './markdown.js'

export type FormAnswers = Record<string, string>

const NO_RESPONSE = '_No response_'

/** Heading text -> answer text (trimmed, original markdown of the answer kept). */
export function parseFormAnswers(body: string | null | undefined): FormAnswers {
  if (!body) return {}
  const tree = parseMarkdown(body)
  const answers: FormAnswers = {}
  const headings = tree.children
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => node.type === 'heading' && node.depth === 3)
  headings.forEach(({ node }, i) => {
    const start = node.position?.end.offset ?? 0
    const next = headings[i + 1]?.node.position?.start.offset ?? body.length
    const answer = body.slice(start, next).trim()
    answers[textOf(node).trim()] = answer === NO_RESPONSE ? '' : answer
  })
  return answers
}

/** The answer to the first heading that matches `pattern` (e.g. /severity/i). */
export function answerFor(answers: FormAnswers, pattern: RegExp): string | undefined {
  const key = Object.keys(answers).find((k) => pattern.test(k))
  return key === undefined ? undefined : answers[key]
}

const SEVERITY_WORDS: Record<string, number> = { critical: 1, high: 2, medium: 3, moderate: 3, low: 4, minor: 4 }

/**
 * 1..4 from "SEV-1", "Sev 1", "sev:2", "S3", "1 - critical", "High"; null for "Not sure",
 * blanks and anything else: an unknown severity is asked for, never guessed.
 */
export function parseSeverity(text: string | undefined): 1 | 2 | 3 | 4 | null {
  if (!text) return null
  const t = text.toLowerCase()
  if (/not\s*sure|unknown|don'?t\s*know/.test(t)) return null
  const numbered = /(?:^|[^a-z0-9])(?:sev(?:erity)?|s|p)?\s*[-:_ ]?\s*([1-4])(?![0-9])/.exec(t)
  if (numbered) return Number(numbered[1]) as 1 | 2 | 3 | 4
  for (const [word, level] of Object.entries(SEVERITY_WORDS)) {
    if (new RegExp(`\\b${word}\\b`).test(t)) return level as 1 | 2 | 3 | 4
  }
  return null
}

/**
 * An ISO time from the "detected (UTC)" answer: "2026-11-22 09:12", "2026-11-22T09:12Z",
 * "2026-11-22". Undefined when absent or unreadable (the caller keeps the raw answer).
 */
export function parseDetectedAt(text: string | undefined): string | undefined {
  if (!text) return undefined
  const m = /(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(?:z|utc)?/i.exec(text)
  if (!m) return undefined
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}Z`
  const ms = Date.parse(iso)
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return undefined
  return new Date(ms).toISOString()
}
