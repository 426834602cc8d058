/**
 * The indicators of compromise (`/ioc`) in the formats blocking and threat-intelligence tools
 * read (runbook: "Block any IP addresses associated with the attack", "Keep track of all IP
 * addresses involved in the attack"): a CSV blocklist and a STIX 2.1 bundle. Pure and
 * deterministic: the same incident always exports the same bytes, so a re-run or a second
 * export changes nothing downstream.
 */
import { isIP } from 'node:net'
import { stringify } from 'csv-stringify/sync'
import { v5 as uuidv5 } from 'uuid'
import type { IncidentState } from './state.js'

export type Ioc = IncidentState['iocs'][number]

export const IOC_EXPORT_FORMATS = ['csv', 'stix'] as const
export type IocExportFormat = (typeof IOC_EXPORT_FORMATS)[number]

export const CSV_COLUMNS = ['type', 'value', 'first_seen', 'added_by'] as const

/**
 * The blocklist as RFC 4180 CSV (CRLF line ends unless `lineEnd` says LF, every field quoted, quotes doubled). A field
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return (or their full-width forms) gets a
 * leading `'` so a spreadsheet shows it as text instead of running it as a formula (OWASP, "CSV
 * Injection"); an email address such as `=1+1@example.com` is a valid indicator and such a value.
 */
export function iocsCsv(iocs: readonly Ioc[], lineEnd: 'crlf' | 'lf' = 'crlf'): string {
  const rows = iocs.map((i) => [i.type, i.value, csvTime(i.at), i.by ?? ''])
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    quoted: true,
    escape_formulas: true,
    record_delimiter: lineEnd === 'crlf' ? 'windows' : 'unix'
  })
}

/** ISO 8601 UTC to the second, as GitHub records times ("2026-11-22T12:02:00Z"). */
function csvTime(iso: string): string {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().replace(/\.000Z$/, 'Z')
}

/** What STIX calls each of our types, and how its pattern names the value. */
const STIX_PATHS: Record<string, string> = {
  ipv4: 'ipv4-addr:value',
  ipv6: 'ipv6-addr:value',
  domain: 'domain-name:value',
  url: 'url:value',
  email: 'email-addr:value',
  // Hash names from STIX 2.1's hashing-algorithm-ov; one with a hyphen is quoted in the path.
  md5: 'file:hashes.MD5',
  sha1: "file:hashes.'SHA-1'",
  sha256: "file:hashes.'SHA-256'"
}

/** The STIX type of an indicator: its recorded type, or for an older record's "ip", what the address is. */
function stixPath(ioc: Ioc): string | undefined {
  const type = ioc.type.toLowerCase()
  if (STIX_PATHS[type]) return STIX_PATHS[type]
  if (type === 'ip') return isIP(ioc.value) === 6 ? STIX_PATHS['ipv6'] : isIP(ioc.value) === 4 ? STIX_PATHS['ipv4'] : undefined
  return undefined
}

/** A STIX pattern string literal: in single quotes, with `\` and `'` escaped by a backslash (STIX 2.1 Patterning, "Constants"). */
export function stixString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

/** The STIX pattern that matches the indicator, e.g. `[ipv4-addr:value = '203.0.113.7']`; undefined for a type STIX has no object for. */
export function stixPattern(ioc: Ioc): string | undefined {
  const path = stixPath(ioc)
  return path ? `[${path} = ${stixString(ioc.value)}]` : undefined
}

/**
 * incident-kit's UUID namespace for the version-5 ids of the objects it exports. STIX 2.1 asks
 * for version-4 ids on indicators (a SHOULD); version 5 keeps the export reproducible, and the
 * name hashed includes the incident, so two incidents that saw the same address export two
 * indicators, each with its own `created`, as STIX's versioning rules require.
 */
export const STIX_NAMESPACE = 'f3c1d2a4-6b1e-4c8e-9a51-2d7e0b9c4f10'

/** A STIX timestamp: UTC with milliseconds, as `created` and `modified` require. */
function stixTime(iso: string): string {
  return new Date(Date.parse(iso)).toISOString()
}

export interface StixBundle {
  type: 'bundle'
  id: string
  objects?: Record<string, unknown>[]
}

export interface StixExport {
  bundle: StixBundle
  /** Indicators of a type STIX has no object for, or with an unreadable time (never for what `/ioc` records). */
  skipped: Ioc[]
}

/** The incident's indicators as a STIX 2.1 bundle of `indicator` objects, one per indicator. */
export function iocsStix(state: Pick<IncidentState, 'codename' | 'iocs'>): StixExport {
  const objects: Record<string, unknown>[] = []
  const skipped: Ioc[] = []
  for (const ioc of state.iocs) {
    const pattern = stixPattern(ioc)
    if (!pattern || Number.isNaN(Date.parse(ioc.at))) {
      skipped.push(ioc)
      continue
    }
    const at = stixTime(ioc.at)
    objects.push({
      type: 'indicator',
      spec_version: '2.1',
      id: `indicator--${uuidv5(`${state.codename}\n${pattern}`, STIX_NAMESPACE)}`,
      created: at,
      modified: at,
      name: `${ioc.type} ${ioc.value}`,
      indicator_types: ['malicious-activity'],
      pattern,
      pattern_type: 'stix',
      pattern_version: '2.1',
      valid_from: at
    })
  }
  const id = `bundle--${uuidv5(`${state.codename}\n${objects.map((o) => o['id']).join('\n')}`, STIX_NAMESPACE)}`
  // A bundle's `objects`, when present, holds at least one object.
  return { bundle: { type: 'bundle', id, ...(objects.length > 0 ? { objects } : {}) }, skipped }
}

/** The export in one format, as the text written to a file or an output. */
export function exportIocs(state: Pick<IncidentState, 'codename' | 'iocs'>, format: IocExportFormat): string {
  return format === 'csv' ? iocsCsv(state.iocs) : `${JSON.stringify(iocsStix(state).bundle, null, 2)}\n`
}
