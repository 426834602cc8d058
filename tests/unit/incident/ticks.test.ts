/**
 * A person's tick is never lost. The comments people tick (the checklist, the post-mortem, the
 * law-enforcement sheet, any draft) come back from GitHub in whatever shape the person's editor
 * saved them: GitHub's web editor saves `\r\n` line endings, people retype bullets with two
 * spaces or a tab, use `*` or `+`, ordered lists, quotes, `[X]`. Every shape the GFM spec
 * (github.github.com/gfm, "Task list items" and "List items") allows is read, merged into each
 * rewrite the action makes, and reverted when the tick was not allowed.
 */
import { describe, expect, it } from '@jest/globals'
import { mergeTicks, parseTicks, taskBoxes, taskKey } from '../../../src/incident/checklist.js'
import { newIncidentState, renderChecklist } from '../../../src/incident/open.js'
import { renderPostMortem } from '../../../src/comms/post-mortem.js'
import { planDrafts } from '../../../src/comms/drafts.js'
import { defaultConfig } from '../../../src/config/load.js'
import { builtinTemplates } from '../../../src/comms/templates.js'
import { fixtureState } from '../comms/helpers.js'
import { context, issue } from './context.js'
import { IssueModel } from './github-model.js'

/** Wider bullets, as a person retypes them: `extra` more spaces after each bullet, nested items indented to match (else GitHub too would read them as text). */
const widen = (extra: number) => (b: string) =>
  b.replace(/^( *)- \[/gm, (_, indent: string) => `${' '.repeat((indent.length / 2) * (2 + extra))}-${' '.repeat(1 + extra)}[`)

/** How people's editors save a comment that holds task lists. */
const SHAPES: Record<string, (body: string) => string> = {
  'as rendered': (b) => b,
  'CRLF (GitHub web editor)': (b) => b.replace(/\r?\n/g, '\r\n'),
  'two spaces after the bullet': widen(1),
  'four spaces after the bullet': widen(3),
  'a tab after the bullet': (b) => b.replace(/^(\s*)- \[/gm, '$1-\t['),
  'a tab after the box': (b) => b.replace(/^(\s*- \[[ xX]\]) /gm, '$1\t'),
  '* bullets': (b) => b.replace(/^(\s*)- \[/gm, '$1* ['),
  '+ bullets': (b) => b.replace(/^(\s*)- \[/gm, '$1+ ['),
  'CRLF and two spaces': (b) => widen(1)(b).replace(/\r?\n/g, '\r\n'),
  'CRLF and a tab': (b) => b.replace(/^(\s*)- \[/gm, '$1-\t[').replace(/\r?\n/g, '\r\n'),
  'lone CR (old Mac editors)': (b) => b.replace(/\r?\n/g, '\r'),
  'nested items indented with tabs': (b) => b.replace(/^((?: {2})+)(?=- \[)/gm, (indent: string) => '\t'.repeat(indent.length / 2)),
  'trailing spaces and CRLF': (b) => b.replace(/(\[[ xX]\][^\n]*)$/gm, '$1   ').replace(/\r?\n/g, '\r\n'),
  'X ticks (capital)': (b) => b.replace(/\[x\]/g, '[X]')
}

/** The person ticks every other box (and unticks any ticked one), in the saved shape. */
function personTicks(saved: string): string {
  let out = saved
  taskBoxes(saved).forEach((box, i) => {
    if (i % 2 === 0) out = `${out.slice(0, box.offset)}${box.checked ? ' ' : 'x'}${out.slice(box.offset + 1)}`
  })
  return out
}

/** Ticks the person made that the merged rewrite does not show (by task id, else text). */
function ticksLost(personal: string, merged: string): string[] {
  const want = new Map(taskBoxes(personal).map((b) => [taskKey(b.firstLine), b.checked]))
  const got = new Map(taskBoxes(merged).map((b) => [taskKey(b.firstLine), b.checked]))
  return [...want].filter(([key, checked]) => got.has(key) && got.get(key) !== checked).map(([key]) => key)
}

const ctx = context()
const NOW = new Date('2026-11-27T12:05:00Z')

/** Each comment the action rewrites, before and after a rewrite. */
const COMMENTS: Record<string, { first: string; rewrite: string }> = {
  checklist: (() => {
    const state = newIncidentState(issue(), ctx)
    const first = renderChecklist(state, ctx)
    return { first, rewrite: renderChecklist({ ...state, phase: 'containment' }, ctx) }
  })(),
  'post-mortem': (() => {
    const state = fixtureState('post-mortem')
    const first = renderPostMortem(state, defaultConfig(), builtinTemplates(), NOW)
    return {
      first,
      rewrite: renderPostMortem(
        { ...state, timeline: [...state.timeline, { at: NOW.toISOString(), kind: 'note', text: 'one more entry' }] },
        defaultConfig(),
        builtinTemplates(),
        NOW
      )
    }
  })(),
  'law-enforcement sheet': (() => {
    const state = fixtureState('law-enforcement')
    const body = (s: typeof state) =>
      (
        planDrafts(s, defaultConfig(), builtinTemplates(), NOW, { existing: new Set(['law-enforcement']) }).find(
          (c) => c.kind === 'upsert-comment' && c.comment === 'law-enforcement'
        ) as { body: string }
      ).body
    return {
      first: body(state),
      rewrite: body({ ...state, iocs: [...state.iocs, { value: '198.51.100.9', type: 'ip', addedAt: NOW.toISOString(), by: 'sofia-sec' } as never] })
    }
  })()
}

describe('the task list is read in every shape GitHub shows as a task', () => {
  it.each(Object.keys(SHAPES))('%s', (shape) => {
    const body = SHAPES[shape]!(COMMENTS.checklist!.first)
    const ids = Object.keys(parseTicks(COMMENTS.checklist!.first))
    expect(ids.length).toBeGreaterThan(20)
    expect(Object.keys(parseTicks(body))).toEqual(ids)
  })

  it('ordered lists, quotes, [X] and nested items are tasks; code blocks are not', () => {
    const body = [
      '1.  [X] one <!-- i:a -->',
      '2)\t[ ] two <!-- i:b -->',
      '',
      '> - [x] quoted <!-- i:c -->',
      '',
      '- [ ] parent <!-- i:d -->',
      '    - [x] child <!-- i:d.1 -->',
      '',
      '```',
      '- [x] not a task <!-- i:e -->',
      '```'
    ].join('\r\n')
    expect(parseTicks(body)).toEqual({ a: true, b: false, c: true, d: false, 'd.1': true })
  })
})

describe('no tick is lost when the action rewrites a comment', () => {
  const cases = Object.keys(COMMENTS).flatMap((comment) => Object.keys(SHAPES).map((shape) => [comment, shape] as const))
  it.each(cases)('%s saved as %s', (comment, shape) => {
    const { first, rewrite } = COMMENTS[comment]!
    const personal = personTicks(SHAPES[shape]!(first))
    expect(taskBoxes(personal).length).toBeGreaterThan(1)
    const merged = mergeTicks(rewrite, personal)
    expect(ticksLost(personal, merged)).toEqual([])
    // Only the boxes change: the rewrite is otherwise what the action wanted to write.
    expect(merged.replace(/\[[ xX]\]/g, '[?]')).toBe(rewrite.replace(/\[[ xX]\]/g, '[?]'))
  })

  it('keeps the line endings and spacing of the body it merges into', () => {
    const next = '- [ ] a\r\n-\t[ ] b\r\n'
    expect(mergeTicks(next, '- [x] a\n-  [x] b\n')).toBe('- [x] a\r\n-\t[x] b\r\n')
  })
})

it('figure: ticks lost over every comment and shape', () => {
  let ticks = 0
  const lost: string[] = []
  for (const [comment, { first, rewrite }] of Object.entries(COMMENTS)) {
    for (const [shape, save] of Object.entries(SHAPES)) {
      const personal = personTicks(save(first))
      ticks += Math.ceil(taskBoxes(personal).length / 2)
      lost.push(...ticksLost(personal, mergeTicks(rewrite, personal)).map((k) => `${comment} / ${shape}: ${k}`))
    }
  }
  console.info(`ticks: ${ticks} person ticks over ${Object.keys(COMMENTS).length} comments x ${Object.keys(SHAPES).length} shapes, ${lost.length} lost`)
  expect(lost).toEqual([])
})

describe('a tick by someone without write access is put back, whatever the shape', () => {
  it.each(Object.keys(SHAPES))('%s', (shape) => {
    const gh = new IssueModel(ctx)
    gh.run()
    const checklist = gh.bot('checklist')!
    // The comment as the person's editor saved it, then their ticks.
    const before = SHAPES[shape]!(checklist.body)
    gh.edit(checklist.id, before)
    const after = personTicks(before)
    gh.edit(checklist.id, after)
    const plan = gh.run({ checklistEdit: { commentId: checklist.id, by: 'rita', at: gh.bot('checklist')!.updatedAt, before, after, allowed: false } })
    expect(plan.changes.some((c) => c.kind === 'edit-comment')).toBe(true)
    expect(parseTicks(gh.bot('checklist')!.body)).toEqual(parseTicks(before))
    expect(gh.bot('checklist')!.body).toBe(before)
  })
})

describe('a body read again', () => {
  it('gives the same boxes each time, and what one caller changes in them is not what the next one reads', () => {
    const body = '- [ ] Isolate affected instances\n- [x] Page the Incident Commander\n'
    const first = taskBoxes(body)
    first[0]!.checked = true
    first.pop()
    expect(taskBoxes(body)).toEqual([
      { offset: 3, checked: false, firstLine: 'Isolate affected instances' },
      { offset: 36, checked: true, firstLine: 'Page the Incident Commander' }
    ])
  })
})
