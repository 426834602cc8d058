/**
 * Golden files: each template rendered from a realistic incident state must match
 * `tests/fixtures/comms/<template>/expected.md` exactly. After an intended change to a
 * template or a view model, regenerate with `UPDATE_GOLDEN=1 npm test -- tests/unit/comms/golden`
 * and read the diff before committing it. A missing expected.md fails like a wrong one: only
 * UPDATE_GOLDEN=1 writes golden files, so a deleted or misnamed fixture cannot pass by
 * regenerating itself.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../../src/config/load.js'
import { stateSchema } from '../../../src/incident/state.js'
import { renderComms } from '../../../src/comms/compose.js'
import { builtinTemplates } from '../../../src/comms/templates.js'
import { COMMS_TEMPLATES, type CommsContext } from '../../../src/comms/view.js'

const FIXTURES = join(process.cwd(), 'tests/fixtures/comms')
const UPDATE = process.env['UPDATE_GOLDEN'] === '1'

interface FixtureContext extends CommsContext {
  now: string
}

describe('golden files', () => {
  it.each(COMMS_TEMPLATES.map((name) => [name]))('%s renders exactly as expected.md', (name) => {
    const dir = join(FIXTURES, name)
    const state = stateSchema.parse(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')))
    const { now, ...ctx } = JSON.parse(readFileSync(join(dir, 'context.json'), 'utf8')) as FixtureContext
    const configFile = join(dir, 'config.yml')
    const config = parseConfig(existsSync(configFile) ? readFileSync(configFile, 'utf8') : undefined)

    const actual = renderComms(name, builtinTemplates(), state, config, new Date(now), ctx)

    expect(actual).toBe(golden(join(dir, 'expected.md'), actual, UPDATE))
  })

  it('a missing expected.md fails instead of being written', () => {
    const missing = join(FIXTURES, 'no-such-template', 'expected.md')
    expect(() => golden(missing, 'anything', false)).toThrow(/is missing: write it with UPDATE_GOLDEN=1/)
    expect(existsSync(missing)).toBe(false)
  })
})

/** The golden text to compare with: the file's, written first from `actual` only when updating. */
function golden(file: string, actual: string, update: boolean): string {
  if (update) writeFileSync(file, actual)
  else if (!existsSync(file))
    throw new Error(
      `${file} is missing: write it with UPDATE_GOLDEN=1 npm test -- tests/unit/comms/golden (npm run test:update-golden), then read it before committing`
    )
  return readFileSync(file, 'utf8')
}
