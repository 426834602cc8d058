import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { builtinTemplates } from '../../../src/comms/templates.js'
import { defaultConfig } from '../../../src/config/load.js'
import { parseCodeOwners } from '../../../src/runbooks/codeowners.js'
import { dayNumber, parseRunbookDates } from '../../../src/runbooks/dates.js'
import { addToTally, assessRunbook, emptyTally, type FreshnessTally } from '../../../src/runbooks/freshness.js'
import {
  planPullRequestRunbookCheck,
  planRunbookTracking,
  proposeLastTested,
  TRACKING_MARKER,
  trackingIssueChanges,
  type TrackingIssue
} from '../../../src/runbooks/plan.js'
import { buildReport, type RunbookReport } from '../../../src/runbooks/report.js'

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/runbooks/${path}`, import.meta.url), 'utf8')
const runbooks = defaultConfig().runbooks
const templates = builtinTemplates()
const today = '2026-03-10'

function reportOf(texts: Record<string, string>, on = today): RunbookReport {
  const tally: FreshnessTally = emptyTally()
  for (const [file, text] of Object.entries(texts)) {
    addToTally(tally, assessRunbook(file, parseRunbookDates(text), { ...runbooks, today: dayNumber(on)!, fallbackOwners: ['@acme/sre'] }))
  }
  return buildReport(tally, runbooks, on)
}

const stale = reportOf({
  'runbooks/a.md': 'Last Reviewed: 2025-01-01 Last Tested: 2026-01-01',
  'runbooks/b.md': 'Last Reviewed: 2026-03-01 Last Tested: 2026-03-01'
})
const fresh = reportOf({ 'runbooks/b.md': 'Last Reviewed: 2026-03-01 Last Tested: 2026-03-01' })
const tracking = (report: RunbookReport, existing?: TrackingIssue) => trackingIssueChanges({ report, existing, templates, trackingLabel: 'runbook-freshness' })
/** The issue as the first run left it. */
function created(report: RunbookReport): TrackingIssue {
  const [change] = tracking(report)
  if (change?.kind !== 'create-issue') throw new Error('expected the tracking issue to be created')
  return { number: 7, state: 'open', title: change.title, body: change.body }
}

describe('the scheduled run keeps one tracking issue current', () => {
  it('opens the tracking issue when a runbook is stale and there is none', () => {
    const [change, ...rest] = tracking(stale)
    expect(rest).toEqual([])
    expect(change).toMatchObject({ kind: 'create-issue', key: 'runbook-freshness', title: 'Runbook freshness: 1 stale', labels: ['runbook-freshness'] })
    const body = (change as { body: string }).body
    expect(body.startsWith(TRACKING_MARKER)).toBe(true)
    expect(body).toContain('runbooks/a.md:1')
    expect(body).toContain('update their dates: @acme/sre')
  })

  it('leaves the issue alone when nothing changed, even a day later', () => {
    const existing = created(stale)
    const nextDay = reportOf(
      { 'runbooks/a.md': 'Last Reviewed: 2025-01-01 Last Tested: 2026-01-01', 'runbooks/b.md': 'Last Reviewed: 2026-03-01 Last Tested: 2026-03-01' },
      '2026-03-11'
    )
    expect(tracking(nextDay, existing)).toEqual([])
  })

  it('edits the issue in place when the list changes', () => {
    const worse = reportOf({
      'runbooks/a.md': 'Last Reviewed: 2025-01-01 Last Tested: 2026-01-01',
      'runbooks/b.md': 'Last Reviewed: YYYY-MM-DD Last Tested: 2026-03-01'
    })
    const [change] = tracking(worse, created(stale))
    expect(change).toMatchObject({ kind: 'update-tracking-issue', number: 7, title: 'Runbook freshness: 1 stale, 1 broken' })
    expect((change as { body: string }).body).toContain('Last Reviewed is a placeholder')
    expect(change).not.toHaveProperty('state')
  })

  it('reopens a closed tracking issue rather than opening a second one', () => {
    const [change] = tracking(stale, { number: 7, state: 'closed', title: 'Runbook freshness: all runbooks are fresh', body: 'old' })
    expect(change).toMatchObject({ kind: 'update-tracking-issue', number: 7, state: 'open', title: 'Runbook freshness: 1 stale' })
  })

  it('closes the issue when every runbook is fresh again', () => {
    const [change] = tracking(fresh, { number: 7, state: 'open', title: 'Runbook freshness: 1 stale', body: 'old' })
    expect(change).toMatchObject({ kind: 'update-tracking-issue', number: 7, state: 'closed', title: 'Runbook freshness: all runbooks are fresh' })
    expect((change as { body: string }).body).toContain('Every runbook is fresh.')
  })

  it('does nothing when all is fresh and there is no open issue', () => {
    expect(tracking(fresh)).toEqual([])
    expect(tracking(fresh, { number: 7, state: 'closed', body: 'x' })).toEqual([])
  })

  it('also annotates, sets outputs and writes the job summary', () => {
    const plan = planRunbookTracking({ report: stale, templates, trackingLabel: 'runbook-freshness' })
    expect(plan.changes.map((c) => c.kind)).toEqual(['create-issue', 'annotate'])
    expect(plan.outputs['runbooks-stale']).toBe('1')
    expect(plan.summary).toContain('Days overdue')
    expect(plan.failure).toBeUndefined()
  })
})

describe('a pull request that changes a runbook', () => {
  const check = (files: { path: string; text?: string }[], changedOn = today) =>
    planPullRequestRunbookCheck({ files, changedOn, runbooks, codeowners: parseCodeOwners('/runbooks/ @acme/sre\n') })

  it('passes when the runbook was reviewed on the day of the change', () => {
    const plan = check([{ path: 'runbooks/a.md', text: '# A\n\nLast Reviewed: 2026-03-10 Last Tested: 2026-01-01\n' }])
    expect(plan.failure).toBeUndefined()
    expect(plan.changes).toEqual([])
    expect(plan.outputs).toEqual({ 'runbooks-changed': '1', 'runbooks-failing': '0' })
  })

  it('only checks files the runbook globs match, and skips deleted ones', () => {
    const plan = check([{ path: 'docs/notes.md', text: 'Last Reviewed: YYYY-MM-DD' }, { path: 'runbooks/gone.md' }])
    expect(plan.failure).toBeUndefined()
    expect(plan.outputs['runbooks-changed']).toBe('0')
  })

  it('fails when Last Reviewed is older than the change, annotating the line and suggesting the date', () => {
    const plan = check([{ path: 'runbooks/a.md', text: '# A\n\nLast Reviewed: 2026-03-01 Last Tested: 2026-01-01\n' }])
    expect(plan.changes).toEqual([
      expect.objectContaining({ kind: 'annotate', level: 'error', file: 'runbooks/a.md', line: 3, title: 'Runbook review older than this change' })
    ])
    expect(plan.failure).toBe('A runbook changed here needs real dates and a Last Reviewed of 2026-03-10 or later: runbooks/a.md')
    expect(plan.summary).toContain('-Last Reviewed: 2026-03-01 Last Tested: 2026-01-01\n+Last Reviewed: 2026-03-10 Last Tested: 2026-01-01')
  })

  it('fails on placeholders, impossible and future dates', () => {
    const plan = check([
      { path: 'runbooks/security-incident.md', text: fixture('mixed/runbooks/security-incident.md') },
      { path: 'runbooks/impossible.md', text: fixture('mixed/runbooks/impossible.md') },
      { path: 'runbooks/future.md', text: fixture('mixed/runbooks/future.md') }
    ])
    expect(plan.outputs['runbooks-failing']).toBe('3')
    expect(plan.changes.filter((c) => c.kind === 'annotate' && c.level === 'error').map((c) => (c.kind === 'annotate' ? `${c.file}:${c.line}` : ''))).toEqual([
      'runbooks/security-incident.md:3',
      'runbooks/security-incident.md:3',
      'runbooks/impossible.md:3',
      'runbooks/future.md:3'
    ])
  })

  it('only warns when Last Tested is overdue: editing a runbook is not drilling it', () => {
    const plan = check([{ path: 'runbooks/a.md', text: 'Last Reviewed: 2026-03-10 Last Tested: 2025-01-01' }])
    expect(plan.failure).toBeUndefined()
    expect(plan.changes).toEqual([expect.objectContaining({ kind: 'annotate', level: 'warning', title: 'Runbook test overdue' })])
  })
})

describe('a drill sets Last Tested', () => {
  it('replaces the placeholder in the security-incident runbook header', () => {
    const proposal = proposeLastTested(fixture('mixed/runbooks/security-incident.md'), '2026-03-10')
    expect(proposal.text.split('\n')[2]).toBe('Last Reviewed: YYYY-MM-DD Last Tested: 2026-03-10')
    expect(proposal.diff).toBe('@@ -3 +3 @@\n-Last Reviewed: YYYY-MM-DD Last Tested: YYYY-MM-DD\n+Last Reviewed: YYYY-MM-DD Last Tested: 2026-03-10')
    expect(proposal.suggestion).toBe(`\`\`\`diff\n${proposal.diff}\n\`\`\``)
  })

  it('keeps the <div> and its emphasis', () => {
    const proposal = proposeLastTested(fixture('mixed/runbooks/database/failover.md'), '2026-03-10')
    expect(proposal.diff).toBe('@@ -5 +5 @@\n-  <strong>Last Tested:</strong> 2025-12-15\n+  <strong>Last Tested:</strong> 2026-03-10')
  })

  it('sets it in the front matter, keeping the quotes', () => {
    const proposal = proposeLastTested(fixture('mixed/runbooks/network/ddos.md'), '2026-03-10')
    expect(proposal.diff).toBe('@@ -5 +5 @@\n-last_tested: "2025-10-01"\n+last_tested: "2026-03-10"')
  })

  it('adds it to the front matter when the front matter has the other date', () => {
    const proposal = proposeLastTested('---\ntitle: T\nlast_reviewed: 2026-01-01\n---\n# T\n', '2026-03-10')
    expect(proposal.text).toBe('---\ntitle: T\nlast_reviewed: 2026-01-01\nlast_tested: 2026-03-10\n---\n# T\n')
  })

  it('adds it beside Last Reviewed, in the same style, when the runbook has none', () => {
    expect(proposeLastTested('# A\n\n**Last Reviewed:** 2026-01-02\n\nSteps.\n', '2026-03-10').text).toBe(
      '# A\n\n**Last Reviewed:** 2026-01-02 **Last Tested:** 2026-03-10\n\nSteps.\n'
    )
    expect(proposeLastTested('**Last Reviewed: 2026-01-02**\n', '2026-03-10').text).toBe('**Last Reviewed: 2026-01-02** **Last Tested: 2026-03-10**\n')
    expect(proposeLastTested('| Last Reviewed | 2026-01-02 |\n', '2026-03-10').text).toBe('| Last Reviewed | 2026-01-02 |\n| Last Tested | 2026-03-10 |\n')
  })

  it('adds a line under the title of a g3doc runbook', () => {
    const text = "<!--* freshness: { owner: 'carol' reviewed: '2026-02-20' } *-->\n\n# Certificates\n\nRotate them.\n"
    const proposal = proposeLastTested(text, '2026-03-10')
    expect(proposal.text).toBe("<!--* freshness: { owner: 'carol' reviewed: '2026-02-20' } *-->\n\n# Certificates\n\nLast Tested: 2026-03-10\n\nRotate them.\n")
    expect(parseRunbookDates(proposal.text).tested?.written).toBe('2026-03-10')
  })

  it('changes nothing when the date is already set', () => {
    const proposal = proposeLastTested('Last Reviewed: 2026-01-02 Last Tested: 2026-03-10', '2026-03-10')
    expect(proposal).toMatchObject({ changed: false, diff: '', suggestion: '' })
  })

  it('refuses a date that does not exist', () => {
    expect(() => proposeLastTested('Last Tested: 2026-01-01', '2026-02-30')).toThrow('isoDate must be a date')
  })
})
