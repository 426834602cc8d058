import { describe, expect, it } from '@jest/globals'
import { ConfigError, defaultConfig, parseConfig } from '../../src/config/load.js'

describe('configuration', () => {
  it('gives every default from the design when there is no file', () => {
    const config = defaultConfig()
    expect(config.labels.trigger).toBe('incident')
    expect(config.labels.drill).toBe('incident:drill')
    expect(config.phases.map((p) => p.id)).toEqual(['triage', 'mitigation', 'containment', 'investigation', 'communication', 'resolved'])
    expect(Object.keys(config.gates)).toEqual(['not-internal', 'timeline-verified', 'impact-known', 'fix-verified', 'legal-approved'])
    expect(config.drafts.internalUpdate.gates).toEqual(['not-internal'])
    expect(config.drafts.externalAnnouncement.gates).toHaveLength(5)
    expect(config.steps).toHaveLength(14)
    expect(config.runbooks).toMatchObject({ paths: ['runbooks/**/*.md'], reviewedMaxDays: 90, testedMaxDays: 180 })
    expect(config.commands.permission).toBe('write')
  })

  it('lets a user override a default', () => {
    const config = parseConfig('labels:\n  trigger: sec-incident\nrunbooks:\n  reviewedMaxDays: 30\n')
    expect(config.labels.trigger).toBe('sec-incident')
    expect(config.labels.drill).toBe('incident:drill')
    expect(config.runbooks.reviewedMaxDays).toBe(30)
  })

  it('names the file, line, key, value and expectation of a bad value', () => {
    const text = 'labels:\n  trigger: incident\nrunbooks:\n  reviewedMaxDays: "soon"\n'
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(ConfigError)
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(/^cfg\.yml:4: runbooks\.reviewedMaxDays: .*number.* \(got "soon"\)$/)
  })

  it('names an unknown key', () => {
    expect(() => parseConfig('labels:\n  trigers: x\n', 'cfg.yml')).toThrow('cfg.yml:1: labels: unknown key "trigers"')
  })

  it('rejects a step in a phase that does not exist', () => {
    const text = 'checklist:\n  - id: one\n    title: One\n    phase: nowhere\n'
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(/cfg\.yml:4: checklist\.0\.phase: "nowhere" is not one of the phases/)
  })

  it('rejects a draft gated on an unknown gate', () => {
    expect(() => parseConfig('drafts:\n  internalUpdate:\n    gates: [nope]\n', 'c.yml')).toThrow(/drafts\.internalUpdate\.gates\.0: "nope" is not a configured gate/)
  })

  it('reports broken YAML with its line', () => {
    expect(() => parseConfig('labels:\n  trigger: [oops\n', 'c.yml')).toThrow(/^c\.yml:\d+: not valid YAML/)
  })
})
