import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { isoOfDay, parseIsoDay, parseRunbookDates } from '../../../src/runbooks/dates.js'

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/runbooks/${path}`, import.meta.url), 'utf8')

describe('reading Last Reviewed and Last Tested', () => {
  it('reads the security-incident runbook header, placeholders and all', () => {
    const dates = parseRunbookDates(fixture('mixed/runbooks/security-incident.md'))
    expect(dates.reviewed).toMatchObject({ written: 'YYYY-MM-DD', line: 3, source: 'header', date: { kind: 'placeholder' } })
    expect(dates.tested).toMatchObject({ written: 'YYYY-MM-DD', line: 3, source: 'header', date: { kind: 'placeholder' } })
  })

  it('reads both dates from one line, in either order', () => {
    const dates = parseRunbookDates('# Lost laptop\n\nLast Tested: 2025-12-01 Last Reviewed: 2026-01-02\n')
    expect(dates.reviewed).toMatchObject({ written: '2026-01-02', line: 3, date: { kind: 'valid', iso: '2026-01-02' } })
    expect(dates.tested).toMatchObject({ written: '2025-12-01', line: 3 })
  })

  it('reads the dates from two lines, bold or not', () => {
    const dates = parseRunbookDates('# Leak\n\n**Last Reviewed:** 2026-01-02\nLast Tested: 2026-01-05\n')
    expect(dates.reviewed).toMatchObject({ written: '2026-01-02', line: 3 })
    expect(dates.tested).toMatchObject({ written: '2026-01-05', line: 4 })
  })

  it('reads a date that ends a sentence', () => {
    expect(parseRunbookDates('Last Reviewed: 2026-01-02. Last Tested: 2026-01-01.').reviewed?.date.kind).toBe('valid')
  })

  it('does not read prose that mentions the label without a date', () => {
    const dates = parseRunbookDates('After a drill, update the Last Tested date of this runbook.\n')
    expect(dates.tested).toBeUndefined()
  })

  it('reads a date whose value is inside the bold', () => {
    expect(parseRunbookDates('**Last Reviewed: 2026-01-02**').reviewed?.written).toBe('2026-01-02')
  })

  it('reads the dates inside a <div> block', () => {
    const dates = parseRunbookDates(fixture('mixed/runbooks/database/failover.md'))
    expect(dates.reviewed).toMatchObject({ written: '2026-02-01', line: 4 })
    expect(dates.tested).toMatchObject({ written: '2025-12-15', line: 5 })
  })

  it('reads the dates from a markdown table row', () => {
    const dates = parseRunbookDates('| Field | Value |\n|---|---|\n| Last Reviewed | 2026-01-02 |\n| Last Tested | 2025-11-01 |\n')
    expect(dates.reviewed).toMatchObject({ written: '2026-01-02', line: 3 })
    expect(dates.tested).toMatchObject({ written: '2025-11-01', line: 4 })
  })

  it('does not take the next label for a missing value', () => {
    const dates = parseRunbookDates('Last Reviewed: Last Tested: 2026-01-05')
    expect(dates.reviewed).toMatchObject({ written: '', date: { kind: 'empty' } })
    expect(dates.tested?.written).toBe('2026-01-05')
  })

  it('reads front matter: dates on their own lines, owner and intervals', () => {
    const dates = parseRunbookDates(fixture('mixed/runbooks/network/ddos.md'))
    expect(dates.reviewed).toMatchObject({ source: 'front-matter', written: '2026-01-20', line: 4 })
    expect(dates.tested).toMatchObject({ source: 'front-matter', written: '2025-10-01', line: 5 })
    expect(dates.owners).toEqual(['@acme/netops'])
    expect(dates.reviewIntervalDays).toBe(30)
    expect(dates.testIntervalDays).toBe(365)
    expect(dates.problems).toEqual([])
  })

  it('reports front matter that is not valid YAML, on its line', () => {
    const dates = parseRunbookDates('---\nlast_reviewed: 2026-01-02\nowner: [unclosed\n---\n# Title\n')
    expect(dates.problems).toHaveLength(1)
    expect(dates.problems[0]!.message).toMatch(/not valid YAML/)
    expect(dates.problems[0]!.line).toBeGreaterThanOrEqual(3)
  })

  it('reports an interval that is not a number of days', () => {
    const dates = parseRunbookDates('---\nreview_interval: quarterly\n---\n')
    expect(dates.problems).toEqual([{ line: 2, message: 'review_interval must be a whole number of days, such as 90, or a period such as "6 months"' }])
  })

  it('reads the g3doc freshness comment, and a header line beside it', () => {
    const dates = parseRunbookDates(fixture('mixed/runbooks/g3doc.md'))
    expect(dates.reviewed).toMatchObject({ source: 'g3doc', written: '2026-02-20', line: 3 })
    expect(dates.tested).toMatchObject({ source: 'header', written: '2025-11-30', line: 8 })
    expect(dates.owners).toEqual(['carol'])
  })

  it('prefers the front matter when a runbook states a date twice, and keeps both', () => {
    const dates = parseRunbookDates('---\nlast_reviewed: 2026-01-02\n---\nLast Reviewed: 2025-01-01\n')
    expect(dates.reviewed).toMatchObject({ source: 'front-matter', written: '2026-01-02' })
    expect(dates.stamps.map((s) => s.source)).toEqual(['front-matter', 'header'])
  })

  it('finds no dates in a runbook that has none', () => {
    const dates = parseRunbookDates('# Nothing here\n\nJust steps.\n')
    expect(dates.reviewed).toBeUndefined()
    expect(dates.tested).toBeUndefined()
  })
})

describe('what a written date is', () => {
  it('a real date is valid', () => {
    expect(parseIsoDay('2026-01-02')).toEqual({ kind: 'valid', iso: '2026-01-02', day: Date.UTC(2026, 0, 2) / 86_400_000 })
  })

  it('an impossible date is caught, never rolled over into the next month', () => {
    expect(parseIsoDay('2026-02-30')).toEqual({ kind: 'impossible', reason: 'February 2026 has 28 days, not 30' })
    expect(parseIsoDay('2026-13-01')).toEqual({ kind: 'impossible', reason: 'there is no month 13' })
    expect(parseIsoDay('2026-04-31').kind).toBe('impossible')
    expect(parseIsoDay('2026-01-00').kind).toBe('impossible')
  })

  it('29 February exists in leap years only', () => {
    expect(parseIsoDay('2024-02-29').kind).toBe('valid')
    expect(parseIsoDay('2000-02-29').kind).toBe('valid')
    expect(parseIsoDay('2100-02-29').kind).toBe('impossible')
  })

  it('a template value left in is a placeholder', () => {
    for (const written of ['YYYY-MM-DD', 'yyyy-mm-dd', 'XXXX-XX-XX', 'TBD', 'TODO', 'never', 'N/A', '?']) {
      expect(parseIsoDay(written).kind).toBe('placeholder')
    }
  })

  it('a date whose day and month could be swapped is malformed; other ways of writing a day are read', () => {
    expect(parseIsoDay('02/01/2026').kind).toBe('malformed')
    expect(parseIsoDay('2026-1-2')).toMatchObject({ kind: 'valid', iso: '2026-01-02' })
  })

  it('a day number turns back into the same calendar date, leap years included', () => {
    for (let day = -25_567; day < 47_482; day += 13) {
      expect(isoOfDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10))
    }
    expect(isoOfDay(Date.UTC(2024, 1, 29) / 86_400_000)).toBe('2024-02-29')
  })
})

describe('front matter that is not about freshness', () => {
  it('is left alone, even when it is not valid YAML', () => {
    const dates = parseRunbookDates('---\ntitle: [a docs site\n---\n# T\n\nLast Reviewed: 2026-01-02\n')
    expect(dates.problems).toEqual([])
    expect(dates.reviewed?.written).toBe('2026-01-02')
  })
})
