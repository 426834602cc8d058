import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ownersOf, parseCodeOwners } from '../../../src/runbooks/codeowners.js'
import { runbookMatcher } from '../../../src/runbooks/glob.js'
import { scanRunbooks } from '../../../src/runbooks/scan.js'

// The examples of GitHub's CODEOWNERS documentation.
const GITHUB_EXAMPLE = `# These owners will be the default owners for everything in the repo.
*       @global-owner1 @global-owner2

# Order is important; the last matching pattern takes the most precedence.
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
`

describe('CODEOWNERS', () => {
  const codeowners = parseCodeOwners(GITHUB_EXAMPLE)

  it('the last matching pattern wins', () => {
    expect(ownersOf(codeowners, 'README.md')).toEqual(['@global-owner1', '@global-owner2'])
    expect(ownersOf(codeowners, 'src/index.js')).toEqual(['@js-owner'])
    expect(ownersOf(codeowners, 'main.go')).toEqual(['docs@example.com'])
  })

  it('a pattern without a slash matches at any depth', () => {
    expect(ownersOf(codeowners, 'deep/nested/notes.txt')).toEqual(['@octo-org/octocats'])
  })

  it('a directory pattern owns everything beneath it', () => {
    expect(ownersOf(codeowners, 'scripts/deploy/run.sh')).toEqual(['@doctocat', '@octocat'])
    expect(ownersOf(codeowners, 'docs/build-app/troubleshooting.md')).toEqual(['@doctocat'])
  })

  it('a trailing-slash pattern without a leading slash matches a directory anywhere', () => {
    expect(ownersOf(codeowners, 'services/apps/main.py')).toEqual(['@octocat'])
  })

  it('docs/* owns the files directly in docs, not deeper ones', () => {
    const only = parseCodeOwners('docs/*  docs@example.com\n')
    expect(ownersOf(only, 'docs/getting-started.md')).toEqual(['docs@example.com'])
    expect(ownersOf(only, 'docs/build-app/troubleshooting.md')).toEqual([])
  })

  it('**/logs owns a logs directory at any depth', () => {
    expect(ownersOf(codeowners, 'deeply/nested/logs/today.log')).toEqual(['@octocat'])
  })

  it('a pattern with no owners leaves its paths unowned', () => {
    expect(ownersOf(codeowners, 'apps/github/readme.md')).toEqual([])
    expect(ownersOf(codeowners, 'apps/web/readme.md')).toEqual(['@octocat'])
  })

  it('remembers the line of each rule', () => {
    expect(codeowners.rules[0]).toMatchObject({ pattern: '*', line: 2 })
  })
})

