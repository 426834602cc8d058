import { describe, expect, it } from '@jest/globals'
import { ownersOf, parseCodeOwners } from '../../../src/runbooks/codeowners.js'
import { runbookMatcher } from '../../../src/runbooks/glob.js'

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
})
