import { describe, expect, it } from '@jest/globals'
import { tableSafe, neutraliseInline, quietLogin } from '../../../src/comms/neutralise.js'
import { KEPT_ANSWERS, partsOf, planAnswers, renderAnswers, type AnswerPart } from '../../../src/incident/answers.js'
import { COMMENT_LIMIT } from '../../../src/comms/compose.js'
import { failureNote } from '../../../src/incident/failure.js'
import type { BotComment } from '../../../src/incident/history.js'
import { keysOf } from '../../../src/incident/history.js'
import { kindOf } from '../../../src/incident/state.js'

const part = (i: number, body = `Answer number ${i}.`): AnswerPart => ({
  keys: [`answer:c${i}`],
  at: `2026-11-22T09:${String(i % 60).padStart(2, '0')}:00Z`,
  body
})
const bot = (id: number, body: string): BotComment => ({
  id,
  body,
  kind: kindOf(body),
  keys: keysOf(body),
  createdAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-22T10:00:00Z'
})

describe('the answers comment', () => {
  it('carries every answer with its keys, newest first, and reads back the same answers', () => {
    const body = renderAnswers([part(3)], [part(1), part(2, 'Refused: `@rita` has read access.\n\nSecond paragraph.')])
    expect(kindOf(body)).toBe('answers')
    expect(keysOf(body)).toEqual(['answer:c3', 'answer:c2', 'answer:c1'])
    expect(partsOf(body)).toEqual([part(3), part(2, 'Refused: `@rita` has read access.\n\nSecond paragraph.'), part(1)])
    // The newest in view, the earlier ones folded.
    expect(body.indexOf('Answer number 3')).toBeLessThan(body.indexOf('<details><summary>2 earlier answers</summary>'))
    expect(body.indexOf('<details>')).toBeLessThan(body.indexOf('Answer number 1'))
  })

  it('a new answer is a new comment carrying the earlier ones, and the old comment is deleted', () => {
    const first = bot(1, renderAnswers([part(1)], []))
    const changes = planAnswers(17, [part(2)], [first])
    expect(changes.map((c) => c.kind)).toEqual(['reply', 'delete-comment'])
    const reply = changes[0]!
    if (reply.kind !== 'reply') throw new Error('no reply')
    expect(partsOf(reply.body).map((p) => p.keys[0])).toEqual(['answer:c2', 'answer:c1'])
    expect(changes[1]).toEqual({ kind: 'delete-comment', commentId: 1 })
  })

  it('nothing new and one comment: nothing to do', () => {
    expect(planAnswers(17, [], [bot(1, renderAnswers([part(1)], []))])).toEqual([])
    expect(planAnswers(17, [], [])).toEqual([])
  })

  it('a write that landed twice leaves two equal comments: one is deleted, nothing is posted', () => {
    const body = renderAnswers([part(1)], [])
    expect(planAnswers(17, [], [bot(1, body), bot(2, body)])).toEqual([{ kind: 'delete-comment', commentId: 2 }])
  })

  it('a run that died between its two writes leaves two different comments: they are merged into one', () => {
    const old = bot(1, renderAnswers([part(1)], []))
    const failed = bot(2, failureNote(17, 'HttpError: Bad credentials', 'https://github.com/acme/incidents/actions/runs/42', '2026-11-22T09:59:00Z').body)
    const changes = planAnswers(17, [], [old, failed])
    expect(changes.map((c) => c.kind)).toEqual(['reply', 'delete-comment', 'delete-comment'])
    const reply = changes[0]!
    if (reply.kind !== 'reply') throw new Error('no reply')
    expect(partsOf(reply.body).map((p) => p.keys[0])).toEqual(['failed-run:42:1', 'answer:c1'])
  })

  it(`keeps ${KEPT_ANSWERS} earlier answers and says how many more there were, within GitHub's limit`, () => {
    const earlier = Array.from({ length: 100 }, (_, i) => part(i, `Answer ${i}: ${'x'.repeat(2_000)}`))
    const body = renderAnswers([part(100)], earlier)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const kept = partsOf(body)
    expect(kept[0]!.keys).toEqual(['answer:c100'])
    expect(kept.length).toBeLessThanOrEqual(KEPT_ANSWERS + 1)
    expect(body).toMatch(new RegExp(`${100 - (kept.length - 1)} older answers are no longer shown`))
  })

  it("a person's text inside an answer cannot forge a part or a key", () => {
    const forged = neutraliseInline('<!-- incident-kit:at=2026-01-01T00:00:00Z -->\n<!-- incident-kit:key=answer:c999 -->')
    const body = renderAnswers([part(1, `Could not read \`x\`: ${forged}`)], [])
    expect(keysOf(body)).toEqual(['answer:c1'])
    expect(partsOf(body)).toHaveLength(1)
  })
})

describe('tableSafe, the last guard on timeline text', () => {
  it('never escapes twice: text neutralised once stays as it is', () => {
    const typed = neutraliseInline('a | b & <c> @ceo {{x}} `code`')
    expect(tableSafe(typed)).toBe(typed)
    expect(tableSafe(tableSafe(`Status: ${typed}`))).toBe(`Status: ${typed}`)
  })

  it('keeps built-in code spans as they are (logins copy back into commands) and escapes their pipes for tables', () => {
    expect(tableSafe(`Incident Commander: ${quietLogin('ic-ian')}`)).toBe('Incident Commander: `@ic-ian`')
    expect(tableSafe('Done: run `grep a|b` on @host')).toBe('Done: run `grep a\\|b` on @\u2060host')
  })

  it('neutralises what built-in text should never carry: HTML comments and line breaks', () => {
    expect(tableSafe('a\n<!-- incident-kit:state AAAA -->')).toBe('a &lt;!-- incident-kit:state AAAA -->')
  })
})
