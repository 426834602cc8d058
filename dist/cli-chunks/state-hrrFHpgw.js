import { o as object, a as array, s as string, r as record, n as number, l as literal, b as boolean } from './schemas-C2QTqLNC.js';

/**
 * The incident's machine state. It lives in the bot's own dashboard comment as a hidden,
 * versioned JSON block; only a comment written by the action's identity is trusted as state.
 */
/**
 * Version 2: the record is folded from GitHub's history on every run; this block is only a
 * cache of it (and of what history cannot tell: ticks by whom, pages sent, reminders, how far
 * the previous run answered). A block of another version is ignored and the record rebuilt.
 */
const STATE_VERSION = 2;
const STATE_MARKER = 'incident-kit:state';
/** Marks the bot's comments by kind, so they are found again on every run. */
const KIND_MARKER = 'incident-kit:kind';
const timelineEntrySchema = object({
    /** ISO-8601 UTC. */
    at: string(),
    /** Login of the person (or "incident-kit"). */
    by: string().optional(),
    /** A short machine kind: opened, phase, gate, gate-refused, role, tick, command, paged, ... */
    kind: string(),
    /** Markdown-safe text (neutralised before it was stored). */
    text: string(),
    /** De-duplicates replays of the same event. */
    key: string().optional()
});
/** One hand-over of an evidence item: from the custodian before to `to`, recorded by `by`. */
const custodyEntrySchema = object({
    from: string(),
    to: string(),
    by: string(),
    at: string(),
    /** Markdown-safe (neutralised when recorded); "" when none was given. */
    note: string()
});
/** An evidence item: a disk image, a log export, a memory dump, known by its SHA-256. */
const evidenceItemSchema = object({
    /** "E-" and the first hex digits of the hash (8, more when another item shares them): stable however history is replayed. */
    id: string(),
    /** Lower-case hex. */
    sha256: string(),
    /** Where it is kept (a URI, path or reference), exactly as typed. */
    where: string(),
    /** Markdown-safe description (neutralised when recorded). */
    what: string(),
    by: string(),
    at: string(),
    /** Every hand-over, oldest first; the custodian is the last one's `to`, else `by`. */
    custody: array(custodyEntrySchema).default([])
});
const gateStateSchema = object({
    open: boolean(),
    by: string().optional(),
    at: string().optional(),
    /** A gate that approves a draft's text: the SHA-256 of the text approved (absent when none was written yet). */
    text: string().optional()
});
const releaseSchema = object({
    /** The draft: "external-announcement" or "internal-update". */
    draft: string(),
    by: string(),
    at: string(),
    /** Where it went: a link or a few words ("customer e-mail of 25 November"), neutralised. */
    reference: string(),
    /** Linter errors a person released it despite (`--despite-findings`); absent when there were none. */
    overridden: number().int().optional()
});
const stateSchema = object({
    v: literal(STATE_VERSION),
    codename: string(),
    issue: number().int(),
    originalTitle: string(),
    severity: number().int().min(1).max(4).nullable(),
    phase: string(),
    /** Every phase entered, oldest first (the first is the phase the incident opened in). */
    phaseHistory: array(object({ phase: string(), at: string() })).default([]),
    /** The phase before resolution, restored when the issue is reopened. */
    previousPhase: string().optional(),
    drill: boolean(),
    openedAt: string(),
    detectedAt: string().optional(),
    reporter: string(),
    roles: record(string(), string()).default({}),
    gates: record(string(), gateStateSchema).default({}),
    /** Step id -> done, mirrored from the checklist comment. */
    steps: record(string(), boolean()).default({}),
    timeline: array(timelineEntrySchema).default([]),
    /** Older response-timeline entries folded into counts per kind, when the comment grows too large. */
    folded: object({ count: number().int(), from: string(), to: string(), kinds: record(string(), number()) }).optional(),
    attackTimeline: array(timelineEntrySchema).default([]),
    /** Older attack-timeline entries folded out of the dashboard (posted in full in an archive comment). */
    attackFolded: object({ count: number().int(), from: string(), to: string() }).optional(),
    iocs: array(object({ value: string(), type: string(), by: string().optional(), at: string() })).default([]),
    compromised: array(object({ text: string(), by: string().optional(), at: string() })).default([]),
    /** The evidence register (`/evidence`, `/custody`), in the order items were recorded. */
    evidence: array(evidenceItemSchema).default([]),
    status: object({ text: string(), by: string().optional(), at: string() }).optional(),
    /**
     * Decisions the law counts from (`/decision <name> [time]`), by name: when the decision was made
     * (it may be backdated), who recorded it and when. A withdrawn decision is removed (the timeline keeps both).
     */
    decisions: record(string(), object({ at: string(), by: string().optional(), recordedAt: string() })).optional(),
    /** Filings recorded with `/filed <clock id> [time] <reference>`, by clock id. */
    filings: record(string(), object({ at: string(), by: string().optional(), recordedAt: string(), reference: string() })).optional(),
    /** The report's "Affected systems" answer as filed (read for the announcement linter's sensitive terms; never published). */
    affected: string().optional(),
    /** Drafts a person said were sent or published (`/released`), oldest first: the clocks stop at the first of each draft. */
    releases: array(releaseSchema).default([]),
    /** Ids of the bot's other comments (checklist, drafts, post-mortem). */
    comments: record(string(), number().int()).default({}),
    /** Reminder bookkeeping for clocks: clock id -> ISO time of the last reminder. */
    reminded: record(string(), string()).default({}),
    resolvedAt: string().optional(),
    /** How far the last run answered (the newest fact's time, and the ids of that second): those facts get no new reaction, page or notice. */
    seenUntil: object({ at: string(), ids: array(string()) }).optional()
});
/** Timeline kinds GitHub's history cannot give back: carried from one verified dashboard to the next, never folded away. */
const CACHED_KINDS = ['tick', 'tick-reverted', 'paged', 'page-failed', 'drill', 'clock-missed'];
const BLOCK_RE = new RegExp(`<!--\\s*${STATE_MARKER}\\s+([A-Za-z0-9+/=]+)\\s*-->`);
/**
 * Encodes the state as an HTML comment. Base64 keeps "-->" and markdown out of the JSON, so
 * no text inside the state can end the comment early or render.
 */
function encodeState(state) {
    return `<!-- ${STATE_MARKER} ${Buffer.from(JSON.stringify(state), 'utf8').toString('base64')} -->`;
}
/** Reads the state block from a comment body; undefined when absent, malformed or of another version. */
function decodeState(body) {
    const match = BLOCK_RE.exec(body);
    if (!match)
        return undefined;
    try {
        const json = JSON.parse(Buffer.from(match[1], 'base64').toString('utf8'));
        const parsed = stateSchema.safeParse(json);
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
function kindMarker(kind) {
    return `<!-- ${KIND_MARKER}=${kind} -->`;
}
function kindOf(body) {
    const m = new RegExp(`<!--\\s*${KIND_MARKER}=([a-z-]+)\\s*-->`).exec(body);
    return m ? m[1] : undefined;
}

export { CACHED_KINDS as C, STATE_VERSION as S, kindOf as a, decodeState as d, encodeState as e, kindMarker as k, stateSchema as s };
