/** Rendering: strict about missing data, overrides win, and the helpers lay markdown out. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/config/load.js'
import { renderComms } from '../../../src/comms/compose.js'
import { markdownList, renderTemplate, TemplateError, timelineTable } from '../../../src/comms/render.js'
import { builtinTemplates, readTemplateDir, withOverrides } from '../../../src/comms/templates.js'
import { fixtureState } from './helpers.js'

const NOW = new Date('2026-11-25T18:00:00Z')
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function overrideDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'incident-kit-templates-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('a missing variable', () => {
  it('is an error naming the template, the line and the variable', () => {
    const sources = { 'note.md.hbs': 'Incident {{codename}}\n\nSent by {{sender}}\n' }
    expect(() => renderTemplate('note.md.hbs', sources, { codename: 'amber-heron' })).toThrow(TemplateError)
    expect(() => renderTemplate('note.md.hbs', sources, { codename: 'amber-heron' })).toThrow(
      'template note.md.hbs, line 3: variable "sender" is missing from the data'
    )
  })

  it('in a user override is reported the same way, never rendered as a blank', () => {
    const templates = withOverrides(
      readTemplateDir(overrideDir({ 'status-update.md.hbs': '# {{codename}}\n{{#each recent}}\n- {{when}} {{colour}}\n{{/each}}\n' }))
    )
    expect(() => renderComms('status-update', templates, fixtureState('status-update'), defaultConfig(), NOW)).toThrow(
      'template status-update.md.hbs, line 3: variable "colour" is missing from the data'
    )
  })
})

describe('templates', () => {
  it('an override template from a directory is used instead of the shipped one', () => {
    const templates = withOverrides(
      readTemplateDir(overrideDir({ 'internal-update.md.hbs': 'Our own words for {{codename}} ({{subject}}).\n', 'notes.txt': 'ignored' }))
    )
    expect(renderComms('internal-update', templates, fixtureState('internal-update'), defaultConfig(), NOW)).toBe(
      'Our own words for amber-heron (Attorney Work Project).\n'
    )
    // The other templates are still the shipped ones.
    expect(templates['post-mortem.md.hbs']).toBe(builtinTemplates()['post-mortem.md.hbs'])
  })

  it('template syntax typed into the incident is printed, not evaluated', () => {
    const state = fixtureState('status-update')
    state.status = { text: '{\u2060{codename}\u2060} and @\u2060someone', by: 'mkoval', at: '2026-11-22T11:35:00Z' }
    const out = renderComms('status-update', builtinTemplates(), state, defaultConfig(), NOW)
    expect(out).toContain('{\u2060{codename}\u2060} and @\u2060someone')
  })
})

describe('helpers', () => {
  it('timelineTable lays entries out as a table, or says there are none', () => {
    expect(timelineTable([{ when: '2026-11-22T09:12Z', who: 'incident-kit', text: 'opened' }])).toBe(
      '| Time (UTC) | Who | What |\n|---|---|---|\n| 2026-11-22T09:12Z | incident-kit | opened |'
    )
    expect(renderTemplate('t', { t: '{{timelineTable entries empty="_Nothing yet._"}}' }, { entries: [] })).toBe('_Nothing yet._')
  })

  it('taskList and bulletList make markdown lists of strings or { text, done }', () => {
    expect(markdownList(['call the police', { text: 'call the insurer', done: true }], 'task')).toBe('- [ ] call the police\n- [x] call the insurer')
    expect(markdownList(['one', { text: 'two' }], 'bullet')).toBe('- one\n- two')
    expect(renderTemplate('t', { t: '{{bulletList items}}' }, { items: [] })).toBe('_None recorded._')
  })
})
