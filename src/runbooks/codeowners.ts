/**
 * Who owns a runbook when it does not say so itself: the repository's CODEOWNERS file, read the
 * way GitHub reads it. Patterns follow gitignore, with GitHub's documented differences: no `!`
 * negation, no `[ ]` ranges, and `docs/*` owns the files directly in `docs/` but not deeper ones.
 * The last matching line wins; a line with a pattern and no owners leaves those paths unowned.
 */
import picomatch from 'picomatch'

/** Where GitHub looks for the file, in its order: the first one found is used. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

export interface CodeOwnersRule {
  pattern: string
  owners: string[]
  /** 1-based line in CODEOWNERS. */
  line: number
  /** The paths (relative to the repository root) the pattern covers, compiled by picomatch. */
  matches: RegExp
}

export interface CodeOwners {
  rules: CodeOwnersRule[]
}

/** Parses CODEOWNERS text; comment lines, blank lines and inline `#` comments are skipped. */
export function parseCodeOwners(text: string): CodeOwners {
  const rules: CodeOwnersRule[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line === '') return
    const [pattern, ...owners] = line.split(/\s+/)
    if (pattern === undefined) return
    const unescaped = pattern.replace(/^\\#/, '#')
    rules.push({ pattern: unescaped, owners, line: index + 1, matches: picomatch.makeRe(codeOwnersGlob(unescaped), CODEOWNERS_MATCH_OPTIONS) })
  })
  return { rules }
}

/** The owners of `path` (relative to the repository root): those of the last matching rule. */
export function ownersOf(codeowners: CodeOwners, path: string): string[] {
  const relative = path.replace(/^\.?\//, '')
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i]!
    if (rule.matches.test(relative)) return rule.owners
  }
  return []
}

/**
 * How picomatch reads a CODEOWNERS glob: `*` and `**` match names starting with a dot too, and
 * `{a,b}`, `[abc]`, extglobs and a leading `!` are plain text, as they are to GitHub. Paths are
 * `/`-separated on every platform.
 */
const CODEOWNERS_MATCH_OPTIONS: picomatch.PicomatchOptions = {
  dot: true,
  nobrace: true,
  nobracket: true,
  noextglob: true,
  nonegate: true,
  windows: false
}

// One CODEOWNERS pattern as a picomatch glob over paths relative to the root, read as gitignore
// reads it. A slash at the start or in the middle anchors it to the root; otherwise it matches at
// any depth (`*.md` is `**/*.md`, `apps/` is `**/apps/**/*`). A trailing slash means everything
// under a directory (`/build/` is `build/**/*`). A pattern whose last segment has no wildcard is a
// file or a directory (`/apps/github` is `apps/github/**`, which matches `apps/github` itself too).
// `*` stays within a segment and `**` crosses segments, as picomatch has them.
function codeOwnersGlob(pattern: string): string {
  const directoryOnly = pattern.endsWith('/')
  const trimmed = directoryOnly ? pattern.slice(0, -1) : pattern
  const anchored = trimmed.includes('/')
  // Parentheses and double quotes are literal in CODEOWNERS; picomatch has no option for them.
  const body = trimmed.replace(/^\//, '').replace(/\\.|[()"]/g, (c) => (c.length === 2 ? c : `\\${c}`))
  const lastSegment = trimmed.slice(trimmed.lastIndexOf('/') + 1)
  let below = ''
  if (directoryOnly) below = '/**/*'
  else if (lastSegment === '**')
    below = '/*' // `docs/**`: what is inside docs, not a file named docs
  else if (!/[*?]/.test(lastSegment)) below = '/**'
  return `${anchored ? '' : '**/'}${body}${below}`
}