describe('CODEOWNERS patterns, read as gitignore reads them', () => {
  const owner = (pattern: string, path: string) => ownersOf(parseCodeOwners(`${pattern} @o`), path).length > 0

  it('a leading slash anchors a pattern to the root', () => {
    expect(owner('/docs/', 'docs/a.md')).toBe(true)
    expect(owner('/docs/', 'guide/docs/a.md')).toBe(false)
    expect(owner('/build/logs/', 'build/logs/today.log')).toBe(true)
    expect(owner('/build/logs/', 'x/build/logs/today.log')).toBe(false)
    expect(owner('/*.md', 'README.md')).toBe(true)
    expect(owner('/*.md', 'docs/README.md')).toBe(false)
  })

  it('a slash in the middle anchors a pattern too', () => {
    expect(owner('docs/guide.md', 'docs/guide.md')).toBe(true)
    expect(owner('docs/guide.md', 'site/docs/guide.md')).toBe(false)
  })

  it('a pattern without a slash, other than a trailing one, matches at any depth', () => {
    expect(owner('*.md', 'README.md')).toBe(true)
    expect(owner('*.md', 'a/b/c/notes.md')).toBe(true)
    expect(owner('apps/', 'apps/web/main.py')).toBe(true)
    expect(owner('apps/', 'services/apps/main.py')).toBe(true)
    expect(owner('apps/', 'services/webapps/main.py')).toBe(false)
    expect(owner('Makefile', 'tools/Makefile')).toBe(true)
  })

  it('a trailing slash owns everything under a directory, not a file of that name', () => {
    expect(owner('docs/', 'docs/a.md')).toBe(true)
    expect(owner('docs/', 'docs/x/y/z.md')).toBe(true)
    expect(owner('docs/', 'docs')).toBe(false)
    expect(owner('docs/**', 'docs/x/y/z.md')).toBe(true)
    expect(owner('docs/**', 'docs')).toBe(false)
  })

  it('a pattern without wildcards owns a file or a directory of that name', () => {
    expect(owner('/apps/github', 'apps/github')).toBe(true)
    expect(owner('/apps/github', 'apps/github/readme.md')).toBe(true)
    expect(owner('/apps/github', 'apps/github-pages/readme.md')).toBe(false)
  })

  it('* does not cross a slash and ** does', () => {
    expect(owner('/src/*.js', 'src/index.js')).toBe(true)
    expect(owner('/src/*.js', 'src/lib/index.js')).toBe(false)
    expect(owner('/src/**/*.js', 'src/lib/deep/index.js')).toBe(true)
    expect(owner('/src/**/*.js', 'src/index.js')).toBe(true)
    expect(owner('a/**/b', 'a/b')).toBe(true)
    expect(owner('a/**/b', 'a/x/y/b')).toBe(true)
    expect(owner('?.md', 'a.md')).toBe(true)
    expect(owner('?.md', 'ab.md')).toBe(false)
  })

  it('wildcards match dot files and dot directories', () => {
    expect(owner('*', '.env')).toBe(true)
    expect(owner('*', '.github/workflows/ci.yml')).toBe(true)
    expect(owner('*.yml', '.github/workflows/ci.yml')).toBe(true)
    expect(owner('/docs/', 'docs/.hidden/a.md')).toBe(true)
  })

  it('braces, brackets, parentheses and a leading ! are plain text', () => {
    expect(owner('{a,b}.md', '{a,b}.md')).toBe(true)
    expect(owner('{a,b}.md', 'a.md')).toBe(false)
    expect(owner('[ab].md', '[ab].md')).toBe(true)
    expect(owner('[ab].md', 'a.md')).toBe(false)
    expect(owner('notes(old).md', 'x/notes(old).md')).toBe(true)
    expect(owner('notes(old).md', 'notesold.md')).toBe(false)
    expect(owner('!a.md', '!a.md')).toBe(true)
    expect(owner('!a.md', 'b.md')).toBe(false)
  })

  it('the last matching rule wins, even over a more specific earlier one', () => {
    const codeowners = parseCodeOwners('/docs/api/ @api\n*.md @writers\n')
    expect(ownersOf(codeowners, 'docs/api/index.md')).toEqual(['@writers'])
    expect(ownersOf(codeowners, 'docs/api/spec.yml')).toEqual(['@api'])
  })

  it('reads paths given with a leading ./ or /', () => {
    const codeowners = parseCodeOwners('/docs/ @docs\n')
    expect(ownersOf(codeowners, './docs/a.md')).toEqual(['@docs'])
    expect(ownersOf(codeowners, '/docs/a.md')).toEqual(['@docs'])
  })
})

