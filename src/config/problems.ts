/**
 * The configuration problems as one short issue comment: what is wrong, where, and that the
 * incident goes on with the defaults. Pure; the text quoted from the file is neutralised.
 */
import { neutraliseInline } from '../comms/neutralise.js'
import { formatProblem, type ConfigProblem } from './load.js'

/** At most this many problems are listed; the rest are counted (the Actions log has them all). */
const MAX_LISTED = 10

/** A short stable key for a set of problems: the same problems give the same key, so they are said once. */
export function configProblemsKey(problems: readonly ConfigProblem[]): string {
  let hash = 0x811c9dc5
  for (const ch of problems.map(formatProblem).sort().join('\n')) {
    hash ^= ch.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** The hidden marker that identifies the comment for this set of problems. */
export function configProblemsMarker(problems: readonly ConfigProblem[]): string {
  return `<!-- incident-kit:config-problems ${configProblemsKey(problems)} -->`
}

/** Markdown for the issue: one line per problem, with file:line, key, value and a suggestion. */
export function renderConfigProblems(problems: readonly ConfigProblem[], options: { fileUrl?: (line?: number) => string } = {}): string {
  if (problems.length === 0) return ''
  const file = problems[0]!.file
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`
  const lines = problems.slice(0, MAX_LISTED).map((p) => {
    const where = `${p.file}${p.line ? `:${p.line}` : ''}`
    const place = options.fileUrl ? `[\`${where}\`](${options.fileUrl(p.line)})` : `\`${where}\``
    const key = p.key ? ` \`${code(p.key)}\`:` : ''
    const got = p.value === undefined ? '' : ` (got \`${code(p.value)}\`)`
    const hint = p.suggestion === undefined ? '' : ` Did you mean \`${code(p.suggestion)}\`?`
    return `- ${place}${key} ${neutraliseInline(p.message, 200)}${got}.${hint}`
  })
  const more = problems.length > MAX_LISTED ? [`- …and ${problems.length - MAX_LISTED} more (see the Actions log).`] : []
  return [
    configProblemsMarker(problems),
    `⚠️ **\`${code(file)}\` has ${count}.** This incident goes on with the defaults for ${problems.length === 1 ? 'that setting' : 'those settings'}; fix the file and the next event uses it.`,
    '',
    ...lines,
    ...more
  ].join('\n')
}

/** Text inside a code span: no backticks or line breaks can escape it (code spans render nothing else). */
function code(text: string): string {
  return text.replace(/[`\r\n]/g, ' ').slice(0, 120)
}
