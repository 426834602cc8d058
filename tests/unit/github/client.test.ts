import { describe, expect, it } from '@jest/globals'
import { isWrite, PACE_AFTER_WRITES, spacingAfter } from '../../../src/github/client.js'

describe('write pacing', () => {
  it('an incident event (a handful of writes) is not paced', () => {
    for (let writes = 0; writes < PACE_AFTER_WRITES; writes++) expect(spacingAfter(writes, 'adaptive')).toEqual({ write: 0, notifications: 0 })
  })

  it('a run that makes many writes is paced as GitHub asks: 1 s between writes, 3 s between comments', () => {
    expect(spacingAfter(PACE_AFTER_WRITES, 'adaptive')).toEqual({ write: 1000, notifications: 3000 })
    expect(spacingAfter(500, 'adaptive')).toEqual({ write: 1000, notifications: 3000 })
  })

  it("'github' pacing spaces writes from the first one", () => {
    expect(spacingAfter(0, 'github')).toEqual({ write: 1000, notifications: 3000 })
  })

  it('reads and GraphQL queries are not writes', () => {
    expect(isWrite('GET', '/repos/o/r/issues/1')).toBe(false)
    expect(isWrite('POST', 'https://api.github.com/graphql')).toBe(false)
    expect(isWrite('POST', '/repos/o/r/issues/1/comments')).toBe(true)
    expect(isWrite('PATCH', '/repos/o/r/issues/comments/9')).toBe(true)
    expect(isWrite('DELETE', '/repos/o/r/issues/1/labels/x')).toBe(true)
  })
})
