/**
 * A legal clock through the runs GitHub triggers, on the in-memory issue: a decision comment
 * starts it, the dashboard shows when it is due, a run hours late reminds once, `/filed` meets it,
 * and the same event run twice changes nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../../src/config/load.js'
import { context } from '../incident/context.js'
import { IssueModel } from '../incident/github-model.js'

const config = parseConfig('legal:\n  clocks:\n    gdpr-art33: { owner: "@acme/dpo" }\n')
const FILED = '2026-11-22T09:20:00.000Z'

function incident(): IssueModel {
  const model = new IssueModel(context({ config, now: FILED }), { createdAt: FILED })
  model.run({ at: FILED })
  return model
}

const dashboard = (model: IssueModel) => model.bot('dashboard')!.body
const clockRow = (model: IssueModel) =>
  dashboard(model)
    .split('\n')
    .find((l) => l.startsWith('| GDPR Art. 33'))

describe('a GDPR Art. 33 clock through the runs', () => {
  it('starts at the decision, shows its due time, reminds once when a run comes late, and is met by the filing', () => {
    const model = incident()
    expect(clockRow(model)).toBeUndefined()

    model.setClock('2026-11-22T10:00:00.000Z')
    model.comment('ic-ian', '/decision personal-data-breach 2026-11-22T09:45Z')
    model.run({ at: '2026-11-22T10:00:05.000Z' })
    const row = clockRow(model)!
    expect(row).toContain('| 2026-11-25T09:45Z |')
    expect(row).toContain('[GDPR (Regulation (EU) 2016/679) Art. 33(1)](https://eur-lex.europa.eu/eli/reg/2016/679/oj)')
    expect(row).toContain('from decision `personal-data-breach` 2026-11-22T09:45Z, recorded by `@ic-ian`')
    expect(row).toContain('`@acme/dpo`')
    expect(model.state.timeline.some((e) => e.kind === 'decision' && e.by === 'ic-ian')).toBe(true)

    // The next event comes 4 hours after the due time (a late scheduled run, or any comment): one reminder.
    const late = '2026-11-25T13:45:00.000Z'
    const before = model.replies().length
    model.run({ at: late })
    const reminders = model.replies().slice(before)
    expect(reminders).toHaveLength(1)
    expect(reminders[0]).toContain('GDPR Art. 33')
    expect(reminders[0]).toContain('@acme/dpo')
    expect(reminders[0]).toContain('`/filed gdpr-art33 <reference>`')
    // The same run again: nothing to write, no second reminder.
    expect(model.writesOf(model.run({ at: late }))).toBe(0)
    expect(model.replies().length).toBe(before + 1)

    model.setClock('2026-11-25T14:00:00.000Z')
    model.comment('ic-ian', '/filed gdpr-art33 2026-11-25T09:30Z DPC-2026-114')
    model.run({ at: '2026-11-25T14:00:05.000Z' })
    expect(clockRow(model)).toContain('✅ met 2026-11-25T09:30Z (filed, reference DPC-2026-114, recorded by `@ic-ian`)')
    expect(model.state.filings?.['gdpr-art33']).toMatchObject({ reference: 'DPC-2026-114', by: 'ic-ian', at: '2026-11-25T09:30Z'.replace('Z', ':00.000Z') })
    // The filing event replayed: nothing changes.
    expect(model.writesOf(model.run({ at: '2026-11-25T14:00:05.000Z' }))).toBe(0)
  })

  it('a reference cannot forge markdown or ping anyone', () => {
    const model = incident()
    model.comment('ic-ian', '/decision personal-data-breach')
    model.comment('ic-ian', '/filed gdpr-art33 <!-- x --> | @ceo [x]')
    model.run()
    const row = clockRow(model)!
    expect(row).not.toContain('<!--')
    expect(row).not.toMatch(/[^`]@ceo/)
    expect(row.split(' | ')).toHaveLength(4)
  })

  it('the post-mortem lists the clock with its decision and filing', () => {
    const model = incident()
    model.comment('ic-ian', '/decision personal-data-breach')
    model.comment('ic-ian', '/filed gdpr-art33 DPC-7')
    model.close('ic-ian')
    model.settle()
    const postMortem = model.bot('post-mortem')!.body
    expect(postMortem).toContain('### Clocks')
    expect(postMortem).toMatch(/\| GDPR Art\. 33: supervisory authority notified .*from decision `personal-data-breach`.*\| ✅ met .*reference DPC-7/)
  })
})
