/** Dates and durations as incident-kit shows them: always UTC, to the minute. */

/** "2026-11-22T09:12Z" from any ISO time. */
export function isoMinute(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  return `${new Date(ms).toISOString().slice(0, 16)}Z`
}

/** English month names: `toLocaleString` is slow enough to matter when thousands of entries are dated. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "22 November 2026, 09:12 UTC". */
export function humanDate(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  const d = new Date(ms)
  return `${humanDayOf(d)}, ${d.toISOString().slice(11, 16)} UTC`
}

/** "2d 3h", "45m", "0m": the largest two units. Negative durations read as "-1h 5m". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return ''
  const sign = ms < 0 ? '-' : ''
  let minutes = Math.floor(Math.abs(ms) / 60000)
  const days = Math.floor(minutes / 1440)
  minutes -= days * 1440
  const hours = Math.floor(minutes / 60)
  minutes -= hours * 60
  const parts = [days ? `${days}d` : '', hours ? `${hours}h` : '', minutes ? `${minutes}m` : ''].filter(Boolean).slice(0, 2)
  return sign + (parts.length ? parts.join(' ') : '0m')
}

/** Whole days between two instants (UTC), rounded down. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000)
}

/** "22 November 2026": the day only, for titles. */
export function humanDay(iso: string): string {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : humanDayOf(new Date(ms))
}

function humanDayOf(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
