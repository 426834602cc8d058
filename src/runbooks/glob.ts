/**
 * The configured runbook globs (`runbooks.paths`) applied to paths, for the pull-request check,
 * which has only the changed paths to test. The scan lists files with tinyglobby, and tinyglobby
 * matches with picomatch: this matcher uses picomatch with the options and the reading of each
 * pattern that tinyglobby's scan uses, so the check and the scan agree on what is a runbook.
 */
import { posix } from 'node:path'
import picomatch from 'picomatch'

/**
 * The picomatch options tinyglobby matches with, given the scan's options (scan.ts leaves dot,
 * case, braces, extglobs and globstars at tinyglobby's defaults): dot files are left out.
 */
const TINYGLOBBY_MATCH_OPTIONS: picomatch.PicomatchOptions = {
  dot: false,
  nobrace: false,
  nocase: false,
  noextglob: false,
  noglobstar: false,
  posix: true
}

/**
 * One pattern as tinyglobby reads it before matching: a trailing `/` is dropped, a pattern that
 * does not end in `*` also stands for everything under a directory of that name (its default
 * `expandDirectories`), and the path is normalised (`./runbooks` is `runbooks`).
 */
function asTinyglobbyReadsIt(pattern: string): string {
  const trimmed = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern
  return posix.normalize(trimmed.endsWith('*') ? trimmed : `${trimmed}/**`)
}

/**
 * A matcher for the configured runbook globs, with the meaning tinyglobby gives them: relative to
 * the root, whole path, dot files left out, `!pattern` excludes (`!(...)` is an extglob, not an
 * exclusion, and `!!pattern` is ignored, as in tinyglobby).
 */
export function runbookMatcher(globs: readonly string[]): (path: string) => boolean {
  const include: string[] = []
  const exclude: string[] = []
  for (const glob of globs) {
    if (!glob.startsWith('!') || glob.startsWith('!(')) include.push(asTinyglobbyReadsIt(glob))
    else if (!glob.startsWith('!!') || glob.startsWith('!!(')) exclude.push(asTinyglobbyReadsIt(glob.slice(1)))
  }
  const isIncluded = picomatch(include, TINYGLOBBY_MATCH_OPTIONS)
  const isExcluded = picomatch(exclude, TINYGLOBBY_MATCH_OPTIONS)
  return (path) => {
    const relative = path.replace(/^\.\//, '')
    return isIncluded(relative) && !isExcluded(relative)
  }
}
