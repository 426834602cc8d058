/**
 * Exporting the indicators (runbook: "Block any IP addresses associated with the attack"): a CSV
 * blocklist a spreadsheet cannot be tricked by, and a STIX 2.1 bundle valid against the official
 * schemas, the same bytes for the same incident.
 */
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { parse as parseCsv } from 'csv-parse/sync'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCommands } from '../../../src/incident/commands.js'
import { exportIocs, iocsCsv, iocsStix, stixPattern, type Ioc } from '../../../src/incident/iocs-export.js'

const AT = '2026-11-22T12:02:00Z'

/** Indicators as `/ioc` records them: the command's own reading of each value. */
function iocsOf(...values: string[]): Ioc[] {
  return values.map((v, i) => {
    const [command] = parseCommands(`/ioc ${v}`)
    if (command?.name !== 'ioc') throw new Error(`not an indicator: ${v}`)
    return { value: command.value, type: command.type, by: 'wendy', at: new Date(Date.parse(AT) + i * 60_000).toISOString().replace('.000', '') }
  })
}

describe('the CSV blocklist', () => {
  it('has a header and one row per indicator: type, value, first seen, added by', () => {
    const csv = iocsCsv(iocsOf('203.0.113.7', 'evil[.]example'))
    expect(csv).toBe(
      '"type","value","first_seen","added_by"\r\n"ipv4","203.0.113.7","2026-11-22T12:02:00Z","wendy"\r\n"domain","evil.example","2026-11-22T12:03:00Z","wendy"\r\n'
    )
  })

  it('quotes as RFC 4180 says: commas, quotes and line breaks survive a round trip', () => {
    const tricky: Ioc[] = [
      { value: 'http://evil.example/a,b"c', type: 'url', by: 'wendy', at: AT },
      { value: 'line\r\nbreak', type: 'url', at: AT }
    ]
    const rows = parseCsv(iocsCsv(tricky), { columns: true }) as Record<string, string>[]
    expect(rows).toEqual([
      { type: 'url', value: 'http://evil.example/a,b"c', first_seen: AT, added_by: 'wendy' },
      { type: 'url', value: 'line\r\nbreak', first_seen: AT, added_by: '' }
    ])
  })

  it.each(['=1+1@evil.example', '+cmd@evil.example', '-2+3@evil.example'])(
    '/ioc %s, an address starting like a formula, is prefixed with a quote, so a spreadsheet shows it as text',
    (value) => {
      const csv = iocsCsv(iocsOf(value))
      const [row] = parseCsv(csv, { columns: true }) as Record<string, string>[]
      expect(row!.value).toBe(`'${value}`)
      expect(csv).toContain(`"'${value}"`)
    }
  )

  it('also guards @, the tab, carriage return and full-width forms OWASP lists', () => {
    const values = ['@SUM(1+1)', '\t=cmd', '\r=cmd', '\uFF1Dcmd', '\uFF0Bcmd', '\uFF0Dcmd', '\uFF20cmd']
    const rows = parseCsv(iocsCsv(values.map((value) => ({ value, type: 'url', at: AT }))), { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r['value'])).toEqual(values.map((v) => `'${v}`))
  })

  it('with LF line ends for the action output (the runner joins output lines with LF), the same rows', () => {
    const iocs = iocsOf('203.0.113.7', 'evil.example')
    expect(iocsCsv(iocs, 'lf')).toBe(iocsCsv(iocs).replace(/\r\n/g, '\n'))
    expect(parseCsv(iocsCsv(iocs, 'lf'), { columns: true })).toEqual(parseCsv(iocsCsv(iocs), { columns: true }))
  })

  it('an incident without indicators exports the header alone', () => {
    expect(iocsCsv([])).toBe('"type","value","first_seen","added_by"\r\n')
  })
})

