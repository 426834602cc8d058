/** Legal clock presets in `.github/incident-kit.yml`: switched on by id, changed key by key, checked like every setting. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultConfig, loadConfig, parseConfig } from '../../src/config/load.js'
import { LEGAL_PRESET_IDS, LEGAL_PRESETS } from '../../src/config/legal-presets.js'

describe('legal clock presets', () => {
  it('are off by default', () => {
    expect(defaultConfig().clocks.map((c) => c.id)).toEqual(['ic-assigned', 'status-update', 'external-announcement'])
  })

  it('switched on, each is a clock after the response clocks, with its law, an official https address and the law’s words', () => {
    const config = parseConfig(['legal:', '  clocks:', ...LEGAL_PRESET_IDS.map((id) => `    ${id}: true`)].join('\n'))
    const legal = config.clocks.slice(3)
    expect(legal.map((c) => c.id)).toEqual(LEGAL_PRESET_IDS)
    for (const clock of legal) {
      expect(clock.law?.url).toMatch(/^https:\/\/(eur-lex\.europa\.eu|www\.sec\.gov|www\.ecfr\.gov|leginfo\.legislature\.ca\.gov)\//)
      expect(clock.law?.says).toBeTruthy()
      expect(clock.until).toBe(`filing:${clock.id}`)
    }
  })

  it('take changes key by key: owner, title, and a new duration replacing the preset’s', () => {
    const config = parseConfig(
      ['legal:', '  clocks:', '    sec-8k: { owner: "@acme/legal", title: "8-K filed", hours: 48 }', '    gdpr-art33: { severities: [1, 2] }'].join('\n')
    )
    const sec = config.clocks.find((c) => c.id === 'sec-8k')!
    expect(sec).toMatchObject({ owner: '@acme/legal', title: '8-K filed', hours: 48, from: 'decision:material', law: LEGAL_PRESETS['sec-8k'].law })
    expect(sec.businessDays).toBeUndefined()
    expect(sec.holidays).toBeUndefined()
    expect(config.clocks.find((c) => c.id === 'gdpr-art33')).toMatchObject({ hours: 72, severities: [1, 2] })
  })

  it('an unknown preset is a problem naming the key, with a suggestion', () => {
    const { problems } = loadConfig('legal:\n  clocks:\n    gdpr-art-33: true\n')
    expect(problems).toEqual([expect.objectContaining({ key: 'legal.clocks.gdpr-art-33', line: 3, suggestion: 'gdpr-art33' })])
    expect(problems[0]!.message).toContain('known here: gdpr-art33, gdpr-art34, nis2-early-warning')
  })

  it('a chain without its first link is a problem at the preset: the NIS2 final report runs from the notification filing', () => {
    const { config, problems } = loadConfig('legal:\n  clocks:\n    nis2-final-report: true\n')
    expect(problems).toEqual([
      expect.objectContaining({ key: 'legal.clocks.nis2-final-report.from', message: expect.stringContaining('"nis2-notification" is not a configured clock') })
    ])
    expect(config.clocks.some((c) => c.id === 'nis2-final-report')).toBe(false)
  })

  it('a holiday calendar on an hours clock, or an unknown zone, is a problem; the rest of the file still counts', () => {
    const { config, problems } = loadConfig(
      'legal:\n  clocks:\n    gdpr-art33: { holidays: us-federal }\n    sec-8k: { zone: Mars/Olympus }\n    hipaa-breach: true\n'
    )
    expect(problems.map((p) => p.key)).toEqual(expect.arrayContaining(['legal.clocks.gdpr-art33', 'legal.clocks.sec-8k.zone']))
    expect(config.clocks.some((c) => c.id === 'hipaa-breach')).toBe(true)
  })

  it('a clock of your own may count from a decision and stop at its filing, in business days', () => {
    const config = parseConfig(
      'clocks:\n  - id: state-ag\n    title: State AG notified\n    from: decision:ca-breach\n    until: filing:state-ag\n    businessDays: 10\n    holidays: none\n'
    )
    expect(config.clocks.find((c) => c.id === 'state-ag')).toMatchObject({ businessDays: 10, holidays: 'none' })
    expect(loadConfig('clocks:\n  - id: x\n    title: X\n    from: opened\n    until: filing:nope\n    hours: 1\n').problems[0]?.message).toContain(
      '"nope" is not a configured clock'
    )
    expect(loadConfig('clocks:\n  - id: x\n    title: X\n    from: opened\n    until: status\n    hours: 1\n    days: 2\n').problems[0]?.message).toContain(
      'give exactly one of hours, days, months, businessDays'
    )
  })
})

describe('the README', () => {
  it('the configuration examples of "Legal and regulatory clocks" parse without a problem', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8')
    const section = readme.split('## Legal and regulatory clocks')[1]!.split('\n## ')[0]!
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!)
    expect(blocks).toHaveLength(2)
    for (const block of blocks) expect(loadConfig(block).problems).toEqual([])
  })
})
