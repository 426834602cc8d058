import { writeFile, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { e as exportIocs, i as iocsStix, I as IOC_EXPORT_FORMATS } from './iocs-export-CvRFUCu5.js';
import { d as decodeState, c as kindOf, s as stateSchema } from './state-BHlKUW-k.js';
import 'node:net';
import 'node:crypto';
import './time-Y3ub_dL0.js';
import './schemas-C2QTqLNC.js';

/**
 * `incident-kit iocs export`: an incident's indicators of compromise as a CSV blocklist or a STIX
 * 2.1 bundle, read from what a responder can get from GitHub: the issue's comments
 * (`gh issue view N --json comments`, or the REST list of comments), the dashboard comment's
 * body, or a state file as `incident-kit render --state` takes.
 */
class UsageError extends Error {
}
/** The comments of `gh issue view --json comments` ({comments: [...]}) or of the REST API ([...]), oldest first. */
function commentBodies(json) {
    const list = Array.isArray(json)
        ? json
        : json && typeof json === 'object' && Array.isArray(json.comments)
            ? json.comments
            : undefined;
    if (!list)
        return undefined;
    return list.flatMap((c) => (c && typeof c === 'object' && typeof c.body === 'string' ? [c.body] : []));
}
/**
 * The incident state in `text`: a list of the issue's comments (the dashboard is the first
 * comment carrying a readable state block, as the action posts it before anything else), a
 * dashboard body, or a state as JSON.
 */
function findState(text, source) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        // Not JSON: a dashboard body (markdown) saved to a file.
        const state = decodeState(text);
        if (!state)
            throw new UsageError(`${source} holds no incident-kit state: give the issue's comments as JSON, the dashboard comment's body, or a state file`);
        return { state, warnings: [] };
    }
    const bodies = commentBodies(json);
    if (bodies) {
        const dashboards = bodies.filter((b) => kindOf(b) === 'dashboard');
        const states = dashboards.map(decodeState).filter((s) => s !== undefined);
        if (states.length === 0)
            throw new UsageError(`${source}: none of its ${bodies.length} comments is an incident-kit dashboard with a readable state (is this an incident, and did the action run?)`);
        const warnings = [];
        if (bodies.some((b) => /^### Archive: /m.test(b) && /^#### Indicators of compromise/m.test(b)))
            warnings.push('some indicators were folded out of the dashboard into archive comments and are not in this export; the action outputs `iocs-csv` and `iocs-stix` always carry all of them');
        return { state: states[0], warnings };
    }
    const parsed = stateSchema.safeParse(json);
    if (parsed.success)
        return { state: parsed.data, warnings: [] };
    const problems = parsed.error.issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(top level)'}: ${i.message}`);
    throw new UsageError(`${source} is neither a list of comments nor an incident state: ${problems.slice(0, 5).join('; ')}`);
}
async function readInput(input, io) {
    if (input === '-') {
        if (!io.stdin)
            throw new UsageError('no standard input to read');
        const chunks = [];
        for await (const chunk of io.stdin)
            chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return chunks.join('');
    }
    try {
        return await readFile(resolve(io.cwd, input), 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new UsageError(`cannot read ${input}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
    }
}
function exportArgs(args) {
    let parsed;
    try {
        parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } } });
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const [input, ...extra] = parsed.positionals;
    const format = parsed.values.format;
    if (format === undefined)
        throw new UsageError(`missing --format (${IOC_EXPORT_FORMATS.join(' or ')})`);
    if (!IOC_EXPORT_FORMATS.includes(format))
        throw new UsageError(`--format must be ${IOC_EXPORT_FORMATS.join(' or ')}, not "${format}"`);
    if (input === undefined)
        throw new UsageError('missing the input: the issue comments as JSON, a dashboard body or a state file, or - for standard input');
    if (extra.length > 0)
        throw new UsageError(`unexpected argument "${extra[0]}" (only one input)`);
    return { format: format, out: parsed.values.out, input };
}
const iocsCommand = {
    name: 'iocs',
    summary: "export an incident's indicators of compromise as a CSV blocklist or a STIX 2.1 bundle",
    usage: 'incident-kit iocs export --format csv|stix [--out FILE] INPUT\n' +
        "      INPUT: the issue's comments as JSON (gh issue view N --json comments), the dashboard comment's body, a state file, or - for standard input",
    async run(args, io) {
        const [sub, ...rest] = args;
        try {
            if (sub !== 'export')
                throw new UsageError(sub === undefined ? 'missing the subcommand: export' : `unknown subcommand "${sub}" (only: export)`);
            const { format, out, input } = exportArgs(rest);
            const source = input === '-' ? 'standard input' : input;
            const { state, warnings } = findState(await readInput(input, io), source);
            const text = exportIocs(state, format);
            if (out === undefined)
                io.stdout.write(text);
            else
                await writeFile(resolve(io.cwd, out), text, 'utf8');
            for (const warning of warnings)
                io.stderr.write(`iocs export: warning: ${warning}\n`);
            const skipped = format === 'stix' ? iocsStix(state).skipped : [];
            for (const ioc of skipped)
                io.stderr.write(`iocs export: warning: "${ioc.value}" (${ioc.type}) has no STIX pattern or no readable time; left out of the bundle\n`);
            const count = state.iocs.length - skipped.length;
            io.stderr.write(`${state.codename}: ${count} ${count === 1 ? 'indicator' : 'indicators'} exported as ${format}${out === undefined ? '' : ` to ${out}`}\n`);
            return 0;
        }
        catch (error) {
            if (!(error instanceof UsageError))
                throw error;
            io.stderr.write(`iocs: ${error.message}\nusage: ${this.usage}\n`);
            return 2;
        }
    }
};

export { findState, iocsCommand };
