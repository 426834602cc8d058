/**
 * TEMPLATE_VARIABLES is the one description of what each template receives (the README is
 * built from it). These tests keep it true: a template that reads a variable missing from
 * the table fails here, and so does a view model that hands over more or less than documented.
 */
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/config/load.js'
import { helperNames } from '../../../src/comms/render.js'
import { builtinTemplates } from '../../../src/comms/templates.js'
import { templateVariables, undocumentedVariables } from '../../../src/comms/variables.js'
import { COMMS_TEMPLATES, TEMPLATE_VARIABLES, templateFile, templateVariablesMarkdown, VIEW_MODELS } from '../../../src/comms/view.js'
import { fixtureState } from './helpers.js'

const NOW = new Date('2026-11-25T18:00:00Z')

describe('every variable a template uses is documented', () => {
  it.each(COMMS_TEMPLATES.map((n) => [n]))('%s reads only documented variables', (name) => {
    const source = builtinTemplates()[templateFile(name)]
    expect(source).toBeDefined()
    const missing = undocumentedVariables(source!, TEMPLATE_VARIABLES[name]).map((u) => `line ${u.line}: ${u.path}`)
    expect(missing).toEqual([])
  })

  it('a template reading an undocumented variable is caught, with its line', () => {
    const source = 'Hello {{codename}}\n{{#each timeline}}{{when}} {{secret}}{{/each}}\n{{mystery}}'
    expect(undocumentedVariables(source, TEMPLATE_VARIABLES['internal-update'])).toEqual([
      { path: 'timeline[].secret', line: 2 },
      { path: 'mystery', line: 3 }
    ])
  })

  it('no documented variable is named like a helper (a helper would win and print nothing)', () => {
    const helpers = new Set(helperNames())
    for (const vars of Object.values(TEMPLATE_VARIABLES)) {
      for (const path of Object.keys(vars)) {
        for (const segment of path.split(/\.|\[\]\.?/).filter(Boolean)) expect(helpers.has(segment) ? `${path} (${segment})` : '').toBe('')
      }
    }
  })
})

describe('the view models hand over exactly what is documented', () => {
  it.each(COMMS_TEMPLATES.map((n) => [n]))('%s', (name) => {
    const view = VIEW_MODELS[name](fixtureState(name), defaultConfig(), NOW, { issueUrl: 'https://github.com/acme/incidents/issues/42' }) as Record<
      string,
      unknown
    >
    const documented = Object.keys(TEMPLATE_VARIABLES[name])
    expect(Object.keys(view).sort()).toEqual(documented.filter((p) => !p.includes('[]')).sort())
    // Each documented item field is on the items (the fixtures have at least one item in every list).
    for (const path of documented.filter((p) => p.includes('[].'))) {
      const [list, field] = path.split('[].') as [string, string]
      const items = view[list] as Record<string, unknown>[]
      expect(items.length).toBeGreaterThan(0)
      for (const item of items) expect(Object.keys(item)).toContain(field)
    }
  })
})

describe('reading the variables of a template', () => {
  it('follows each, with, else, parent paths and @root', () => {
    const source = [
      '{{#each gates}}{{name}} {{../codename}} {{@root.drill}} {{@index}}{{else}}{{none}}{{/each}}',
      '{{#with summary}}{{detected}}{{/with}}',
      '{{#each compromised}}{{this}}{{/each}}',
      '{{#if (eq severity "SEV 1")}}{{join gatesOpen ", "}}{{/if}}',
      '{{bulletList items empty=emptyText}}'
    ].join('\n')
    expect(templateVariables(source).map((u) => `${u.line}:${u.path}`)).toEqual([
      '1:gates',
      '1:gates[].name',
      '1:codename',
      '1:drill',
      '1:none',
      '2:summary',
      '2:summary.detected',
      '3:compromised',
      '3:compromised[]',
      '4:severity',
      '4:gatesOpen',
      '5:items',
      '5:emptyText'
    ])
  })
})

describe('the README table', () => {
  it('lists every template and every variable', () => {
    const markdown = templateVariablesMarkdown()
    for (const name of COMMS_TEMPLATES) {
      expect(markdown).toContain(`### \`${templateFile(name)}\``)
      for (const variable of Object.keys(TEMPLATE_VARIABLES[name])) expect(markdown).toContain(`| \`${variable}\` |`)
    }
  })
})
