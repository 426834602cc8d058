/**
 * Glob patterns as regular expressions over `/`-separated paths relative to the repository root.
 * The scan lists files with tinyglobby; pure code (the pull-request check, CODEOWNERS) has only
 * paths to test, so it matches them here with the same meaning for the patterns people write:
 * `*`, `?`, `**` as a whole segment, `{a,b}`, `[abc]`, `\` escapes, and `!` to exclude.
 */

export interface GlobOptions {
  /** `{a,b}` alternatives and `[abc]` classes (CODEOWNERS supports neither). */
  extended: boolean
  /** Whether `*` and `**` match names starting with a dot (tinyglobby: no; CODEOWNERS: yes). */
  dot: boolean
}

const SPECIAL = /[.+^${}()|[\]\\*?]/g

function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, '\\$&')
}

/** The regular-expression source of one glob (unanchored: the caller adds `^`/`$`). */
export function globSource(glob: string, options: GlobOptions): string {
  const noDot = options.dot ? '' : '(?!\\.)'
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    const segmentStart = i === 0 || glob[i - 1] === '/'
    if (c === '*') {
      if (glob[i + 1] === '*' && segmentStart && (i + 2 === glob.length || glob[i + 2] === '/')) {
        // `**` as a whole segment: any number of directories, including none.
        if (i + 2 === glob.length) out += `(?:${noDot}[^/]*(?:/${noDot}[^/]*)*)?`
        else out += `(?:${noDot}[^/]*/)*`
        i += 2
        continue
      }
      while (glob[i + 1] === '*') i++
      out += `${segmentStart ? noDot : ''}[^/]*`
      continue
    }
    if (c === '?') {
      out += `${segmentStart ? noDot : ''}[^/]`
      continue
    }
    if (c === '\\' && i + 1 < glob.length) {
      out += escapeRegExp(glob[++i]!)
      continue
    }
    if (options.extended && c === '{') {
      const close = matchingBrace(glob, i)
      const alternatives = close === -1 ? [] : splitTopLevel(glob.slice(i + 1, close))
      if (alternatives.length > 1) {
        out += `(?:${alternatives.map((a) => globSource(a, options)).join('|')})`
        i = close
        continue
      }
    }
    if (options.extended && c === '[') {
      const close = glob.indexOf(']', i + 2)
      if (close !== -1) {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')
        out += `[${body}]`
        i = close
        continue
      }
    }
    out += escapeRegExp(c)
  }
  return out
}

function matchingBrace(glob: string, open: number): number {
  let depth = 0
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '\\') i++
    else if (glob[i] === '{') depth++
    else if (glob[i] === '}' && --depth === 0) return i
  }
  return -1
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++
    else if (body[i] === '{') depth++
    else if (body[i] === '}') depth--
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i))
      start = i + 1
    }
  }
  parts.push(body.slice(start))
  return parts
}

/**
 * A matcher for the configured runbook globs (`runbooks.paths`), with the meaning tinyglobby gives
 * them: relative to the root, whole path, dot files excluded, `!pattern` excludes.
 */
export function runbookMatcher(globs: readonly string[]): (path: string) => boolean {
  const compile = (g: string) => new RegExp(`^${globSource(g.replace(/^\.\//, ''), { extended: true, dot: false })}$`)
  const include = globs.filter((g) => !g.startsWith('!')).map(compile)
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => compile(g.slice(1)))
  return (path) => {
    const relative = path.replace(/^\.\//, '')
    return include.some((r) => r.test(relative)) && !exclude.some((r) => r.test(relative))
  }
}
