/** IANA time zones, from the runtime's own time-zone data (no table of offsets to keep up to date). Pure. */

/** Minutes east of UTC of an IANA zone at a moment; undefined when the zone is unknown. */
export function ianaOffset(zone: string, utcMs: number): number | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric'
    }).formatToParts(new Date(utcMs))
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
    const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
    return Math.round((local - Math.floor(utcMs / 60_000) * 60_000) / 60_000)
  } catch {
    return undefined
  }
}

/** Whether the runtime knows the zone ("America/New_York", "Europe/Berlin", "UTC"). */
export function isKnownZone(zone: string): boolean {
  return ianaOffset(zone, 0) !== undefined
}

/** The UTC instant of a wall-clock time in a zone (`localMs` is that wall time read as if it were UTC). */
export function fromLocal(localMs: number, zone: string): number {
  const first = ianaOffset(zone, localMs) ?? 0
  return localMs - (ianaOffset(zone, localMs - first * 60_000) ?? first) * 60_000
}

/** The wall-clock time in a zone of a UTC instant, read as if it were UTC (so getUTC* give the local fields). */
export function toLocal(utcMs: number, zone: string): number {
  return utcMs + (ianaOffset(zone, utcMs) ?? 0) * 60_000
}
