/**
 * Deadline arithmetic the laws use: business days that skip weekends and US federal holidays
 * (observed ones included), counted in New York time; calendar months; calendar days.
 */
import { describe, expect, it } from '@jest/globals'
import { addBusinessDays, addDuration, addMonths, federalHolidayDates, isBusinessDay } from '../../../src/text/calendar.js'

const ms = (iso: string) => Date.parse(iso)
const iso = (n: number) => new Date(n).toISOString()
const NY = 'America/New_York'

describe('business days (SEC Form 8-K: four business days after the materiality determination)', () => {
  it('skip Thanksgiving and the weekend: determined Wednesday 2026-11-25, due at the end of Wednesday 2026-12-02 in New York', () => {
    // Day 0 Wed 25; Thu 26 is Thanksgiving; Fri 27 is day 1; Sat, Sun skipped; Mon 30, Tue 1 and Wed 2 are days 2-4.
    expect(iso(addBusinessDays(ms('2026-11-25T20:00:00Z'), 4, 'us-federal', NY))).toBe('2026-12-03T05:00:00.000Z')
  })

  it('count the determination day in New York time: 22:00 on Wednesday there is Thursday in UTC, and the due time is the same', () => {
    expect(iso(addBusinessDays(ms('2026-11-26T03:00:00Z'), 4, 'us-federal', NY))).toBe('2026-12-03T05:00:00.000Z')
  })

  it('skip an observed holiday: 4 July 2026 is a Saturday, so Friday 3 July is the holiday', () => {
    expect(federalHolidayDates(2026).has('2026-07-03')).toBe(true)
    expect(isBusinessDay(ms('2026-07-03T00:00:00Z'), 'us-federal')).toBe(false)
    // Thursday 2 July: Fri 3 (observed), Sat 4, Sun 5 skipped; Mon 6 … Thu 9 are days 1-4; New York is on summer time (UTC-4).
    expect(iso(addBusinessDays(ms('2026-07-02T15:00:00Z'), 4, 'us-federal', NY))).toBe('2026-07-10T04:00:00.000Z')
  })

  it('observe a Sunday holiday on the Monday after, and a Saturday New Year on the Friday before (in the year before)', () => {
    expect(federalHolidayDates(2027).has('2027-07-05')).toBe(true) // 4 July 2027 is a Sunday
    expect(federalHolidayDates(2021).has('2021-12-31')).toBe(true) // 1 January 2022 is a Saturday
    expect(federalHolidayDates(2022).has('2021-12-31')).toBe(false)
  })

  it('are computed for any year, not read from a list: Thanksgiving 2041 is the fourth Thursday of November', () => {
    const thanksgiving = [...federalHolidayDates(2041)].find((d) => d.startsWith('2041-11-2'))
    expect(thanksgiving).toBe('2041-11-28')
    expect(new Date(`${thanksgiving}T00:00:00Z`).getUTCDay()).toBe(4)
  })

  it('without a holiday calendar skip only weekends', () => {
    expect(iso(addBusinessDays(ms('2026-11-25T20:00:00Z'), 4, 'none', NY))).toBe('2026-12-02T05:00:00.000Z')
  })

  it('a determination on a Saturday counts from the Monday after', () => {
    expect(iso(addBusinessDays(ms('2026-11-28T15:00:00Z'), 1, 'us-federal', NY))).toBe('2026-12-01T05:00:00.000Z')
  })
})

describe('calendar months and days', () => {
  it('one month keeps the day and time, or takes the last day of a shorter month', () => {
    expect(iso(addMonths(ms('2026-11-24T10:20:00Z'), 1))).toBe('2026-12-24T10:20:00.000Z')
    expect(iso(addMonths(ms('2026-01-31T08:00:00Z'), 1))).toBe('2026-02-28T08:00:00.000Z')
    expect(iso(addMonths(ms('2028-01-31T08:00:00Z'), 1))).toBe('2028-02-29T08:00:00.000Z')
    expect(iso(addMonths(ms('2026-12-15T08:00:00Z'), 1))).toBe('2027-01-15T08:00:00.000Z')
  })

  it('60 calendar days are 60 whole days, weekends and holidays included', () => {
    expect(iso(addDuration(ms('2026-11-22T09:30:00Z'), { days: 60 }))).toBe('2027-01-21T09:30:00.000Z')
  })

  it('a duration needs a length', () => {
    expect(() => addDuration(0, {})).toThrow('a duration needs hours, days, months or businessDays')
  })
})
