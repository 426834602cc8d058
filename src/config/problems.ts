/**
 * The configuration problems as one short issue comment: what is wrong, where, and that the
 * incident goes on with the defaults. Pure; the text quoted from the file is neutralised.
 */
import { neutraliseInline } from '../comms/neutralise.js'
import type { Existing } from '../incident/model.js'
import type { Change } from '../incident/plan.js'
import { formatProblem, type ConfigProblem } from './load.js'

/** The comment kind of the problems comment: one per incident, edited when the problems change. */
export const CONFIG_PROBLEMS_KIND = 'config-problems'

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
    `<!-- incident-kit:kind=${CONFIG_PROBLEMS_KIND} -->`,
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

/**
 * What to write on an incident about the configuration's problems: a new comment the first time,
 * the same comment edited when the problems differ from what it says, nothing when it says them
 * already (or there are none). So each distinct set of problems is said once.
 */
export function configProblemsChange(
  problems: readonly ConfigProblem[] | undefined,
  existing: Pick<Existing, 'others'>,
  issue: number,
  options: { fileUrl?: (line?: number) => string } = {}
): Change | undefined {
  if (!problems || problems.length === 0) return undefined
  const current = existing.others[CONFIG_PROBLEMS_KIND]
  if (current?.body.includes(configProblemsMarker(problems))) return undefined
  const body = renderConfigProblems(problems, options)
  return current ? { kind: 'edit-comment', commentId: current.id, body } : { kind: 'reply', issue, body }
}
