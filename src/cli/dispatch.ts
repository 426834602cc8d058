/** Finds the command named by the first argument and runs it. */
import type { CliIo, Command } from './command.js'
import { codenameCommand } from './codename.js'
import { schemaCommand } from './schema.js'
import { simulateCommand } from '../simulate/cli.js'
import { lintAnnouncementCommand, renderCommand } from '../comms/cli.js'
import { runbooksCommand } from '../runbooks/cli.js'

export const COMMANDS: Command[] = [simulateCommand, runbooksCommand, lintAnnouncementCommand, renderCommand, codenameCommand, schemaCommand]

export async function runCli(argv: string[], io: CliIo, commands: Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(`incident-kit: security-incident response inside GitHub\n\ncommands:\n${commands.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}\n`)
    return name ? 0 : 2
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    io.stderr.write(`incident-kit: unknown command "${name}" (try: ${commands.map((c) => c.name).join(', ')})\n`)
    return 2
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    io.stderr.write(`incident-kit ${name}: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}
