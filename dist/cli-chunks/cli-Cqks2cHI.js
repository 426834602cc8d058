import { stat, readFile } from 'node:fs/promises';
import { resolve, relative, sep, dirname, join } from 'node:path';
import { y as builtinTemplates, w as DEFAULT_CONFIG_PATH, E as defaultConfig, F as parseConfig, A as ConfigError } from './templates-B5qX9NVR.js';
import { j as reportJson, r as renderRunbookReport, n as needsAttention, e as dayNumber, h as readCodeOwners, s as scanRunbooks, i as buildReport } from './scan-BGu4VDS0.js';
import 'process';
import 'buffer';
import './codename-pH4rIDTz.js';
import './time-Y3ub_dL0.js';
import './schema-B29Y7U7m.js';
import './schemas-C2QTqLNC.js';
import 'node:net';
import 'fs';
import 'node:fs';
import 'node:url';
import 'path';
import 'url';
import 'module';

/**
 * `incident-kit runbooks [dir]`: the scheduled freshness check from a terminal. Prints the report
 * and exits 0 when every runbook is fresh, 1 when any is stale or broken, 2 on bad usage or when
 * no runbook was found (a check of nothing is no pass).
 */
const USAGE = 'incident-kit runbooks [dir] [--json] [--now YYYY-MM-DD] [--config FILE]';
/** Parses the arguments, or returns the problem naming the argument. */
function parseRunbooksArgs(args) {
    const parsed = { dir: '.', json: false };
    let dirGiven = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        const value = () => inline ?? args[++i];
        if (flag === '--json')
            parsed.json = true;
        else if (flag === '--now') {
            const now = value();
            if (now === undefined || dayNumber(now) === undefined)
                return { error: `--now: expected a date such as 2026-03-10, got ${now === undefined ? 'nothing' : `"${now}"`}` };
            parsed.now = now;
        }
        else if (flag === '--config') {
            const file = value();
            if (file === undefined || file === '')
                return { error: '--config: expected a file name, got nothing' };
            parsed.config = file;
        }
        else if (arg.startsWith('-'))
            return { error: `unknown option "${arg}"` };
        else if (dirGiven)
            return { error: `one directory only, got "${parsed.dir}" and "${arg}"` };
        else {
            parsed.dir = arg;
            dirGiven = true;
        }
    }
    return parsed;
}
const runbooksCommand = {
    name: 'runbooks',
    summary: 'Check that runbooks carry fresh "Last Reviewed" and "Last Tested" dates',
    usage: USAGE,
    async run(args, io) {
        if (args.includes('--help') || args.includes('-h')) {
            io.stdout.write(`usage: ${USAGE}\n`);
            return 0;
        }
        const parsed = parseRunbooksArgs(args);
        if ('error' in parsed)
            return usageError(io, parsed.error);
        const given = resolve(io.cwd, parsed.dir);
        if (!(await isDirectory(given)))
            return usageError(io, `dir: "${parsed.dir}" is not a directory`);
        const today = parsed.now ?? new Date().toISOString().slice(0, 10);
        // The repository root, or the runbooks folder itself (`runbooks runbooks/`): a folder the
        // configured paths start with, e.g. "runbooks" of runbooks/**/*.md. Then its parent is the root.
        let found;
        for (const dir of [given, ...rootsAbove(given)]) {
            const config = await loadConfig(io, dir, parsed.config);
            if (typeof config === 'string')
                return usageError(io, config);
            const inside = relative(dir, given).split(sep).join('/');
            if (dir !== given && !config.runbooks.paths.some((p) => p.startsWith(`${inside}/`)))
                continue;
            const scan = await scanAt(dir, config, today);
            found ??= scan;
            if (scan.report.counts.checked > 0) {
                found = scan;
                break;
            }
        }
        const { report, config } = found;
        if (report.counts.checked === 0) {
            io.stderr.write(`runbooks: no runbook found: no file under ${given} matches ${config.runbooks.paths.join(', ')}. ` +
                'Give the repository root (or its runbooks folder), or set runbooks.paths in .github/incident-kit.yml.\n');
            return 2;
        }
        if (parsed.json) {
            // Two writes: at 20,000 runbooks the JSON is megabytes, and appending the newline would copy it.
            io.stdout.write(reportJson(report));
            io.stdout.write('\n');
        }
        else
            io.stdout.write(renderRunbookReport(report, builtinTemplates()));
        return needsAttention(report) ? 1 : 0;
    }
};
async function scanAt(dir, config, today) {
    const codeowners = await readCodeOwners(dir);
    const tally = await scanRunbooks({ dir, runbooks: config.runbooks, today, ...(codeowners ? { codeowners } : {}) });
    return { config, report: buildReport(tally, config.runbooks, today) };
}
/** The folders a runbooks folder may sit in: `/repo/runbooks` -> `/repo`, `/repo/docs/runbooks` -> `/repo/docs`, `/repo`. */
function rootsAbove(dir) {
    const roots = [];
    let current = dir;
    for (let i = 0; i < 3; i++) {
        const parent = dirname(current);
        if (parent === current)
            break;
        roots.push(parent);
        current = parent;
    }
    return roots;
}
function usageError(io, message) {
    io.stderr.write(`runbooks: ${message}\nusage: ${USAGE}\n`);
    return 2;
}
async function isDirectory(path) {
    try {
        return (await stat(path)).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * The config named by --config, else the repository's own `.github/incident-kit.yml` when it has
 * one, else the defaults. A problem comes back as the message to print.
 */
async function loadConfig(io, dir, file) {
    const path = file === undefined ? join(dir, DEFAULT_CONFIG_PATH) : resolve(io.cwd, file);
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        if (file === undefined)
            return defaultConfig();
        return `--config: cannot read "${file}": ${error.code ?? String(error)}`;
    }
    try {
        return parseConfig(text, file ?? DEFAULT_CONFIG_PATH);
    }
    catch (error) {
        if (error instanceof ConfigError)
            return file === undefined ? error.message : `--config: ${error.message}`;
        throw error;
    }
}

export { parseRunbooksArgs, runbooksCommand };
