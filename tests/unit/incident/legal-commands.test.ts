/** `/decision` and `/filed`: what the law counts from, and the filing that meets it, read from comments. */
import { describe, expect, it } from '@jest/globals'
import { parseCommands } from '../../../src/incident/commands.js'

describe('/decision', () => {
  it('records a decision now, or at the time it was made', () => {
    expect(parseCommands('/decision material')).toEqual([{ name: 'decision', decision: 'material', at: 'now' }])
    expect(parseCommands('/decision Material 2026-11-20T15:00Z')).toEqual([{ name: 'decision', decision: 'material', at: '2026-11-20T15:00:00.000Z' }])
    expect(parseCommands('/decision major 2026-11-20 15:00')).toEqual([{ name: 'decision', decision: 'major', at: '2026-11-20T15:00:00.000Z' }])
  })

  it('withdraws one', () => {
    expect(parseCommands('/decision withdraw material')).toEqual([{ name: 'decision-withdraw', decision: 'material' }])
  })

  it('says how to write it when it cannot be read', () => {
    for (const line of ['/decision', '/decision material yesterday', '/decision material 2026-02-30T10:00Z', '/decision withdraw', '/decision 8k!'])
      expect(parseCommands(line)[0]).toMatchObject({ name: 'invalid', reason: expect.stringContaining('usage: `/decision <name> [ISO time]`') })
  })

  it('a misspelling gets "did you mean"', () => {
    expect(parseCommands('/decison material')[0]).toMatchObject({ name: 'invalid', reason: expect.stringContaining('did you mean `/decision`') })
  })
})

describe('/filed', () => {
  it('records the filing with its reference, now or backdated', () => {
    expect(parseCommands('/filed gdpr-art33 DPC-2026-114')).toEqual([{ name: 'filed', clock: 'gdpr-art33', at: 'now', reference: 'DPC-2026-114' }])
    expect(parseCommands('/filed sec-8k 2026-12-01T21:00Z accession 0000950170-26-000123')).toEqual([
      { name: 'filed', clock: 'sec-8k', at: '2026-12-01T21:00:00.000Z', reference: 'accession 0000950170-26-000123' }
    ])
  })

  it('needs a reference, so the filing can be found again', () => {
    expect(parseCommands('/filed gdpr-art33')[0]).toMatchObject({ name: 'invalid', reason: expect.stringContaining("give the filing's reference") })
    expect(parseCommands('/filed gdpr-art33 2026-12-01T21:00Z')[0]).toMatchObject({ name: 'invalid' })
  })

  it('withdraws one recorded by mistake', () => {
    expect(parseCommands('/filed withdraw gdpr-art33')).toEqual([{ name: 'filed-withdraw', clock: 'gdpr-art33' }])
  })

  it('a misspelling gets "did you mean"', () => {
    expect(parseCommands('/filde gdpr-art33 X')[0]).toMatchObject({ name: 'invalid', reason: expect.stringContaining('did you mean `/filed`') })
  })
})
