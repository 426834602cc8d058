#!/usr/bin/env node
import { version } from './cli-chunks/version-CYxSDXtl.js';
import 'node:fs';

/** Command name → its module, loaded on demand. `incident-kit help` loads them all. */
const COMMAND_LOADERS = new Map([
    ['simulate', async () => (await import('./cli-chunks/cli-Csm-Lfww.js')).simulateCommand],
    ['runbooks', async () => (await import('./cli-chunks/cli-Cqks2cHI.js')).runbooksCommand],
    ['lint-announcement', async () => (await import('./cli-chunks/cli-y9vb9tc2.js')).lintAnnouncementCommand],
    ['render', async () => (await import('./cli-chunks/cli-y9vb9tc2.js')).renderCommand],
    ['iocs', async () => (await import('./cli-chunks/iocs-DL37a_48.js')).iocsCommand],
    ['codename', async () => (await import('./cli-chunks/codename-u-Q9OWo_.js')).codenameCommand],
    ['schema', async () => (await import('./cli-chunks/schema-BCEp89pQ.js')).schemaCommand],
    ['version', async () => (await import('./cli-chunks/version-CYxSDXtl.js')).versionCommand]
]);
const COMMAND_NAMES = [...COMMAND_LOADERS.keys()];
function loadCommands() {
    return Promise.all([...COMMAND_LOADERS.values()].map((load) => load()));
}
const isHelp = (arg) => arg === '--help' || arg === '-h';
/** `incident-kit COMMAND --help` (or `incident-kit help COMMAND`): what it does and how to call it. */
function commandHelp(command) {
    return `${command.summary}\n\nusage: ${command.usage}\n`;
}
/** Runs the command `argv` names; `commands` replaces the built-in ones (tests). */
async function runCli(argv, io, commands) {
    const [name, ...rest] = argv;
    if (name === '--version' || name === '-V') {
        io.stdout.write(`incident-kit ${version()}\n`);
        return 0;
    }
    if (name === 'help' && rest[0])
        argv = [rest[0], '--help'];
    else if (!name || name === 'help' || isHelp(name)) {
        const all = (await loadCommands());
        io.stdout.write(`incident-kit ${version()}: security-incident response inside GitHub\n\ncommands:\n${all.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}\n\n` +
            `incident-kit COMMAND --help shows one command; incident-kit --version the version.\n`);
        return name ? 0 : 2;
    }
    const [commandName, ...args] = argv;
    const command = await COMMAND_LOADERS.get(commandName)?.();
    if (!command) {
        const names = COMMAND_NAMES;
        io.stderr.write(`incident-kit: unknown command "${commandName}" (try: ${names.join(', ')})\n`);
        return 2;
    }
    if (args.some(isHelp)) {
        io.stdout.write(commandHelp(command));
        return 0;
    }
    try {
        return await command.run(args, io);
    }
    catch (error) {
        io.stderr.write(`incident-kit ${commandName}: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
}

/**
 * `incident-kit` from a terminal: the same code as the action, no GitHub needed.
 * Each command lives beside its domain; this file only dispatches.
 */
// `incident-kit runbooks . | head`: the reader has gone, so the output is no longer wanted. Stop quietly.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
}
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() });
