/**
 * Deadline arithmetic: a moment plus hours, calendar days, calendar months or business days.
 * Laws count in all of these (GDPR in hours, HIPAA in calendar days, NIS2's final report in a
 * month, the SEC's Form 8-K in business days). Pure.
 *
 * Business days are counted in a time zone (the SEC's is New York): the day of the start is day 0,
 * each following weekday that is not a holiday of the calendar counts one, and the deadline is the
 * end of the last one (midnight at its close, local time). US federal holidays come from
 * `@18f/us-federal-holidays` (5 U.S.C. 6103: fixed and floating dates, Juneteenth from 2021, a
 * Saturday holiday observed on the Friday before, a Sunday one on the Monday after, so New Year's Day
 * can be observed on 31 December), computed for any year rather than listed.
 */
import federalHolidays from '@18f/us-federal-holidays'
import { fromLocal, toLocal } from './zone.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export const HOLIDAY_CALENDARS = ['us-federal', 'none'] as const
export type HolidayCalendar = (typeof HOLIDAY_CALENDARS)[number]

/** How long a deadline runs: exactly one of the lengths; `holidays` and `zone` only for business days. */
export interface Duration {
  hours?: number | undefined
  days?: number | undefined
  months?: number | undefined
  businessDays?: number | undefined
  holidays?: HolidayCalendar | undefined
  zone?: string | undefined
}

export const DURATION_KEYS = ['hours', 'days', 'months', 'businessDays'] as const

/** The business-day calendar when none is said: US federal holidays, New York time (the SEC's). */
export const DEFAULT_BUSINESS_ZONE = 'America/New_York'

/** The deadline: `startMs` plus the duration, in milliseconds since the epoch. */
export function addDuration(startMs: number, duration: Duration): number {
  if (duration.hours !== undefined) return startMs + duration.hours * HOUR
  if (duration.days !== undefined) return startMs + duration.days * DAY
  if (duration.months !== undefined) return addMonths(startMs, duration.months)
  if (duration.businessDays !== undefined)
    return addBusinessDays(startMs, duration.businessDays, duration.holidays ?? 'us-federal', duration.zone ?? DEFAULT_BUSINESS_ZONE)
  throw new Error('a duration needs hours, days, months or businessDays')
}

/** The same time of day `n` calendar months later (UTC); a day the month lacks becomes its last (31 January + 1 month = 28 or 29 February). */
export function addMonths(startMs: number, n: number): number {
  const d = new Date(startMs)
  const month = d.getUTCMonth() + n
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), month + 1, 0)).getUTCDate()
  return Date.UTC(d.getUTCFullYear(), month, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds())
}

/** The end (local midnight) of the `n`th business day after the local day of `startMs`. */
export function addBusinessDays(startMs: number, n: number, holidays: HolidayCalendar, zone: string): number {
  const local = new Date(toLocal(startMs, zone))
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())
  for (let counted = 0; counted < n;) {
    day += DAY
    if (isBusinessDay(day, holidays)) counted++
  }
  return fromLocal(day + DAY, zone)
}

/** Whether a day (its UTC midnight standing for the local date) is a business day of the calendar. */
export function isBusinessDay(dayMs: number, holidays: HolidayCalendar): boolean {
  const weekday = new Date(dayMs).getUTCDay()
  if (weekday === 0 || weekday === 6) return false
  return holidays === 'none' || !federalHolidayDates(new Date(dayMs).getUTCFullYear()).has(new Date(dayMs).toISOString().slice(0, 10))
}

const byYear = new Map<number, ReadonlySet<string>>()

/** The observed US federal holidays falling in a year ("2026-11-26"), including the next New Year's Day observed on 31 December. */
export function federalHolidayDates(year: number): ReadonlySet<string> {
  let dates = byYear.get(year)
  if (!dates) {
    const observed = [year - 1, year, year + 1].flatMap((y) => federalHolidays.allForYear(y).map((h) => h.dateString))
    dates = new Set(observed.filter((d) => d.startsWith(`${year}-`)))
    byYear.set(year, dates)
  }
  return dates
}
