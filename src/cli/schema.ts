/** `incident-kit schema`: the JSON Schema of `.github/incident-kit.yml`, generated from the zod schema. */
import { z } from 'zod'
import { configSchema } from '../config/schema.js'
import type { Command } from './command.js'

/** The schema editors use (YAML language server: `# yaml-language-server: $schema=...`). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, Record<string, unknown>> }
  // Entries merge onto the defaults by id (gates by name): `{id: stop-attack, title: …}` changes one
  // key of a default step, so only the id is required; a new entry's other keys are checked when loaded.
  for (const key of ['phases', 'checklist', 'clocks']) {
    const items = schema.properties[key]?.['items'] as { required?: string[] } | undefined
    if (items) items.required = ['id']
    delete schema.properties[key]?.['minItems']
  }
  const gates = schema.properties['gates'] as { additionalProperties?: { required?: string[]; anyOf?: unknown } } | undefined
  if (gates?.additionalProperties) {
    delete gates.additionalProperties.required
    gates.additionalProperties = { anyOf: [gates.additionalProperties, { type: 'null' }] }
  }
  return { ...schema, title: 'incident-kit configuration (.github/incident-kit.yml)' }
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
