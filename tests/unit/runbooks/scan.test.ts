import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/config/load.js'
import { readCodeOwners, scanRunbooks } from '../../../src/runbooks/scan.js'

const mixed = fileURLToPath(new URL('../../fixtures/runbooks/mixed', import.meta.url))
const runbooks = defaultConfig().runbooks
const today = '2026-03-10'

describe('scanning a repository for runbooks', () => {
  it('checks every runbook the globs match, and keeps only the problems', async () => {
    const tally = await scanRunbooks({ dir: mixed, runbooks, today, codeowners: await readCodeOwners(mixed) })
    expect(tally).toMatchObject({ checked: 7, fresh: 2, stale: 2, broken: 3 })
    expect(tally.problems.every((f) => f.status !== 'fresh')).toBe(true)
    expect(tally.problems.some((f) => f.file.startsWith('notes/'))).toBe(false)
  })

  it('names owners from the runbook first, then from CODEOWNERS', async () => {
    const tally = await scanRunbooks({ dir: mixed, runbooks, today, codeowners: await readCodeOwners(mixed) })
    const ownersOf = (file: string) => tally.problems.find((f) => f.file === file)?.owners
    expect(ownersOf('runbooks/network/ddos.md')).toEqual(['@acme/netops'])
    expect(ownersOf('runbooks/security-incident.md')).toEqual(['@acme/sre'])
  })

  describe('a large runbook', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runbooks-head-'))
    beforeAll(() => {
      mkdirSync(join(dir, 'runbooks'))
      const filler = 'A line of steps that goes on and on.\n'.repeat(1000) // 37 KB: over 16 KiB, under 64 KiB
      writeFileSync(join(dir, 'runbooks', 'header.md'), `# Big\n\nLast Reviewed: 2026-03-01 Last Tested: 2026-03-01\n\n${filler}`)
      writeFileSync(join(dir, 'runbooks', 'footer.md'), `# Big\n\n${filler}\nLast Reviewed: 2026-03-01 Last Tested: 2026-03-01\n`)
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('is read only up to its head: a header is found, a footer past the head is reported missing with where it looked', async () => {
      const tally = await scanRunbooks({ dir, runbooks, today, headBytes: 16 * 1024 })
      expect(tally).toMatchObject({ checked: 2, fresh: 1, broken: 1 })
      expect(tally.problems.map((f) => [f.file, f.field, f.kind])).toEqual([
        ['runbooks/footer.md', 'reviewed', 'missing'],
        ['runbooks/footer.md', 'tested', 'never-tested']
      ])
      expect(tally.problems[0]!.message).toContain('in the first 16 KiB')
    })

    it('is read whole when it fits the default head', async () => {
      const tally = await scanRunbooks({ dir, runbooks, today })
      expect(tally).toMatchObject({ checked: 2, fresh: 2 })
    })
  })

  it('refuses a day that is not a date', async () => {
    await expect(scanRunbooks({ dir: mixed, runbooks, today: '2026-02-30' })).rejects.toThrow('today must be a date')
  })
})
