import { describe, expect, it } from '@jest/globals'
import { dayNumber, parseRunbookDates } from '../../../src/runbooks/dates.js'
import { addToTally, assessRunbook, compareByUrgency, emptyTally, type Finding } from '../../../src/runbooks/freshness.js'

const today = dayNumber('2026-03-10')!
const limits = { reviewedMaxDays: 90, testedMaxDays: 180 }
const assess = (text: string, extra: { fallbackOwners?: string[]; readBytes?: number } = {}) =>
  assessRunbook('runbooks/x.md', parseRunbookDates(text), { today, ...limits, ...extra })
const kinds = (findings: Finding[]) => findings.map((f) => f.kind)

describe('runbook freshness findings', () => {
  it('a runbook reviewed and tested within the limits is fresh, and says when it falls due', () => {
    const [finding, ...rest] = assess('Last Reviewed: 2026-03-01 Last Tested: 2025-12-01')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ kind: 'fresh', status: 'fresh', severity: 'notice', field: 'reviewed', dueOn: '2026-05-30', daysOverdue: -81 })
  })

  it('a missing Last Tested is "never tested" (a warning), not a broken file', () => {
    const findings = assess('# Steps only\n\nLast Reviewed: 2026-03-01\n')
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'never-tested', field: 'tested', line: 1, status: 'stale', severity: 'warning', title: 'never tested' })
    ])
  })

  it('a missing Last Reviewed is reported as missing, at the top of the file', () => {
    const findings = assess('# Steps only\n\nLast Tested: 2026-03-01\n')
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'missing', field: 'reviewed', line: 1, status: 'broken', severity: 'error', title: 'no Last Reviewed date' })
    ])
  })

  it('a missing date in a large file says how much of it was read', () => {
    const [finding] = assess('# Huge\n', { readBytes: 65536 }).filter((f) => f.field === 'reviewed')
    expect(finding?.message).toContain('in the first 64 KiB')
  })

  it('a placeholder date is reported as a placeholder', () => {
    const findings = assess('Security Incident\n\nLast Reviewed: YYYY-MM-DD Last Tested: YYYY-MM-DD\n')
    expect(findings.map((f) => [f.kind, f.field, f.line])).toEqual([
      ['placeholder', 'reviewed', 3],
      ['placeholder', 'tested', 3]
    ])
    expect(findings[0]!.message).toBe('Last Reviewed is still the placeholder "YYYY-MM-DD"; write the day it was last done')
  })

  it('an impossible date is reported with the reason', () => {
    const [finding] = assess('Last Reviewed: 2026-02-30\nLast Tested: 2026-01-05')
    expect(finding).toMatchObject({ kind: 'impossible', line: 1, written: '2026-02-30' })
    expect(finding!.message).toContain('February 2026 has 28 days')
  })

  it('a date in the future is broken, but tomorrow is tolerated (a reviewer east of UTC)', () => {
    expect(kinds(assess('Last Reviewed: 2027-01-01 Last Tested: 2026-01-01'))).toEqual(['future'])
    expect(kinds(assess('Last Reviewed: 2026-03-11 Last Tested: 2026-01-01'))).toEqual(['fresh'])
  })

  it('a review older than the limit is overdue by the days past it', () => {
    const [finding] = assess('Last Reviewed: 2025-12-01 Last Tested: 2026-01-01')
    expect(finding).toMatchObject({
      kind: 'review-overdue',
      status: 'stale',
      severity: 'warning',
      daysOld: 99,
      daysOverdue: 9,
      limitDays: 90,
      dueOn: '2026-03-01'
    })
    expect(finding!.message).toBe('last reviewed 2025-12-01, 99 days ago: 9 days past the 90-day limit (due 2026-03-01)')
  })

  it('a test older than the limit is overdue', () => {
    expect(kinds(assess('Last Reviewed: 2026-03-01 Last Tested: 2025-01-01'))).toEqual(['test-overdue'])
  })

  it('front matter intervals override the configured limits', () => {
    const text = '---\nlast_reviewed: 2026-01-20\nlast_tested: 2025-10-01\nreview_interval: 30\ntest_interval: 365\n---\n'
    expect(assess(text)).toEqual([expect.objectContaining({ kind: 'review-overdue', daysOverdue: 19, limitDays: 30 })])
  })

  it('owners come from the runbook itself, else from CODEOWNERS', () => {
    expect(assess('---\nowner: alice\n---\n', { fallbackOwners: ['@acme/sre'] })[0]!.owners).toEqual(['alice'])
    expect(assess('# No owner\n', { fallbackOwners: ['@acme/sre'] })[0]!.owners).toEqual(['@acme/sre'])
  })

  it('broken runbooks come first, then the most overdue, then the soonest due', () => {
    const findings = [
      ...assessRunbook('a.md', parseRunbookDates('Last Reviewed: 2026-03-01 Last Tested: 2026-03-01'), { today, ...limits }),
      ...assessRunbook('b.md', parseRunbookDates('Last Reviewed: 2025-12-01 Last Tested: 2026-03-01'), { today, ...limits }),
      ...assessRunbook('c.md', parseRunbookDates('Last Reviewed: 2025-06-01 Last Tested: 2026-03-01'), { today, ...limits }),
      ...assessRunbook('d.md', parseRunbookDates('Last Reviewed: YYYY-MM-DD Last Tested: 2026-03-01'), { today, ...limits }),
      ...assessRunbook('e.md', parseRunbookDates('Last Reviewed: 2026-01-01 Last Tested: 2026-03-01'), { today, ...limits })
    ]
    expect(findings.sort(compareByUrgency).map((f) => f.file)).toEqual(['d.md', 'c.md', 'b.md', 'e.md', 'a.md'])
  })

  it('the tally counts each runbook once, by its worst finding, and keeps only the problems', () => {
    const tally = emptyTally()
    addToTally(tally, assess('Last Reviewed: 2026-03-01 Last Tested: 2026-03-01'))
    addToTally(tally, assess('Last Reviewed: 2025-01-01 Last Tested: YYYY-MM-DD'))
    addToTally(tally, assess('Last Reviewed: 2025-01-01 Last Tested: 2025-01-01'))
    expect(tally).toMatchObject({ checked: 3, fresh: 1, stale: 1, broken: 1 })
    expect(kinds(tally.problems)).toEqual(['placeholder', 'review-overdue', 'review-overdue', 'test-overdue'])
  })
})
