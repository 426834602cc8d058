/**
 * What goes into dist/: the action's bundle loads only code it can run. rollup.config.js replaces
 * two modules that are imported but never run with stand-ins (see STUBS there); these tests hold
 * it to that: undici and @actions/http-client stay out, nothing of ours calls what was left out,
 * and the bundled handlebars (without source-map, with the built-in templates compiled at bundle
 * time) renders every golden file byte for byte.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { COMPILE_OPTIONS } from '../../src/comms/render.js'

const ROOT = process.cwd()
const bundle = (name: string) => readFileSync(join(ROOT, 'dist', name), 'utf8')
/** dist/cli.js and the chunks it loads on demand. */
const cliBundle = () => [bundle('cli.js'), ...readdirSync(join(ROOT, 'dist/cli-chunks')).map((f) => bundle(`cli-chunks/${f}`))].join('\n')
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []))

describe('the bundle', () => {
  it.each([['index.js'], ['cli.js']])('dist/%s carries neither undici nor @actions/http-client', (name) => {
    const text = name === 'cli.js' ? cliBundle() : bundle(name)
    // Strings only undici and http-client define.
    expect(text).not.toContain('UND_ERR_')
    expect(text).not.toContain('class HttpClient')
    expect(text).not.toContain('actions/oidc-client')
  })

  it('nothing in src/ uses what the stand-ins replace: OIDC tokens, @actions/github, @actions/http-client, source maps', () => {
    for (const file of sources(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8')
      expect({ file, oidc: /getIDToken/.test(text) }).toEqual({ file, oidc: false })
      expect({ file, imports: /from '@actions\/(github|http-client)'|from 'source-map'|from 'undici'/.test(text) }).toEqual({ file, imports: false })
    }
  })

  it('dist/index.js carries every built-in template compiled with the options render.ts compiles with', () => {
    const text = bundle('index.js')
    expect(text).toContain(`const PRECOMPILED_OPTIONS = ${JSON.stringify(COMPILE_OPTIONS)};`)
    for (const name of readdirSync(join(ROOT, 'templates')).filter((f) => f.endsWith('.hbs'))) expect(text).toContain(`${JSON.stringify(name)}: { source: `)
  })

  it.each(readdirSync(join(ROOT, 'tests/fixtures/comms')).map((name) => [name]))('the bundled handlebars renders %s exactly as expected.md', (name) => {
    const dir = join(ROOT, 'tests/fixtures/comms', name)
    const { now, issueUrl } = JSON.parse(readFileSync(join(dir, 'context.json'), 'utf8')) as { now: string; issueUrl: string }
    const out = execFileSync(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), 'render', name, '--state', join(dir, 'state.json'), '--now', now, '--issue-url', issueUrl],
      { encoding: 'utf8', cwd: dir }
    )
    expect(out).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'))
  })
})
