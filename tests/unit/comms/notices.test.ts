/**
 * Realistic breach notices (tests/fixtures/notices/), some good and some with the faults
 * announcements typically have. For each, exactly which rules fire.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/config/load.js'
import { lintAnnouncement, lintOptionsFromConfig, type LintRule } from '../../../src/comms/lint.js'

const DIR = join(process.cwd(), 'tests/fixtures/notices')
const OPTIONS = lintOptionsFromConfig(defaultConfig(), { codename: 'amber-heron', parties: ['Helpdeskly', 'Snowfall Data'] })

/** Notice file -> the rule ids that fire on it (sorted, each once). */
const EXPECTED: Record<string, LintRule[]> = {
  '01-good-support-dashboard.md': [],
  '02-good-plain-title-line.md': [],
  '03-no-date-in-title.md': ['title-date'],
  '04-seriously.md': ['banned-phrase'],
  '05-missing-sections.md': ['empty-section', 'missing-section'],
  '06-unfinished-draft.md': ['placeholder'],
  '07-leaks.md': ['leak-codename', 'leak-internal-host', 'leak-private-ip', 'leak-privilege-marker'],
  '08-names-vendor.md': ['third-party-unlinked'],
  '09-undated-timeline.md': ['timeline-undated'],
  '10-month-only-title.md': ['title-date'],
  '11-good-timeline-table.md': [],
  '12-rushed-draft.md': ['banned-phrase', 'leak-internal-host', 'missing-section', 'placeholder', 'third-party-unlinked', 'timeline-undated', 'title-date']
}

function lint(file: string) {
  return lintAnnouncement(readFileSync(join(DIR, file), 'utf8'), OPTIONS)
}

describe('breach notices', () => {
  it('has at least ten notices, each with its expected findings listed here', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.md'))
      .sort()
    expect(files.length).toBeGreaterThanOrEqual(10)
    expect(files).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(Object.entries(EXPECTED))('%s fires exactly %j', (file, rules) => {
    const fired = [...new Set(lint(file).map((f) => f.rule))].sort()
    expect(fired).toEqual(rules)
  })

  it('a good notice has no findings at all, not even warnings', () => {
    expect(lint('01-good-support-dashboard.md')).toEqual([])
    expect(lint('11-good-timeline-table.md')).toEqual([])
  })

  it('a title with only a month and a year is a warning, not an error', () => {
    expect(lint('10-month-only-title.md')).toEqual([expect.objectContaining({ rule: 'title-date', severity: 'warning', line: 1 })])
  })

  it('points at the line of each fault', () => {
    const findings = lint('07-leaks.md').map((f) => `${f.line} ${f.rule}`)
    expect(findings).toEqual(['5 leak-internal-host', '6 leak-codename', '10 leak-private-ip', '12 leak-private-ip', '26 leak-privilege-marker'])
    expect(lint('09-undated-timeline.md').map((f) => f.line)).toEqual([9, 11])
  })

  it('finds every fault of a rushed draft', () => {
    const findings = lint('12-rushed-draft.md').map((f) => `${f.line} ${f.rule}`)
    expect(findings).toEqual([
      '1 missing-section',
      '1 missing-section',
      '1 title-date',
      '5 banned-phrase',
      '6 leak-internal-host',
      '6 third-party-unlinked',
      '10 placeholder',
      '14 timeline-undated',
      '15 timeline-undated',
      '19 third-party-unlinked'
    ])
  })
})
