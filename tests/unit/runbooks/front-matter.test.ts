import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { parseRunbookDates, readFlatFrontMatter, readYamlFrontMatter } from '../../../src/runbooks/dates.js'

/** Flat front matter the direct reader takes: it must read each exactly as the YAML parser does. */
const FLAT = [
  'title: failover 12\nowner: \'@acme/sre\'\nlast_reviewed: 2026-01-02\nlast_tested: "2025-12-01"\nreview_interval: 90\n',
  'last_reviewed: 2026-01-02\r\nlast_tested: 2025-12-01\r\n',
  '# freshness\nlast_reviewed: 2026-01-02   \n\n  # indented comment\nlast_tested:\n',
  'Last Reviewed: 2026-01-02\nLast Tested: January 12, 2024\n',
  'lastReviewed: 2026/01/02\nlast-tested: 2026-01-02T10:00:00Z\n',
  "review_in: 6 months\ntest_every: '2 weeks'\nreview_interval: 090\ntest_interval: 0\n",
  'review_only: true\nowner: alice, bob\n',
  'review_only: yes\nreview_interval: ninety\n',
  'review_only: True\nowners: "alice bob"\n',
  'title: it\'s a "thing" [draft] {v2}\nlast_reviewed: YYYY-MM-DD\nlast_tested: TBD\n',
  'last_reviewed: \nlast_tested: never\n',
  'last_reviewed: 2026-01-02\n# last_tested: 2025-01-01\n',
  'last_reviewed:\r\nlast_tested:   '
]

/** Front matter only the YAML parser can read right: the direct reader must step aside. */
const NOT_FLAT = [
  'owners:\n  - alice\n  - bob\nlast_reviewed: 2026-01-02\n',
  'tags: [a, b]\nlast_reviewed: 2026-01-02\n',
  'base: &d 2026-01-02\nlast_reviewed: *d\n',
  'last_reviewed: 2026-01-02\nlast_reviewed: 2026-01-03\n',
  'review_interval: 1.5\nlast_tested: 2026-01-02\n',
  'review_interval: 1e2\nlast_tested: 2026-01-02\n',
  'review_interval: 0x5A\nlast_tested: 2026-01-02\n',
  'last_tested: ~\n',
  'last_tested: null\n',
  'review_only: false\nlast_tested: 2026-01-02\n',
  'owner: @acme/sre\nlast_tested: 2026-01-02\n',
  'description: |\n  a block\nlast_tested: 2026-01-02\n',
  'title: a long\n  wrapped title\nlast_tested: 2026-01-02\n',
  'title: a: b\nlast_tested: 2026-01-02\n',
  'title: see #3\nlast_tested: 2026-01-02 # after the drill\n',
  'last_tested:\t2026-01-02\n',
  'last_tested: "2026-01-02\\n"\n',
  'key:value\nlast_tested: 2026-01-02\n',
  'last_tested: 2026-01-02\nnot a key\n',
  'null: x\nlast_tested: 2026-01-02\n'
]

describe('flat front matter read without the YAML parser', () => {
  it.each(FLAT)('reads %j as YAML does', (yaml) => {
    const flat = readFlatFrontMatter(yaml)
    expect(flat).toBeDefined()
    expect(flat).toEqual(readYamlFrontMatter(yaml))
  })

  it.each(NOT_FLAT)('leaves %j to the YAML parser', (yaml) => {
    expect(readFlatFrontMatter(yaml)).toBeUndefined()
  })

  it('reads every fixture runbook the same either way', () => {
    const root = fileURLToPath(new URL('../../fixtures/runbooks', import.meta.url))
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))
    let compared = 0
    for (const file of files) {
      const yaml = /^\uFEFF?---\r?\n([\s\S]*?)^---/m.exec(readFileSync(join(root, file), 'utf8'))?.[1]
      const flat = yaml === undefined ? undefined : readFlatFrontMatter(yaml)
      if (flat === undefined) continue
      expect(flat).toEqual(readYamlFrontMatter(yaml!))
      compared++
    }
    expect(compared).toBeGreaterThan(3)
  })

  it('falls back to the YAML parser for a list of owners, and still reads the dates and owners', () => {
    const dates = parseRunbookDates('---\nowners:\n  - alice\n  - bob\nlast_tested: 2026-01-02\nreview_interval: 1.5\n---\n# Failover\n')
    expect(dates.owners).toEqual(['alice', 'bob'])
    expect(dates.tested).toMatchObject({ source: 'front-matter', written: '2026-01-02', line: 5, date: { kind: 'valid' } })
    expect(dates.problems).toEqual([{ line: 6, message: 'review_interval must be a whole number of days, such as 90, or a period such as "6 months"' }])
  })

  it('falls back to the YAML parser for a duplicate key, which is an error on its line', () => {
    const dates = parseRunbookDates('---\nlast_tested: 2026-01-02\nlast_tested: 2026-01-03\n---\n')
    expect(dates.problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('not valid YAML') })])
  })
})
