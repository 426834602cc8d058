import { describe, expect, it } from '@jest/globals'
import { closest, editDistance } from '../../../src/text/suggest.js'

describe('did you mean', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('phase', 'phase')).toBe(0)
    expect(editDistance('phse', 'phase')).toBe(1)
    expect(editDistance('pahse', 'phase')).toBe(1)
    expect(editDistance('trigers', 'trigger')).toBe(2)
  })

  it('suggests the closest plausible word, ignoring case', () => {
    expect(closest('aprove', ['approve', 'revoke'])).toBe('approve')
    expect(closest('Trigers', ['trigger', 'drill'])).toBe('trigger')
    expect(closest('reviewedMaxDay', ['reviewedMaxDays', 'testedMaxDays'])).toBe('reviewedMaxDays')
  })

  it('suggests nothing for a word that is far from all, or the word itself', () => {
    expect(closest('deploy', ['approve', 'phase'])).toBeUndefined()
    expect(closest('xy', ['ic'])).toBeUndefined()
    expect(closest('phase', ['phase'])).toBeUndefined()
  })
})
