import { describe, expect, it } from '@jest/globals'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { loadConfig } from '../../src/config/load.js'
import { CONFIG_PROBLEMS_KIND, configProblemsChange, configProblemsKey, configProblemsMarker, renderConfigProblems } from '../../src/config/problems.js'
import { classifyComments } from '../../src/github/read.js'

const problemsOf = (text: string) => loadConfig(text, '.github/incident-kit.yml').problems

describe('the configuration problems comment', () => {
  it('names file and line, key, value and the suggestion, and says the incident goes on', () => {
    const body = renderConfigProblems(problemsOf('commands:\n  permission: wrte\n'))
    expect(body).toContain('`.github/incident-kit.yml:2` `commands.permission`:')
    expect(body).toContain('(got `"wrte"`)')
    expect(body).toContain('Did you mean `write`?')
    expect(body).toMatch(/goes on with the defaults/)
    expect(body.split('\n').length).toBeLessThan(6)
  })

  it('links each line when a file URL is given', () => {
    const body = renderConfigProblems(problemsOf('labels:\n  trigers: x\n'), {
      fileUrl: (line) => `https://github.com/o/r/blob/main/.github/incident-kit.yml#L${line}`
    })
    expect(body).toContain('[`.github/incident-kit.yml:2`](https://github.com/o/r/blob/main/.github/incident-kit.yml#L2)')
  })

  it('quotes what the file says without pinging, rendering HTML or breaking the list', () => {
    const body = renderConfigProblems(problemsOf('labels:\n  "@everyone <b>x</b>\\n- [x] done": 1\n'))
    const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
    const list = tree.children.find((n) => n.type === 'list')
    expect(list && 'children' in list ? list.children : []).toHaveLength(1)
    expect(JSON.stringify(tree)).not.toMatch(/"type":"html"[^}]*<b>/)
    // Mentions ping only from text, never from a code span.
    const texts: string[] = []
    const walk = (n: { type: string; value?: string; children?: unknown[] }) => {
      if (n.type === 'text' && n.value) texts.push(n.value)
      for (const c of n.children ?? []) walk(c as never)
    }
    walk(tree as never)
    expect(texts.join(' ')).not.toContain('@everyone')
  })

  it('is empty without problems, and keyed by the set of problems', () => {
    expect(renderConfigProblems([])).toBe('')
    const a = problemsOf('labels:\n  trigers: x\n')
    expect(configProblemsKey(a)).toBe(configProblemsKey(problemsOf('labels:\n  trigers: x\n')))
    expect(configProblemsKey(a)).not.toBe(configProblemsKey(problemsOf('labels:\n  triger: x\n')))
    expect(renderConfigProblems(a)).toContain(configProblemsMarker(a))
  })

  it('lists at most ten problems and counts the rest', () => {
    const text = `labels:\n${Array.from({ length: 12 }, (_, i) => `  k${i}: x`).join('\n')}\n`
    const body = renderConfigProblems(problemsOf(text))
    expect(body).toContain('…and 2 more')
  })
})

describe('saying the problems on an incident', () => {
  const BOT = 'github-actions[bot]'
  const asComments = (bodies: string[]) =>
    classifyComments(
      bodies.map((body, i) => ({ id: i + 1, body, user: { login: BOT, type: 'Bot' } })),
      BOT
    )

  it('a new comment the first time', () => {
    const problems = problemsOf('labels:\n  trigers: x\n')
    expect(configProblemsChange(problems, { others: {} }, 7)).toEqual({ kind: 'reply', issue: 7, body: renderConfigProblems(problems) })
  })

  it('nothing when the comment says these problems already', () => {
    const problems = problemsOf('labels:\n  trigers: x\n')
    const existing = asComments([renderConfigProblems(problems)])
    expect(existing.others[CONFIG_PROBLEMS_KIND]).toBeDefined()
    expect(configProblemsChange(problems, existing, 7)).toBeUndefined()
  })

  it('the same comment edited when the problems change', () => {
    const before = problemsOf('labels:\n  trigers: x\n')
    const after = problemsOf('commands:\n  permission: wrte\n')
    expect(configProblemsChange(after, asComments([renderConfigProblems(before)]), 7)).toEqual({
      kind: 'edit-comment',
      commentId: 1,
      body: renderConfigProblems(after)
    })
  })

  it('nothing without problems', () => {
    expect(configProblemsChange([], { others: {} }, 7)).toBeUndefined()
    expect(configProblemsChange(undefined, { others: {} }, 7)).toBeUndefined()
  })
})
