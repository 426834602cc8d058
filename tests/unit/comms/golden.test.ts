/**
 * Golden files: each template rendered from a realistic incident state must match
 * `tests/fixtures/comms/<template>/expected.md` exactly. After an intended change to a
 * template or a view model, regenerate with `UPDATE_GOLDEN=1 npm test -- tests/unit/comms/golden`
 * and read the diff before committing it.
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

    const expectedFile = join(dir, 'expected.md')
    if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, actual)
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'))
  })
})
