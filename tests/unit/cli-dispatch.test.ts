/** The CLI's dispatcher: each command is loaded by its own name, only when it runs. */
import { describe, expect, it } from '@jest/globals'
import type { CliIo } from '../../src/cli/command.js'
import { COMMAND_LOADERS, runCli } from '../../src/cli/dispatch.js'

function io() {
  const out = { stdout: '', stderr: '' }
  const streams: CliIo = { stdout: { write: (c: string) => (out.stdout += c) }, stderr: { write: (c: string) => (out.stderr += c) }, cwd: process.cwd() }
  return { out, streams }
}

describe('incident-kit COMMAND', () => {
  it.each([...COMMAND_LOADERS.keys()].map((name) => [name]))('the loader for "%s" yields the command of that name', async (name) => {
    expect((await COMMAND_LOADERS.get(name)!()).name).toBe(name)
  })

  it('help lists every command', async () => {
    const { out, streams } = io()
    expect(await runCli(['help'], streams)).toBe(0)
    for (const name of COMMAND_LOADERS.keys()) expect(out.stdout).toContain(`incident-kit ${name}`)
  })

  it('an unknown command (even one named like an object property) is a usage error naming the commands', async () => {
    for (const name of ['nope', 'constructor', '__proto__']) {
      const { out, streams } = io()
      expect(await runCli([name], streams)).toBe(2)
      expect(out.stderr).toContain(`unknown command "${name}" (try: simulate, runbooks,`)
    }
  })
})
