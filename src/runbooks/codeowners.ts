/**
 * Who owns a runbook when it does not say so itself: the repository's CODEOWNERS file, read the
 * way GitHub reads it. Patterns follow gitignore, with GitHub's documented differences: no `!`
 * negation, no `[ ]` ranges, and `docs/*` owns the files directly in `docs/` but not deeper ones.
 * The last matching line wins; a line with a pattern and no owners leaves those paths unowned.
 */
import { globSource } from './glob.js'

/** Where GitHub looks for the file, in its order: the first one found is used. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

export interface CodeOwnersRule {
  pattern: string
  owners: string[]
  /** 1-based line in CODEOWNERS. */
  line: number
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
    rules.push({ pattern: unescaped, owners, line: index + 1, matches: codeOwnersPattern(unescaped) })
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
 * One CODEOWNERS pattern as a regular expression. A slash at the start or in the middle anchors
 * it to the root; otherwise it matches at any depth. A trailing slash means "a directory". A
 * pattern whose last segment has no wildcard also owns everything under a directory of that name.
 */
export function codeOwnersPattern(pattern: string): RegExp {
  const directoryOnly = pattern.endsWith('/')
  const trimmed = directoryOnly ? pattern.slice(0, -1) : pattern
  const anchored = trimmed.includes('/')
  const body = globSource(trimmed.replace(/^\//, ''), { extended: false, dot: true })
  const lastSegment = trimmed.slice(trimmed.lastIndexOf('/') + 1)
  const below = directoryOnly ? '/.*' : /[*?]/.test(lastSegment) ? '' : '(?:/.*)?'
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}${below}$`)
}
