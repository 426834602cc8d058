import { describe, expect, it } from '@jest/globals'
import { defaultConfig, parseConfig } from '../../../src/config/load.js'
import { labelsFor, planLabels } from '../../../src/incident/labels.js'

describe('the labels setup creates', () => {
  it('are every label the defaults use, each with a colour and a short description', () => {
    const labels = labelsFor(defaultConfig())
    expect(labels.map((l) => l.name)).toEqual([
      'incident',
      'incident:drill',
      'phase:triage',
      'phase:mitigation',
      'phase:containment',
      'phase:investigation',
      'phase:communication',
      'phase:resolved',
      'sev:1',
      'sev:2',
      'sev:3',
      'sev:4',
      'gate:not-internal',
      'gate:timeline-verified',
      'gate:impact-known',
      'gate:fix-verified',
      'gate:legal-approved',
      'post-mortem',
      'runbook-freshness'
    ])
    for (const l of labels) {
      expect(l.color).toMatch(/^[0-9a-f]{6}$/)
      expect(l.description.length).toBeGreaterThan(0)
      expect(l.description.length).toBeLessThanOrEqual(100)
    }
  })

  it('follow the configuration: prefixes, added phases and gates', () => {
    const config = parseConfig(
      'labels:\n  trigger: sec-incident\n  gatePrefix: "approved:"\nphases:\n  - id: recovery\n    title: Recovery\ngates:\n  regulator-notified:\n    description: The regulator was told.\n'
    )
    const names = labelsFor(config).map((l) => l.name)
    expect(names).toContain('sec-incident')
    expect(names).toContain('phase:recovery')
    expect(names).toContain('approved:regulator-notified')
    expect(names).not.toContain('gate:legal-approved')
  })

  it('only missing labels are created; names compare as GitHub does, ignoring case', () => {
    const wanted = labelsFor(defaultConfig())
    const changes = planLabels(wanted, [{ name: 'Incident' }, { name: 'SEV:1' }, { name: 'bug' }])
    expect(changes.map((c) => c.name)).not.toContain('incident')
    expect(changes.map((c) => c.name)).not.toContain('sev:1')
    expect(changes).toHaveLength(wanted.length - 2)
    expect(changes[0]).toEqual({ kind: 'create-label', name: 'incident:drill', color: wanted[1]!.color, description: wanted[1]!.description })
  })
})
