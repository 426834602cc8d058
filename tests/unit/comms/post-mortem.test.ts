/** The post-mortem: drafted when the incident is resolved, once, from everything recorded. */
import { describe, expect, it } from '@jest/globals'
import { defaultConfig, parseConfig } from '../../../src/config/load.js'
import { kindMarker } from '../../../src/incident/state.js'
import { COMMENT_LIMIT } from '../../../src/comms/compose.js'
import { planPostMortem, renderPostMortem } from '../../../src/comms/post-mortem.js'
import { builtinTemplates } from '../../../src/comms/templates.js'
import { fixtureState, longIncident } from './helpers.js'

const NOW = new Date('2026-11-27T12:05:00Z')

describe('post-mortem', () => {
  it('is not written while the incident is open', () => {
    const state = fixtureState('post-mortem')
    delete state.resolvedAt
    expect(planPostMortem(state, defaultConfig(), builtinTemplates(), NOW, { existing: new Set() })).toEqual([])
  })

  it('is written as a comment once resolved, with its task lists kept on re-render', () => {
    const [change] = planPostMortem(fixtureState('post-mortem'), defaultConfig(), builtinTemplates(), NOW, { existing: new Set() })
    expect(change).toMatchObject({ kind: 'upsert-comment', issue: 42, comment: 'post-mortem', mergeTicks: true })
  })

  it("is written once: after that it is the team's document", () => {
    expect(planPostMortem(fixtureState('post-mortem'), defaultConfig(), builtinTemplates(), NOW, { existing: new Set(['post-mortem']) })).toEqual([])
  })

  it('can be its own issue, labelled as configured', () => {
    const config = parseConfig('postMortem:\n  as: issue\n  labels: [post-mortem, security]\n')
    const [change] = planPostMortem(fixtureState('post-mortem'), config, builtinTemplates(), NOW, { existing: new Set() })
    expect(change).toMatchObject({ kind: 'create-issue', key: 'post-mortem:42', title: 'Post-mortem: amber-heron', labels: ['post-mortem', 'security'] })
    expect((change as { body: string }).body).toContain('Post-mortem of incident #42.')
  })

  it('has the summary, both timelines, impact, prompts, checklist, IOCs and follow-ups', () => {
    const body = renderPostMortem(fixtureState('post-mortem'), defaultConfig(), builtinTemplates(), NOW)
    expect(body.startsWith(kindMarker('post-mortem'))).toBe(true)
    for (const heading of [
      '## Summary',
      '## Timeline of the attack',
      '## Timeline of the response',
      '## Impact',
      '## What went well',
      '## What went badly',
      '## Checklist completion',
      '## Indicators of compromise',
      '## Follow-up actions'
    ]) {
      expect(body).toContain(`\n${heading}\n`)
    }
    expect(body).toContain('- [ ] Finish or close out "Assess risk of re-attack" (Investigation).')
  })

  it('fits a 2,000-entry incident in one body: how the attack began and ended, and a sentence for what it folded', () => {
    const body = renderPostMortem(longIncident(2000), defaultConfig(), builtinTemplates(), NOW)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toContain('| Attack entry 0:')
    expect(body).toContain('Attack entry 1999:')
    expect(body).toMatch(/2000 entries between 2026-11-01T00:00Z and 2026-11-02T09:19Z not shown here \(command ×334/)
    expect(body).toMatch(/\d+ entries between \S+ and \S+ not shown here \(attack ×\d+\)/)
  })
})

describe('the runbook followed', () => {
  it('is a permalink to the commit the incident opened at', () => {
    const state = fixtureState('post-mortem')
    const body = renderPostMortem(state, defaultConfig(), builtinTemplates(), NOW)
    expect(body).toContain(`| Runbook followed | [runbooks/security-incident.md](${state.runbook!.url}) at commit \`${state.runbook!.sha}\` |`)
  })

  it('is left out when none was recorded', () => {
    const state = fixtureState('post-mortem')
    delete state.runbook
    expect(renderPostMortem(state, defaultConfig(), builtinTemplates(), NOW)).not.toContain('Runbook followed')
  })
})
