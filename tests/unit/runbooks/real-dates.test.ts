/**
 * Runbook dates as real documentation writes them. Each file under tests/fixtures/runbooks/real
 * follows a public format or template, named in expected.json ("shape"): PagerDuty's
 * incident-response-docs header (dates in <abbr> inside a <div>), the GOV.UK
 * tech-docs-template front matter (`last_reviewed_on` + `review_in`), `last_review_date`, g3doc,
 * MkDocs/Hugo front matter, Confluence-style tables, examples in code fences, placeholders.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { dayNumber, parseRunbookDates } from '../../../src/runbooks/dates.js'
import { assessRunbook, statusOf } from '../../../src/runbooks/freshness.js'

const DIR = join(process.cwd(), 'tests/fixtures/runbooks/real')
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  { reviewed: string | null; tested: string | null; shape: string }
>
const files = readdirSync(DIR).filter((f) => f.endsWith('.md'))
const read = (file: string) => parseRunbookDates(readFileSync(join(DIR, file), 'utf8'))
const today = dayNumber('2026-11-27')!

describe('runbook dates in the formats real documentation uses', () => {
  it('every fixture has an expectation', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort())
  })

  it('recall of at least 90% with 100% precision', () => {
    let present = 0
    let found = 0
    let reported = 0
    let right = 0
    const misses: string[] = []
    for (const file of files) {
      const dates = read(file)
      for (const field of ['reviewed', 'tested'] as const) {
        const want = expected[file]![field]
        const got = dates[field]?.date.kind === 'valid' ? (dates[field]!.date as { iso: string }).iso : null
        if (want) present++
        if (got) reported++
        if (want && got === want) {
          found++
          right++
        } else if (want !== got) misses.push(`${file} ${field}: want ${want}, got ${got}`)
      }
    }
    const recall = found / present
    const precision = reported === 0 ? 1 : right / reported
    console.info(
      `runbook dates: recall ${found}/${present} = ${(recall * 100).toFixed(1)}%, precision ${right}/${reported} = ${(precision * 100).toFixed(1)}%${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`
    )
    expect(recall).toBeGreaterThanOrEqual(0.9)
    expect(precision).toBe(1)
  })

  it.each(files)('%s is never "broken" for a date that is there', (file) => {
    const want = expected[file]!
    const findings = assessRunbook(file, read(file), { today, reviewedMaxDays: 3650, testedMaxDays: 3650 })
    if (want.reviewed) expect(findings.filter((f) => f.status === 'broken')).toEqual([])
  })
})

describe('what a runbook without a test date is', () => {
  const limits = { today, reviewedMaxDays: 90, testedMaxDays: 180 }

  it('a missing or "never" Last Tested is "never tested", a warning, not broken', () => {
    for (const file of ['review-only-doc.md', 'never-tested.md', 'govuk-tech-docs.md']) {
      const findings = assessRunbook(file, read(file), { ...limits, reviewedMaxDays: 3650 })
      expect(findings.map((f) => f.kind)).toEqual(['never-tested'])
      expect(statusOf(findings)).toBe('stale')
    }
  })

  it('review-only globs need no Last Tested at all', () => {
    const findings = assessRunbook('docs/contacts.md', read('review-only-doc.md'), { ...limits, reviewedMaxDays: 3650, reviewOnly: ['docs/**'] })
    expect(findings.map((f) => f.kind)).toEqual(['fresh'])
  })

  it('front matter review_only: true needs no Last Tested', () => {
    const findings = assessRunbook('x.md', parseRunbookDates('---\nlast_reviewed: 2026-11-01\nreview_only: true\n---\n'), limits)
    expect(findings.map((f) => f.kind)).toEqual(['fresh'])
  })

  it("the GOV.UK review_in period is the file's own review limit", () => {
    expect(read('govuk-tech-docs.md').reviewIntervalDays).toBe(180)
    expect(read('govuk-tech-docs-weeks.md').reviewIntervalDays).toBe(21)
    const findings = assessRunbook('weeks.md', read('govuk-tech-docs-weeks.md'), { ...limits, reviewOnly: ['**'] })
    expect(findings).toEqual([expect.objectContaining({ kind: 'review-overdue', limitDays: 21, daysOld: 25 })])
  })

  it('placeholders of every kind are placeholders, not malformed dates', () => {
    for (const file of ['mustache-placeholder.md', 'prose-placeholder.md', 'prose-placeholder-2.md', 'pagerduty-abbr-placeholder.md']) {
      const dates = read(file)
      expect([file, dates.reviewed?.date.kind]).toEqual([file, 'placeholder'])
    }
  })

  it("examples in code fences are not the file's dates", () => {
    expect(read('code-fence-only.md').reviewed).toBeUndefined()
  })
})

describe("a drill writes the date into PagerDuty's <abbr> header", () => {
  it('changes the text and the title of the <abbr> together', async () => {
    const { setRunbookDate } = await import('../../../src/runbooks/edit.js')
    const text = readFileSync(join(DIR, 'pagerduty-abbr-header.md'), 'utf8')
    const edited = setRunbookDate(text, 'tested', '2026-11-27').text
    expect(edited).toContain('Last Tested: <abbr title="2026-11-27">2026-11-27</abbr>')
    expect(edited).toContain('Last Reviewed: <abbr title="2026-09-14">2026-09-14</abbr>')
    expect(parseRunbookDates(edited).tested?.written).toBe('2026-11-27')
  })

  it('fills in the shipped placeholder header', async () => {
    const { setRunbookDate } = await import('../../../src/runbooks/edit.js')
    const edited = setRunbookDate(readFileSync(join(DIR, 'pagerduty-abbr-placeholder.md'), 'utf8'), 'tested', '2026-11-27').text
    expect(edited).toContain('Last Tested: <abbr title="2026-11-27">2026-11-27</abbr>')
  })
})
