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

/** A login shown without pinging its owner. */
export function quietLogin(login: string): string {
  return `@${ZWJ}${login.replace(/[^A-Za-z0-9[\]/_.-]/g, '')}`
}

/** A login that pings (only for people the action itself addresses: the IC, an owner, a team). */
export function mention(login: string): string {
  return `@${login.replace(/[^A-Za-z0-9[\]/_.-]/g, '')}`
}
