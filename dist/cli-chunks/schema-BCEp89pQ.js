import { d as configSchema } from './schema-B29Y7U7m.js';
import { t as toJSONSchema } from './schemas-C2QTqLNC.js';

/** `incident-kit schema`: the JSON Schema of `.github/incident-kit.yml`, generated from the zod schema. */
/** The schema editors use (YAML language server: `# yaml-language-server: $schema=...`). */
function configJsonSchema() {
    const schema = toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' });
    // Entries merge onto the defaults by id (gates by name): `{id: stop-attack, title: …}` changes one
    // key of a default step, so only the id is required; a new entry's other keys are checked when loaded.
    for (const key of ['phases', 'checklist', 'clocks']) {
        const items = schema.properties[key]?.['items'];
        if (items)
            items.required = ['id'];
        delete schema.properties[key]?.['minItems'];
    }
    const gates = schema.properties['gates'];
    if (gates?.additionalProperties) {
        delete gates.additionalProperties.required;
        gates.additionalProperties = { anyOf: [gates.additionalProperties, { type: 'null' }] };
    }
    return { ...schema, title: 'incident-kit configuration (.github/incident-kit.yml)' };
}
const schemaCommand = {
    name: 'schema',
    summary: 'print the JSON Schema of .github/incident-kit.yml (for editors)',
    usage: 'incident-kit schema',
    async run(args, io) {
        if (args.length > 0) {
            io.stderr.write(`schema: takes no arguments\nusage: ${this.usage}\n`);
            return 2;
        }
        io.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
        return 0;
    }
};

export { configJsonSchema, schemaCommand };
