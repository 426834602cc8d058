#!/usr/bin/env node
/** Command name → its module, loaded on demand. `incident-kit help` loads them all. */
const COMMAND_LOADERS = new Map([
    ['simulate', async () => (await import('./cli-chunks/cli-ClyBVXD4.js')).simulateCommand],
    ['runbooks', async () => (await import('./cli-chunks/cli-D1M9pAIV.js')).runbooksCommand],
    ['lint-announcement', async () => (await import('./cli-chunks/cli-_RD3CPJG.js')).lintAnnouncementCommand],
    ['render', async () => (await import('./cli-chunks/cli-_RD3CPJG.js')).renderCommand],
    ['codename', async () => (await import('./cli-chunks/codename-CrlBCEVj.js')).codenameCommand],
    ['schema', async () => (await import('./cli-chunks/schema-COAHppoH.js')).schemaCommand]
]);
const COMMAND_NAMES = [...COMMAND_LOADERS.keys()];
function loadCommands() {
    return Promise.all([...COMMAND_LOADERS.values()].map((load) => load()));
}
/** Runs the command `argv` names; `commands` replaces the built-in ones (tests). */
async function runCli(argv, io, commands) {
    const [name, ...rest] = argv;
    if (!name || name === 'help' || name === '--help' || name === '-h') {
        const all = (await loadCommands());
        io.stdout.write(`incident-kit: security-incident response inside GitHub\n\ncommands:\n${all.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}\n`);
        return name ? 0 : 2;
    }
    const command = await COMMAND_LOADERS.get(name)?.();
    if (!command) {
        const names = COMMAND_NAMES;
        io.stderr.write(`incident-kit: unknown command "${name}" (try: ${names.join(', ')})\n`);
        return 2;
    }
    try {
        return await command.run(rest, io);
    }
    catch (error) {
        io.stderr.write(`incident-kit ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
}

/**
 * `incident-kit` from a terminal: the same code as the action, no GitHub needed.
 * Each command lives beside its domain; this file only dispatches.
 */
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
