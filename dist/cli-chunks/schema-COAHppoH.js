import { t as toJSONSchema, d as configSchema } from './schema-CVZsVqr4.js';

/** `incident-kit schema`: the JSON Schema of `.github/incident-kit.yml`, generated from the zod schema. */
/** The schema editors use (YAML language server: `# yaml-language-server: $schema=...`). */
function configJsonSchema() {
    return {
        ...toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
        title: 'incident-kit configuration (.github/incident-kit.yml)'
    };
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
