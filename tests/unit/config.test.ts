import { describe, expect, it } from '@jest/globals'
import { ConfigError, defaultConfig, loadConfig, parseConfig } from '../../src/config/load.js'

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
    expect(() => parseConfig('labels:\n  trigers: x\n', 'cfg.yml')).toThrow(/^cfg\.yml:2: labels\.trigers: unknown key .*; did you mean "trigger"\?$/)
  })

  it('rejects a step in a phase that does not exist', () => {
    const text = 'checklist:\n  - id: one\n    title: One\n    phase: nowhere\n'
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(/^cfg\.yml:4: checklist\.0\.phase: "nowhere" is not one of the phases \(triage, .*\) \(got "nowhere"\)$/)
  })

  it('rejects a draft gated on an unknown gate', () => {
    expect(() => parseConfig('drafts:\n  internalUpdate:\n    gates: [nope]\n', 'c.yml')).toThrow(
      /drafts\.internalUpdate\.gates\.0: "nope" is not a configured gate/
    )
  })

  it('rejects a gate approving the text of a draft that does not wait for it', () => {
    expect(() =>
      parseConfig('gates:\n  not-internal:\n    approves: external-announcement\ndrafts:\n  externalAnnouncement:\n    gates: [legal-approved]\n', 'c.yml')
    ).toThrow(/gates\.not-internal\.approves: .*gate "not-internal" approves the external-announcement text but is not in drafts\.externalAnnouncement\.gates/)
  })

  it('reports broken YAML with its line', () => {
    expect(() => parseConfig('labels:\n  trigger: [oops\n', 'c.yml')).toThrow(/^c\.yml:\d+: not valid YAML/)
  })
})

describe('a partial configuration merges with the defaults', () => {
  it('one more gate keeps the five default gates, and the drafts still wait on them', () => {
    const { config, problems } = loadConfig('gates:\n  regulator-notified:\n    description: The regulator was notified.\n')
    expect(problems).toEqual([])
    expect(Object.keys(config.gates)).toEqual(['not-internal', 'timeline-verified', 'impact-known', 'fix-verified', 'legal-approved', 'regulator-notified'])
    expect(config.drafts.externalAnnouncement.gates).toHaveLength(5)
  })

  it('changing a default gate changes only what is written', () => {
    const { config, problems } = loadConfig('gates:\n  legal-approved:\n    approvers:\n      teams: [acme/legal]\n')
    expect(problems).toEqual([])
    expect(config.gates['legal-approved']).toEqual({
      description: 'Legal counsel approved the external statement.',
      approvers: { users: [], teams: ['acme/legal'], permission: 'maintain' },
      approves: 'external-announcement'
    })
  })

  it('a gate set to null is removed', () => {
    const { config, problems } = loadConfig('gates:\n  legal-approved: null\ndrafts:\n  externalAnnouncement:\n    gates: [not-internal]\n')
    expect(problems).toEqual([])
    expect(config.gates['legal-approved']).toBeUndefined()
  })

  it('one new phase is added before the final phase, and every default step keeps its phase', () => {
    const { config, problems } = loadConfig('phases:\n  - id: recovery\n    title: Recovery\n')
    expect(problems).toEqual([])
    expect(config.phases.map((p) => p.id)).toEqual(['triage', 'mitigation', 'containment', 'investigation', 'communication', 'recovery', 'resolved'])
    expect(config.steps).toHaveLength(14)
  })

  it('a new phase listed after a known one goes right after it; a known id renames it', () => {
    const { config } = loadConfig('phases:\n  - id: triage\n    title: Assess\n  - id: scoping\n    title: Scoping\n')
    expect(config.phases.slice(0, 3)).toEqual([
      { id: 'triage', title: 'Assess' },
      { id: 'scoping', title: 'Scoping' },
      { id: 'mitigation', title: 'Mitigation' }
    ])
  })

  it('one new step is added to the runbook steps; a known step id changes that step; remove: true drops one', () => {
    const text = 'checklist:\n  - id: notify-regulator\n    title: Notify the regulator\n    phase: communication\n  - id: stop-attack\n    remove: true\n'
    const before = defaultConfig().steps.map((s) => s.id)
    expect(before).toContain('stop-attack')
    const { config, problems } = loadConfig(text)
    expect(problems).toEqual([])
    expect(config.steps.map((s) => s.id)).toContain('notify-regulator')
    expect(config.steps.map((s) => s.id)).not.toContain('stop-attack')
    expect(config.steps).toHaveLength(14)
  })
})

describe('a configuration problem never stops anything', () => {
  it('a misspelt key is reported with file, line, key and a suggestion, and the rest of the file still applies', () => {
    const { config, problems } = loadConfig('labels:\n  trigers: sec\nrunbooks:\n  reviewedMaxDays: 30\n', 'cfg.yml')
    expect(problems).toEqual([expect.objectContaining({ file: 'cfg.yml', line: 2, key: 'labels.trigers', suggestion: 'trigger' })])
    expect(config.labels.trigger).toBe('incident')
    expect(config.runbooks.reviewedMaxDays).toBe(30)
  })

  it('a misspelt top-level key suggests the right one', () => {
    const { problems } = loadConfig('gate:\n  foo:\n    description: x\n', 'cfg.yml')
    expect(problems).toEqual([expect.objectContaining({ line: 1, key: 'gate', suggestion: 'gates' })])
  })

  it('a misspelt value of a fixed set suggests the right one', () => {
    const { config, problems } = loadConfig('commands:\n  permission: wrte\n', 'cfg.yml')
    expect(problems).toEqual([expect.objectContaining({ line: 2, key: 'commands.permission', value: '"wrte"', suggestion: 'write' })])
    expect(config.commands.permission).toBe('write')
  })

  it('a misspelt phase in a new step suggests the phase and speaks only of what the user wrote', () => {
    const { config, problems } = loadConfig('checklist:\n  - id: extra\n    title: Extra\n    phase: contanment\n', 'cfg.yml')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 4, key: 'checklist.0.phase', suggestion: 'containment' })
    expect(config.steps).toHaveLength(14)
  })

  it('a new gate without its description is left out; the other settings apply', () => {
    const { config, problems } = loadConfig('gates:\n  foo:\n    approvers:\n      users: [octocat]\nlabels:\n  trigger: sec\n', 'cfg.yml')
    expect(problems).toEqual([expect.objectContaining({ key: 'gates.foo.description', line: 2 })])
    expect(config.gates.foo).toBeUndefined()
    expect(Object.keys(config.gates)).toHaveLength(5)
    expect(config.labels.trigger).toBe('sec')
  })

  it('broken YAML gives the defaults and one problem with its line', () => {
    const { config, problems } = loadConfig('labels:\n  trigger: [oops\n', 'c.yml')
    expect(config).toEqual(defaultConfig())
    expect(problems).toHaveLength(1)
    expect(problems[0]!.message).toMatch(/^not valid YAML/)
  })

  it('removing a step that does not exist is a problem with a suggestion', () => {
    const { problems } = loadConfig('checklist:\n  - id: stop-atack\n    remove: true\n', 'cfg.yml')
    expect(problems).toEqual([expect.objectContaining({ line: 2, key: 'checklist.0', suggestion: 'stop-attack' })])
  })
})
