import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { builtinTemplates } from '../../../src/comms/templates.js'
import { defaultConfig } from '../../../src/config/load.js'
import { emptyTally } from '../../../src/runbooks/freshness.js'
import { buildReport, renderRunbookReport, reportAnnotations, reportOutputs, type RunbookReport } from '../../../src/runbooks/report.js'
import { readCodeOwners, scanRunbooks } from '../../../src/runbooks/scan.js'

const mixed = fileURLToPath(new URL('../../fixtures/runbooks/mixed', import.meta.url))
const settings = defaultConfig().runbooks
const today = '2026-03-10'
let report: RunbookReport

beforeAll(async () => {
  report = buildReport(await scanRunbooks({ dir: mixed, runbooks: settings, today, codeowners: await readCodeOwners(mixed) }), settings, today)
})

const tableRows = (markdown: string) => markdown.split('\n').filter((l) => /^\| runbooks\//.test(l))

describe('the runbook freshness report', () => {
  it('counts runbooks as fresh, stale and broken', () => {
    expect(report.counts).toEqual({ checked: 7, fresh: 2, stale: 2, broken: 3 })
    const markdown = renderRunbookReport(report, builtinTemplates())
    expect(markdown).toContain('7 runbooks checked on 2026-03-10: **2 fresh**, **2 stale**, **3 broken**')
  })

  it('draws a Mermaid pie of fresh, stale and broken', () => {
    const markdown = renderRunbookReport(report, builtinTemplates())
    expect(markdown).toContain('```mermaid\npie showData\n    title Runbooks by freshness\n    "Fresh" : 2\n    "Stale" : 2\n    "Broken" : 3\n```')
  })

  it('lists broken runbooks first, then the most overdue', () => {
    const rows = tableRows(renderRunbookReport(report, builtinTemplates()))
    expect(rows.map((r) => r.split('|')[1]!.trim())).toEqual([
      'runbooks/future.md:3',
      'runbooks/impossible.md:3',
      'runbooks/security-incident.md:3',
      'runbooks/security-incident.md:3',
      'runbooks/stale.md:4',
      'runbooks/stale.md:3',
      'runbooks/network/ddos.md:4'
    ])
    expect(rows[4]).toBe('| runbooks/stale.md:4 | test overdue | 2024-12-01 | 2025-05-30 | 284 | @acme/sre |')
  })

  it('mentions the owners of the runbooks that need attention', () => {
    expect(renderRunbookReport(report, builtinTemplates())).toContain('update their dates: @acme/sre @acme/netops')
  })

  it('in stable form (the tracking issue) shows no day counts and no run date, and says how many rows it left out', () => {
    const markdown = renderRunbookReport(report, builtinTemplates(), { stable: true, maxRows: 3 })
    expect(markdown).not.toContain('2026-03-10')
    expect(markdown).not.toContain('Days overdue')
    expect(tableRows(markdown)).toHaveLength(3)
    expect(markdown).toContain('…and 4 more')
  })

  it('says so when every runbook is fresh, and when none matched', () => {
    const allFresh = buildReport({ ...emptyTally(), checked: 2, fresh: 2 }, settings, today)
    expect(renderRunbookReport(allFresh, builtinTemplates())).toContain('Every runbook is fresh.')
    expect(renderRunbookReport(allFresh, builtinTemplates())).not.toContain('"Stale"')
    const none = buildReport(emptyTally(), settings, today)
    expect(renderRunbookReport(none, builtinTemplates())).toContain('No runbooks matched `runbooks/**/*.md`.')
  })

  it('annotates each problem on its file and line', () => {
    const annotations = reportAnnotations(report)
    expect(annotations).toHaveLength(7)
    expect(annotations).toContainEqual({
      kind: 'annotate',
      level: 'error',
      title: 'Runbook Last Reviewed is not a real date',
      message: 'Last Reviewed "2026-02-30" is not a real date: February 2026 has 28 days, not 30',
      file: 'runbooks/impossible.md',
      line: 3
    })
  })

  it('sets counts and the whole report as JSON in the outputs', () => {
    const outputs = reportOutputs(report)
    expect(outputs).toMatchObject({ 'runbooks-checked': '7', 'runbooks-fresh': '2', 'runbooks-stale': '2', 'runbooks-broken': '3' })
    expect(JSON.parse(outputs['runbooks-json']!)).toMatchObject({ today, counts: report.counts, findings: expect.any(Array) })
  })
})
