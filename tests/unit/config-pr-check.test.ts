import { describe, expect, it } from '@jest/globals'
import { builtinTemplates } from '../../src/comms/templates.js'
import { planPullRequestConfigCheck } from '../../src/config/pr-check.js'

const builtin = builtinTemplates()
const check = (files: { path: string; text?: string }[], configPath?: string) =>
  planPullRequestConfigCheck({ files, builtin, ...(configPath ? { configPath } : {}) })

describe('the pull-request check of the configuration and template overrides', () => {
  it('a pull request that touches neither passes without annotations', () => {
    const plan = check([{ path: 'README.md', text: 'hello' }])
    expect(plan.changes).toEqual([])
    expect(plan.failure).toBeUndefined()
    expect(plan.outputs).toEqual({ 'config-files-changed': '0', 'config-files-failing': '0' })
  })

  it('a valid configuration passes', () => {
    const plan = check([{ path: '.github/incident-kit.yml', text: 'gates:\n  regulator-notified:\n    description: Told.\n' }])
    expect(plan.changes).toEqual([])
    expect(plan.failure).toBeUndefined()
    expect(plan.outputs['config-files-changed']).toBe('1')
  })

  it('a misspelt key fails with an annotation on its file and line, with a suggestion', () => {
    const plan = check([{ path: '.github/incident-kit.yml', text: 'labels:\n  trigers: x\n' }])
    expect(plan.changes).toEqual([
      expect.objectContaining({
        kind: 'annotate',
        level: 'error',
        file: '.github/incident-kit.yml',
        line: 2,
        message: expect.stringMatching(/^labels\.trigers: unknown key.*did you mean "trigger"\?$/)
      })
    ])
    expect(plan.failure).toMatch(/\.github\/incident-kit\.yml/)
    expect(plan.summary).toContain('labels.trigers')
  })

  it('the configured config-path is the one checked', () => {
    expect(check([{ path: 'ops/ik.yml', text: 'nope: 1\n' }], 'ops/ik.yml').failure).toBeDefined()
    expect(check([{ path: '.github/incident-kit.yml', text: 'nope: 1\n' }], 'ops/ik.yml').changes).toEqual([])
  })

  it('a template override that does not parse fails with its line', () => {
    const plan = check([{ path: '.github/incident-kit/templates/status-update.md.hbs', text: 'line one\n{{#if drill}}\nno close\n' }])
    expect(plan.changes).toEqual([
      expect.objectContaining({ level: 'error', line: expect.any(Number), message: expect.stringMatching(/not a valid handlebars template/) })
    ])
    expect(plan.failure).toBeDefined()
  })

  it('a comms override that reads a variable that does not exist fails, with a suggestion', () => {
    const plan = check([{ path: '.github/incident-kit/templates/internal-update.md.hbs', text: 'Subject: {{subject}}\n\n{{codenme}}\n' }])
    expect(plan.changes).toEqual([
      expect.objectContaining({
        level: 'error',
        line: 3,
        message: expect.stringMatching(/"codenme" is not a variable of internal-update\.md\.hbs.*did you mean "codename"\?/)
      })
    ])
  })

  it('an override with a name incident-kit does not render is a warning, with a suggestion', () => {
    const plan = check([{ path: '.github/incident-kit/templates/status-updates.md.hbs', text: 'x' }])
    expect(plan.changes).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringMatching(/did you mean "status-update\.md\.hbs"\?/) })])
    expect(plan.failure).toBeUndefined()
  })

  it('the shipped templates, as overrides, pass', () => {
    const files = Object.entries(builtin).map(([name, text]) => ({ path: `.github/incident-kit/templates/${name}`, text }))
    const plan = check(files)
    expect(plan.changes.filter((c) => c.kind === 'annotate' && c.level === 'error')).toEqual([])
  })

  it('a deleted file is not checked', () => {
    expect(check([{ path: '.github/incident-kit.yml' }]).changes).toEqual([])
  })
})