describe('the runbook globs', () => {
  it('match as tinyglobby matches them: anchored, ** for any depth, dot files left out', () => {
    const isRunbook = runbookMatcher(['runbooks/**/*.md', '!runbooks/drafts/**'])
    expect(isRunbook('runbooks/a.md')).toBe(true)
    expect(isRunbook('runbooks/db/failover.md')).toBe(true)
    expect(isRunbook('docs/runbooks/a.md')).toBe(false)
    expect(isRunbook('runbooks/a.txt')).toBe(false)
    expect(isRunbook('runbooks/.template.md')).toBe(false)
    expect(isRunbook('runbooks/drafts/new.md')).toBe(false)
  })

  it('understand braces', () => {
    const isRunbook = runbookMatcher(['{runbooks,playbooks}/*.{md,markdown}'])
    expect(isRunbook('playbooks/a.markdown')).toBe(true)
    expect(isRunbook('runbooks/a.md')).toBe(true)
    expect(isRunbook('runbooks/x/a.md')).toBe(false)
  })

  it('read a directory as everything under it, as tinyglobby does', () => {
    for (const glob of ['runbooks', 'runbooks/', './runbooks']) {
      const isRunbook = runbookMatcher([glob])
      expect(isRunbook('runbooks/a.md')).toBe(true)
      expect(isRunbook('runbooks/db/failover.md')).toBe(true)
      expect(isRunbook('runbooks/.template.md')).toBe(false)
      expect(isRunbook('docs/a.md')).toBe(false)
    }
    const withoutDrafts = runbookMatcher(['runbooks/**/*.md', '!runbooks/drafts'])
    expect(withoutDrafts('runbooks/drafts/new.md')).toBe(false)
    expect(withoutDrafts('runbooks/new.md')).toBe(true)
  })

  it('understand character classes, ? and extglobs, and take !( as an extglob rather than an exclusion', () => {
    expect(runbookMatcher(['runbooks/[a-c]*.md'])('runbooks/b.md')).toBe(true)
    expect(runbookMatcher(['runbooks/[a-c]*.md'])('runbooks/d.md')).toBe(false)
    expect(runbookMatcher(['runbooks/?.md'])('runbooks/a.md')).toBe(true)
    expect(runbookMatcher(['runbooks/?.md'])('runbooks/ab.md')).toBe(false)
    expect(runbookMatcher(['runbooks/*.+(md|txt)'])('runbooks/a.txt')).toBe(true)
    const notDocs = runbookMatcher(['!(docs)/**/*.md'])
    expect(notDocs('runbooks/a.md')).toBe(true)
    expect(notDocs('docs/a.md')).toBe(false)
  })

  it('accept a path given with a leading ./', () => {
    expect(runbookMatcher(['runbooks/**/*.md'])('./runbooks/a.md')).toBe(true)
  })

  describe('agree with the scan on which files are runbooks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runbook-globs-'))
    const files = [
      'runbooks/a.md',
      'runbooks/b.markdown',
      'runbooks/.template.md',
      'runbooks/.drafts/a.md',
      'runbooks/drafts/new.md',
      'runbooks/db/failover.md',
      'runbooks/db/notes.txt',
      'runbooks/x.md/inside.md',
      'playbooks/p.md',
      'docs/runbooks/a.md',
      'README.md'
    ]
    beforeAll(() => {
      for (const file of files) {
        mkdirSync(join(dir, dirname(file)), { recursive: true })
        writeFileSync(join(dir, file), '# No dates\n')
      }
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    const globSets: string[][] = [
      ['runbooks/**/*.md'],
      ['runbooks/**/*.md', '!runbooks/drafts/**'],
      ['runbooks/**/*.{md,markdown}', '!runbooks/drafts'],
      ['{runbooks,playbooks}/*.md'],
      ['runbooks'],
      ['./runbooks/db/'],
      ['**/*.md', '!docs/**'],
      ['!(docs)/**/*.md']
    ]
    it.each(globSets.map((globs) => [globs.join(' '), globs] as const))('%s', async (_, paths) => {
      // Every file found is a runbook without dates, so the files with problems are the files found.
      const tally = await scanRunbooks({ dir, runbooks: { paths, reviewedMaxDays: 90, testedMaxDays: 180 }, today: '2026-03-10' })
      const scanned = [...new Set(tally.problems.map((f) => f.file))].sort()
      expect(files.filter(runbookMatcher(paths)).sort()).toEqual(scanned)
    })
  })
})
