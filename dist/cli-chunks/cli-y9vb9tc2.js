import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { T as TemplateError, B as OVERRIDE_DIR, y as builtinTemplates, z as withOverrides, I as readTemplateDir, w as DEFAULT_CONFIG_PATH, F as parseConfig, A as ConfigError } from './templates-B5qX9NVR.js';
import { s as stateSchema } from './state-BHlKUW-k.js';
import { k as COMMS_TEMPLATES, l as lintAnnouncement, b as lintOptionsFromConfig, w as formatFinding, x as isCommsTemplate, j as renderComms } from './lint-D85_4WZt.js';
import 'process';
import 'buffer';
import './codename-pH4rIDTz.js';
import './time-Y3ub_dL0.js';
import './schema-B29Y7U7m.js';
import './schemas-C2QTqLNC.js';
import 'node:net';
import 'fs';
import 'node:url';

/**
 * The comms commands from a terminal: lint an announcement before it goes out, and render a
 * template from a saved state (to try an override before committing it).
 */
class UsageError extends Error {
}
/** `--name value`, `--name=value`, repeatable; any option not in `known` is a usage error naming it. */
function parseArgs(command, args, known) {
    const parsed = { positional: [], options: {} };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (!arg.startsWith('--')) {
            parsed.positional.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        if (!known.includes(name))
            throw new UsageError(`${command}: unknown option --${name}`);
        const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
        if (value === undefined || value === '' || (eq < 0 && value.startsWith('--')))
            throw new UsageError(`${command}: --${name} needs a value`);
        (parsed.options[name] ??= []).push(value);
    }
    return parsed;
}
function single(command, parsed, name) {
    const values = parsed.options[name];
    if (values && values.length > 1)
        throw new UsageError(`${command}: --${name} is given more than once`);
    return values?.[0];
}
async function readText(command, cwd, file, what) {
    try {
        return await readFile(resolve(cwd, file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new UsageError(`${command}: cannot read ${what} ${file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
    }
}
/** The config named by --config, else the repository's own `.github/incident-kit.yml` when present, else defaults. */
async function loadConfig(command, cwd, file) {
    const path = file ?? (existsSync(resolve(cwd, DEFAULT_CONFIG_PATH)) ? DEFAULT_CONFIG_PATH : undefined);
    if (path === undefined)
        return parseConfig(undefined);
    try {
        return parseConfig(await readText(command, cwd, path, 'config'), path);
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw new UsageError(`${command}: ${error.message}`);
        throw error;
    }
}
async function runReportingUsage(io, usage, body) {
    try {
        return await body();
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr.write(`${error.message}\nusage: ${usage}\n`);
        return 2;
    }
}
const lintAnnouncementCommand = {
    name: 'lint-announcement',
    summary: 'check an external announcement against the runbook (date in title, banned phrases, sections, leaks)',
    usage: 'incident-kit lint-announcement FILE [--codename NAME] [--party NAME]... [--config FILE]',
    async run(args, io) {
        return runReportingUsage(io, this.usage, async () => {
            const cmd = 'lint-announcement';
            const parsed = parseArgs(cmd, args, ['codename', 'party', 'config']);
            const [file, ...extra] = parsed.positional;
            if (file === undefined)
                throw new UsageError(`${cmd}: missing the FILE argument (the announcement to check)`);
            if (extra.length > 0)
                throw new UsageError(`${cmd}: unexpected argument "${extra[0]}" (only one FILE)`);
            const config = await loadConfig(cmd, io.cwd, single(cmd, parsed, 'config'));
            const markdown = await readText(cmd, io.cwd, file, 'announcement');
            const codename = single(cmd, parsed, 'codename');
            let findings;
            try {
                findings = lintAnnouncement(markdown, lintOptionsFromConfig(config, { ...(codename ? { codename } : {}), parties: parsed.options['party'] ?? [] }));
            }
            catch (error) {
                // Only an invalid internalHostPatterns entry throws: a config problem, so a usage error.
                throw new UsageError(`${cmd}: ${error instanceof Error ? error.message : String(error)}`);
            }
            for (const finding of findings)
                io.stdout.write(`${formatFinding(file, finding)}\n`);
            const errors = findings.filter((f) => f.severity === 'error').length;
            io.stderr.write(`${file}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${findings.length - errors} ${findings.length - errors === 1 ? 'warning' : 'warnings'}\n`);
            return errors > 0 ? 1 : 0;
        });
    }
};
const renderCommand = {
    name: 'render',
    summary: 'render a communication template from a saved incident state (try an override before committing it)',
    usage: `incident-kit render TEMPLATE --state STATE.json [--templates DIR] [--config FILE] [--now ISO-TIME] [--issue-url URL]\n      TEMPLATE: ${COMMS_TEMPLATES.join(', ')}`,
    async run(args, io) {
        return runReportingUsage(io, this.usage, async () => {
            const cmd = 'render';
            const parsed = parseArgs(cmd, args, ['state', 'templates', 'config', 'now', 'issue-url']);
            const [given, ...extra] = parsed.positional;
            if (given === undefined)
                throw new UsageError(`${cmd}: missing the TEMPLATE argument (one of ${COMMS_TEMPLATES.join(', ')})`);
            if (extra.length > 0)
                throw new UsageError(`${cmd}: unexpected argument "${extra[0]}"`);
            const name = given.replace(/\.md\.hbs$/, '');
            if (!isCommsTemplate(name))
                throw new UsageError(`${cmd}: unknown TEMPLATE "${given}" (one of ${COMMS_TEMPLATES.join(', ')})`);
            const statePath = single(cmd, parsed, 'state');
            if (statePath === undefined)
                throw new UsageError(`${cmd}: missing --state STATE.json (an incident state, as the dashboard stores it)`);
            const state = parseState(cmd, statePath, await readText(cmd, io.cwd, statePath, 'state'));
            const config = await loadConfig(cmd, io.cwd, single(cmd, parsed, 'config'));
            const now = parseNow(cmd, single(cmd, parsed, 'now'));
            const templates = loadTemplates(cmd, io.cwd, single(cmd, parsed, 'templates'));
            const issueUrl = single(cmd, parsed, 'issue-url');
            try {
                io.stdout.write(renderComms(name, templates, state, config, now, issueUrl ? { issueUrl } : {}));
                return 0;
            }
            catch (error) {
                if (!(error instanceof TemplateError))
                    throw error;
                io.stderr.write(`${cmd}: ${error.message}\n`);
                return 1;
            }
        });
    }
};
function parseState(cmd, file, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new UsageError(`${cmd}: ${file} is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const result = stateSchema.safeParse(json);
    if (result.success)
        return result.data;
    const problems = result.error.issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(top level)'}: ${i.message}`);
    throw new UsageError(`${cmd}: ${file} is not an incident state: ${problems.slice(0, 5).join('; ')}`);
}
function parseNow(cmd, value) {
    if (value === undefined)
        return new Date();
    const ms = Date.parse(value);
    if (Number.isNaN(ms))
        throw new UsageError(`${cmd}: --now expects an ISO time such as 2026-11-22T09:12Z, got "${value}"`);
    return new Date(ms);
}
/** --templates DIR over the shipped ones; without it, the repository's own overrides folder when present. */
function loadTemplates(cmd, cwd, dir) {
    const folder = dir ?? (existsSync(resolve(cwd, OVERRIDE_DIR)) ? OVERRIDE_DIR : undefined);
    if (folder === undefined)
        return builtinTemplates();
    try {
        return withOverrides(readTemplateDir(resolve(cwd, folder)));
    }
    catch (error) {
        const code = error.code;
        throw new UsageError(`${cmd}: cannot read the templates folder ${folder}${code ? ` (${code})` : ''}`);
    }
}

export { lintAnnouncementCommand, renderCommand };
