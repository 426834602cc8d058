/** The bundled CLI (dist/cli.js) as a person runs it: executable, versioned, helpful, quiet in a pipe. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../e2e/run-action.js'
import { COMMAND_NAMES, runCli } from '../../src/cli/dispatch.js'

const CLI = join(REPO_ROOT, 'dist', 'cli.js')
const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }

async function run(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: REPO_ROOT })
  return { code, stdout, stderr }
}

describe('incident-kit on the command line', () => {
  it('prints the version of package.json, from source and from the bundle', async () => {
    expect(await run('--version')).toMatchObject({ code: 0, stdout: `incident-kit ${version}\n` })
    expect(execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' })).toBe(`incident-kit ${version}\n`)
  })

  it.each([...COMMAND_NAMES])('%s --help prints its usage and exits 0', async (name) => {
    const { code, stdout } = await run(name, '--help')
    expect(code).toBe(0)
    expect(stdout).toContain(`usage: incident-kit ${name}`)
    expect((await run('help', name)).stdout).toBe(stdout)
  })

  it('dist/cli.js is executable with a node shebang, and git records it so', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(CLI).mode & 0o111).toBe(0o111)
    const staged = spawnSync('git', ['ls-files', '-s', 'dist/cli.js'], { cwd: REPO_ROOT, encoding: 'utf8' })
    if (staged.status === 0 && staged.stdout) expect(staged.stdout.startsWith('100755 ')).toBe(true)
  })

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const numbers = Array.from({ length: 8000 }, (_, i) => String(i + 1)).join(' ')
    const out = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" codename ${numbers} | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8'
    })
    expect(out.stdout.split('\n').filter(Boolean)).toHaveLength(1)
    expect(out.stderr).toBe('status 0\n')
  })
})