describe('STIX patterns', () => {
  it.each([
    ['203.0.113.7', "[ipv4-addr:value = '203.0.113.7']"],
    ['2001:db8::7', "[ipv6-addr:value = '2001:db8::7']"],
    ['Evil[.]Example', "[domain-name:value = 'evil.example']"],
    ['hxxps://evil.example/login', "[url:value = 'https://evil.example/login']"],
    ['Mallory@Evil.example', "[email-addr:value = 'mallory@evil.example']"],
    ['d41d8cd98f00b204e9800998ecf8427e', "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']"],
    ['da39a3ee5e6b4b0d3255bfef95601890afd80709', "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']"],
    [
      'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
      "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']"
    ]
  ])('/ioc %s exports as %s', (value, pattern) => {
    expect(stixPattern(iocsOf(value)[0]!)).toBe(pattern)
  })

  it("escapes a quote and a backslash in the value (STIX Patterning: \\' and \\\\ in a string constant)", () => {
    expect(stixPattern(iocsOf("http://evil.example/a'b\\c")[0]!)).toBe("[url:value = 'http://evil.example/a\\'b\\\\c']")
  })

  it('reads an older record\'s "ip" type by what the address is, and leaves out a type STIX has no object for', () => {
    expect(stixPattern({ value: '203.0.113.7', type: 'ip', at: AT })).toBe("[ipv4-addr:value = '203.0.113.7']")
    expect(stixPattern({ value: '2001:db8::1', type: 'ip', at: AT })).toBe("[ipv6-addr:value = '2001:db8::1']")
    const { bundle, skipped } = iocsStix({ codename: 'amber-heron', iocs: [{ value: 'ACME Hosting', type: 'party', at: AT }] })
    expect(skipped).toHaveLength(1)
    expect(bundle.objects).toBeUndefined()
  })
})

/** The official STIX 2.1 indicator schema with the common schemas it references (tests/fixtures/stix). */
function indicatorValidator() {
  // The schemas' patterns are ECMA-262 without the u flag (core.json escapes a hyphen: \-).
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false })
  addFormats.default(ajv)
  const root = join(process.cwd(), 'tests/fixtures/stix/schemas')
  for (const dir of ['common', 'sdos']) for (const f of readdirSync(join(root, dir))) ajv.addSchema(JSON.parse(readFileSync(join(root, dir, f), 'utf8')))
  const validate = ajv.getSchema('http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/sdos/indicator.json')
  if (!validate) throw new Error('indicator schema not loaded')
  return validate
}

describe('the STIX 2.1 bundle', () => {
  const incident = {
    codename: 'amber-heron',
    iocs: iocsOf(
      '203.0.113.7',
      '2001:db8::7',
      'evil.example',
      'https://evil.example/x',
      'a@evil.example',
      'd41d8cd98f00b204e9800998ecf8427e',
      "http://evil.example/a'b"
    )
  }
  const validate = indicatorValidator()

  it('every indicator is valid against the official STIX 2.1 schema', () => {
    const objects = iocsStix(incident).bundle.objects!
    expect(objects).toHaveLength(incident.iocs.length)
    for (const object of objects)
      expect({ id: object['id'], valid: validate(object), errors: validate.errors ?? null }).toEqual({ id: object['id'], valid: true, errors: null })
  })

  it('the schema is not a rubber stamp: a timestamp without milliseconds and an id of another type fail it', () => {
    const [object] = iocsStix(incident).bundle.objects!
    expect(validate({ ...object, created: '2026-11-22T12:02:00Z' })).toBe(false)
    expect(validate({ ...object, id: 'bundle--0137d9d5-fb9e-5642-a343-af89b3391477' })).toBe(false)
    expect(validate({ ...object, pattern: undefined })).toBe(false)
  })

  it('keeps the bundle envelope (bundle.json): type "bundle", a "bundle--" id, at least one object', () => {
    const { bundle } = iocsStix(incident)
    expect(bundle.type).toBe('bundle')
    expect(bundle.id).toMatch(/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(bundle.objects!.length).toBeGreaterThan(0)
  })

  it('dates each indicator by when it was recorded, in the form STIX requires', () => {
    const [first] = iocsStix(incident).bundle.objects!
    expect(first).toMatchObject({
      spec_version: '2.1',
      pattern_type: 'stix',
      created: '2026-11-22T12:02:00.000Z',
      modified: '2026-11-22T12:02:00.000Z',
      valid_from: '2026-11-22T12:02:00.000Z'
    })
  })

  it('is deterministic: the same incident exports the same bytes; ids are version-5 UUIDs and differ per incident', () => {
    expect(exportIocs(incident, 'stix')).toBe(exportIocs(structuredClone(incident), 'stix'))
    const ids = iocsStix(incident).bundle.objects!.map((o) => o['id'] as string)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^indicator--[0-9a-f]{8}-[0-9a-f]{4}-5/)
    const other = iocsStix({ ...incident, codename: 'quiet-otter' }).bundle.objects!.map((o) => o['id'])
    expect(other.filter((id) => ids.includes(id as string))).toEqual([])
  })
})
