/** `incident-kit schema`: the JSON Schema of `.github/incident-kit.yml`, generated from the zod schema. */
import { z } from 'zod'
import { configSchema } from '../config/schema.js'
import type { Command } from './command.js'

/** The schema editors use (YAML language server: `# yaml-language-server: $schema=...`). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'incident-kit configuration (.github/incident-kit.yml)'
  }
}

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of .github/incident-kit.yml (for editors)',
  usage: 'incident-kit schema',
  async run(args, io) {
    if (args.length > 0) {
      io.stderr.write(`schema: takes no arguments\nusage: ${this.usage}\n`)
      return 2
    }
    io.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`)
    return 0
  }
}
