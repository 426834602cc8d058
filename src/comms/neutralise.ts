/**
 * Text a person typed goes back into markdown only through these functions: mentions do not
 * ping, HTML (including comments that could forge a state block) does not render, template
 * syntax is not evaluated, and inline text cannot start a new line, task or table cell.
 */

const ZWJ = '\u2060' // WORD JOINER: invisible, breaks "@login" and "{{" without changing what a reader sees

/** Neutralises multi-line text (quoted report fields). */
export function neutraliseBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
    .replace(/\{\{/g, `{${ZWJ}{`)
    .replace(/\}\}/g, `}${ZWJ}}`)
    .replace(/`/g, '\\`')
}

/** Neutralises text that must stay on one line: a list item, a table cell, a heading. */
export function neutraliseInline(text: string, maxLength = 300): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine
  return neutraliseBlock(cut)
    .replace(/\|/g, '\\|')
    .replace(/\[( |x|X)\]/g, '\\[$1]')
    .replace(/^([#>*+-]|\d+[.)])(?=\s|$)/, '\\$1')
}

/** Quotes multi-line text as a markdown blockquote, neutralised. */
export function quote(text: string): string {
  const body = neutraliseBlock(text.trim())
  if (body === '') return '> _(empty)_'
  return body
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}

/**
 * A login shown without pinging its owner: in a code span, where GitHub never notifies. It
 * reads and copies as plain `@login`, so pasting it into `/ic @login` works (no invisible
 * characters in what the bot prints about people).
 */
export function quietLogin(login: string): string {
  return `\`@${login.replace(/[^A-Za-z0-9[\]/_.-]/g, '')}\``
}

/**
 * Text that ships with the kit or the repository's configuration (runbook steps, help): its
 * code spans are kept as written (they render literally, never ping, never become HTML), and
 * the rest is neutralised like inline text. In a table cell (`table`), a `|` inside a code span
 * is escaped too, as GFM requires.
 */
export function builtinInline(text: string, options: { maxLength?: number; table?: boolean } = {}): string {
  const maxLength = options.maxLength ?? 300
  const oneLine = text.replace(/\s+/g, ' ').trim()
  const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine
  const out: string[] = []
  let last = 0
  for (const m of cut.matchAll(CODE_SPAN)) {
    out.push(plainInline(cut.slice(last, m.index)), options.table ? m[0].replace(/\|/g, '\\|') : m[0])
    last = m.index + m[0].length
  }
  out.push(plainInline(cut.slice(last)))
  return out.join('').replace(/^([#>*+-]|\d+[.)])(?=\s|$)/, '\\$1')
}

/**
 * The last guard on a line the bot composes for a table cell (a timeline entry): built-in text
 * with code spans and people's text already neutralised. It changes nothing a second time, so
 * text that was neutralised is not escaped twice: one line; no HTML (a forged hidden block);
 * every unescaped `|` escaped (GFM requires it even inside code spans); no mention pings and no
 * template syntax outside code spans.
 */
export function tableSafe(text: string, maxLength = 400): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine
  const guarded = cut.replace(/</g, '&lt;').replace(/(?<!\\)\|/g, '\\|')
  const out: string[] = []
  let last = 0
  const quiet = (plain: string) =>
    plain
      .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
      .replace(/\{\{/g, `{${ZWJ}{`)
      .replace(/\}\}/g, `}${ZWJ}}`)
  for (const m of guarded.matchAll(CODE_SPAN)) {
    out.push(quiet(guarded.slice(last, m.index)), m[0])
    last = m.index + m[0].length
  }
  out.push(quiet(guarded.slice(last)))
  return out.join('')
}

/** A run of backticks, content, and the same run again (a CommonMark code span). */
const CODE_SPAN = /(`+)(?!`)[^\n]*?[^`]\1(?!`)/g

/** Plain text between code spans: a lone backtick stays escaped, it would otherwise open a span. */
function plainInline(text: string): string {
  return neutraliseBlock(text)
    .replace(/\|/g, '\\|')
    .replace(/\[( |x|X)\]/g, '\\[$1]')
}

/** A login that pings (only for people the action itself addresses: the IC, an owner, a team). */
export function mention(login: string): string {
  return `@${login.replace(/[^A-Za-z0-9[\]/_.-]/g, '')}`
}
