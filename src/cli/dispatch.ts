/**
 * Finds the command named by the first argument and runs it. Each command's module is loaded only
 * when that command runs (dist/cli.js is split into chunks by rollup): `incident-kit runbooks`
 * loads the scan and the report, not octokit, the simulator or the GitHub stand-in.
 */
import type { CliIo, Command } from './command.js'
import { version } from './version.js'

/** Command name → its module, loaded on demand. `incident-kit help` loads them all. */
export const COMMAND_LOADERS: ReadonlyMap<string, () => Promise<Command>> = new Map([
  ['simulate', async () => (await import('../simulate/cli.js')).simulateCommand],
  ['runbooks', async () => (await import('../runbooks/cli.js')).runbooksCommand],
  ['lint-announcement', async () => (await import('../comms/cli.js')).lintAnnouncementCommand],
  ['render', async () => (await import('../comms/cli.js')).renderCommand],
  ['iocs', async () => (await import('./iocs.js')).iocsCommand],
  ['codename', async () => (await import('./codename.js')).codenameCommand],
  ['schema', async () => (await import('./schema.js')).schemaCommand],
  ['version', async () => (await import('./version.js')).versionCommand]
])

export const COMMAND_NAMES: readonly string[] = [...COMMAND_LOADERS.keys()]

export function loadCommands(): Promise<Command[]> {
  return Promise.all([...COMMAND_LOADERS.values()].map((load) => load()))
}

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h'

/** `incident-kit COMMAND --help` (or `incident-kit help COMMAND`): what it does and how to call it. */
function commandHelp(command: Command): string {
  return `${command.summary}\n\nusage: ${command.usage}\n`
}

/** Runs the command `argv` names; `commands` replaces the built-in ones (tests). */
export async function runCli(argv: string[], io: CliIo, commands?: Command[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === '--version' || name === '-V') {
    io.stdout.write(`incident-kit ${version()}\n`)
    return 0
  }
  if (name === 'help' && rest[0]) argv = [rest[0], '--help']
  else if (!name || name === 'help' || isHelp(name)) {
    const all = commands ?? (await loadCommands())
    io.stdout.write(
      `incident-kit ${version()}: security-incident response inside GitHub\n\ncommands:\n${all.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}\n\n` +
        `incident-kit COMMAND --help shows one command; incident-kit --version the version.\n`
    )
    return name ? 0 : 2
  }
  const [commandName, ...args] = argv
  const command = commands ? commands.find((c) => c.name === commandName) : await COMMAND_LOADERS.get(commandName!)?.()
  if (!command) {
    const names = commands ? commands.map((c) => c.name) : COMMAND_NAMES
    io.stderr.write(`incident-kit: unknown command "${commandName}" (try: ${names.join(', ')})\n`)
    return 2
  }
  if (args.some(isHelp)) {
    io.stdout.write(commandHelp(command))
    return 0
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    io.stderr.write(`incident-kit ${commandName}: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}
