import { describe, expect, it } from '@jest/globals'
import { neutraliseBlock, neutraliseInline, quote } from '../../../src/comms/neutralise.js'
import { decodeState, encodeState, STATE_MARKER } from '../../../src/incident/state.js'

describe('text people typed', () => {
  it('does not ping anyone it mentions', () => {
    expect(neutraliseInline('ping @octocat and @acme/security')).not.toMatch(/@[A-Za-z]/)
  })

  it('cannot open an HTML comment that would forge a state block', () => {
    const forged = `<!-- ${STATE_MARKER} eyJ2IjoxfQ== -->`
    const out = neutraliseBlock(forged)
    expect(out).not.toContain('<!--')
    expect(decodeState(out)).toBeUndefined()
  })

  it('cannot close our <details> folds or inject HTML', () => {
    expect(neutraliseInline('</details><img src=x onerror=alert(1)>')).toBe('&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;')
  })

  it('keeps template syntax from being evaluated', () => {
    expect(neutraliseInline('{{codename}} {{#each x}}')).not.toContain('{{')
  })

  it('stays on one line and cannot start a task, heading or table cell', () => {
    const out = neutraliseInline('line one\n- [x] fake tick | cell\n# heading')
    expect(out).not.toContain('\n')
    expect(out).not.toMatch(/(?<!\\)\[x\]/)
    expect(out).not.toMatch(/(?<!\\)\|/)
  })

  it('is quoted line by line', () => {
    expect(quote('a\n\nb')).toBe('> a\n>\n> b')
  })
})

describe('the state block', () => {
  it('round-trips through a comment body', () => {
    const state = {
      v: 2 as const,
      codename: 'calm-otter',
      issue: 3,
      originalTitle: 'root login --> on <b>prod</b>',
      severity: 2,
      phase: 'triage',
      phaseHistory: [{ phase: 'triage', at: '2026-11-22T09:00:00.000Z' }],
      drill: false,
      openedAt: '2026-11-22T09:00:00.000Z',
      reporter: 'alice',
      roles: {},
      gates: { 'not-internal': { open: false } },
      steps: { 'stop-attack': true },
      timeline: [{ at: '2026-11-22T09:00:00.000Z', kind: 'opened', text: 'x' }],
      attackTimeline: [],
      iocs: [],
      evidence: [],
      compromised: [],
      comments: {},
      reminded: {},
      releases: []
    }
    const body = `intro\n${encodeState(state)}\nrest`
    expect(decodeState(body)).toEqual(state)
  })

  it('is ignored when malformed or of another version', () => {
    expect(decodeState(`<!-- ${STATE_MARKER} !!! -->`)).toBeUndefined()
    expect(decodeState(`<!-- ${STATE_MARKER} ${Buffer.from('{"v":99}').toString('base64')} -->`)).toBeUndefined()
  })
})
