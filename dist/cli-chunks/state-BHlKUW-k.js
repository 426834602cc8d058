import { i as isoMinute, q as quietLogin } from './time-Y3ub_dL0.js';
import { o as object, a as array, s as string, b as boolean, n as number, r as record, l as literal } from './schemas-C2QTqLNC.js';

/**
 * Who can read the incident, against the response team. The runbook: say nothing to anyone
 * outside the response team until forensics is done, the attack could be internal; a private
 * repository can still be readable by a whole organization. The shell reads what GitHub says
 * (once per incident); this module counts, compares and words it.
 */
const visibilitySchema = object({
    at: string(),
    /** People GitHub lists with access (the owner of a personal repository included); absent when it could not be listed. */
    readers: number().int().optional(),
    /** Readers outside the response team, lower-case, sorted. */
    beyond: array(string()).default([]),
    /** Teams with access, with their permission and whether they are response teams. */
    teams: array(object({ slug: string(), permission: string(), response: boolean() })).default([]),
    /** The organization's base permission, when read. */
    basePermission: string().optional(),
    org: string().optional(),
    internal: boolean(),
    /** Whether a response team was configured to compare with (without one, only organization-wide access warns). */
    compared: boolean(),
    /** What could not be read: said, never guessed. */
    unchecked: array(string()).default([])
});
/** The response team: the configured one, else every gate's approvers and the IC team. */
function responseTeam(config) {
    const approvers = Object.values(config.gates).map((g) => g.approvers);
    const teams = config.visibility.responseTeams ?? [...approvers.flatMap((a) => a.teams), ...(config.paging.icTeam ? [config.paging.icTeam] : [])];
    const users = config.visibility.responseUsers ?? approvers.flatMap((a) => a.users);
    return { teams: unique(teams), users: unique(users) };
}
function unique(values) {
    const seen = new Map();
    for (const v of values)
        if (!seen.has(v.toLowerCase()))
            seen.set(v.toLowerCase(), v);
    return [...seen.values()];
}
const ORG_WIDE = new Set(['read', 'write', 'admin']);
/** Counts the readers and compares them with the response team. */
function decideVisibility(facts, team) {
    const org = facts.ownerType === 'Organization';
    const unchecked = [...facts.unreadable];
    const inTeam = new Set(team.users.map((u) => u.toLowerCase()));
    let membersKnown = true;
    for (const t of team.teams) {
        const members = facts.responseMembers.get(t);
        if (members === undefined || members === 'unknown')
            membersKnown = false;
        else
            for (const m of members)
                inTeam.add(m);
    }
    const readers = facts.collaborators ? new Set(facts.collaborators.map((l) => l.toLowerCase())) : undefined;
    if (readers && !org)
        readers.add(facts.owner.toLowerCase());
    const responseSlugs = new Set(team.teams.map((t) => t.toLowerCase()));
    const compared = team.teams.length + team.users.length > 0;
    return {
        at: facts.at,
        ...(readers ? { readers: readers.size } : {}),
        // Without the response team's members, everyone would look beyond it: not guessed.
        beyond: readers && membersKnown && compared ? [...readers].filter((l) => !inTeam.has(l)).sort() : [],
        teams: (facts.teams ?? []).map((t) => ({ ...t, response: responseSlugs.has(t.slug.toLowerCase()) })),
        ...(facts.basePermission ? { basePermission: facts.basePermission } : {}),
        ...(org ? { org: facts.owner } : {}),
        internal: facts.visibility === 'internal',
        compared,
        unchecked
    };
}
/** Whether more people can read the incident than the response team, as far as was checked. */
function isBroader(r) {
    return r.beyond.length > 0 || (r.compared && r.teams.some((t) => !t.response)) || ORG_WIDE.has(r.basePermission ?? '') || r.internal;
}
/** Why readers are broader than the response team, one reason a sentence part. */
function reasons(r) {
    const out = [];
    if (r.internal)
        out.push('the repository is internal: everyone in the enterprise can read it');
    if (ORG_WIDE.has(r.basePermission ?? ''))
        out.push(`the organization's base permission is ${r.basePermission}: every member of \`${r.org}\` can read every repository`);
    const teams = r.compared ? r.teams.filter((t) => !t.response) : [];
    if (teams.length > 0)
        out.push(`${plural(teams.length, 'team')} outside the response team ${teams.length === 1 ? 'has' : 'have'} access: ${teamList(teams)}`);
    if (r.beyond.length > 0)
        out.push(`${plural(r.beyond.length, 'person', 'people')} outside the response team can read it (${logins(r.beyond)})`);
    return out;
}
const SHOWN = 10;
function logins(list) {
    const shown = list.slice(0, SHOWN).map(quietLogin).join(', ');
    return list.length > SHOWN ? `${shown} and ${list.length - SHOWN} more` : shown;
}
function teamList(teams) {
    return teams.map((t) => `\`${t.slug}\` (${t.permission})`).join(', ');
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** The [!WARNING] text when readers are broader than the response team; undefined otherwise. */
function visibilityWarning(r) {
    if (!r || !isBroader(r))
        return undefined;
    return (`**More people can read this incident than the response team.** ${capital(reasons(r).join('; '))}. ` +
        'The runbook: say nothing to anyone outside the response team until forensics is done, the attack could be internal. ' +
        'Narrow access in the repository settings, or run the incident in a repository only the response team can read.');
}
/** What could not be checked, and what would let it; undefined when everything was read. */
function visibilityUnchecked(r) {
    if (!r || r.unchecked.length === 0)
        return undefined;
    return (`Could not check who can read this incident: ${r.org ? "the token may not read the organization's settings" : "the token may not list the repository's collaborators"}; it could not read ${r.unchecked.join(', ')}. ` +
        'The workflow token (GITHUB_TOKEN) never can. A token of an organization owner with `read:org` (classic), or a GitHub App or fine-grained token with ' +
        'organization "Administration: read" and "Members: read" and repository "Administration: read", lets incident-kit check it.');
}
/** One line for the dashboard's details: how many read it and why. */
function visibilitySummary(r) {
    if (!r)
        return 'not checked yet';
    const parts = [];
    if (r.readers !== undefined) {
        const beyond = !r.compared
            ? ' (no response team configured to compare with: `visibility.responseTeams`, `visibility.responseUsers`)'
            : r.beyond.length > 0
                ? `, ${r.beyond.length} outside the response team`
                : r.unchecked.length === 0
                    ? ', all in the response team'
                    : '';
        parts.push(`${plural(r.readers, 'person', 'people')} with access${beyond}`);
    }
    if (r.teams.length > 0)
        parts.push(`teams: ${r.teams.map((t) => `\`${t.slug}\` (${t.permission}${t.response ? ', response team' : ''})`).join(', ')}`);
    if (r.basePermission)
        parts.push(`organization base permission: ${r.basePermission}`);
    if (r.internal)
        parts.push('internal repository');
    if (r.unchecked.length > 0)
        parts.push(`not readable with this token: ${r.unchecked.join(', ')}`);
    return `${parts.join('; ') || 'nothing could be read'} (checked ${isoMinute(r.at)})`;
}
function capital(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

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
    /** Who could read the incident when it opened (checked once; GitHub's history cannot give it back). */
    visibility: visibilitySchema.optional(),
    /** The runbook the incident followed: its path and the commit it was read at, recorded once at opening. */
    runbook: object({ path: string(), sha: string(), url: string() }).optional(),
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

export { CACHED_KINDS as C, STATE_VERSION as S, visibilitySummary as a, visibilityUnchecked as b, kindOf as c, decodeState as d, encodeState as e, decideVisibility as f, kindMarker as k, responseTeam as r, stateSchema as s, visibilityWarning as v };
