/**
 * Reads the answers of the "Security incident" issue form from the issue body. GitHub renders
 * each field as a `### Label` heading followed by the answer ("_No response_" when empty).
 */
import { readDetection, type Detection, type DetectionOptions } from './detected.js'
import { parseMarkdown, textOf } from './markdown.js'
import { readSeverity, type Level, type SeverityOptions } from './severity.js'

export type FormAnswers = Record<string, string>

/** GitHub's "_No response_", also as `\_No response\_` or `*No response*` once a person has edited the body. */
const NO_RESPONSE = /^(?:\\?[_*]){1,2}No response(?:\\?[_*]){1,2}$/i
/** HTML comments at the end of an answer: invisible on GitHub, added by tools and templates. */
const TRAILING_COMMENTS = /(?:\s*<!--[\s\S]*?-->)+\s*$/

/** Heading text -> answer text (trimmed, original markdown of the answer kept). Headings without text are not fields. */
export function parseFormAnswers(body: string | null | undefined): FormAnswers {
  if (!body) return {}
  const tree = parseMarkdown(body)
  const answers: FormAnswers = {}
  const headings = tree.children.map((node, index) => ({ node, index })).filter(({ node }) => node.type === 'heading' && node.depth === 3)
  headings.forEach(({ node }, i) => {
    const label = textOf(node).trim()
    if (!label) return
    const start = node.position?.end.offset ?? 0
    const next = headings[i + 1]?.node.position?.start.offset ?? body.length
    const answer = body.slice(start, next).replace(TRAILING_COMMENTS, '').trim()
    answers[label] = NO_RESPONSE.test(answer) ? '' : answer
  })
  return answers
}

/** The answer to the first heading that matches `pattern` (e.g. /severity/i). */
export function answerFor(answers: FormAnswers, pattern: RegExp): string | undefined {
  const key = Object.keys(answers).find((k) => pattern.test(k))
  return key === undefined ? undefined : answers[key]
}

/** A label as compared with configured fields: lowercase words only ("Impact level?" -> "impact level"). */
function fieldName(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * The answer of the field named by `fields` (its label, or its id: GitHub writes only labels into
 * the issue, so an id matches the label it was made from, "impact-level" ~ "Impact level"); the
 * first label matching `fallback` when no field is configured.
 */
export function fieldOf(answers: FormAnswers, fields: readonly string[], fallback: readonly RegExp[]): string | undefined {
  const labels = Object.keys(answers)
  if (fields.length > 0) {
    const wanted = new Set(fields.map(fieldName))
    return labels.find((k) => wanted.has(fieldName(k)))
  }
  for (const pattern of fallback) {
    const found = labels.find((k) => pattern.test(k))
    if (found !== undefined) return found
  }
  return undefined
}

/** Labels that name a severity dropdown in real forms, best first ("Impact" alone is often a free-text field). */
export const SEVERITY_FIELD = [
  /\b(?:severity|sev)\b/i,
  /\b(?:priority|urgency|criticality|impact level|incident level|severity level)\b/i,
  /\bhow (?:severe|bad|urgent)\b/i,
  /\bimpact\b/i
]
/** Labels that name the detection-time field. */
export const DETECTED_FIELD = [/\bdetect(?:ed|ion)\b/i, /\b(?:discovered|noticed|first seen|first observed|spotted)\b/i]

export interface FormReadOptions {
  severity?: SeverityOptions & { fields?: readonly string[] }
  detected?: DetectionOptions & { fields?: readonly string[] }
}

/** Severity and detection time from the form's answers, as configured (`form.*`). */
export function readForm(answers: FormAnswers, options: FormReadOptions = {}): { severity: Level | null; detection: Detection } {
  const severityLabel = fieldOf(answers, options.severity?.fields ?? [], SEVERITY_FIELD)
  const severity = readSeverity(severityLabel === undefined ? undefined : answers[severityLabel], options.severity)
  const detectedLabel = fieldOf(answers, options.detected?.fields ?? [], DETECTED_FIELD)
  const answer = detectedLabel === undefined ? undefined : answers[detectedLabel]
  // A label that says "(UTC)" fixes the zone of a time written without one.
  const assumeZone = detectedLabel && /\b(?:utc|gmt)\b/i.test(detectedLabel) ? 'UTC' : options.detected?.assumeZone
  return { severity, detection: readDetection(answer, assumeZone === undefined ? {} : { assumeZone }) }
}

/**
 * 1..4 from "SEV-1", "Sev 1", "sev:2", "S3", "1 - critical", "High", "P0"; null for "Not sure",
 * blanks and anything else: an unknown severity is asked for, never guessed.
 */
export function parseSeverity(text: string | undefined): Level | null {
  return readSeverity(text)
}

/** An ISO time from the "detected" answer; undefined when absent or unreadable (see readDetection for why). */
export function parseDetectedAt(text: string | undefined): string | undefined {
  const read = readDetection(text)
  return read.kind === 'time' ? read.iso : undefined
}
