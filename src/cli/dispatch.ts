/** Finds the command named by the first argument and runs it. */
import type { CliIo, Command } from './command.js'
import { codenameCommand } from './codename.js'
import { schemaCommand } from './schema.js'
import { version, versionCommand } from './version.js'
import { simulateCommand } from '../simulate/cli.js'
import { lintAnnouncementCommand, renderCommand } from '../comms/cli.js'
import { runbooksCommand } from '../runbooks/cli.js'

export const COMMANDS: Command[] = [simulateCommand, runbooksCommand, lintAnnouncementCommand, renderCommand, codenameCommand, schemaCommand, versionCommand]

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h'

/** `incident-kit COMMAND --help` (or `incident-kit help COMMAND`): what it does and how to call it. */
function commandHelp(command: Command): string {
  return `${command.summary}\n\nusage: ${command.usage}\n`
}

export async function runCli(argv: string[], io: CliIo, commands: Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv
  if (name === '--version' || name === '-V') {
    io.stdout.write(`incident-kit ${version()}\n`)
    return 0
  }
  if (name === 'help' && rest[0]) argv = [rest[0], '--help']
  else if (!name || name === 'help' || isHelp(name)) {
    io.stdout.write(
      `incident-kit ${version()}: security-incident response inside GitHub\n\ncommands:\n${commands.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}\n\n` +
        `incident-kit COMMAND --help shows one command; incident-kit --version the version.\n`
    )
    return name ? 0 : 2
  }
  const [commandName, ...args] = argv
  const command = commands.find((c) => c.name === commandName)
  if (!command) {
    io.stderr.write(`incident-kit: unknown command "${commandName}" (try: ${commands.map((c) => c.name).join(', ')})\n`)
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
