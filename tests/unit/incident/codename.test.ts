import { describe, expect, it } from '@jest/globals'
import { checkWordLists, codenameFor, DEFAULT_WORDS } from '../../../src/incident/codename.js'
import { ADJECTIVES, DENYLIST, NOUNS, deniedStemsIn } from '../../../src/incident/words.js'

describe('codenames', () => {
  it('are adjective-noun, lowercase', () => {
    expect(codenameFor(42, 7)).toMatch(/^[a-z]+-[a-z]+$/)
  })

  it('are unique across 10,000 issues of one repository', () => {
    const names = new Set<string>()
    for (let n = 1; n <= 10_000; n++) names.add(codenameFor(123456, n))
    expect(names.size).toBe(10_000)
  })

  it('are the same on every run for the same issue', () => {
    const first = Array.from({ length: 10_000 }, (_, i) => codenameFor(99, i + 1))
    const again = Array.from({ length: 10_000 }, (_, i) => codenameFor(99, i + 1))
    expect(again).toEqual(first)
  })

  it('differ between repositories for the same issue number', () => {
    expect(codenameFor(1, 1)).not.toBe(codenameFor(2, 1))
  })

  it('do not look sequential: neighbouring issues share no word', () => {
    const a = codenameFor(5, 10).split('-')
    const b = codenameFor(5, 11).split('-')
    expect(a[0]).not.toBe(b[0])
    expect(a[1]).not.toBe(b[1])
  })

  it('stay unique past the last pair by adding a cycle number', () => {
    const words = { adjectives: ['calm', 'mild'], nouns: ['otter', 'heron'] }
    const names = Array.from({ length: 12 }, (_, i) => codenameFor(7, i + 1, words))
    expect(new Set(names).size).toBe(12)
    expect(names.slice(0, 4).every((n) => /^[a-z]+-[a-z]+$/.test(n))).toBe(true)
    expect(names.slice(4, 8).every((n) => n.endsWith('-2'))).toBe(true)
  })

  it('reject issue numbers that are not positive integers', () => {
    expect(() => codenameFor(1, 0)).toThrow(RangeError)
  })

  it('come from word lists free of alarming words', () => {
    const alarming = [...ADJECTIVES, ...NOUNS].filter((w) => deniedStemsIn(w).length > 0)
    expect(alarming).toEqual([])
    expect(checkWordLists(DEFAULT_WORDS)).toEqual([])
    expect(DENYLIST).toEqual(expect.arrayContaining(['breach', 'attack', 'fire', 'dead']))
  })

  it('flag a user word list with an alarming or repeated word', () => {
    expect(checkWordLists({ adjectives: ['calm', 'calm'], nouns: ['wildfire', 'otter'] })).toEqual([
      'codename.adjectives: "calm" is listed twice',
      'codename.nouns: "wildfire" sounds alarming (contains "fire")'
    ])
  })
})
