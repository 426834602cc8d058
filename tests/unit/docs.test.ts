/** The README is the user's manual: it must name every input, output, command, setting, template variable and lint rule. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseConfig } from '../../src/config/load.js'
import { configSchema } from '../../src/config/schema.js'
import { COMMAND_NAMES } from '../../src/cli/dispatch.js'
import { configJsonSchema } from '../../src/cli/schema.js'
import { LINT_RULES } from '../../src/comms/lint.js'
import { TEMPLATE_VARIABLES } from '../../src/comms/view.js'
import { COMMAND_HELP } from '../../src/incident/commands.js'

const root = join(import.meta.dirname, '..', '..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))

describe('the README', () => {
  it('starts with the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(firstBlock).toContain('npm ci && npm start')
    expect(firstBlock).toContain('npm test')
  })

  it.each(Object.keys(action.inputs))('documents the input %s', (name) => {
    expect(readme).toContain(`| \`${name}\` |`)
  })

  it.each(Object.keys(action.outputs))('documents the output %s', (name) => {
    expect(readme).toMatch(new RegExp(`\\| (\`[a-z-]+\`, )*\`${name}\`(, \`[a-z-]+\`)* \\|`))
  })

  it.each(COMMAND_HELP.map(([command]) => command.split(' ')[0]!))('documents the command %s', (command) => {
    expect(readme).toContain(`\`${command}`)
  })

  it.each(Object.keys(configSchema.shape))('documents the configuration key %s', (key) => {
    expect(readme).toMatch(new RegExp(`\\| \`${key}(\\.|\`)`))
  })

  it.each(COMMAND_NAMES.map((name) => [name]))('documents the CLI command %s', (name) => {
    expect(readme).toContain(`incident-kit ${name}`)
  })

  it.each(Object.keys(LINT_RULES))('documents the lint rule %s', (rule) => {
    expect(readme).toContain(`| \`${rule}\` |`)
  })

  it.each(Object.entries(TEMPLATE_VARIABLES).flatMap(([template, vars]) => Object.keys(vars).map((v) => [template, v])))(
    'documents %s variable %s',
    (template, variable) => {
      const section = readme.split(`### \`${template}.md.hbs\``)[1]?.split('\n### ')[0] ?? ''
      expect(section).toContain(`\`${variable}\``)
    }
  )
})

describe('the quick start', () => {
  it('shows the workflow exactly as shipped in .github/workflow-templates (comments aside)', () => {
    const block = /\n( *)```yaml\n((?:\1.*\n|\n)*?)\1```/.exec(readme)
    expect(block).not.toBeNull()
    const indent = block![1]!.length
    const shown = block![2]!.split('\n').map((line) => line.slice(indent))
    const shipped = readFileSync(join(root, '.github/workflow-templates/incident-kit.yml'), 'utf8').split('\n')
    const meaningful = (lines: string[]) => lines.filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => l.replace(/\s+#.*$/, ''))
    expect(meaningful(shown)).toEqual(meaningful(shipped))
  })
})

describe('shipped examples', () => {
  it('the example configuration parses', () => {
    const config = parseConfig(readFileSync(join(root, 'templates/incident-kit.yml'), 'utf8'), 'templates/incident-kit.yml')
    expect(config.paging.icTeam).toBe('acme/incident-commanders')
    expect(config.gates['legal-approved']?.approvers).toEqual({ users: ['counsel-login'], teams: [], permission: null })
  })

  it('the committed JSON Schema is the one generated from the code (npm run schema)', () => {
    expect(JSON.parse(readFileSync(join(root, 'templates/incident-kit.schema.json'), 'utf8'))).toEqual(configJsonSchema())
  })
})
