import { existsSync, readFileSync, readdirSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join as join$1, posix, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { f as formatProblem, r as renderTemplate, s as stepProgress, D as DRAFT_KINDS, e as evaluateClocks, q as quietOwner, c as clockStateText, a as clockTitleText, b as stepDone, p as parseMarkdown, t as textOf, d as checklistView, T as TemplateError, g as filingIds, h as closest, i as decisionNames, O as OVERRIDE_FLAG, j as parseTicks, k as taskTitle, l as parseCommands, C as COMMAND_HELP, m as planReminders, n as isActive, o as diffTicks, u as mergeTicks, H as Handlebars, v as helperNames, w as DEFAULT_CONFIG_PATH, x as loadConfig, y as builtinTemplates, z as withOverrides, A as ConfigError, B as OVERRIDE_DIR } from './templates-B5qX9NVR.js';
import { n as neutraliseInline, q as quietLogin, i as isoMinute, f as formatDuration, b as builtinInline, t as tableSafe, h as humanDate, m as mention } from './time-Y3ub_dL0.js';
import { createHash, randomUUID } from 'node:crypto';
import { r as releasesLine, C as COMMENT_LIMIT, m as metricsLine, i as incidentMetrics, L as LINT_RULES, g as gatesOpenedAt, l as lintAnnouncement, E as EMAIL_SUBJECT, c as clampToLimit, a as renderWithin, b as lintOptionsFromConfig, d as incidentTerms, t as thirdParties, e as draftTitle, f as count, h as releaseText, j as renderComms, T as TEMPLATE_VARIABLES, k as COMMS_TEMPLATES, n as decodeMetricsCache, o as fitCache, p as renderMetricsReport, q as metricsReportView, M as METRICS_LABEL, s as METRICS_MARKER, u as metricsIssueChanges, v as metricsIssueBody } from './lint-D85_4WZt.js';
import { C as CACHED_KINDS, k as kindMarker, e as encodeState, v as visibilityWarning, a as visibilitySummary, b as visibilityUnchecked, S as STATE_VERSION, c as kindOf, d as decodeState, r as responseTeam, f as decideVisibility } from './state-BHlKUW-k.js';
import { c as codenameFor, w as wordListsFrom } from './codename-pH4rIDTz.js';
import { i as ianaOffset, A as APPROVED_DRAFTS, L as LEGAL_DECISIONS, c as commonjsGlobal, g as getDefaultExportFromCjs } from './schema-B29Y7U7m.js';
import { i as iocsStix, a as iocsCsv } from './iocs-export-CvRFUCu5.js';
import 'node:net';
import { p as parseRunbookDates, a as parseIsoDay, F as FIELD_LABEL, b as picomatch, r as renderRunbookReport, c as reportOutputs, d as reportAnnotations, e as dayNumber, f as annotationOf, n as needsAttention, o as ownersOf, g as assessRunbook, h as readCodeOwners, s as scanRunbooks, i as buildReport } from './scan-BGu4VDS0.js';
import { createServer } from 'node:http';
import 'process';
import 'buffer';
import 'fs';
import 'node:url';
import './schemas-C2QTqLNC.js';
import 'node:fs/promises';
import 'path';
import 'url';
import 'module';

/**
 * The configuration problems as one short issue comment: what is wrong, where, and that the
 * incident goes on with the defaults. Pure; the text quoted from the file is neutralised.
 */
/** The comment kind of the problems comment: one per incident, edited when the problems change. */
const CONFIG_PROBLEMS_KIND = 'config-problems';
/** At most this many problems are listed; the rest are counted (the Actions log has them all). */
const MAX_LISTED = 10;
/** A short stable key for a set of problems: the same problems give the same key, so they are said once. */
function configProblemsKey(problems) {
    let hash = 0x811c9dc5;
    for (const ch of problems.map(formatProblem).sort().join('\n')) {
        hash ^= ch.codePointAt(0);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
}
/** The hidden marker that identifies the comment for this set of problems. */
function configProblemsMarker(problems) {
    return `<!-- incident-kit:config-problems ${configProblemsKey(problems)} -->`;
}
/** Markdown for the issue: one line per problem, with file:line, key, value and a suggestion. */
function renderConfigProblems(problems, options = {}) {
    if (problems.length === 0)
        return '';
    const file = problems[0].file;
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    const lines = problems.slice(0, MAX_LISTED).map((p) => {
        const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
        const place = options.fileUrl ? `[\`${where}\`](${options.fileUrl(p.line)})` : `\`${where}\``;
        const key = p.key ? ` \`${code$1(p.key)}\`:` : '';
        const got = p.value === undefined ? '' : ` (got \`${code$1(p.value)}\`)`;
        const hint = p.suggestion === undefined ? '' : ` Did you mean \`${code$1(p.suggestion)}\`?`;
        return `- ${place}${key} ${neutraliseInline(p.message, 200)}${got}.${hint}`;
    });
    const more = problems.length > MAX_LISTED ? [`- …and ${problems.length - MAX_LISTED} more (see the Actions log).`] : [];
    return [
        `<!-- incident-kit:kind=${CONFIG_PROBLEMS_KIND} -->`,
        configProblemsMarker(problems),
        `⚠️ **\`${code$1(file)}\` has ${count}.** This incident goes on with the defaults for ${problems.length === 1 ? 'that setting' : 'those settings'}; fix the file and the next event uses it.`,
        '',
        ...lines,
        ...more
    ].join('\n');
}
/** Text inside a code span: no backticks or line breaks can escape it (code spans render nothing else). */
function code$1(text) {
    return text.replace(/[`\r\n]/g, ' ').slice(0, 120);
}
/**
 * What to write on an incident about the configuration's problems: a new comment the first time,
 * the same comment edited when the problems differ from what it says, nothing when it says them
 * already (or there are none). So each distinct set of problems is said once.
 */
function configProblemsChange(problems, existing, issue, options = {}) {
    if (!problems || problems.length === 0)
        return undefined;
    const current = existing.others[CONFIG_PROBLEMS_KIND];
    if (current?.body.includes(configProblemsMarker(problems)))
        return undefined;
    const body = renderConfigProblems(problems, options);
    return current ? { kind: 'edit-comment', commentId: current.id, body } : { kind: 'reply', issue, body };
}

const RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
function atLeast(actual, minimum) {
    return RANK[actual] >= RANK[minimum];
}
function mayRunCommands(actor, minimum) {
    return atLeast(actor.permission, minimum)
        ? { allowed: true, via: `${actor.permission} access` }
        : { allowed: false, reason: `${quietLogin(actor.login)} has ${actor.permission} access; commands need ${minimum} or better` };
}
/** Whether `actor` may open or close a gate with these approvers. An unreadable team is said, never passed. */
function mayApprove(actor, gate, approvers) {
    if (approvers.users.some((u) => u.toLowerCase() === actor.login.toLowerCase()))
        return { allowed: true, via: 'listed approver' };
    for (const team of approvers.teams)
        if (actor.teams[team] === true)
            return { allowed: true, via: `member of ${team}` };
    if (approvers.permission && atLeast(actor.permission, approvers.permission))
        return { allowed: true, via: `${actor.permission} access` };
    const unknown = approvers.teams.filter((t) => actor.teams[t] === 'unknown');
    if (unknown.length > 0) {
        return {
            allowed: false,
            reason: `could not check membership of ${unknown.map((t) => `\`${t}\``).join(', ')}: the token may not read team membership (give it organization members: read, e.g. a GitHub App token). Refused to be safe.`
        };
    }
    return { allowed: false, reason: `${quietLogin(actor.login)} may not approve \`${gate}\`. ${whoMayApprove(approvers)}` };
}
function whoMayApprove(approvers) {
    const parts = [
        ...approvers.users.map(quietLogin),
        ...approvers.teams.map((t) => `members of \`${t}\``),
        ...(approvers.permission ? [`anyone with ${approvers.permission} access or better`] : [])
    ];
    return parts.length ? `Approvers: ${parts.join(', ')}.` : 'No one is configured to approve it.';
}

/**
 * Approvals bound to a draft's text. A gate with `approves: <draft>` approves that draft's text
 * as it stood when the approval was given: the fold records the SHA-256 of the text then, and a
 * draft whose text has changed since needs approving again. Pure: the hashes come from texts
 * the record renders, never from anything stored outside GitHub's history.
 */
/** The gates a draft waits for that approve its text (in the order the draft lists them). */
function textBoundGates(config, kind) {
    const listed = kind === 'internal-update' ? config.drafts.internalUpdate.gates : kind === 'external-announcement' ? config.drafts.externalAnnouncement.gates : [];
    return listed.filter((g) => config.gates[g]?.approves === kind);
}
/** Whether the four-eyes rule holds for a gate: on by default for a text-bound gate. */
function fourEyes(config, gate) {
    const g = config.gates[gate];
    return Boolean(g?.approves) && g?.fourEyes !== false;
}
/** The SHA-256 of a draft's text (lower-case hex). */
function textHash(text) {
    return createHash('sha256').update(text, 'utf8').digest('hex');
}
/** The hash as shown: its first seven digits, like a short commit. */
function shortHash(hash) {
    return hash.slice(0, 7);
}
/** Who may open a gate, in words: the listed people and teams, or anyone with a permission. */
function approversText(approvers) {
    const who = [
        ...approvers.users.map(quietLogin),
        ...approvers.teams.map((t) => `team \`${t}\``),
        ...(approvers.permission ? [`anyone with ${approvers.permission} access or more`] : [])
    ];
    if (who.length === 0)
        return 'no one (the configuration names no approver)';
    return who.length === 1 ? who[0] : `${who.slice(0, -1).join(', ')} or ${who.at(-1)}`;
}
function approvalStatus(gate, currentHash) {
    if (!gate?.open)
        return { state: 'awaiting' };
    if (gate.text === currentHash)
        return { state: 'current', hash: currentHash };
    return { state: 'earlier', by: gate.by ?? '', at: gate.at ?? '', hash: gate.text };
}
/** "given for an earlier text (by `x` at 2026-11-22 09:12, text abc1234)". */
function earlierText(status) {
    const by = status.by ? `by ${quietLogin(status.by)}` : 'by someone';
    const at = status.at ? ` at ${isoMinute(status.at)}` : '';
    const text = status.hash ? `text ${shortHash(status.hash)}` : 'before the text was written';
    return `given for an earlier text (${by}${at}, ${text})`;
}
/** "awaiting approval of this text by `legal-approved` (anyone with maintain access or more)". */
function awaitingText(config, gate) {
    const approvers = config.gates[gate]?.approvers;
    return `awaiting approval of this text by \`${gate}\` (${approvers ? approversText(approvers) : 'no one'})`;
}

/**
 * The evidence register (runbook, "Isolate Affected Instances": disk images in read-only cold
 * storage that "cannot be tampered with"). Each item is known by its SHA-256, so anyone can
 * check the image in the vault is the one recorded; every hand-over is kept, so the chain of
 * custody can be shown. Pure: the fold calls these with the facts GitHub recorded.
 */
/** The shortest id length: "E-" and 8 hex digits of the hash. */
const ID_DIGITS = 8;
/**
 * The id of a new item: "E-" and the first 8 hex digits of its hash, more when an item already
 * holds that id. Derived from the hash, not the order, so an earlier item whose comment was
 * edited (and so no longer counts) does not renumber the items after it.
 */
function evidenceId(sha256, existing) {
    const taken = new Set(existing.map((e) => e.id.toLowerCase()));
    for (let digits = ID_DIGITS; digits < sha256.length; digits++) {
        const id = `E-${sha256.slice(0, digits)}`;
        if (!taken.has(id.toLowerCase()))
            return id;
    }
    return `E-${sha256}`;
}
/** The item an id or hash names (ids compare case-insensitively). */
function findEvidence(items, ref) {
    const wanted = ref.toLowerCase();
    return items.find((e) => e.id.toLowerCase() === wanted || e.sha256 === wanted);
}
/** Who holds the item now: the last hand-over's receiver, else whoever recorded it. */
function custodian(item) {
    return item.custody.at(-1)?.to ?? item.by;
}
/** Records an item; a hash already in the register is refused, naming the item that has it. */
function recordEvidence(state, entry, by, at) {
    const existing = state.evidence.find((e) => e.sha256 === entry.sha256);
    if (existing)
        return { outcome: 'duplicate', item: existing };
    const item = {
        id: evidenceId(entry.sha256, state.evidence),
        sha256: entry.sha256,
        where: entry.where,
        what: neutraliseInline(entry.what),
        by,
        at,
        custody: []
    };
    state.evidence.push(item);
    return { outcome: 'recorded', item };
}
/** Records a hand-over of `ref` to `to`; handing an item to the one who holds it changes nothing. */
function handOver(state, ref, to, note, by, at) {
    const item = findEvidence(state.evidence, ref);
    if (!item)
        return { outcome: 'unknown' };
    const from = custodian(item);
    if (from.toLowerCase() === to.toLowerCase())
        return { outcome: 'same', item };
    item.custody.push({ from, to, by, at, note: neutraliseInline(note) });
    return { outcome: 'handed-over', item, from };
}
/** A location as shown in markdown: in a code span, where a backtick could end the span early. */
function shownLocation(where) {
    return `\`${where.replace(/`/g, "'")}\``;
}
/** The reply to a duplicate `/evidence`: which item already has that hash. */
function duplicateReply(item) {
    return `Refused \`/evidence\`: this SHA-256 is already registered as **${item.id}** (${shownLocation(item.where)}, recorded by ${quietLogin(item.by)}). Use \`/custody ${item.id} @login\` to record a hand-over.`;
}
/** The reply to `/custody` naming no item in the register. */
function unknownItemReply(ref, items) {
    const known = items.map((e) => `\`${e.id}\``).join(', ');
    return `Refused \`/custody\`: no evidence item \`${neutraliseInline(ref, 80)}\`. ${known ? `The register holds ${known}.` : 'The register is empty: record an item with `/evidence <sha256> <where> <what>` first.'}`;
}
/** The custody chain as one line: "`alice` → `wendy` (2026-11-22T10:00Z) → …". */
function custodyChain(item, time) {
    return [quietLogin(item.by), ...item.custody.map((c) => `${quietLogin(c.to)} (${time(c.at)}${c.note ? `, ${c.note}` : ''})`)].join(' → ');
}

/** GitHub refuses comment bodies over COMMENT_LIMIT characters; the dashboard keeps a margin below it. */
const BUDGET$2 = COMMENT_LIMIT - 1_536;
/** What people read (the hidden cache and markers aside) stays short however long the incident. */
const VISIBLE_BUDGET = 20_000;
/** The text a person sees: the comment without its hidden blocks. */
function visibleText(body) {
    return body.replace(/<!--[\s\S]*?-->/g, '').trim();
}
const COMMUNICATION_RULES = [
    'Prefer the voice call and the chat room (named after the codename) over any other channel.',
    'Avoid email. If you must: the subject is "Attorney Work Project" and nothing else, and encrypt it if any recipient is outside the company domain.',
    'No SMS, except to tell someone to move to a secure channel ("Please join the chat ASAP").',
    'Say nothing about the incident to anyone outside the response team until it is approved (the gates below).',
    'Until forensics show the attack is not internal (gate `not-internal`), keep even the fact of the incident to the responders.'
];
/**
 * Renders the dashboard body. When it would exceed GitHub's limit, the oldest response-timeline
 * entries fold into a summary, then (only if that is not enough) the oldest attack-timeline
 * entries; the folded entries are returned so they are posted in full, never dropped silently.
 */
function renderDashboard(state, ctx) {
    let current = state;
    const archived = { response: [], attack: [], iocs: [], compromised: [], evidence: [] };
    for (;;) {
        // The cache keeps every entry history cannot give back, even those folded out of view.
        const cache = { ...current, timeline: [...archived.response.filter((e) => CACHED_KINDS.includes(e.kind)), ...current.timeline] };
        const view = {
            ...dashboardView(current, ctx),
            iocsArchived: archived.iocs.length,
            compromisedArchived: archived.compromised.length,
            evidenceArchived: archived.evidence.length
        };
        const body = `${kindMarker('dashboard')}\n${encodeState(cache)}\n${renderTemplate('dashboard.md.hbs', ctx.templates, view)}`;
        if (body.length <= BUDGET$2 && visibleText(body).length <= VISIBLE_BUDGET)
            return { body, state: current, archived };
        if (current.iocs.length > 50) {
            const count = Math.ceil(current.iocs.length / 2);
            archived.iocs.push(...current.iocs.slice(0, count));
            current = { ...current, iocs: current.iocs.slice(count) };
        }
        else if (current.evidence.length > 20) {
            const count = Math.ceil(current.evidence.length / 2);
            archived.evidence.push(...current.evidence.slice(0, count));
            current = { ...current, evidence: current.evidence.slice(count) };
        }
        else if (current.compromised.length > 20) {
            const count = Math.ceil(current.compromised.length / 2);
            archived.compromised.push(...current.compromised.slice(0, count));
            current = { ...current, compromised: current.compromised.slice(count) };
        }
        else if (current.timeline.length > 10) {
            const count = Math.max(10, Math.ceil(current.timeline.length / 4));
            archived.response.push(...current.timeline.slice(0, count));
            current = foldOldest(current, count);
        }
        else if (current.attackTimeline.length > 10) {
            const count = Math.max(10, Math.ceil(current.attackTimeline.length / 4));
            archived.attack.push(...current.attackTimeline.slice(0, count));
            current = foldOldestAttack(current, count);
        }
        else {
            return { body, state: current, archived };
        }
    }
}
/** Moves the `count` oldest response-timeline entries into the folded summary (counted per kind). */
function foldOldest(state, count) {
    const moving = state.timeline.slice(0, count);
    if (moving.length === 0)
        return state;
    const kinds = { ...(state.folded?.kinds ?? {}) };
    for (const e of moving)
        kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
    return {
        ...state,
        timeline: state.timeline.slice(count),
        folded: {
            count: (state.folded?.count ?? 0) + moving.length,
            from: state.folded?.from ?? moving[0].at,
            to: moving[moving.length - 1].at,
            kinds
        }
    };
}
/** Moves the `count` oldest attack-timeline entries out of the state, counted in `attackFolded`. */
function foldOldestAttack(state, count) {
    const moving = state.attackTimeline.slice(0, count);
    if (moving.length === 0)
        return state;
    return {
        ...state,
        attackTimeline: state.attackTimeline.slice(count),
        attackFolded: {
            count: (state.attackFolded?.count ?? 0) + moving.length,
            from: state.attackFolded?.from ?? moving[0].at,
            to: moving[moving.length - 1].at
        }
    };
}
const ARCHIVE_BUDGET = 60_000;
/** More evidence items than this are folded into a `<details>` block: the register is for reference, not for every glance. */
const EVIDENCE_SHOWN = 5;
/** Comment bodies that keep folded entries in full, each within GitHub's limit. */
function archiveComments(codename, archived) {
    const iocLine = (i) => `- \`${i.value.replace(/`/g, "'")}\` (${i.type})`;
    const timelineHead = '| Time (UTC) | Who | What |\n|---|---|---|';
    const row = (e) => `| ${isoMinute(e.at)} | ${e.by ? quietLogin(e.by) : ''} | ${e.text} |`;
    return packSections(`### Archive: ${codename}\n\nFolded out of the dashboard to keep it short; kept here in full.`, [
        { title: 'Indicators of compromise', head: '', lines: archived.iocs.map(iocLine) },
        { title: 'Compromised data', head: '', lines: archived.compromised.map((c) => `- ${c.text}`) },
        {
            title: 'Evidence',
            head: '| Item | SHA-256 | Where | What | Chain of custody |\n|---|---|---|---|---|',
            lines: evidenceRows(archived.evidence).map((r) => `| **${r.id}** | \`${r.sha256}\` | ${r.where} | ${r.what} | ${r.chain} |`)
        },
        { title: 'Response timeline', head: timelineHead, lines: archived.response.map(row) },
        { title: 'Attack timeline', head: timelineHead, lines: archived.attack.map(row) }
    ]);
}
/**
 * Sections packed into as few comment bodies as GitHub's limit allows (one archive comment for
 * most long incidents, not one per kind); a section that continues in the next body says so.
 */
function packSections(top, sections) {
    const bodies = [];
    let body = '';
    for (const section of sections) {
        if (section.lines.length === 0)
            continue;
        const start = (continued) => `\n\n#### ${section.title}${continued ? ' (continued)' : ''}\n\n${section.head ? `${section.head}\n` : ''}`;
        if (!body)
            body = top;
        body += start(false);
        for (const line of section.lines) {
            if (body.length + line.length + 1 > ARCHIVE_BUDGET) {
                bodies.push(body);
                body = top + start(true);
            }
            body += `${line}\n`;
        }
    }
    if (body)
        bodies.push(body);
    return bodies;
}
/** Entries shown in full, newest first; older ones are folded below them. */
const RECENT = 10;
/** The evidence register as table rows: the location in a code span (a `|` escaped for the table), the chain of custody on one line. */
function evidenceRows(items) {
    return items.map((e) => ({
        id: e.id,
        sha256: e.sha256,
        where: shownLocation(e.where).replace(/\|/g, '\\|'),
        what: e.what,
        holder: quietLogin(custodian(e)),
        chain: custodyChain(e, isoMinute)
    }));
}
function dashboardView(state, ctx) {
    const { config } = ctx;
    const phaseTitle = (id) => config.phases.find((p) => p.id === id)?.title ?? id;
    const drafts = [
        { name: 'internal update', gates: config.drafts.internalUpdate.gates },
        { name: 'external announcement', gates: config.drafts.externalAnnouncement.gates }
    ];
    const response = newestFirst(state.timeline).map(entryView);
    const attack = newestFirst(state.attackTimeline).map(entryView);
    const gates = Object.entries(config.gates).map(([id, gate]) => {
        const g = state.gates[id];
        const approval = ctx.approvals?.[id];
        return {
            id,
            label: `${config.labels.gatePrefix}${id}`,
            description: neutraliseInline(gate.description),
            open: Boolean(g?.open),
            by: g?.by ? quietLogin(g.by) : '',
            at: g?.at ? isoMinute(g.at) : '',
            text: approval?.state === 'current' ? shortHash(approval.hash) : '',
            earlier: approval?.state === 'earlier' ? earlierText(approval) : '',
            who: approversText(gate.approvers),
            neededFor: drafts
                .filter((d) => d.gates.includes(id))
                .map((d) => d.name)
                .join(', ') || '-'
        };
    });
    return {
        codename: state.codename,
        drill: state.drill,
        attention: attention(state),
        severity: state.severity === null ? null : `SEV-${state.severity}`,
        phase: phaseTitle(state.phase),
        resolved: state.phase === config.phases[config.phases.length - 1]?.id,
        resolvedAt: state.resolvedAt ? isoMinute(state.resolvedAt) : null,
        openedAt: isoMinute(state.openedAt),
        detectedAt: state.detectedAt ? isoMinute(state.detectedAt) : null,
        since: sinceView(state, ctx.now),
        released: releasesLine(state),
        reporter: quietLogin(state.reporter),
        originalTitle: neutraliseInline(state.originalTitle),
        ic: state.roles.ic ? quietLogin(state.roles.ic) : null,
        roles: Object.entries(state.roles)
            .filter(([role]) => role !== 'ic')
            .map(([role, login]) => ({ role, who: quietLogin(login) })),
        status: state.status ? { text: state.status.text, at: isoMinute(state.status.at), by: state.status.by ? quietLogin(state.status.by) : '' } : null,
        nextSteps: nextSteps(state, config, phaseTitle),
        gates,
        closedGates: gates.filter((g) => !g.open),
        progress: config.phases
            .map((phase) => ({
            title: phase.title,
            current: phase.id === state.phase,
            ...stepProgress(config.steps.filter((s) => s.phase === phase.id), state.steps)
        }))
            .filter((p) => p.total > 0),
        stepsDone: stepProgress(config.steps, state.steps).done,
        stepsTotal: config.steps.length,
        timeline: response.slice(0, RECENT),
        timelineOlder: response.slice(RECENT),
        folded: state.folded
            ? {
                count: state.folded.count,
                from: isoMinute(state.folded.from),
                to: isoMinute(state.folded.to),
                kinds: Object.entries(state.folded.kinds)
                    .map(([kind, n]) => `${kind}: ${n}`)
                    .join(', ')
            }
            : null,
        attackTimeline: attack.slice(0, RECENT),
        attackOlder: attack.slice(RECENT),
        attackFolded: state.attackFolded
            ? { count: state.attackFolded.count, from: isoMinute(state.attackFolded.from), to: isoMinute(state.attackFolded.to) }
            : null,
        // In a code span: no mention pings, no HTML renders; a backtick could end the span early.
        iocs: state.iocs.map((i) => ({ value: i.value.replace(/`/g, "'"), type: i.type })),
        compromised: state.compromised.map((c) => c.text),
        evidence: evidenceRows(state.evidence),
        evidenceFolded: state.evidence.length > EVIDENCE_SHOWN,
        phaseChart: phaseChart(state, phaseTitle, ctx.now),
        rules: COMMUNICATION_RULES,
        runbook: { ...runbookView(config, ctx), ...followedRunbook(state) },
        visibility: visibilityView(state),
        icTeam: config.paging.icTeam ?? null,
        postMortem: postMortemLink(state, ctx),
        ...clocksView(state, ctx)
    };
}
function runbookView(config, ctx) {
    if (!ctx.runbook)
        return { path: config.runbooks.incidentRunbook, url: `${ctx.repoUrl}/blob/HEAD/${config.runbooks.incidentRunbook}`, tested: '', reviewed: '' };
    return {
        path: ctx.runbook.path,
        url: ctx.runbook.url,
        tested: freshnessPhrase('tested', ctx.runbook.lastTested, ctx.runbook.daysSinceTested),
        reviewed: freshnessPhrase('reviewed', ctx.runbook.lastReviewed, ctx.runbook.daysSinceReviewed)
    };
}
/** The runbook the incident followed, as recorded at opening: a permalink to that commit. */
function followedRunbook(state) {
    const r = state.runbook;
    return r ? { path: neutraliseInline(r.path), url: r.url, sha: r.sha.slice(0, 7) } : {};
}
/** Who can read the incident: the warning (or what could not be checked) for the first screen, the summary for the details. */
function visibilityView(state) {
    const warning = visibilityWarning(state.visibility) ?? null;
    return { warning, unchecked: warning ? null : (visibilityUnchecked(state.visibility) ?? null), summary: visibilitySummary(state.visibility) };
}
/** How many of the next unticked steps the first screen lists, in the runbook's order. */
const NEXT_STEPS = 3;
/** The next unticked runbook steps, numbered as in the checklist. */
function nextSteps(state, config, phaseTitle) {
    return config.steps
        .map((step, i) => ({ step, number: i + 1 }))
        .filter(({ step }) => !stepDone(step, state.steps))
        .slice(0, NEXT_STEPS)
        .map(({ step, number }) => ({
        number,
        title: builtinInline(step.title),
        phase: phaseTitle(step.phase),
        delegateTo: step.delegateTo ? builtinInline(step.delegateTo) : null
    }));
}
/**
 * What must be said before anything else: the Incident Commander could not be paged (a failed
 * page, or no pager configured), while no one has taken the incident.
 */
function attention(state) {
    if (state.roles.ic)
        return null;
    const last = [...state.timeline].reverse().find((e) => e.kind === 'paged' || e.kind === 'page-failed');
    if (last?.kind !== 'page-failed')
        return null;
    return {
        title: 'No Incident Commander has been paged.',
        text: `${last.text} (${isoMinute(last.at)}). Page one by other means (phone, chat), then appoint them with \`/ic @login\`; \`/ic page\` tries the pager again.`
    };
}
/** Time since detection and since opening, as of the dashboard's time. */
function sinceView(state, now) {
    const age = (from) => formatDuration(Math.max(0, Date.parse(state.resolvedAt ?? now) - Date.parse(from)));
    return {
        detected: state.detectedAt ? age(state.detectedAt) : null,
        opened: age(state.openedAt),
        asOf: isoMinute(state.resolvedAt ?? now)
            .replace(/Z$/, '')
            .replace('T', ' ')
    };
}
function newestFirst(entries) {
    return [...entries].sort((a, b) => b.at.localeCompare(a.at));
}
/** Each clock as of this rendering, and the response times so far. */
function clocksView(state, ctx) {
    const posted = ctx.postedDrafts ?? new Set(DRAFT_KINDS);
    return {
        clocks: evaluateClocks(state, ctx.config, ctx.now, posted).map((c) => ({
            title: clockTitleText(c),
            due: isoMinute(c.dueAt),
            state: clockStateText(c, state.reminded[c.id], state.resolvedAt),
            owner: quietOwner(c.owner) || '-'
        })),
        // Clocks stop at resolution: a resolved incident's clocks are shown as they stood then.
        clocksAsOf: isoMinute(state.resolvedAt ?? ctx.now),
        responseTimes: metricsLine(incidentMetrics(state, ctx.config, posted, ctx.now))
    };
}
/** Where the post-mortem is, once the incident is resolved (it is written in the same run). */
function postMortemLink(state, ctx) {
    if (!state.resolvedAt)
        return null;
    if (ctx.config.postMortem.as === 'comment')
        return 'drafted in a comment below';
    const label = ctx.config.postMortem.labels[0];
    const query = encodeURIComponent(`is:issue ${label ? `label:"${label}" ` : ''}"${state.codename}"`);
    return `[drafted as an issue](${ctx.repoUrl}/issues?q=${query})`;
}
function freshnessPhrase(what, date, days) {
    if (!date || days === undefined)
        return `never ${what}`;
    return `last ${what} ${date} (${days} day${days === 1 ? '' : 's'} ago)`;
}
function entryView(e) {
    return { at: isoMinute(e.at), by: e.by ? quietLogin(e.by) : '', kind: e.kind, text: e.text };
}
/** A Mermaid gantt of the phases so far (GitHub renders Mermaid natively); null before the first change. */
function phaseChart(state, title, now) {
    const spans = phaseSpans(state, now);
    if (spans.length < 2)
        return null;
    const lines = ['gantt', '  dateFormat YYYY-MM-DDTHH:mm', '  axisFormat %d %H:%M', `  title Phases of ${state.codename}`];
    spans.forEach((span, i) => {
        const label = title(span.phase).replace(/[:#;]/g, ' ');
        lines.push(`  ${label} (${formatDuration(Date.parse(span.to) - Date.parse(span.from))}) :p${i}, ${span.from.slice(0, 16)}, ${span.to.slice(0, 16)}`);
    });
    return lines.join('\n');
}
/** Each phase the incident has been in, with start and end (the last ends now, or when resolved). */
function phaseSpans(state, now) {
    const marks = state.phaseHistory;
    return marks.map((m, i) => ({ phase: m.phase, from: m.at, to: marks[i + 1]?.at ?? state.resolvedAt ?? now }));
}

/**
 * The detection time the reporter wrote in the issue form, read as people write it: ISO times
 * with offsets ("2026-11-22T09:12+02:00"), zone names ("UTC", "Z", "GMT", "UTC-3", "CET"),
 * AM/PM, one-digit hours, written-out months ("Nov 22, 2026 9:12 PM"). When the answer cannot be
 * read without guessing (no date, a day/month order that could go either way, two dates, an
 * impossible time), the result says so and why, so the dashboard can ask instead of inventing.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Zone abbreviations people write, in minutes east of UTC. Ambiguous ones (IST, BST…) are left out on purpose. */
const ZONES = {
    z: 0,
    utc: 0,
    gmt: 0,
    zulu: 0,
    wet: 0,
    cet: 60,
    cest: 120,
    met: 60,
    mest: 120,
    eet: 120,
    eest: 180,
    est: -300,
    edt: -240,
    cst: -360,
    cdt: -300,
    mst: -420,
    mdt: -360,
    pst: -480,
    pdt: -420,
    akst: -540,
    akdt: -480,
    hst: -600,
    jst: 540,
    kst: 540,
    aest: 600,
    aedt: 660,
    nzst: 720,
    nzdt: 780
};
const DATE_FORMS = [
    { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/gi, read: (m) => ({ y: +m[1], m: +m[2], d: +m[3] }) },
    { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => ({ y: +m[3], m: monthOf(m[2]), d: +m[1] }) },
    { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), read: (m) => ({ y: +m[3], m: monthOf(m[1]), d: +m[2] }) },
    {
        re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/gi,
        read: (m) => {
            const [a, b] = [+m[1], +m[2]];
            if (a > 12 && b <= 12)
                return { y: +m[3], m: b, d: a };
            if (b > 12 && a <= 12)
                return { y: +m[3], m: a, d: b };
            return a === b ? { y: +m[3], m: a, d: b } : `"${m[0]}" could be day/month or month/day`;
        }
    }
];
function monthOf(name) {
    return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
/** Every date written in the text; a string when one is there but ambiguous. */
function datesIn(text) {
    const found = [];
    for (const form of DATE_FORMS) {
        for (const m of text.matchAll(form.re)) {
            const start = m.index;
            if (found.some((f) => start < f.end && start + m[0].length > f.start))
                continue;
            const read = form.read(m);
            if (typeof read === 'string')
                return read;
            found.push({ ...read, start, end: start + m[0].length });
        }
    }
    return found;
}
const TIME = /(?:^|[\s,t@(]|\bat\s)(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:(a\.?m\.?|p\.?m\.?)(?![a-z]))?(?![\d:])/gi;
const ZONE = /^\s*(?:\(?\s*)?(z\b|utc|gmt|[a-z]{2,5}\b)?\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?/i;
/** The time of day in `rest` (the text without its date), with its zone when one is written. */
function timeIn(rest) {
    for (const m of rest.matchAll(TIME)) {
        const [, hh, mm, ss, ampm] = m;
        if (mm === undefined && !ampm)
            continue; // a bare number is not a time
        let h = +hh;
        if (ampm) {
            if (h < 1 || h > 12)
                return `"${m[0].trim()}" is not a time`;
            h = (h % 12) + (/^p/i.test(ampm) ? 12 : 0);
        }
        const mi = mm === undefined ? 0 : +mm;
        const s = ss === undefined ? 0 : +ss;
        if (h > 23 || mi > 59 || s > 59)
            return `"${m[0].trim()}" is not a time`;
        const after = rest.slice(m.index + m[0].length);
        const iana = IANA_ZONE.exec(after)?.[1];
        if (iana)
            return { h, mi, s, offset: null, zoneWritten: true, iana };
        const zone = zoneAt(after);
        if (typeof zone === 'string')
            return zone;
        return { h, mi, s, offset: zone ?? null, zoneWritten: zone !== undefined };
    }
    return undefined;
}
/** Minutes east of UTC written right after a time; undefined when none; a string when unknown. */
function zoneAt(after) {
    const m = ZONE.exec(after);
    if (!m || (!m[1] && !m[2]))
        return undefined;
    const name = m[1];
    let base = 0;
    if (name) {
        const known = ZONES[name.toLowerCase()];
        // An unknown word in capitals ("IST", "SGT") is a zone we cannot place; any other word is prose.
        if (known === undefined)
            return /^[A-Z]{2,5}$/.test(name) ? `the time zone "${name}" is not one incident-kit knows` : m[2] ? `"${m[0].trim()}" is not a UTC offset` : undefined;
        base = known;
    }
    if (!m[2])
        return base;
    const hours = +m[3];
    const minutes = m[4] ? +m[4] : 0;
    if (hours > 14 || minutes > 59)
        return `"${m[0].trim()}" is not a UTC offset`;
    return base + (m[2] === '+' ? 1 : -1) * (hours * 60 + minutes);
}
function validDate({ y, m, d }) {
    const t = new Date(Date.UTC(y, m - 1, d));
    return m >= 1 && m <= 12 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
/** Other ways of writing a time of day, rewritten as H:MM: "0912Z", "09h12", "9.12pm", "noon", "midnight". */
const TIME_SPELLINGS = [
    [/\b([01]\d|2[0-3])([0-5]\d)\s*(z|utc|gmt)\b/gi, '$1:$2 $3'],
    [/\b([01]?\d|2[0-3])([0-5]\d)\s*hrs\b/gi, '$1:$2'],
    [/\b([01]?\d|2[0-3])h([0-5]\d)\b/gi, '$1:$2'],
    [/\b(\d{1,2})\.([0-5]\d)(?=\s*[ap]\.?m\b)/gi, '$1:$2'],
    [/\bnoon\b/gi, '12:00'],
    [/\bmidnight\b/gi, '00:00']
];
/** An IANA zone name written after a time ("Europe/Berlin", "America/Sao_Paulo"). */
const IANA_ZONE = /^\s*\(?\s*([A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)/;
/** Reads one answer; see the module comment for what is read and what is reported unreadable. */
function readDetection(answer, options = {}) {
    // Emphasis around the answer goes; an underscore inside a word stays ("America/Sao_Paulo").
    const raw = (answer ?? '')
        .replace(/[*`]/g, '')
        .replace(/(^|\s)_+|_+(?=\s|$)/g, '$1')
        .trim();
    if (!raw)
        return { kind: 'absent' };
    const unreadable = (why) => ({ kind: 'unreadable', text: raw, why });
    const text = raw.replace(/\u2212/g, '-');
    const dates = datesIn(text);
    if (typeof dates === 'string')
        return unreadable(dates);
    if (dates.length === 0)
        return unreadable('no date');
    const distinct = new Set(dates.map((d) => `${d.y}-${d.m}-${d.d}`));
    if (distinct.size > 1)
        return unreadable('more than one date');
    const date = dates[0];
    if (!validDate(date))
        return unreadable('no such date');
    const rest = TIME_SPELLINGS.reduce((t, [re, to]) => t.replace(re, to), `${text.slice(0, date.start)} ${text.slice(date.end)}`.replace(/^\s*t(?=\d)/i, ' '));
    const time = timeIn(rest);
    if (typeof time === 'string')
        return unreadable(time);
    const ymd = Date.UTC(date.y, date.m - 1, date.d);
    // A date alone is read as that day; digits left over are a time that could not be read, not midnight.
    if (!time)
        return /\d/.test(rest) ? unreadable('a time that could not be read') : { kind: 'time', iso: new Date(ymd).toISOString(), precision: 'day' };
    let offset = time.offset;
    if (offset === null && time.iana) {
        const local = ymd + ((time.h * 60 + time.mi) * 60 + time.s) * 1000;
        const first = ianaOffset(time.iana, local);
        if (first === undefined)
            return unreadable(`the time zone "${time.iana}" is not one incident-kit knows`);
        offset = ianaOffset(time.iana, local - first * 60_000) ?? first;
    }
    if (offset === null) {
        const assumed = options.assumeZone === undefined ? 'UTC' : options.assumeZone;
        if (assumed === null)
            return unreadable('no time zone');
        const known = ZONES[assumed.toLowerCase()];
        if (known === undefined)
            return unreadable(`the time zone "${assumed}" is not one incident-kit knows`);
        offset = known;
    }
    const ms = ymd + ((time.h * 60 + time.mi - offset) * 60 + time.s) * 1000;
    return { kind: 'time', iso: new Date(ms).toISOString(), precision: 'minute' };
}

/** Leading words, most severe first within each level; two-word phrases are tried first. */
const WORDS = [
    ['very high', 1],
    ['extremely high', 1],
    ['very low', 4],
    ['extremely low', 4],
    ['highest', 1],
    ['critical', 1],
    ['crit', 1],
    ['emergency', 1],
    ['catastrophic', 1],
    ['blocker', 1],
    ['urgent', 1],
    ['immediate', 1],
    ['severe', 1],
    ['showstopper', 1],
    ['major', 2],
    ['high', 2],
    ['serious', 2],
    ['significant', 2],
    ['important', 2],
    ['medium', 3],
    ['med', 3],
    ['moderate', 3],
    ['normal', 3],
    ['average', 3],
    ['elevated', 3],
    ['lowest', 4],
    ['low', 4],
    ['minor', 4],
    ['minimal', 4],
    ['informational', 4],
    ['info', 4],
    ['trivial', 4],
    ['cosmetic', 4],
    ['negligible', 4],
    ['no impact', 4],
    ['none', 4]
];
const UNKNOWN = /^(?:not\s+sure|unsure|unknown|i\s+don'?t\s+know|don'?t\s+know|do\s+not\s+know|no\s+idea|n\/?a\b|tbd\b|to\s+be\s+determined|needs?\s+triage|other\b|\?+$)/;
/** The scale's token before the number: SEV, Severity, S, P, Priority, Level, Tier, Category. */
const LEADING_NUMBER = /^(?:(?:sev(?:erity)?|s|p|pri(?:ority)?|level|lvl|l|tier|cat(?:egory)?|incident\s+level|impact)\s*[-:_#.]?\s*)?(\d)(?![a-z])(?![\d.,%]\d|\d|%|\s*%|\s*(?:users?|customers?|hours?|days?|minutes?|mins?|h|d)\b)/;
/** Lowercase, without markdown emphasis, emoji, colour dots or leading punctuation. */
function normaliseOption(text) {
    return text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[*_`~]/g, '')
        .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
        .replace(/^[\s\p{P}\p{S}]+/u, (m) => (/^\?+$/.test(m.trim()) ? m.trim() : ''))
        .replace(/\s+/g, ' ')
        .trim();
}
function leadingWord(t) {
    for (const [word, level] of WORDS)
        if (new RegExp(`^${word}(?![a-z])`).test(t))
            return level;
    return undefined;
}
/** The level word right after a leading number ("P1 — High", "SEV-2 (high)"), for telling the scale's start. */
function wordAfter(t) {
    return leadingWord(t.replace(/^[\s\p{P}\p{S}]+/u, ''));
}
/**
 * The severity of one chosen option; null when unknown or unreadable. A number is read on a
 * 1-based scale unless the scale is configured to start at 0, the number is 0, or (for P/S/level
 * scales; SEV scales start at 1) the word after it says the option is one level milder than a
 * 1-based reading ("P1 — High", "S2 - Minor"): that is how a 0-based list reads.
 */
function readSeverity(text, options = {}) {
    if (!text)
        return null;
    // The field's label echoed in the option ("Impact: High", "Priority: Urgent") is not its meaning.
    const t = normaliseOption(text).replace(/^(?:severity|priority|urgency|impact|criticality)\s*:\s*(?=[a-z])/, '');
    if (!t)
        return null;
    const configured = Object.entries(options.levels ?? {}).find(([option]) => normaliseOption(option) === t);
    if (configured)
        return configured[1] === 'unknown' ? null : configured[1];
    if (UNKNOWN.test(t))
        return null;
    const numbered = LEADING_NUMBER.exec(t);
    if (numbered) {
        const n = Number(numbered[1]);
        const word = wordAfter(t.slice(numbered[0].length));
        const start = options.scaleStartsAt === 'auto' || options.scaleStartsAt === undefined ? (listStart(options.options) ?? 'auto') : options.scaleStartsAt;
        const zeroBased = start === 0 || (start === 'auto' && (n === 0 || (!/^sev/.test(t) && word !== undefined && word >= n + 1)));
        const level = zeroBased ? n + 1 : n;
        if (level < 1)
            return null;
        return Math.min(level, 4);
    }
    return leadingWord(t) ?? byPosition(t, options.options) ?? null;
}
/** Where the configured option list's numbers start: 0 when any option leads with a 0 ("P0 - Outage"). */
function listStart(list) {
    const numbers = (list ?? []).map((o) => LEADING_NUMBER.exec(normaliseOption(o))?.[1]).filter((n) => n !== undefined);
    if (numbers.length === 0)
        return undefined;
    return numbers.includes('0') ? 0 : 1;
}
/** An option that says nothing by itself, in a configured list of exactly four real levels: its place in the list. */
function byPosition(t, list) {
    const levels = (list ?? []).map(normaliseOption).filter((o) => o && !UNKNOWN.test(o));
    if (levels.length !== 4)
        return undefined;
    const index = levels.indexOf(t);
    return index < 0 ? undefined : (index + 1);
}

/**
 * Reads the answers of the "Security incident" issue form from the issue body. GitHub renders
 * each field as a `### Label` heading followed by the answer ("_No response_" when empty).
 */
/** GitHub's "_No response_", also as `\_No response\_` or `*No response*` once a person has edited the body. */
const NO_RESPONSE = /^(?:\\?[_*]){1,2}No response(?:\\?[_*]){1,2}$/i;
/** HTML comments at the end of an answer: invisible on GitHub, added by tools and templates. */
const TRAILING_COMMENTS = /(?:\s*<!--[\s\S]*?-->)+\s*$/;
/** Heading text -> answer text (trimmed, original markdown of the answer kept). Headings without text are not fields. */
function parseFormAnswers(body) {
    if (!body)
        return {};
    const tree = parseMarkdown(body);
    const answers = {};
    const headings = tree.children.map((node, index) => ({ node, index })).filter(({ node }) => node.type === 'heading' && node.depth === 3);
    headings.forEach(({ node }, i) => {
        const label = textOf(node).trim();
        if (!label)
            return;
        const start = node.position?.end.offset ?? 0;
        const next = headings[i + 1]?.node.position?.start.offset ?? body.length;
        const answer = body.slice(start, next).replace(TRAILING_COMMENTS, '').trim();
        answers[label] = NO_RESPONSE.test(answer) ? '' : answer;
    });
    return answers;
}
/** The answer to the first heading that matches `pattern` (e.g. /severity/i). */
function answerFor(answers, pattern) {
    const key = Object.keys(answers).find((k) => pattern.test(k));
    return key === undefined ? undefined : answers[key];
}
/** A label as compared with configured fields: lowercase words only ("Impact level?" -> "impact level"). */
function fieldName(label) {
    return label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
/**
 * The answer of the field named by `fields` (its label, or its id: GitHub writes only labels into
 * the issue, so an id matches the label it was made from, "impact-level" ~ "Impact level"); the
 * first label matching `fallback` when no field is configured.
 */
function fieldOf(answers, fields, fallback) {
    const labels = Object.keys(answers);
    if (fields.length > 0) {
        const wanted = new Set(fields.map(fieldName));
        return labels.find((k) => wanted.has(fieldName(k)));
    }
    for (const pattern of fallback) {
        const found = labels.find((k) => pattern.test(k));
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** Labels that name a severity dropdown in real forms, best first ("Impact" alone is often a free-text field). */
const SEVERITY_FIELD = [
    /\b(?:severity|sev)\b/i,
    /\b(?:priority|urgency|criticality|impact level|incident level|severity level)\b/i,
    /\bhow (?:severe|bad|urgent)\b/i,
    /\bimpact\b/i
];
/** Labels that name the detection-time field. */
const DETECTED_FIELD = [/\bdetect(?:ed|ion)\b/i, /\b(?:discovered|noticed|first seen|first observed|spotted)\b/i];
/** Severity and detection time from the form's answers, as configured (`form.*`). */
function readForm(answers, options = {}) {
    const severityLabel = fieldOf(answers, options.severity?.fields ?? [], SEVERITY_FIELD);
    const severity = readSeverity(severityLabel === undefined ? undefined : answers[severityLabel], options.severity);
    const detectedLabel = fieldOf(answers, options.detected?.fields ?? [], DETECTED_FIELD);
    const answer = detectedLabel === undefined ? undefined : answers[detectedLabel];
    // A label that says "(UTC)" fixes the zone of a time written without one.
    const assumeZone = detectedLabel && /\b(?:utc|gmt)\b/i.test(detectedLabel) ? 'UTC' : options.detected?.assumeZone;
    return { severity, detection: readDetection(answer, assumeZone === undefined ? {} : { assumeZone }) };
}
/**
 * 1..4 from "SEV-1", "Sev 1", "sev:2", "S3", "1 - critical", "High", "P0"; null for "Not sure",
 * blanks and anything else: an unknown severity is asked for, never guessed.
 */
function parseSeverity(text) {
    return readSeverity(text);
}

/**
 * Opening an incident: refuse public repositories, and the record of an incident as filed
 * (codename, severity and detection time from the form). The reconcile step (reconcile.ts)
 * retitles, labels and posts the dashboard and checklist from it.
 */
const PUBLIC_REPO_REFUSAL = 'incident-kit refuses to run in a public repository: incident details would be visible to everyone. Track incidents in a private repository (or set the input allow-public-repo: true for a demo).';
const INTERNAL_REPO_REFUSAL = 'incident-kit refuses to run in an internal repository: everyone in the enterprise can read it, and the attack may be internal. Track incidents in a private repository (or set the input allow-internal-repo: true).';
/** Whether the repository may hold incidents; the reason when not. */
function refusePublic(ctx) {
    if (!ctx.repo.private)
        return ctx.allowPublicRepo ? undefined : PUBLIC_REPO_REFUSAL;
    return ctx.repo.visibility === 'internal' && !ctx.allowInternalRepo ? INTERNAL_REPO_REFUSAL : undefined;
}
function isIncidentIssue(issue, ctx) {
    return issue.labels.includes(ctx.config.labels.trigger) || issue.labels.includes(ctx.config.labels.drill);
}
function titleFor(codename, drill, format) {
    return format.replace('{{drill}}', drill ? 'DRILL ' : '').replace('{{codename}}', codename);
}
/** The state of a brand-new incident, from the issue and the form answers. */
function newIncidentState(issue, ctx) {
    const answers = parseFormAnswers(issue.body);
    const drill = issue.labels.includes(ctx.config.labels.drill);
    const codename = codenameFor(ctx.repo.id, issue.number, wordListsFrom(ctx.config.codename));
    const form = readForm(answers, ctx.config.form);
    const severity = severityFrom(issue, ctx) ?? form.severity;
    const detectedAt = form.detection.kind === 'time' ? form.detection.iso : undefined;
    const firstPhase = ctx.config.phases[0].id;
    const inProgress = answerFor(answers, /in progress|ongoing/i);
    const affected = answerFor(answers, AFFECTED_FIELD)?.slice(0, AFFECTED_MAX);
    const timeline = [
        {
            at: issue.createdAt,
            by: issue.author,
            kind: 'opened',
            text: `${drill ? 'Drill' : 'Incident'} reported${severity ? ` as SEV-${severity}` : ''}`,
            key: 'opened'
        },
        ...(detectedAt ? [{ at: detectedAt, kind: 'detected', text: 'Detected (from the report)', key: 'detected' }] : []),
        ...(form.detection.kind === 'unreadable'
            ? [{ at: issue.createdAt, kind: 'note', text: unreadableDetection(form.detection), key: 'detected-unreadable' }]
            : []),
        ...(inProgress && /^\s*(yes|true)/i.test(inProgress)
            ? [{ at: issue.createdAt, kind: 'note', text: 'Reporter says the attack is still in progress', key: 'in-progress' }]
            : []),
        { at: ctx.now, kind: 'codename', text: `Codename ${codename} given; title replaced`, key: 'codename' }
    ].sort((a, b) => a.at.localeCompare(b.at));
    return {
        v: STATE_VERSION,
        codename,
        issue: issue.number,
        originalTitle: issue.title,
        severity,
        phase: firstPhase,
        phaseHistory: [{ phase: firstPhase, at: issue.createdAt }],
        drill,
        openedAt: issue.createdAt,
        ...(detectedAt ? { detectedAt } : {}),
        reporter: issue.author,
        roles: {},
        gates: Object.fromEntries(Object.keys(ctx.config.gates).map((g) => [g, { open: false }])),
        steps: {},
        timeline: timeline.map((e) => ({ ...e, text: tableSafe(e.text) })),
        attackTimeline: [],
        iocs: [],
        compromised: [],
        evidence: [],
        comments: {},
        reminded: {},
        ...(affected ? { affected } : {}),
        releases: []
    };
}
/** The report's "Affected systems or services" field (any label that speaks of affected systems). */
const AFFECTED_FIELD = /\baffected\b|\b(?:systems|hosts|services) (?:involved|affected)\b/i;
/** The affected-systems answer kept in the record is cut here: it is read for names, never shown. */
const AFFECTED_MAX = 4000;
/** The timeline's (and so the dashboard's) word on a detection time that could not be read: it asks rather than guesses. */
function unreadableDetection(detection) {
    return `Detection time not read from the report ("${neutraliseInline(detection.text, 80)}": ${detection.why}); clocks count from the opening`;
}
/** A severity label already on the issue wins over the form (a triager may have set it). */
function severityFrom(issue, ctx) {
    const prefix = ctx.config.labels.severityPrefix;
    const label = issue.labels.find((l) => l.startsWith(prefix));
    return label ? parseSeverity(label.slice(prefix.length)) : null;
}
function renderChecklist(state, ctx) {
    const view = checklistView(ctx.config.steps, ctx.config.phases, state.phase, state.steps);
    return `${kindMarker('checklist')}\n${renderTemplate('checklist.md.hbs', ctx.templates, { codename: state.codename, drill: state.drill, phases: view })}`;
}
/** The evidence register as the `evidence` output: each item with its custodian and every hand-over. */
function evidenceOutput(items) {
    return items.map((e) => ({
        id: e.id,
        sha256: e.sha256,
        where: e.where,
        what: e.what,
        recordedBy: e.by,
        recordedAt: e.at,
        custodian: custodian(e),
        custody: e.custody.map((c) => ({ from: c.from, to: c.to, by: c.by, at: c.at, note: c.note }))
    }));
}
function incidentOutputs(state, issue) {
    return {
        codename: state.codename,
        phase: state.phase,
        severity: state.severity === null ? '' : String(state.severity),
        'incident-number': String(issue),
        drill: String(state.drill),
        iocs: JSON.stringify(state.iocs.map((i) => ({ value: i.value, type: i.type }))),
        // LF: the runner reads a multi-line output line by line and joins the lines with LF anyway.
        'iocs-csv': iocsCsv(state.iocs, 'lf'),
        // Compact: an output is capped at 1 MB, and a workflow hands it on rather than reads it.
        'iocs-stix': JSON.stringify(iocsStix(state).bundle),
        evidence: JSON.stringify(evidenceOutput(state.evidence))
    };
}

function emptyPlan() {
    return { changes: [], outputs: {} };
}
/** A short human line per change, for dry-run logs and the `plan` output. */
function describeChange(change) {
    switch (change.kind) {
        case 'update-issue':
            return `update issue #${change.issue}${change.title !== undefined ? ` title="${change.title}"` : ''}${change.labels ? ` labels=${change.labels.join(',')}` : ''}${change.state ? ` state=${change.state}` : ''}${change.assignees ? ` assignees=${change.assignees.join(',')}` : ''}`;
        case 'add-labels':
            return `add labels ${change.labels.join(', ')} to #${change.issue}`;
        case 'remove-label':
            return `remove label ${change.label} from #${change.issue}`;
        case 'upsert-comment':
            return `write the ${change.comment} comment on #${change.issue} (${change.body.length} chars)`;
        case 'reply':
            // Not the text: replies can quote what people typed, and logs carry no incident details.
            return `reply on #${change.issue} (${change.body.length} chars)`;
        case 'keyed-comment':
            return `write the ${change.key} comment on #${change.issue} (${change.body.length} chars)`;
        case 'delete-comment':
            return `delete duplicate comment ${change.commentId}`;
        case 'react':
            return `react ${change.content} to comment ${change.commentId}`;
        case 'edit-comment':
            return `restore comment ${change.commentId}`;
        case 'create-issue':
            return `open issue "${change.title}"`;
        case 'update-tracking-issue':
            return `update issue #${change.number}${change.state ? ` state=${change.state}` : ''}`;
        case 'page':
            return `${change.service} ${change.event}: ${change.summary}`;
        case 'create-label':
            return `create label ${change.name}`;
        case 'propose-file':
            return `propose ${change.path} in a pull request from ${change.branch}`;
        case 'annotate':
            return `${change.level}${change.file ? ` ${change.file}${change.line ? `:${change.line}` : ''}` : ''}: ${change.message}`;
    }
}
/** A fallback comment with the HTTP status that made it one: "… (the token could not …: HTTP 403):". */
function withStatus(body, status) {
    return body.replace('{status}', `HTTP ${status ?? '?'}`);
}
/**
 * Fewer requests for the same effect: label additions to one issue become one request, and a
 * label both added and removed in one plan is left alone.
 */
function coalesce(changes) {
    const out = [];
    for (const change of changes) {
        if (change.kind === 'add-labels') {
            let labels = change.labels;
            const removed = out.findIndex((c) => c.kind === 'remove-label' && c.issue === change.issue && labels.includes(c.label));
            if (removed >= 0) {
                const label = out[removed].label;
                out.splice(removed, 1);
                labels = labels.filter((l) => l !== label);
                if (labels.length === 0)
                    continue;
            }
            const earlier = out.find((c) => c.kind === 'add-labels' && c.issue === change.issue);
            if (earlier) {
                earlier.labels = [...new Set([...earlier.labels, ...labels])];
                continue;
            }
            out.push({ ...change, labels: [...labels] });
            continue;
        }
        if (change.kind === 'remove-label') {
            const added = out.find((c) => c.kind === 'add-labels' && c.issue === change.issue && c.labels.includes(change.label));
            if (added) {
                added.labels = added.labels.filter((l) => l !== change.label);
                if (added.labels.length === 0)
                    out.splice(out.indexOf(added), 1);
                continue;
            }
            if (out.some((c) => c.kind === 'remove-label' && c.issue === change.issue && c.label === change.label))
                continue;
        }
        out.push(change);
    }
    return out;
}

/**
 * What GitHub itself recorded about an incident issue, as plain facts: label, close and reopen
 * events with their actor and time, people's comments with their author and times, and the
 * bot's own comments. These are immutable and attributed, unlike the text of any comment, so
 * the record is folded from them (fold.ts) on every run, whatever event woke it.
 */
const KEY_MARKER = 'incident-kit:key';
/** The hidden marker that says what a bot comment answers. Keys are made by the action: [a-z0-9:._-] only. */
function keyMarker(key) {
    return `<!-- ${KEY_MARKER}=${key.replace(/[^a-z0-9:._-]/gi, '-')} -->`;
}
function keysOf(body) {
    return [...body.matchAll(new RegExp(`<!--\\s*${KEY_MARKER}=([a-z0-9:._-]+)\\s*-->`, 'gi'))].map((m) => m[1]);
}
/** Whether `user` is the action's own identity (a `[bot]` login must also be a Bot account). */
function isBot(user, botLogin) {
    if (!user?.login || user.login !== botLogin)
        return false;
    return !botLogin.endsWith('[bot]') || user.type === 'Bot';
}
/**
 * Sorts GitHub's timeline into people's facts, the bot's comments and the bot's own events.
 * Items are ordered by GitHub's time, ties by kind of id then id, so every run folds the same
 * sequence however the pages arrived.
 */
function historyFromTimeline(items, botLogin) {
    const history = { facts: [], bot: [], botEvents: [] };
    for (const item of items) {
        const at = item.created_at ?? '';
        if (item.event === 'commented') {
            const author = item.user ?? item.actor;
            const body = item.body ?? '';
            if (isBot(author, botLogin)) {
                history.bot.push({ id: item.id ?? 0, body, kind: kindOf(body), keys: keysOf(body), createdAt: at, updatedAt: item.updated_at ?? at });
            }
            else if (author?.login) {
                history.facts.push({ type: 'comment', id: `c${item.id}`, commentId: item.id ?? 0, at, by: author.login, body, edited: (item.updated_at ?? at) !== at });
            }
            continue;
        }
        const by = item.actor?.login;
        if (!by)
            continue;
        const mine = isBot(item.actor, botLogin);
        if ((item.event === 'labeled' || item.event === 'unlabeled') && item.label?.name) {
            const added = item.event === 'labeled';
            if (mine)
                history.botEvents.push({ type: 'label', at, label: item.label.name, added });
            else
                history.facts.push({ type: 'label', id: `e${item.id}`, at, by, label: item.label.name, added });
        }
        else if (item.event === 'closed' || item.event === 'reopened') {
            if (mine)
                history.botEvents.push({ type: item.event, at });
            else
                history.facts.push({ type: item.event, id: `e${item.id}`, at, by });
        }
        else if (item.event === 'renamed' && mine) {
            history.botEvents.push({
                type: 'renamed',
                at,
                ...(item.rename?.from !== undefined ? { from: item.rename.from } : {}),
                ...(item.rename?.to !== undefined ? { to: item.rename.to } : {})
            });
        }
    }
    history.facts.sort(byGitHubOrder);
    history.bot.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
    return history;
}
function byGitHubOrder(a, b) {
    return a.at.localeCompare(b.at) || a.id.localeCompare(b.id, 'en', { numeric: true });
}

/**
 * The bot's answers on an incident live in ONE comment, newest first: replies to commands,
 * refusals, reminders, pages that need a person, notes of failed runs. A run that owes a new
 * answer posts a fresh comment carrying it on top of the earlier ones (so GitHub notifies the
 * issue's subscribers, and the latest answer is at the bottom of the issue where people look),
 * then deletes the comment it replaces. However long the incident, the issue holds one answers
 * comment; a run that dies between the two writes leaves two, which the next run merges.
 *
 * Each answer keeps the keys of what it answers (`incident-kit:key=` markers), so a re-run or a
 * redelivered event finds its answer and does not give it twice.
 */
/** Earlier answers kept (in full, folded) below the newest ones; older ones are dropped with a count. */
const KEPT_ANSWERS = 40;
const BUDGET$1 = COMMENT_LIMIT - 2_048;
const AT_MARKER = 'incident-kit:at';
const END_MARKER = '<!-- incident-kit:end -->';
const PART = new RegExp(`^<!-- ${AT_MARKER}=([0-9TZ:.-]+) -->\\n((?:<!-- ${KEY_MARKER}=[a-z0-9:._-]+ -->\\n)*)([\\s\\S]*?)\\n${END_MARKER}$`, 'gim');
function partText(part) {
    return [`<!-- ${AT_MARKER}=${part.at} -->`, ...part.keys.map(keyMarker), part.body.trim(), END_MARKER, '', `<sub>${isoMinute(part.at)}</sub>`].join('\n');
}
/** The answers a comment body carries, in the order written (newest first). */
function partsOf(body) {
    return [...body.matchAll(PART)].map((m) => ({ at: m[1], keys: keysOf(m[2]), body: m[3].trim() }));
}
/**
 * The comment: the newest answers in full on top, earlier ones folded below, newest first,
 * within GitHub's size limit (the oldest are dropped first, and counted).
 */
function renderAnswers(fresh, earlier) {
    const newest = [...fresh].sort(byNewest);
    const all = dedupe([...earlier].sort(byNewest), newest);
    let older = all.slice(0, KEPT_ANSWERS);
    for (;;) {
        const body = compose$1(newest, older, all.length - older.length);
        if (body.length <= BUDGET$1 || older.length === 0)
            return body;
        older = older.slice(0, Math.floor(older.length / 2));
    }
}
function compose$1(newest, older, dropped) {
    const lines = [kindMarker('answers'), newest.map(partText).join('\n\n---\n\n')];
    if (older.length > 0) {
        lines.push('', `<details><summary>${older.length} earlier answer${older.length === 1 ? '' : 's'}</summary>`, '');
        lines.push(older.map(partText).join('\n\n---\n\n'), '', '</details>');
    }
    const more = dropped > 0 ? ` ${dropped} older answer${dropped === 1 ? ' is' : 's are'} no longer shown.` : '';
    lines.push('', `<sub>incident-kit answers here, newest first, in one comment that moves to the bottom of the issue when there is something new.${more}</sub>`);
    return lines.join('\n');
}
function byNewest(a, b) {
    return b.at.localeCompare(a.at);
}
/** Earlier parts not repeated in the fresh ones (a merge of two answers comments shares parts). */
function dedupe(parts, fresh) {
    const seen = new Set(fresh.map(identity));
    return parts.filter((p) => {
        const id = identity(p);
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
function identity(p) {
    return p.keys.length > 0 ? [...p.keys].sort().join(' ') : `${p.at} ${p.body}`;
}
/**
 * The writes that give `fresh` answers: one new comment with them on top of every earlier
 * answer, then the old answers comments deleted. With nothing fresh, two answers comments
 * (a run died between its writes) are merged the same way; one is left as it is.
 */
function planAnswers(issue, fresh, bot) {
    const current = bot.filter((c) => c.kind === 'answers');
    if (fresh.length === 0 && current.length < 2)
        return [];
    const earlier = dedupe(current.flatMap((c) => partsOf(c.body)).sort(byNewest), []);
    const remove = (keep) => current.filter((c) => c !== keep).map((c) => ({ kind: 'delete-comment', commentId: c.id }));
    if (fresh.length === 0) {
        // A merge: a comment that already holds every answer (a write sent twice) is kept as it is.
        const all = new Set(earlier.map(identity));
        const whole = current.find((c) => new Set(partsOf(c.body).map(identity)).size === all.size);
        if (whole)
            return remove(whole);
        // Otherwise one comment with all of them, the newest in view.
        return [{ kind: 'reply', issue, body: renderAnswers(earlier.slice(0, 1), earlier.slice(1)) }, ...remove()];
    }
    return [{ kind: 'reply', issue, body: renderAnswers(fresh, earlier) }, ...remove()];
}

/**
 * What a failed run says on the incident: one short answer, so that nobody at 3 a.m. waits on an
 * automation that stopped. The message is the run's error (no secrets: those are masked and never
 * part of an error), neutralised like any text that goes back into markdown. It is posted as an
 * answers comment, which the next run that succeeds merges with the others (answers.ts).
 */
function failureNote(issue, message, runUrl, at) {
    const safeUrl = runUrl && /^https:\/\/[^\s)]+$/.test(runUrl) ? runUrl : undefined;
    const link = safeUrl ? ` ([the run](${safeUrl}))` : '';
    const run = safeUrl ? /\/runs\/(\d+)(?:\/attempts\/(\d+))?/.exec(safeUrl) : null;
    const key = run ? `failed-run:${run[1]}:${run[2] ?? '1'}` : `failed-run:${at}`;
    const body = [
        `⚠️ incident-kit could not finish handling the last event${link}: ${neutraliseInline(message, 300)}`,
        '',
        'Nothing recorded on this issue is lost: the next event, or the scheduled run, reads the history again and catches up. Keep responding as usual; page an Incident Commander by other means if no one has been paged.'
    ].join('\n');
    return { kind: 'reply', issue, body: renderAnswers([{ keys: [key], at, body }], []) };
}

/** Room kept for the header, the lint report and the kind marker around a rendered template. */
const WRAPPER_ROOM$1 = 6_000;
/** The run's log carries this many of the announcement's findings as warnings; the rest are counted. */
const ANNOTATIONS_SHOWN = 10;
/** The draft lists this many findings; the rest are counted. */
const FINDINGS_SHOWN = 40;
/** Drafts follow the record: a person's edits to the comment would be lost, so the text is copied out first. */
const REWRITTEN = 'This comment is rewritten whenever the incident record changes, until the incident is resolved: copy the text out before editing it.';
/**
 * The draft comments to write now: each draft whose conditions hold is (re)rendered; a draft
 * already posted whose gates are no longer all open is rewritten as WITHDRAWN. Once the incident
 * is resolved a draft already posted is left as it is (frozen); one never posted is still drafted.
 * Bodies depend only on the state (never on `now` unless a gate lacks a time), so a re-run
 * renders the same text and the applier has nothing to edit.
 */
function planDrafts(state, config, templates, now, ctx = {}) {
    const existing = ctx.existing ?? new Set(Object.keys(state.comments));
    const changes = [];
    for (const kind of ['internal-update', 'law-enforcement', 'external-announcement']) {
        const conditions = withRevoked(kind, state, config, draftConditions(kind, state, config, now, existing), existing);
        // Drafts freeze at resolution: one already posted keeps the text it had, which is what was
        // (or will be) sent, rather than being redrawn with "Resolved" and later facts. Reopening
        // the incident thaws them. A revoked gate still withdraws a posted draft, resolved or not.
        if (conditions.ready && state.resolvedAt && existing.has(kind))
            continue;
        if (conditions.ready) {
            const draft = draftBody(kind, state, config, templates, now, ctx, conditions.since);
            changes.push(upsert(state, kind, draft.body));
            // The linter's findings also go to the run as warnings, where the workflow shows them (a draft
            // is expected to have findings until people finish it, so they never fail the run). The rule's
            // description, not the finding's text: a finding quotes the draft, and logs carry no details.
            // A few, then a count: a fresh draft has a TODO per timeline entry, and GitHub shows only the first annotations of a step anyway.
            for (const f of draft.findings.slice(0, ANNOTATIONS_SHOWN)) {
                changes.push({
                    kind: 'annotate',
                    level: 'warning',
                    title: `announcement ${f.rule}`,
                    message: `${state.codename} announcement draft, line ${f.line}: ${LINT_RULES[f.rule]}`
                });
            }
            if (draft.findings.length > ANNOTATIONS_SHOWN)
                changes.push({
                    kind: 'annotate',
                    level: 'warning',
                    title: 'announcement findings',
                    message: `${state.codename} announcement draft: ${draft.findings.length - ANNOTATIONS_SHOWN} more findings, listed under the draft`
                });
        }
        else if (existing.has(kind)) {
            changes.push(upsert(state, kind, withdrawnBody(kind, state, config, templates, now, ctx, conditions.why)));
        }
    }
    return changes;
}
function upsert(state, comment, body) {
    // The law enforcement sheet is a task list people tick, and a person may add tasks to any draft:
    // their ticks survive a re-render of every draft (only task boxes are carried over).
    return { kind: 'upsert-comment', issue: state.issue, comment, body, mergeTicks: true };
}
/**
 * Whether a draft may be written now, and if not, why (in words for the WITHDRAWN banner). The
 * gates that approve the draft's text are not among the conditions: the draft is written for
 * them to read, and is ready only once they approve it (`draftReadiness`).
 */
function draftConditions(kind, state, config, now, existing = new Set(Object.keys(state.comments))) {
    if (kind === 'law-enforcement') {
        const order = config.phases.map((p) => p.id);
        const reached = order.indexOf(state.phase) >= 0 && order.indexOf(state.phase) >= order.indexOf(config.drafts.lawEnforcement.phase);
        // Not gated: once posted it stays (a phase moved back does not undo calls already made).
        if (reached || existing.has(kind))
            return { ready: true, since: state.openedAt };
        return { ready: false, why: `the incident has not reached the ${config.drafts.lawEnforcement.phase} phase` };
    }
    const bound = textBoundGates(config, kind);
    const gates = (kind === 'internal-update' ? config.drafts.internalUpdate.gates : config.drafts.externalAnnouncement.gates).filter((g) => !bound.includes(g));
    const closed = gates.filter((g) => state.gates[g]?.open !== true);
    if (closed.length === 0)
        return { ready: true, since: gatesOpenedAt(state, gates, now) };
    return { ready: false, why: closed.map((g) => gateClosedReason(g, state)).join('; ') };
}
/**
 * A posted draft whose text approval was revoked is withdrawn like one whose gate closed: the
 * approval was taken back, not merely outdated. Never posted, it is written awaiting approval.
 */
function withRevoked(kind, state, config, conditions, existing) {
    const revoked = textBoundGates(config, kind).filter((g) => state.gates[g]?.open === false && state.gates[g]?.by !== undefined);
    if (!conditions.ready || revoked.length === 0 || !existing.has(kind))
        return conditions;
    return { ready: false, why: revoked.map((g) => gateClosedReason(g, state)).join('; ') };
}
/**
 * Whether a draft is ready to send or publish: every gate it waits for is open, and each gate
 * that approves its text approved exactly `currentText` (the draft's text as `draftText` renders
 * it). Under `staleApproval: warn` an approval of an earlier text counts, and says so in `reasons`.
 * This is what a release step asks before it records a draft as sent.
 */
function draftReadiness(state, config, kind, currentText) {
    const conditions = draftConditions(kind, state, config, new Date(state.openedAt));
    const reasons = conditions.ready ? [] : [conditions.why];
    let ready = conditions.ready;
    const hash = textHash(currentText);
    for (const gate of textBoundGates(config, kind)) {
        const status = approvalStatus(state.gates[gate], hash);
        if (status.state === 'current')
            continue;
        if (status.state === 'awaiting')
            reasons.push(awaitingText(config, gate));
        else
            reasons.push(`the approval of \`${gate}\` was ${earlierText(status)}`);
        if (status.state === 'awaiting' || config.gates[gate]?.staleApproval !== 'warn')
            ready = false;
    }
    return { ready, reasons };
}
/**
 * The record a draft's text is rendered from: without the approvals of its own text, so that
 * approving the text does not change it (the draft shows them in its banner instead).
 */
function textState(kind, state, config) {
    const bound = textBoundGates(config, kind);
    if (bound.length === 0)
        return state;
    return { ...state, gates: Object.fromEntries(Object.entries(state.gates).filter(([g]) => !bound.includes(g))) };
}
/**
 * Where each text-bound gate stands against its draft's text as the record renders it now
 * (for the dashboard's gate rows); a draft that cannot be written yet gives no entry.
 */
function textApprovals(state, config, templates, now, ctx) {
    const approvals = {};
    for (const kind of APPROVED_DRAFTS) {
        const gates = textBoundGates(config, kind);
        if (gates.length === 0 || !draftConditions(kind, state, config, now).ready)
            continue;
        const rendered = draftText(kind, state, config, templates, now, ctx);
        if ('error' in rendered)
            continue;
        const hash = textHash(rendered.text);
        for (const gate of gates)
            approvals[gate] = approvalStatus(state.gates[gate], hash);
    }
    return approvals;
}
/** What the draft says at its top about the approvals of its text; empty when none is bound to it. */
function approvalNote(kind, state, config, text) {
    const bound = textBoundGates(config, kind);
    if (bound.length === 0)
        return { ready: true, note: '' };
    const readiness = draftReadiness(state, config, kind, text);
    const hash = textHash(text);
    const approvals = bound.map((gate) => {
        const status = approvalStatus(state.gates[gate], hash);
        if (status.state === 'current')
            return `approved by \`${gate}\` (${quietLogin(state.gates[gate]?.by ?? '')}, ${isoMinute(state.gates[gate]?.at ?? '')})`;
        return status.state === 'awaiting' ? awaitingText(config, gate) : `\`${gate}\`: ${earlierText(status)}`;
    });
    const head = readiness.ready ? 'This text is approved' : '**Not ready: do not send or publish.** This text is';
    return { ready: readiness.ready, note: `${head} (text ${shortHash(hash)}): ${approvals.join('; ')}.` };
}
function gateClosedReason(gate, state) {
    const g = state.gates[gate];
    // A gate nobody ever opened (the record starts with every gate closed, by no one) is simply not open.
    if (!g || (!g.by && !g.at))
        return `gate \`${gate}\` is not open`;
    const by = g.by ? ` by ${quietLogin(g.by)}` : '';
    const at = g.at ? ` on ${humanDate(g.at)}` : '';
    return `gate \`${gate}\` was closed${by}${at}`;
}
/** A configured addressee pings when it is a handle ("@octocat", "@acme/eng-leads"); plain words stay words. */
function addressee(to) {
    const handle = /^@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?)$/.exec(to.trim());
    return handle ? mention(handle[1]) : `**${neutraliseInline(to)}**`;
}
function draftBody(kind, state, config, templates, now, ctx, since) {
    const rendered = draftText(kind, state, config, templates, now, ctx);
    const drill = state.drill ? '**DRILL.** ' : '';
    if ('error' in rendered)
        return { body: join(kindMarker(kind), renderFailure(kind, rendered.error)), findings: [] };
    // One comment: the kind marker, what its text still waits for, a callout saying what the draft is for, then the draft.
    const approval = approvalNote(kind, state, config, rendered.text);
    const top = approval.note ? [callout(approval.ready ? 'NOTE' : 'WARNING', approval.note)] : [];
    const comment = (note, ...rest) => clampToLimit(join(kindMarker(kind), ...top, note, ...rest));
    switch (kind) {
        case 'internal-update':
            return {
                findings: [],
                body: comment(callout('NOTE', `${drill}**Draft internal update**, addressed to ${addressee(config.drafts.internalUpdate.to)}: ready since ${humanDate(since)}, when forensics showed the attack was not sourced internally. ` +
                    `Keep it short; send it by voice call or chat, or by email with the subject "${EMAIL_SUBJECT}" and nothing else; once sent, comment \`/released internal-update <where>\`. ${REWRITTEN}`), rendered.text)
            };
        case 'law-enforcement':
            return {
                findings: [],
                body: comment(callout('NOTE', `${drill}**Law enforcement and external parties**, for ${addressee(config.drafts.lawEnforcement.to)}. Tick each contact as it is made; the ticks are kept when this sheet is updated.`), rendered.text)
            };
        case 'external-announcement': {
            const findings = lintAnnouncement(rendered.text, announcementLintOptions(state, config, ctx));
            const body = comment(callout('IMPORTANT', `${drill}**Draft external announcement**, for ${addressee(config.drafts.externalAnnouncement.owner)}: every fact it needs was verified and approved by ${humanDate(since)}. ` +
                "Write the facts in public words and resolve every finding below, then release it as soon as possible (preferably within a few days of the compromise). If possible, contact customers' security teams before the public notice. " +
                'Once it is out, comment `/released external-announcement <link>` with the text as published in a fenced block under it: the clock stops only then. ' +
                REWRITTEN), '---', rendered.text, '---', lintReport(findings));
            return { body, findings };
        }
    }
}
function withdrawnBody(kind, state, config, templates, now, ctx, why) {
    const rendered = draftText(kind, state, config, templates, now, ctx);
    const kept = 'error' in rendered ? renderFailure(kind, rendered.error) : rendered.text;
    return clampToLimit(join(kindMarker(kind), callout('CAUTION', `**WITHDRAWN: do not send or publish.** This draft is no longer approved: ${why}. It is drafted again once every gate it needs is open.`), `<details><summary>The withdrawn draft, for reference only</summary>\n\n${kept}\n\n</details>`));
}
/** The draft's text as it is posted (the template rendered from `textState`, without banner or lint report), or the render error. */
function draftText(kind, state, config, templates, now, ctx) {
    try {
        return { text: renderWithin(COMMENT_LIMIT - WRAPPER_ROOM$1, kind, templates, textState(kind, state, config), config, now, ctx) };
    }
    catch (error) {
        // A broken override must show up where people look for the draft, not only in a log.
        if (error instanceof TemplateError)
            return { error: error.message };
        throw error;
    }
}
/**
 * The linter's options for this incident's announcement: the configured rules, the codename,
 * the third parties, and every host, address and indicator named in the incident. Only the
 * public announcement is checked for those: the internal update may name hosts, and the law
 * enforcement sheet lists the IOCs on purpose.
 */
function announcementLintOptions(state, config, ctx = {}) {
    return lintOptionsFromConfig(config, { codename: state.codename, parties: thirdParties(state, ctx.parties), sensitiveTerms: incidentTerms(state) });
}
/**
 * Whether `kind` may be recorded as released now. A draft whose gates are not all open is not
 * approved text; the announcement's linter errors are those of `text` (what the person says was
 * published, pasted under the command) or else of the draft as it stands.
 */
function releaseCheck(kind, state, config, templates, now, text) {
    const rendered = draftText(kind, state, config, templates, now, {});
    if ('error' in rendered)
        return { ok: false, why: `the draft could not be rendered (${neutraliseInline(rendered.error, 200)})` };
    // Every gate open, and each gate bound to the text approved this very text.
    const readiness = draftReadiness(state, config, kind, rendered.text);
    if (!readiness.ready)
        return { ok: false, why: `the draft is not approved: ${readiness.reasons.join('; ')}` };
    if (kind === 'internal-update')
        return { ok: true, errors: [] };
    const findings = lintAnnouncement(text ?? rendered.text, announcementLintOptions(state, config));
    return { ok: true, errors: findings.filter((f) => f.severity === 'error') };
}
function renderFailure(kind, message) {
    return callout('WARNING', `The ${kind} draft could not be rendered: ${neutraliseInline(message)}. Fix the template (or remove the override) and re-run.`);
}
/** The linter's findings as the draft shows them; line numbers count from the announcement's title. */
function lintReport(findings) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    const head = '### Announcement check';
    if (findings.length === 0)
        return `${head}\n\nNo findings: the announcement follows every rule the linter checks.`;
    const counts = [errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '']
        .filter(Boolean)
        .join(' and ');
    const lines = findings.slice(0, FINDINGS_SHOWN).map((f) => `- ${f.severity === 'error' ? '❌' : '⚠️'} line ${f.line} \`${f.rule}\`: ${f.message}`);
    const more = findings.length > FINDINGS_SHOWN ? [`- … and ${findings.length - FINDINGS_SHOWN} more.`] : [];
    return [`${head}\n\n${counts} (lines count from the announcement's title):\n`, ...lines, ...more].join('\n');
}
function callout(type, text) {
    return `> [!${type}]\n> ${text}`;
}
function join(...parts) {
    return `${parts.map((p) => p.trimEnd()).join('\n\n')}\n`;
}

/** Room for the kind marker and the drill/issue preamble. */
const WRAPPER_ROOM = 1_000;
/** The post-mortem markdown (kind marker first), folded to fit one GitHub body. Throws TemplateError on a broken template. */
function renderPostMortem(state, config, templates, now, ctx = {}) {
    const text = renderWithin(COMMENT_LIMIT - WRAPPER_ROOM, 'post-mortem', templates, state, config, now, ctx);
    return clampToLimit(`${kindMarker('post-mortem')}\n\n${text.trimEnd()}\n`);
}
/** The issue title of a post-mortem filed as its own issue. */
function postMortemTitle(state) {
    return `${state.drill ? 'DRILL ' : ''}Post-mortem: ${state.codename}`;
}
/**
 * The change that writes the post-mortem once the incident is resolved: once only, because
 * from then on it is the team's document (their answers to its prompts must not be
 * overwritten). As an issue, `key` also lets the applier find one it opened before.
 */
function planPostMortem(state, config, templates, now, ctx = {}) {
    const existing = ctx.existing ?? new Set(Object.keys(state.comments));
    if (!state.resolvedAt || existing.has('post-mortem'))
        return [];
    let body;
    try {
        body = renderPostMortem(state, config, templates, now, ctx);
    }
    catch (error) {
        if (!(error instanceof TemplateError))
            throw error;
        body = `${kindMarker('post-mortem')}\n\n> [!WARNING]\n> The post-mortem could not be rendered: ${neutraliseInline(error.message)}. Fix the template (or remove the override) and re-run.\n`;
    }
    if (config.postMortem.as === 'issue') {
        const intro = `Post-mortem of incident #${state.issue}.\n\n`;
        return [{ kind: 'create-issue', key: `post-mortem:${state.issue}`, title: postMortemTitle(state), body: intro + body, labels: config.postMortem.labels }];
    }
    return [{ kind: 'upsert-comment', issue: state.issue, comment: 'post-mortem', body, mergeTicks: true }];
}

/**
 * The scratchpad of one decision: the state being changed, the changes and replies collected,
 * and the small helpers every handler shares (timeline, paging, notices).
 */
/**
 * Adds a timeline entry; an entry whose key is already there is not added twice. The text is
 * built-in words, code spans (logins) and people's text already neutralised; `tableSafe` is the
 * last guard, and never escapes twice.
 */
function record(work, entry) {
    if (entry.key && work.state.timeline.some((e) => e.key === entry.key))
        return false;
    work.state.timeline.push({ ...entry, text: tableSafe(entry.text) });
    return true;
}
/**
 * Pages an Incident Commander: PagerDuty when configured, else a mention of the IC team, else
 * says who to appoint. `key` names this page: a page already on the timeline is not sent again.
 */
function page(work, ctx, link, by, why, key = `paged:${ctx.now}`) {
    const state = work.state;
    if (state.timeline.some((e) => e.key === key))
        return;
    if (state.drill && !ctx.config.paging.drills) {
        work.replies.push('Paging is off for drills (`paging.drills: false`): no one was paged.');
        return;
    }
    const drill = state.drill ? 'DRILL: ' : '';
    const teamCall = ctx.config.paging.icTeam
        ? `${mention(ctx.config.paging.icTeam)} ${drill}an Incident Commander is needed for **${state.codename}** (${why}). Take it with \`/ic @you\`.`
        : undefined;
    if (ctx.notify?.pagerduty) {
        const fallback = `Paging through PagerDuty failed. ${teamCall ?? 'Page an Incident Commander by other means and appoint them with `/ic @login`.'}`;
        work.changes.push({
            kind: 'page',
            service: 'pagerduty',
            event: 'trigger',
            summary: `${drill}${state.codename} needs an Incident Commander`,
            dedupKey: state.codename,
            link,
            issue: state.issue,
            severity: state.severity,
            fallback,
            key
        });
        record(work, { at: ctx.now, by, kind: 'paged', text: `Incident Commander paged through PagerDuty (${why})`, key });
    }
    else if (teamCall) {
        work.replies.push(teamCall);
        record(work, { at: ctx.now, by, kind: 'paged', text: `Incident Commander team mentioned (${why})`, key });
    }
    else {
        // Said at the top of the dashboard until an Incident Commander is appointed.
        record(work, { at: ctx.now, by, kind: 'page-failed', text: `No one could be paged (${why}): no pager is configured`, key });
    }
}
/** A codename-only notice to Slack, when a webhook is configured. */
function notify(work, ctx, link, what) {
    if (!ctx.notify?.slack)
        return;
    const state = work.state;
    work.changes.push({
        kind: 'page',
        service: 'slack',
        event: 'notice',
        summary: `${state.drill ? 'DRILL: ' : ''}${state.codename}: ${what}`,
        dedupKey: state.codename,
        link
    });
}

/**
 * Recording what legal clocks count from and what stops them: `/decision <name> [time]` (the
 * awareness of a personal-data breach, a materiality determination, a classification as major),
 * `/decision withdraw <name>`, `/filed <clock> [time] <reference>` and `/filed withdraw <clock>`.
 * Each goes on the response timeline with who recorded it, when, and (for a backdated decision)
 * the time it was made: the law counts from the decision, not from the comment. Pure; called by
 * the fold for each such command, in GitHub's order.
 *
 * Who may record: the holders of the incident roles in `legal.recorders.roles` (by default the
 * Incident Commander, deputy and scribe, as they stand at that point of the history), the listed
 * users and team members, and anyone with the configured repository permission (`maintain`).
 * A decision or filing starts or stops a legal deadline, so it is not left to every writer.
 */
/** Runs one legal command by `by` (whose facts GitHub gave) at `ctx.now`, the comment's time. */
function runLegalCommand(work, ctx, command, by, actor) {
    const verdict = mayRecord(actor, work.state.roles, ctx.config.legal.recorders);
    if (!verdict.allowed) {
        // The timeline's Who column says who; its text is neutralised as it is recorded.
        record(work, { at: ctx.now, by, kind: 'command-refused', text: `Refused /${command.name.replace(/-withdraw$/, ' withdraw')}: not a recorder` });
        work.replies.push(`Refused \`/${command.name.replace(/-withdraw$/, ' withdraw')}\`: ${verdict.reason}`);
        return 'refused';
    }
    switch (command.name) {
        case 'decision':
            return recordDecision(work, ctx, command.decision, command.at === 'now' ? ctx.now : command.at, by);
        case 'decision-withdraw':
            return withdrawDecision(work, ctx, command.decision, by);
        case 'filed':
            return recordFiling(work, ctx, command.clock, command.at === 'now' ? ctx.now : command.at, command.reference, by);
        case 'filed-withdraw':
            return withdrawFiling(work, ctx, command.clock, by);
    }
}
/** Whether the actor may record decisions and filings: an incident role they hold now, or as an approver would. */
function mayRecord(actor, roles, recorders) {
    const held = recorders.roles.find((role) => roles[role]?.toLowerCase() === actor.login.toLowerCase());
    if (held)
        return { allowed: true, via: held === 'ic' ? 'Incident Commander' : held };
    const verdict = mayApprove(actor, 'legal', recorders);
    if (verdict.allowed || verdict.reason.startsWith('could not check'))
        return verdict;
    const who = [
        ...recorders.roles.map((r) => (r === 'ic' ? 'the Incident Commander' : `the ${r}`)),
        ...recorders.users.map(quietLogin),
        ...recorders.teams.map((t) => `members of \`${t}\``),
        ...(recorders.permission ? [`anyone with ${recorders.permission} access or better`] : [])
    ];
    return {
        allowed: false,
        reason: `${quietLogin(actor.login)} may not record legal decisions or filings (config \`legal.recorders\`: ${who.join(', ') || 'no one'}).`
    };
}
/** The decisions a person may record: the built-in ones and any a configured clock counts from. */
function knownDecisions(ctx) {
    return [...new Set([...Object.keys(LEGAL_DECISIONS), ...decisionNames(ctx.config)])];
}
function recordDecision(work, ctx, name, at, by) {
    const known = knownDecisions(ctx);
    if (!known.includes(name))
        return unknown(work, 'decision', name, known);
    if (Date.parse(at) > Date.parse(ctx.now))
        return refuseFuture(work, `/decision ${name}`, at, ctx.now);
    const decisions = (work.state.decisions ??= {});
    const current = decisions[name];
    if (current) {
        if (current.at === at)
            return 'seen';
        work.replies.push(`Decision \`${name}\` is already on record as of ${isoMinute(current.at)} (by ${quietLogin(current.by ?? 'unknown')}). To correct its time, \`/decision withdraw ${name}\` and record it again: both stay on the timeline.`);
        return 'refused';
    }
    decisions[name] = { at, by, recordedAt: ctx.now };
    const backdated = at === ctx.now ? '' : `; made ${isoMinute(at)}`;
    record(work, { at: ctx.now, by, kind: 'decision', text: `Decision recorded: ${name}${describe(name)}${backdated}` });
    return 'done';
}
function withdrawDecision(work, ctx, name, by) {
    const current = work.state.decisions?.[name];
    if (!current) {
        work.replies.push(`No decision \`${neutraliseInline(name, 60)}\` is on record: nothing to withdraw.`);
        return 'refused';
    }
    delete work.state.decisions[name];
    record(work, { at: ctx.now, by, kind: 'decision-withdrawn', text: `Decision withdrawn: ${name} (it was made ${isoMinute(current.at)})` });
    return 'done';
}
function recordFiling(work, ctx, clock, at, reference, by) {
    // Stored neutralised, like everything a person typed; the timeline neutralises the raw text once.
    const ids = filingIds(ctx.config);
    if (!ids.includes(clock))
        return unknown(work, 'clock to file for', clock, ids);
    if (Date.parse(at) > Date.parse(ctx.now))
        return refuseFuture(work, `/filed ${clock}`, at, ctx.now);
    const ref = neutraliseInline(reference, 200);
    const filings = (work.state.filings ??= {});
    const current = filings[clock];
    if (current) {
        if (current.reference === ref && current.at === at)
            return 'seen';
        work.replies.push(`A filing for \`${clock}\` is already on record (reference ${current.reference}). If that one was a mistake, \`/filed withdraw ${clock}\` first.`);
        return 'refused';
    }
    filings[clock] = { at, by, recordedAt: ctx.now, reference: ref };
    const title = ctx.config.clocks.find((c) => c.id === clock)?.title ?? clock;
    const backdated = at === ctx.now ? '' : `; filed ${isoMinute(at)}`;
    record(work, { at: ctx.now, by, kind: 'filed', text: `Filed for ${clock} (${title}), reference ${reference.slice(0, 200)}${backdated}` });
    return 'done';
}
function withdrawFiling(work, ctx, clock, by) {
    const current = work.state.filings?.[clock];
    if (!current) {
        work.replies.push(`No filing for \`${neutraliseInline(clock, 60)}\` is on record: nothing to withdraw.`);
        return 'refused';
    }
    delete work.state.filings[clock];
    record(work, { at: ctx.now, by, kind: 'filing-withdrawn', text: `Filing withdrawn for ${clock}; its reference was ${current.reference}` });
    return 'done';
}
function describe(name) {
    const what = LEGAL_DECISIONS[name];
    return what ? `: ${what}` : '';
}
function unknown(work, what, name, known) {
    const suggestion = closest(name, known);
    const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
    work.replies.push(`Unknown ${what} \`${neutraliseInline(name, 60)}\`: one of ${known.map((k) => `\`${k}\``).join(', ') || '(none: switch on a legal clock under `legal.clocks`)'}.${hint} Nothing changed.`);
    return 'refused';
}
function refuseFuture(work, command, at, now) {
    work.replies.push(`Refused \`${command}\`: ${isoMinute(at)} is later than the comment (${isoMinute(now)}); a decision or filing is recorded once it happened.`);
    return 'refused';
}

/**
 * `/released`: a person says a draft went out (the announcement published, the internal update
 * sent), with a link or a reference. The bot posting a draft is not a release: the clocks, the
 * dashboard and the post-mortem count only what a person recorded here.
 *
 * Who may: anyone allowed to run commands (`commands.permission`). The gates' approvers already
 * approved the content; the person who publishes it (the Marketing Team, for the announcement)
 * is often not one of them, and must be able to say it is out. What may be released: a draft
 * whose gates are all open and, for the announcement, whose text has no linter errors (the text
 * pasted under the command in a fenced block, or else the draft as it stands). A notice that
 * went out despite errors is still a fact: `--despite-findings` records it, with the count of
 * errors, on the timeline, the dashboard and the post-mortem. Closed gates have no override: an
 * approver opens them (after the fact if need be), so the record says who approved.
 */
/** Errors listed in a refusal; the rest are counted. */
const ERRORS_SHOWN = 10;
/** The decision on one `/released` command, from the state as it stood when the command was posted. Pure. */
function decideRelease(state, ctx, command, by) {
    const usage = `\`/released ${command.draft}\``;
    const earlier = state.releases.find((r) => r.draft === command.draft);
    if (earlier)
        return {
            outcome: 'seen',
            reply: `${draftTitle(command.draft)} already recorded as released by ${quietLogin(earlier.by)} on ${humanDate(earlier.at)} (${earlier.reference}): nothing changed.`
        };
    const check = releaseCheck(command.draft, state, ctx.config, ctx.templates, new Date(ctx.now), command.text);
    if (!check.ok)
        return refused(command, 'not approved', `Refused ${usage}: ${check.why}.`);
    if (check.errors.length > 0 && !command.override) {
        const what = command.text === undefined ? 'the draft as it stands' : 'the text under the command';
        return refused(command, count(check.errors.length, 'linter error'), [
            `Refused ${usage}: ${what} has ${count(check.errors.length, 'linter error')}:`,
            '',
            ...errorLines(check.errors),
            '',
            `Write the final text, paste it under the command in a fenced code block (a line of \`~~~\` above it and one below), and say \`/released\` again. ` +
                `If it was already published as it is, record that with \`${OVERRIDE_FLAG}\` after the reference: the errors are counted on the timeline.`
        ].join('\n'));
    }
    const overridden = command.override && check.errors.length > 0 ? check.errors.length : undefined;
    const release = { draft: command.draft, by, at: ctx.now, reference: neutraliseInline(command.reference, 200), ...(overridden ? { overridden } : {}) };
    return {
        outcome: 'done',
        release,
        // The reference as neutralised once; the timeline's last guard does not escape it again.
        text: releaseText(release),
        ...(overridden ? { reply: `Recorded as released despite ${count(overridden, 'linter error')} (\`${OVERRIDE_FLAG}\`).` } : {})
    };
}
/** A refusal: the reply says it all, the timeline says it in a few words (the timeline shows who beside it). */
function refused(command, why, reply) {
    return { outcome: 'refused', reply, text: `Refused /released ${command.draft} (${why})` };
}
function errorLines(errors) {
    // A message may quote the text a person pasted (its title, a phrase): neutralised, its code spans kept.
    const shown = errors.slice(0, ERRORS_SHOWN).map((f) => `- line ${f.line} \`${f.rule}\`: ${builtinInline(f.message)}`);
    return errors.length > ERRORS_SHOWN ? [...shown, `- … and ${errors.length - ERRORS_SHOWN} more.`] : shown;
}

/**
 * The record, folded from GitHub's history. Every run, whatever event woke it, starts from the
 * issue as it was filed and replays every fact people left on it (label, close and reopen
 * events, commands in comments) in GitHub's order, each authorized by the actor GitHub
 * recorded for it. The result does not depend on which runs completed, in which order they
 * finished, or on anything a person can edit afterwards: an edited comment's commands do not
 * count, and the bot's dashboard is only consulted for what GitHub cannot tell (who ticked a
 * box and when, what was paged), never for gates, roles, phase, severity or resolution.
 *
 * Each fact's answers (a reaction, a reply) are keyed by the fact's id, so the reconcile step
 * can tell which were already given.
 */
/** Folds the whole history into the record. Pure: the same history always gives the same record. */
function foldIncident(input) {
    const { ctx } = input;
    const opening = openingState(input);
    const texts = { hash: new Map(), authors: new Map(), steps: stepsFrom(input.history.bot) };
    const work = { state: opening, changes: [], replies: [], answers: [], statuses: [], texts };
    const openingAnswer = { key: 'opened', replies: [] };
    if (!input.history.bot.some((c) => c.kind === 'dashboard')) {
        // The first run for this incident: page and notify as it opens (a re-run finds the dashboard and does not).
        work.replies = openingAnswer.replies;
        const openCtx = { ...ctx, now: input.issue.createdAt };
        const why = opening.severity === null ? 'opened, severity not known yet' : `opened as SEV-${opening.severity}`;
        if (opensWithPage(opening.severity, ctx))
            page(work, openCtx, input.issue.url, input.issue.author, why, 'paged:opened');
        notify(work, openCtx, input.issue.url, 'opened');
        if (openingAnswer.replies.length > 0)
            work.answers.push(openingAnswer);
    }
    for (const fact of input.history.facts) {
        const answer = { key: fact.id, replies: [] };
        const outboundBefore = work.changes.length;
        work.replies = answer.replies;
        foldFact(work, fact, { ...ctx, now: fact.at }, input, answer);
        for (const kind of APPROVED_DRAFTS)
            noteText(work, { ...ctx, now: fact.at }, input, kind, fact.by);
        if (isSeen(fact, input.seenUntil)) {
            // Answered by an earlier run: its state counts, its reaction, replies, pages and notices were given.
            work.changes.length = outboundBefore;
            delete answer.react;
            answer.replies.length = 0;
        }
        if (answer.react || answer.replies.length > 0)
            work.answers.push(answer);
    }
    work.state.steps = stepsFrom(input.history.bot);
    work.state.timeline.push(...tamperEntries(input.history.bot, work.state));
    work.state.timeline.sort(byTime);
    const watermark = watermarkOf(input.history.facts);
    if (watermark)
        work.state.seenUntil = watermark;
    else
        delete work.state.seenUntil;
    return { state: work.state, answers: work.answers, outbound: work.changes.filter((c) => c.kind === 'page'), statuses: work.statuses };
}
function watermarkOf(facts) {
    const last = facts.at(-1);
    if (!last)
        return undefined;
    return { at: last.at, ids: facts.filter((f) => f.at === last.at).map((f) => f.id) };
}
/** Every new incident pages by default: its severity (or "not sure") decides only when `paging` says otherwise. */
function opensWithPage(severity, ctx) {
    return severity === null ? ctx.config.paging.unsure : ctx.config.paging.severities.includes(severity);
}
/** Whether a run before this one saw the fact. */
function isSeen(fact, seenUntil) {
    if (!seenUntil)
        return false;
    return fact.at < seenUntil.at || (fact.at === seenUntil.at && seenUntil.ids.includes(fact.id));
}
const TAMPER_KEY = 'tamper';
/** The bot's notes that a person edited its dashboard are history: they go on the timeline. */
function tamperEntries(bot, state) {
    return bot.flatMap((c) => c.keys.filter((k) => k.startsWith(`${TAMPER_KEY}:`) && !state.timeline.some((e) => e.key === k))).map(tamperEntry);
}
/** The timeline line for a dashboard edited by a person; the key carries the time of the edit. */
function tamperEntry(key) {
    return {
        at: key.slice(TAMPER_KEY.length + 1),
        kind: 'tamper',
        text: "The dashboard was edited outside incident-kit; it was rebuilt from GitHub's history",
        key
    };
}
/** The incident as filed, plus what only the cache can say (ticks by whom, pages sent, reminders). */
function openingState(input) {
    const { issue, history, ctx, cached } = input;
    const renamed = history.botEvents.find((e) => e.type === 'renamed' && e.from !== undefined);
    const filed = { ...issue, title: renamed?.from ?? issue.title, labels: labelsAtOpening(input) };
    // The opening's own entries are dated by the issue, never by the run, so a replay writes nothing.
    const state = newIncidentState(filed, { ...ctx, now: issue.createdAt });
    if (cached) {
        const carried = cached.timeline.filter((e) => CACHED_KINDS.includes(e.kind));
        state.timeline.push(...carried.filter((e) => !e.key || !state.timeline.some((t) => t.key === e.key)));
        state.reminded = { ...cached.reminded };
    }
    return state;
}
/**
 * The labels the opening decision reads: the trigger and drill labels as filed, and the
 * severity the bot first labelled (its reading of the form when it opened the incident).
 */
function labelsAtOpening(input) {
    const { labels } = input.ctx.config;
    const filed = input.issue.labels.filter((l) => l === labels.trigger || l === labels.drill);
    const firstSeverity = input.history.botEvents.find((e) => e.type === 'label' && e.added && e.label?.startsWith(labels.severityPrefix));
    return [...filed, ...(firstSeverity?.label ? [firstSeverity.label] : [])];
}
/** Which boxes are ticked now: the checklist comment (the oldest, if a failed write left two) is the truth. */
function stepsFrom(bot) {
    const checklists = bot.filter((c) => c.kind === 'checklist');
    const steps = {};
    // A tick in a duplicate is a person's tick too: union, so the duplicate can go without losing it.
    for (const c of checklists)
        for (const [id, checked] of Object.entries(parseTicks(c.body)))
            if (checked)
                steps[id] = true;
    return steps;
}
function byTime(a, b) {
    return a.at.localeCompare(b.at);
}
function actorOf(input, login) {
    return input.actors.get(login.toLowerCase()) ?? { login, permission: 'none', teams: {} };
}
function foldFact(work, fact, ctx, input, answer) {
    switch (fact.type) {
        case 'label':
            onLabel(work, fact, ctx, input);
            return;
        case 'closed':
        case 'reopened':
            onStateChange(work, fact, ctx, input);
            return;
        case 'comment':
            onComment(work, fact, ctx, input, answer);
            return;
    }
}
// ---------------------------------------------------------------- phases
function phaseIds(ctx) {
    return ctx.config.phases.map((p) => p.id);
}
function phaseTitle(ctx, id) {
    return ctx.config.phases.find((p) => p.id === id)?.title ?? id;
}
function resolvedPhase(ctx) {
    return phaseIds(ctx)[phaseIds(ctx).length - 1];
}
/** Moves to `target`. Returns false when it is already the phase. */
function movePhase(work, ctx, input, target, by, how) {
    const state = work.state;
    if (state.phase === target)
        return false;
    const from = state.phase;
    const resolved = resolvedPhase(ctx);
    if (target === resolved) {
        state.previousPhase = from;
        state.resolvedAt = ctx.now;
    }
    else if (from === resolved) {
        delete state.resolvedAt;
    }
    state.phase = target;
    state.phaseHistory.push({ phase: target, at: ctx.now });
    record(work, { at: ctx.now, by, kind: 'phase', text: `Phase ${phaseTitle(ctx, from)} → ${phaseTitle(ctx, target)} (${how})` });
    notify(work, ctx, input.issue.url, `phase is now ${phaseTitle(ctx, target)}`);
    if (target === resolved && state.timeline.some((e) => e.kind === 'paged') && !state.drill) {
        work.changes.push({
            kind: 'page',
            service: 'pagerduty',
            event: 'resolve',
            summary: `${state.codename} resolved`,
            dedupKey: state.codename,
            link: input.issue.url
        });
    }
    return true;
}
/** The phase a `/phase` argument names: "next", an id, or a title. */
function resolvePhase(target, current, ids, titles) {
    if (target === 'next') {
        const i = ids.indexOf(current);
        return i >= 0 && i < ids.length - 1 ? ids[i + 1] : undefined;
    }
    const byId = ids.find((id) => id === target.replace(/^phase:/, ''));
    if (byId)
        return byId;
    const t = titles.findIndex((title) => title.toLowerCase() === target.toLowerCase());
    return t >= 0 ? ids[t] : undefined;
}
function mayChange(input, login, minimum) {
    const verdict = mayRunCommands(actorOf(input, login), minimum);
    return verdict.allowed ? { allowed: true } : { allowed: false, reason: verdict.reason };
}
// ---------------------------------------------------------------- labels
function onLabel(work, fact, ctx, input) {
    const { phasePrefix, severityPrefix, gatePrefix } = ctx.config.labels;
    const { label, added, by } = fact;
    const minimum = ctx.config.commands.permission;
    if (label.startsWith(phasePrefix)) {
        if (!added)
            return; // the phase is whatever was labelled last; removing a label does not move it
        const target = label.slice(phasePrefix.length);
        if (!phaseIds(ctx).includes(target)) {
            work.replies.push(`Unknown phase \`${neutraliseInline(target, 60)}\`: the phases are ${phaseIds(ctx)
                .map((p) => `\`${phasePrefix}${p}\``)
                .join(' → ')}. Nothing changed.`);
            return;
        }
        const verdict = mayChange(input, by, minimum);
        if (!verdict.allowed)
            return refuse(work, ctx, by, `\`${label}\``, verdict.reason);
        movePhase(work, ctx, input, target, by, `label by ${quietLogin(by)}`);
    }
    else if (label.startsWith(severityPrefix)) {
        if (!added)
            return;
        const level = Number(label.slice(severityPrefix.length));
        if (![1, 2, 3, 4].includes(level))
            return;
        const verdict = mayChange(input, by, minimum);
        if (!verdict.allowed)
            return refuse(work, ctx, by, `\`${label}\``, verdict.reason);
        setSeverity(work, ctx, input, level, by);
    }
    else if (label.startsWith(gatePrefix)) {
        const gate = label.slice(gatePrefix.length);
        if (!ctx.config.gates[gate]) {
            if (added)
                work.replies.push(`Unknown gate \`${neutraliseInline(gate, 60)}\`: the gates are ${Object.keys(ctx.config.gates)
                    .map((g) => `\`${gatePrefix}${g}\``)
                    .join(', ')}.`);
            return;
        }
        setGate(work, ctx, input, gate, added, by, 'label');
    }
}
/** A refused change: said once, on the timeline and in the reply; the labels are put back by the reconcile step. */
function refuse(work, ctx, by, what, reason) {
    record(work, { at: ctx.now, by, kind: 'refused', text: `Refused ${what} by ${quietLogin(by)}` });
    work.replies.push(`Refused ${what} by ${quietLogin(by)}: ${reason}. It was put back.`);
}
function setSeverity(work, ctx, input, level, by) {
    if (work.state.severity === level)
        return false;
    const from = work.state.severity;
    work.state.severity = level;
    record(work, { at: ctx.now, by, kind: 'severity', text: `Severity ${from ? `SEV-${from}` : 'unset'} → SEV-${level}` });
    const paged = work.state.timeline.some((e) => e.kind === 'paged');
    if (ctx.config.paging.severities.includes(level) && !work.state.roles.ic && !paged)
        page(work, ctx, input.issue.url, by, `SEV-${level}`, `paged:sev:${ctx.now}`);
    return true;
}
function setGate(work, ctx, input, gate, open, by, how) {
    const verdict = mayApprove(actorOf(input, by), gate, ctx.config.gates[gate].approvers);
    if (!verdict.allowed)
        return refuseGate(work, ctx, gate, open, by, how, verdict.reason);
    const kind = ctx.config.gates[gate].approves;
    if (open && kind && textBoundGates(ctx.config, kind).includes(gate))
        return approveText(work, ctx, input, { gate, kind, by, how, via: verdict.via });
    if (Boolean(work.state.gates[gate]?.open) === open)
        return 'same';
    work.state.gates[gate] = { open, by, at: ctx.now };
    record(work, { at: ctx.now, by, kind: 'gate', text: `Gate ${gate} ${open ? 'opened' : 'closed'} by ${quietLogin(by)} (${verdict.via})` });
    return 'changed';
}
function refuseGate(work, ctx, gate, open, by, how, reason) {
    const label = `${ctx.config.labels.gatePrefix}${gate}`;
    record(work, { at: ctx.now, by, kind: 'gate-refused', text: `Refused to ${open ? 'open' : 'close'} gate ${gate} for ${quietLogin(by)}` });
    work.replies.push(how === 'label' ? `${open ? 'Removed' : 'Restored'} \`${label}\`: ${reason}` : `Refused \`/${open ? 'approve' : 'revoke'} ${gate}\`: ${reason}`);
    return 'refused';
}
/**
 * An approval of a gate bound to a draft's text: it records the hash of the text as it stands
 * now. Approving again counts when the text changed since; under the four-eyes rule nobody
 * approves a text their own facts changed since the gate last approved it.
 */
function approveText(work, ctx, input, a) {
    const hash = noteText(work, ctx, input, a.kind, a.by);
    const before = work.state.gates[a.gate];
    if (before?.open && before.text === hash)
        return 'same';
    const authors = work.texts.authors.get(a.gate) ?? [];
    if (fourEyes(ctx.config, a.gate) && authors.some((login) => login.toLowerCase() === a.by.toLowerCase())) {
        const others = authors.filter((login) => login.toLowerCase() !== a.by.toLowerCase());
        const instead = `${approversText(ctx.config.gates[a.gate].approvers)}${others.length > 0 ? `, other than ${others.map(quietLogin).join(', ')}` : ''}`;
        return refuseGate(work, ctx, a.gate, true, a.by, a.how, `the four-eyes rule: ${quietLogin(a.by)} changed the ${a.kind} text since it was last approved, so someone else must approve it (${instead})`);
    }
    work.state.gates[a.gate] = { open: true, by: a.by, at: ctx.now, ...(hash ? { text: hash } : {}) };
    work.texts.authors.set(a.gate, []);
    const what = hash ? `text ${shortHash(hash)}` : 'no text written yet';
    record(work, {
        at: ctx.now,
        by: a.by,
        kind: 'gate',
        text: `Gate ${a.gate} ${before?.open ? 'approved again' : 'opened'} by ${quietLogin(a.by)} (${a.via}; ${what})`
    });
    return 'changed';
}
/**
 * The hash of a text-bound draft's text as the record stands at `ctx.now` (undefined while the
 * draft cannot be written yet), rendered exactly as the reconcile step renders it. A hash that
 * differs from the last one makes `by` an author of the text for each gate approving it.
 */
function noteText(work, ctx, input, kind, by) {
    const gates = textBoundGates(ctx.config, kind);
    if (gates.length === 0)
        return undefined;
    const now = new Date(ctx.now);
    const state = { ...work.state, steps: work.texts.steps, timeline: work.state.timeline.filter((e) => e.at <= ctx.now) };
    if (!draftConditions(kind, state, ctx.config, now).ready)
        return undefined;
    const rendered = draftText(kind, state, ctx.config, ctx.templates, now, { issueUrl: input.issue.url });
    if ('error' in rendered)
        return undefined;
    const hash = textHash(rendered.text);
    if (work.texts.hash.get(kind) === hash)
        return hash;
    work.texts.hash.set(kind, hash);
    for (const gate of gates) {
        const authors = work.texts.authors.get(gate) ?? [];
        if (!authors.some((login) => login.toLowerCase() === by.toLowerCase()))
            work.texts.authors.set(gate, [...authors, by]);
    }
    return hash;
}
// ---------------------------------------------------------------- close / reopen
/** Closing resolves and reopening restores the phase before, both authorized like a phase change. */
function onStateChange(work, fact, ctx, input) {
    const resolved = resolvedPhase(ctx);
    const closing = fact.type === 'closed';
    if ((work.state.phase === resolved) === closing)
        return;
    const verdict = mayChange(input, fact.by, ctx.config.commands.permission);
    if (!verdict.allowed)
        return refuse(work, ctx, fact.by, closing ? 'closing the issue' : 'reopening the issue', verdict.reason);
    if (closing)
        movePhase(work, ctx, input, resolved, fact.by, `issue closed by ${quietLogin(fact.by)}`);
    else {
        const back = work.state.previousPhase && work.state.previousPhase !== resolved ? work.state.previousPhase : phaseIds(ctx)[0];
        movePhase(work, ctx, input, back, fact.by, `issue reopened by ${quietLogin(fact.by)}`);
    }
}
// ---------------------------------------------------------------- commands
function onComment(work, fact, ctx, input, answer) {
    const commands = parseCommands(fact.body);
    if (commands.length === 0)
        return;
    answer.commentId = fact.commentId;
    if (fact.edited) {
        // The text is no longer what was posted: nothing in it can be trusted to be what its author ran.
        record(work, {
            at: ctx.now,
            by: fact.by,
            kind: 'command-refused',
            text: `Commands in a comment by ${quietLogin(fact.by)} ignored: it was edited after posting`,
            key: `edited:${fact.id}`
        });
        answer.react = 'confused';
        work.replies.push(`Commands are read only from comments as first posted; this one was edited, so none of it counts. Post the commands again in a new comment.`);
        return;
    }
    const verdict = mayRunCommands(actorOf(input, fact.by), ctx.config.commands.permission);
    if (!verdict.allowed) {
        record(work, { at: ctx.now, by: fact.by, kind: 'command-refused', text: `Commands from ${quietLogin(fact.by)} refused` });
        answer.react = 'confused';
        work.replies.push(`Refused: ${verdict.reason}.`);
        return;
    }
    const outcomes = commands.map((command) => runCommand(work, ctx, input, command, fact.by, fact.id));
    answer.react = outcomes.includes('refused') ? 'confused' : outcomes.includes('done') ? '+1' : 'eyes';
}
function runCommand(work, ctx, input, command, by, factId) {
    const state = work.state;
    switch (command.name) {
        case 'invalid':
            work.replies.push(`Could not read \`${neutraliseInline(command.line, 120)}\`: ${command.reason}`);
            return 'refused';
        case 'help':
            work.replies.push(['| Command | What it does |', '|---|---|', ...COMMAND_HELP.map(([c, d]) => `| \`${c.replace(/\|/g, '\\|')}\` | ${d.replace(/\|/g, '\\|')} |`)].join('\n'));
            return 'seen';
        case 'ic-page':
            page(work, ctx, input.issue.url, by, `requested by ${quietLogin(by)}`, `paged:${factId}`);
            return 'done';
        case 'ic-assign':
            if (state.roles.ic === command.login)
                return 'seen';
            state.roles.ic = command.login;
            record(work, { at: ctx.now, by, kind: 'role', text: `Incident Commander: ${quietLogin(command.login)}` });
            return 'done';
        case 'role':
            if (state.roles[command.role] === command.login)
                return 'seen';
            state.roles[command.role] = command.login;
            record(work, { at: ctx.now, by, kind: 'role', text: `${command.role}: ${quietLogin(command.login)}` });
            return 'done';
        case 'sev':
            return setSeverity(work, ctx, input, command.severity, by) ? 'done' : 'seen';
        case 'phase': {
            const target = resolvePhase(command.target, state.phase, phaseIds(ctx), ctx.config.phases.map((p) => p.title));
            if (!target) {
                work.replies.push(command.target === 'next'
                    ? 'Already in the last phase: close the issue to resolve the incident.'
                    : `Unknown phase \`${neutraliseInline(command.target, 60)}\`: one of ${phaseIds(ctx)
                        .map((p) => `\`${p}\``)
                        .join(', ')}, or \`next\`. Nothing changed.`);
                return 'refused';
            }
            return movePhase(work, ctx, input, target, by, `/phase by ${quietLogin(by)}`) ? 'done' : 'seen';
        }
        case 'approve':
        case 'revoke': {
            if (!ctx.config.gates[command.gate]) {
                work.replies.push(`Unknown gate \`${neutraliseInline(command.gate, 60)}\`: one of ${Object.keys(ctx.config.gates)
                    .map((g) => `\`${g}\``)
                    .join(', ')}.`);
                return 'refused';
            }
            const result = setGate(work, ctx, input, command.gate, command.name === 'approve', by, 'command');
            return result === 'changed' ? 'done' : result === 'same' ? 'seen' : 'refused';
        }
        case 'timeline': {
            const at = command.at === 'now' ? ctx.now : command.at;
            const text = neutraliseInline(command.text);
            if (state.attackTimeline.some((e) => e.at === at && e.text === text))
                return 'seen';
            state.attackTimeline.push({ at, by, kind: 'attack', text });
            state.attackTimeline.sort(byTime);
            record(work, { at: ctx.now, by, kind: 'command', text: `Attack timeline: ${text.slice(0, 80)}` });
            return 'done';
        }
        case 'ioc': {
            // Kept exactly as typed: blocklists read it from the `iocs` output. It is neutralised where it is shown.
            if (state.iocs.some((i) => i.value === command.value))
                return 'seen';
            state.iocs.push({ value: command.value, type: command.type, by, at: ctx.now });
            record(work, { at: ctx.now, by, kind: 'ioc', text: `IOC added (${command.type})` });
            return 'done';
        }
        case 'compromised': {
            const text = neutraliseInline(command.text);
            if (state.compromised.some((c) => c.text === text))
                return 'seen';
            state.compromised.push({ text, by, at: ctx.now });
            record(work, { at: ctx.now, by, kind: 'compromised', text: `Compromised data recorded` });
            return 'done';
        }
        case 'evidence': {
            const result = recordEvidence(state, command, by, ctx.now);
            if (result.outcome === 'duplicate') {
                work.replies.push(duplicateReply(result.item));
                return 'refused';
            }
            record(work, { at: ctx.now, by, kind: 'evidence', text: `Evidence ${result.item.id} registered: ${command.what.slice(0, 80)}` });
            work.replies.push(`Registered evidence **${result.item.id}** at ${shownLocation(result.item.where)}, held by ${quietLogin(by)}.`);
            return 'done';
        }
        case 'custody': {
            const result = handOver(state, command.item, command.login, command.note, by, ctx.now);
            if (result.outcome === 'unknown') {
                work.replies.push(unknownItemReply(command.item, state.evidence));
                return 'refused';
            }
            if (result.outcome === 'same')
                return 'seen';
            record(work, {
                at: ctx.now,
                by,
                kind: 'custody',
                text: `Evidence ${result.item.id} handed over: ${quietLogin(result.from)} → ${quietLogin(command.login)}`
            });
            return 'done';
        }
        case 'status':
            state.status = { text: neutraliseInline(command.text), by, at: ctx.now };
            record(work, { at: ctx.now, by, kind: 'status', text: `Status: ${neutraliseInline(command.text).slice(0, 120)}` });
            // Drawn as the record stood then: entries the cache carries from later runs are left out.
            work.statuses.push({
                key: `status:${factId}`,
                at: ctx.now,
                by,
                text: state.status.text,
                body: renderComms('status-update', ctx.templates, { ...state, timeline: state.timeline.filter((e) => e.at <= ctx.now) }, ctx.config, new Date(ctx.now), {
                    issueUrl: input.issue.url
                })
            });
            return 'done';
        case 'decision':
        case 'decision-withdraw':
        case 'filed':
        case 'filed-withdraw':
            return runLegalCommand(work, ctx, command, by, actorOf(input, by));
        case 'released': {
            const decision = decideRelease(state, ctx, command, by);
            if (decision.outcome === 'done') {
                state.releases.push(decision.release);
                record(work, { at: ctx.now, by, kind: 'released', text: decision.text });
            }
            else if (decision.outcome === 'refused')
                record(work, { at: ctx.now, by, kind: 'command-refused', text: decision.text });
            if (decision.reply)
                work.replies.push(decision.reply);
            return decision.outcome;
        }
    }
}
/** A timeline line for a checklist tick seen by this run (who ticked comes from the edit event). */
function tickEntries(ctx, changed, by, at) {
    return changed.map((c) => ({
        at,
        ...(by ? { by } : {}),
        kind: 'tick',
        text: tableSafe(`${c.checked ? 'Done' : 'Reopened'}: ${taskTitle(ctx.config.steps, c.id) ?? c.id}`),
        key: `tick:${c.id}:${c.checked ? 1 : 0}:${at}`
    }));
}

/**
 * Status updates live in one comment: the latest update as drawn when it was posted, the earlier
 * ones folded below it, newest first. An update is a snapshot: drawn once, when it is posted,
 * and not redrawn as the record moves on (the comment carries the key of the update it shows). A `/status` edits that comment instead of adding one, so a
 * long incident keeps a short issue; the person's own `/status` comment is what notifies.
 */
const BUDGET = COMMENT_LIMIT - 2_048;
/** The status comment's body, or undefined before the first `/status` and while it shows the latest one. */
function renderStatusComment(statuses, showing = []) {
    const latest = statuses.at(-1);
    if (!latest || showing.includes(latest.key))
        return undefined;
    const head = `${kindMarker('status-update')}\n${keyMarker(latest.key)}\n${latest.body.trim()}`;
    const earlier = statuses.slice(0, -1).reverse();
    let shown = earlier.length;
    for (;;) {
        const body = compose(head, earlier.slice(0, shown), earlier.length - shown);
        if (body.length <= BUDGET || shown === 0)
            return body;
        shown = Math.floor(shown / 2);
    }
}
function compose(head, earlier, dropped) {
    if (earlier.length === 0 && dropped === 0)
        return head;
    const rows = earlier.map((s) => `- **${isoMinute(s.at)}** ${quietLogin(s.by)}: ${s.text}`);
    const more = dropped > 0 ? [`- _${dropped} older status update${dropped === 1 ? ' is' : 's are'} on the response timeline._`] : [];
    const count = earlier.length + dropped;
    return [head, '', `<details><summary>${count} earlier status update${count === 1 ? '' : 's'}</summary>`, '', ...rows, ...more, '', '</details>'].join('\n');
}

/**
 * Reconciling an incident: fold GitHub's history into the record (fold.ts), work out what the
 * issue should look like (title, labels, open or closed, the IC assigned, the bot's comments,
 * the answers owed to people) and plan only the difference. Whatever woke the run, whichever
 * runs were cancelled or died half-way, the next reconcile converges on the same issue, and a
 * second run over the same history plans nothing.
 */
const DIGEST_MARKER = 'incident-kit:digest';
/** A body (the dashboard, the status comment) with its digest, so an edit by anyone but the action is noticed. */
function sealDashboard(body) {
    return `${body}\n<!-- ${DIGEST_MARKER} ${digestOf(body)} -->`;
}
/** What a seal covers, and whether it is still as the action wrote it; undefined without a seal. */
function sealOf(body) {
    const m = new RegExp(`\\n<!-- ${DIGEST_MARKER} ([0-9a-f]{32}) -->$`).exec(body);
    if (!m)
        return undefined;
    const covered = body.slice(0, m.index);
    return { covered, intact: digestOf(covered) === m[1] };
}
/** Whether a sealed body is as the action wrote it. */
function isSealed(body) {
    return sealOf(body)?.intact === true;
}
function digestOf(body) {
    return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 32);
}
/** Reads the cached record of a dashboard, trusted only when the body is exactly what the action wrote. */
function readCache(dashboard) {
    if (!dashboard)
        return { status: 'none' };
    const seal = sealOf(dashboard.body);
    if (!seal)
        return { status: decodeState(dashboard.body) ? 'edited' : 'unreadable' };
    if (!seal.intact)
        return { status: 'edited' };
    const state = decodeState(seal.covered);
    return state ? { status: 'verified', state } : { status: 'unreadable' };
}
/** The bot's comments of one kind, oldest first: the oldest is kept, later ones are duplicates. */
function ofKind(bot, kind) {
    return bot.filter((c) => c.kind === kind);
}
function snapshot(c) {
    return c ? { id: c.id, body: c.body, author: '' } : undefined;
}
/** What the applier needs to find the bot's comments again: the oldest of each kind, and keyed ones. */
function existingFrom(bot) {
    const existing = { others: {}, keyed: {} };
    for (const c of bot) {
        for (const key of c.keys)
            existing.keyed[key] ??= snapshot(c);
        if (!c.kind || c.kind === 'reply' || c.kind === 'answers')
            continue;
        if (c.kind === 'dashboard')
            existing.dashboard ??= snapshot(c);
        else if (c.kind === 'checklist')
            existing.checklist ??= snapshot(c);
        else
            existing.others[c.kind] ??= snapshot(c);
    }
    return existing;
}
function reconcileIncident(input) {
    const { issue, history, ctx } = input;
    const refusal = refusePublic(ctx);
    if (refusal)
        return { plan: { ...emptyPlan(), failure: refusal }, overdue: 0, reminded: [], posted: [] };
    const dashboards = ofKind(history.bot, 'dashboard');
    if (!isIncidentIssue(issue, ctx) && dashboards.length === 0)
        return { plan: emptyPlan(), overdue: 0, reminded: [], posted: [] };
    const cache = readCache(dashboards[0]);
    const seenUntil = cache.state?.seenUntil ?? watermarkBefore(history, dashboards[0]);
    const folded = foldIncident({ ...input, ...(cache.state ? { cached: cache.state } : {}), ...(seenUntil ? { seenUntil } : {}) });
    const changes = [];
    const fallbacks = markFailedPages(folded, input.failedPages ?? []);
    carryOnce(folded.state, cache.state, input);
    const ticks = checklistTicks(input, folded, cache.state, changes);
    changes.push(...issueChanges(issue, folded.state, ctx), ...reactions(folded.answers), ...folded.outbound);
    const parts = pendingReplies(folded.answers, history.bot).map((r) => ({ keys: [r.key], at: ctx.now, body: r.body }));
    if (ticks.reply)
        parts.push({ keys: [ticks.reply.key], at: ctx.now, body: ticks.reply.body });
    parts.push(...fallbacks.map((f) => ({ ...f, at: ctx.now })));
    const warning = visibilityWarning(folded.state.visibility);
    if (warning && !given(history.bot).has(VISIBILITY_KEY))
        parts.push({ keys: [VISIBILITY_KEY], at: ctx.now, body: `${warning}\n\nWho can read it: ${visibilitySummary(folded.state.visibility)}.` });
    if (cache.status === 'edited' && dashboards[0]) {
        const key = `${TAMPER_KEY}:${dashboards[0].updatedAt}`;
        if (!given(history.bot).has(key))
            parts.push({ keys: [key], at: ctx.now, body: tamperNote(dashboards[0]) });
        if (!folded.state.timeline.some((e) => e.key === key))
            addEntries(folded.state, [tamperEntry(key)]);
    }
    const posted = new Set(Object.keys(existingFrom(history.bot).others));
    // Clocks are checked on every event, not only by the schedule, which GitHub may run hours late.
    // The reminders already posted are history too: a run that died before its dashboard write does not remind twice.
    folded.state.reminded = remindedSoFar(folded.state.reminded, history.bot);
    const reminders = planReminders(folded.state, ctx.config, ctx.now, posted);
    const state = reminders.state === folded.state ? folded.state : reminders.state;
    const reminded = Object.keys(state.reminded).filter((id) => state.reminded[id] !== folded.state.reminded[id]);
    const reminderKeys = reminded.map((id) => `remind:${id}:${ctx.now.slice(0, 16)}`);
    for (const change of reminders.changes) {
        if (change.kind === 'reply')
            parts.push({ keys: reminderKeys, at: ctx.now, body: change.body });
        else
            changes.push(change);
    }
    changes.push(...planAnswers(issue.number, parts, history.bot));
    const draftCtx = { existing: posted, issueUrl: issue.url };
    // Views are drawn as of the record's latest entry, not the run's clock: a replay draws the same.
    const asOf = recordTime(state);
    const now = new Date(asOf);
    if (cache.state?.comments['post-mortem'] !== undefined)
        state.comments['post-mortem'] = cache.state.comments['post-mortem'];
    const postMortem = planPostMortem(state, ctx.config, ctx.templates, now, draftCtx);
    if (postMortem.some((c) => c.kind === 'create-issue'))
        state.comments['post-mortem'] = 0;
    changes.push(...postMortem, ...planDrafts(state, ctx.config, ctx.templates, now, draftCtx));
    // The status comment is drawn once per update; one a person edited is drawn again (it is sealed like the dashboard).
    const shownStatus = ofKind(history.bot, 'status-update')[0];
    const statusBody = renderStatusComment(folded.statuses, shownStatus && isSealed(shownStatus.body) ? shownStatus.keys : []);
    if (statusBody)
        changes.push({ kind: 'upsert-comment', issue: issue.number, comment: 'status-update', body: sealDashboard(statusBody) });
    const approvals = textApprovals(state, ctx.config, ctx.templates, now, draftCtx);
    const { body, archived } = renderDashboard(state, { ...ctx, now: asOf, repoUrl: ctx.repo.url, approvals });
    archiveComments(state.codename, archived).forEach((archive, i) => changes.push({ kind: 'keyed-comment', issue: issue.number, key: `archive:${i + 1}`, body: `${keyMarker(`archive:${i + 1}`)}\n${archive}` }));
    changes.push({ kind: 'upsert-comment', issue: issue.number, comment: 'dashboard', body: sealDashboard(body) });
    // The rendering carries every tick already (a duplicate's too); merging the kept body's would undo a duplicate's.
    const extra = duplicates(history.bot);
    // After a revert the checklist is restored as the person's editor saved it; the next run redraws it if needed.
    if (!ticks.reverted)
        changes.push({ kind: 'upsert-comment', issue: issue.number, comment: 'checklist', body: renderChecklist(state, ctx), mergeTicks: extra.length === 0 });
    changes.push(...extra);
    const planned = withoutNoOps(changes, existingFrom(history.bot));
    const overdue = isActive(state, ctx.config) ? evaluateClocks(state, ctx.config, ctx.now, posted).filter((c) => c.status === 'missed').length : 0;
    const drafted = changes.flatMap((c) => (c.kind === 'upsert-comment' ? [c.comment] : []));
    return {
        plan: { changes: coalesce(planned), outputs: incidentOutputs(state, issue.number) },
        state,
        overdue,
        reminded,
        posted: [...new Set([...posted, ...drafted])]
    };
}
const VISIBILITY_KEY = 'visibility-warning';
/**
 * What is recorded once per incident and history cannot give back (who could read it, the runbook
 * commit it follows): the verified cache's, else what the shell read for this run.
 */
function carryOnce(state, cached, input) {
    const visibility = cached?.visibility ?? input.visibility;
    const runbook = cached?.runbook ?? input.runbook;
    if (visibility)
        state.visibility = visibility;
    if (runbook)
        state.runbook = runbook;
}
/** Which of the once-per-incident records the dashboard's verified cache lacks: the shell reads only those. */
function missingOnce(history) {
    const cached = readCache(ofKind(history.bot, 'dashboard')[0]).state;
    return { visibility: !cached?.visibility, runbook: !cached?.runbook };
}
/**
 * A page that failed is recorded as such (the dashboard says so at the top until an IC is
 * appointed) and not sent again by this plan; its fallback, the IC team's mention, is owed.
 */
function markFailedPages(folded, failed) {
    const fallbacks = [];
    for (const f of failed) {
        const entry = folded.state.timeline.find((e) => e.key === f.key && e.kind === 'paged');
        const change = folded.outbound.find((c) => c.kind === 'page' && c.key === f.key);
        if (!entry)
            continue;
        entry.kind = 'page-failed';
        entry.text = `${entry.text.replace(/^Incident Commander paged/, 'Paging the Incident Commander')} failed: ${neutraliseInline(f.error, 160)}`;
        folded.outbound = folded.outbound.filter((c) => c !== change);
        if (change?.kind === 'page' && change.fallback)
            fallbacks.push({ keys: [`page-failed:${f.key}`], body: change.fallback });
    }
    return fallbacks;
}
/**
 * Without a trusted cache, facts older than the dashboard's last write were answered by the run
 * that wrote it: they are not answered again (no second reaction, page or notice).
 */
function watermarkBefore(history, dashboard) {
    if (!dashboard)
        return undefined;
    return watermarkOf(history.facts.filter((f) => f.at <= dashboard.updatedAt));
}
/** Ticks: authorized ones go on the timeline with who and when; unauthorized ones are put back. */
function checklistTicks(input, folded, cached, changes) {
    const { ctx } = input;
    const state = folded.state;
    const edit = input.checklistEdit;
    const checklist = ofKind(input.history.bot, 'checklist')[0];
    if (edit && checklist && edit.commentId === checklist.id) {
        const changed = diffTicks(parseTicks(edit.before), parseTicks(edit.after));
        if (!edit.allowed && changed.length > 0) {
            const restored = mergeTicks(checklist.body, edit.before);
            for (const c of changed)
                state.steps[c.id] = !c.checked;
            changes.push({ kind: 'edit-comment', commentId: checklist.id, body: restored });
            const minimum = ctx.config.commands.permission;
            state.timeline.push({
                at: edit.at,
                by: edit.by,
                kind: 'tick-reverted',
                text: `${changed.length} tick(s) by ${quietLogin(edit.by)} reverted (no ${minimum} access)`,
                key: `tick-reverted:${edit.at}`
            });
            return {
                reverted: true,
                reply: {
                    key: `ticks:${checklist.id}:${edit.at}`,
                    body: `Reverted ${changed.length} checklist change(s) by ${quietLogin(edit.by)}: ticking needs ${minimum} access or better.`
                }
            };
        }
        // A run that saw these boxes without knowing who ticked them noted them unattributed: the edit event says who.
        const attributed = tickEntries(ctx, changed, edit.by, edit.at);
        state.timeline = state.timeline.filter((e) => !(e.kind === 'tick' && !e.by && e.at >= edit.at && attributed.some((a) => a.text === e.text)));
        addEntries(state, attributed);
        return {};
    }
    // Ticks whose edit event no run saw (a cancelled run in a burst): recorded now, by whoever it was.
    if (cached && checklist) {
        const changed = diffTicks(cached.steps, state.steps);
        addEntries(state, tickEntries(ctx, changed, undefined, checklist.updatedAt));
    }
    return {};
}
function addEntries(state, entries) {
    for (const e of entries)
        if (!state.timeline.some((t) => t.key === e.key))
            state.timeline.push(e);
    state.timeline.sort((a, b) => a.at.localeCompare(b.at));
}
/** Title, labels, open or closed, and the IC assigned, as the record says. */
function issueChanges(issue, state, ctx) {
    const { phasePrefix, severityPrefix, gatePrefix } = ctx.config.labels;
    const wanted = new Set([`${phasePrefix}${state.phase}`, ...(state.severity ? [`${severityPrefix}${state.severity}`] : [])]);
    for (const [gate, g] of Object.entries(state.gates))
        if (g.open && ctx.config.gates[gate])
            wanted.add(`${gatePrefix}${gate}`);
    const ours = (l) => l.startsWith(phasePrefix) || l.startsWith(severityPrefix) || (l.startsWith(gatePrefix) && Boolean(ctx.config.gates[l.slice(gatePrefix.length)]));
    const changes = [];
    const missing = [...wanted].filter((l) => !issue.labels.includes(l));
    if (missing.length > 0)
        changes.push({ kind: 'add-labels', issue: issue.number, labels: missing });
    for (const label of issue.labels)
        if (ours(label) && !wanted.has(label))
            changes.push({ kind: 'remove-label', issue: issue.number, label });
    const title = titleFor(state.codename, state.drill, ctx.config.titleFormat);
    const resolved = state.phase === ctx.config.phases.at(-1)?.id;
    const wantState = resolved ? 'closed' : 'open';
    const ic = state.roles.ic;
    const update = {
        ...(issue.title !== title ? { title } : {}),
        ...(issue.state !== wantState ? { state: wantState } : {}),
        ...(ic && !issue.assignees.includes(ic) ? { assignees: [...issue.assignees, ic] } : {})
    };
    if (Object.keys(update).length > 0)
        changes.unshift({ kind: 'update-issue', issue: issue.number, ...update });
    return changes;
}
function reactions(answers) {
    return answers.flatMap((a) => (a.react && a.commentId ? [{ kind: 'react', commentId: a.commentId, content: a.react }] : []));
}
/** Every key the bot's comments carry: what was already answered. */
function given(bot) {
    return new Set(bot.flatMap((c) => c.keys));
}
/** Replies owed: an answer whose key no bot comment carries yet. */
function pendingReplies(answers, bot) {
    const done = given(bot);
    return answers.filter((a) => a.replies.length > 0 && !done.has(`answer:${a.key}`)).map((a) => ({ key: `answer:${a.key}`, body: a.replies.join('\n\n') }));
}
function tamperNote(dashboard) {
    return `The dashboard was edited outside incident-kit (last change ${dashboard.updatedAt}). Nothing in it decides anything: it was rebuilt from GitHub's history. The edit is on the timeline.`;
}
const REMINDER_KEY = /^remind:([a-z0-9-]+):(\d{4}-\d\d-\d\dT\d\d:\d\d)$/i;
/** When each clock was last reminded: the cache's times, or the bot's keyed reminder replies where later. */
function remindedSoFar(cached, bot) {
    const reminded = { ...cached };
    for (const key of bot.flatMap((c) => c.keys)) {
        const m = REMINDER_KEY.exec(key);
        if (!m)
            continue;
        const at = `${m[2]}:00.000Z`;
        if (!reminded[m[1]] || reminded[m[1]].slice(0, 16) < at.slice(0, 16))
            reminded[m[1]] = at;
    }
    return reminded;
}
/** The time of the record's latest entry: what the dashboard and drafts are drawn as of. */
function recordTime(state) {
    const times = [...state.timeline.map((e) => e.at), ...Object.values(state.reminded)];
    return times.reduce((latest, at) => (at > latest ? at : latest), state.openedAt);
}
/** Comment writes that would leave a body as it is are not planned: a second run over the same history plans nothing. */
function withoutNoOps(changes, existing) {
    return changes.filter((c) => {
        if (c.kind === 'keyed-comment')
            return existing.keyed?.[c.key]?.body !== c.body;
        if (c.kind !== 'upsert-comment')
            return true;
        const current = c.comment === 'dashboard' ? existing.dashboard : c.comment === 'checklist' ? existing.checklist : existing.others[c.comment];
        if (!current)
            return true;
        return (c.mergeTicks ? mergeTicks(c.body, current.body) : c.body) !== current.body;
    });
}
/** Comments a write that succeeded but answered an error left twice: the newer ones go (their ticks were folded in). */
function duplicates(bot) {
    const kinds = ['dashboard', 'checklist', 'status-update', 'internal-update', 'law-enforcement', 'external-announcement', 'post-mortem'];
    const ofKinds = kinds.flatMap((kind) => ofKind(bot, kind).slice(1));
    // A keyed reply or archive posted twice carries the same keys twice.
    const seen = new Set();
    const keyed = bot.filter((c) => {
        if (c.keys.length === 0 || (c.kind && c.kind !== 'reply'))
            return false;
        const id = [...c.keys].sort().join(' ');
        if (seen.has(id))
            return true;
        seen.add(id);
        return false;
    });
    return [...ofKinds, ...keyed].map((c) => ({ kind: 'delete-comment', commentId: c.id }));
}

const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';
/**
 * PagerDuty's event severity for an incident's: it drives the urgency of the page in services
 * that use severity-based urgency. Not known yet pages as an error: the runbook says to trigger
 * the process anyway and let the Incident Commander decide.
 */
function pagerDutySeverity(severity) {
    if (severity === 1)
        return 'critical';
    if (severity === 3)
        return 'warning';
    if (severity === 4)
        return 'info';
    return 'error';
}
/** The PagerDuty Events v2 body: dedup key = codename, so repeated pages are one alert. */
function pagerDutyBody(change, routingKey) {
    if (change.event === 'resolve')
        return { routing_key: routingKey, event_action: 'resolve', dedup_key: change.dedupKey };
    return {
        routing_key: routingKey,
        event_action: 'trigger',
        dedup_key: change.dedupKey,
        payload: { summary: change.summary, source: 'incident-kit', severity: pagerDutySeverity(change.severity) },
        links: [{ href: change.link, text: change.dedupKey }]
    };
}
function slackBody(change) {
    return { text: `incident-kit · ${change.summary} · <${change.link}|open>` };
}
/** Sends one page; throws with the HTTP status on failure (the caller says so in the issue). */
async function sendPage(change, options) {
    const doFetch = options.fetch ?? fetch;
    let url;
    let body;
    if (change.service === 'pagerduty') {
        if (!options.pagerdutyRoutingKey)
            throw new Error('no PagerDuty routing key');
        url = options.pagerdutyUrl ?? PAGERDUTY_EVENTS_URL;
        body = pagerDutyBody(change, options.pagerdutyRoutingKey);
    }
    else {
        if (!options.slackWebhookUrl)
            throw new Error('no Slack webhook');
        url = options.slackWebhookUrl;
        body = slackBody(change);
    }
    const res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000)
    });
    if (!res.ok)
        throw new Error(`${change.service} answered HTTP ${res.status}`);
}

/**
 * The applier: the only place a plan becomes API calls. It skips anything already true (a
 * comment whose body is unchanged, a label already gone), so re-running a plan changes nothing.
 * It never changes what it is given: what it learned (new comment bodies and ids, the numbers of
 * issues and pull requests it opened) comes back in its result.
 */
async function applyPlan(gh, ref, plan, existing, options) {
    const result = { done: [], comments: {}, issues: {}, proposals: {} };
    for (const change of plan.changes) {
        const line = describeChange(change);
        if (options.dryRun && change.kind !== 'annotate') {
            result.done.push(`[dry-run] ${line}`);
            options.log(`[dry-run] ${line}`);
            continue;
        }
        const did = await applyChange(gh, ref, change, existing, options, result);
        if (did) {
            result.done.push(line);
            options.log(line);
        }
    }
    return result;
}
function existingComment(existing, kind) {
    if (kind === 'dashboard')
        return existing.dashboard;
    if (kind === 'checklist')
        return existing.checklist;
    return existing.others[kind];
}
/** The bot's comments once a plan was applied: a second plan in the same run starts from here. */
function existingAfter(existing, result) {
    const next = { ...existing, others: { ...existing.others } };
    for (const [kind, comment] of Object.entries(result.comments)) {
        const snapshot = { id: comment.id, body: comment.body, author: existingComment(existing, kind)?.author ?? '' };
        if (kind === 'dashboard')
            next.dashboard = snapshot;
        else if (kind === 'checklist')
            next.checklist = snapshot;
        else
            next.others[kind] = snapshot;
    }
    return next;
}
async function applyChange(gh, ref, change, existing, options, result) {
    switch (change.kind) {
        case 'update-issue': {
            await gh.rest.issues.update({
                ...ref,
                issue_number: change.issue,
                ...(change.title !== undefined ? { title: change.title } : {}),
                ...(change.labels ? { labels: change.labels } : {}),
                ...(change.state ? { state: change.state } : {}),
                ...(change.assignees ? { assignees: change.assignees } : {})
            });
            return true;
        }
        case 'add-labels':
            await gh.rest.issues.addLabels({ ...ref, issue_number: change.issue, labels: change.labels });
            return true;
        case 'remove-label':
            try {
                await gh.rest.issues.removeLabel({ ...ref, issue_number: change.issue, name: change.label });
                return true;
            }
            catch (error) {
                if (error.status === 404)
                    return false; // already gone: the goal is met
                throw error;
            }
        case 'upsert-comment': {
            const current = existingComment(existing, change.comment);
            if (!current) {
                const res = await gh.rest.issues.createComment({ ...ref, issue_number: change.issue, body: change.body });
                result.comments[change.comment] = { id: res.data.id, body: change.body };
                return true;
            }
            // Ticks are merged from the body read at the start of this run, so a person's tick is kept.
            const body = change.mergeTicks ? mergeTicks(change.body, current.body) : change.body;
            if (body === current.body)
                return false;
            await gh.rest.issues.updateComment({ ...ref, comment_id: current.id, body });
            result.comments[change.comment] = { id: current.id, body };
            return true;
        }
        case 'reply':
            await gh.rest.issues.createComment({ ...ref, issue_number: change.issue, body: change.body });
            return true;
        case 'keyed-comment': {
            const current = existing.keyed?.[change.key];
            if (!current) {
                await gh.rest.issues.createComment({ ...ref, issue_number: change.issue, body: change.body });
                return true;
            }
            if (current.body === change.body)
                return false;
            await gh.rest.issues.updateComment({ ...ref, comment_id: current.id, body: change.body });
            return true;
        }
        case 'delete-comment':
            try {
                await gh.rest.issues.deleteComment({ ...ref, comment_id: change.commentId });
                return true;
            }
            catch (error) {
                if (error.status === 404)
                    return false; // already gone
                throw error;
            }
        case 'edit-comment':
            await gh.rest.issues.updateComment({ ...ref, comment_id: change.commentId, body: change.body });
            return true;
        case 'react':
            await gh.rest.reactions.createForIssueComment({ ...ref, comment_id: change.commentId, content: change.content });
            return true;
        case 'create-issue': {
            const res = await gh.rest.issues.create({ ...ref, title: change.title, body: change.body, labels: change.labels });
            result.issues[change.key] = res.data.number;
            options.log(`opened issue #${res.data.number}`);
            return true;
        }
        case 'propose-file':
            return proposeFile(gh, ref, change, result);
        case 'update-tracking-issue':
            await gh.rest.issues.update({
                ...ref,
                issue_number: change.number,
                ...(change.title !== undefined ? { title: change.title } : {}),
                ...(change.body !== undefined ? { body: change.body } : {}),
                ...(change.state ? { state: change.state } : {})
            });
            return true;
        case 'page':
            if (!options.page)
                return false;
            try {
                await options.page(change);
                return true;
            }
            catch (error) {
                options.log(`${change.service} failed: ${error instanceof Error ? error.message : String(error)}`);
                // Said in the issue at once, with the fallback, so nobody waits for a page that never came.
                if (change.fallback && change.issue !== undefined) {
                    await gh.rest.issues.createComment({
                        ...ref,
                        issue_number: change.issue,
                        body: `${change.fallback}\n\n<sub>${change.service}: ${error instanceof Error ? error.message : 'failed'}</sub>`
                    });
                }
                return false;
            }
        case 'annotate':
            options.annotate?.(change);
            return false;
        case 'create-label':
            try {
                await gh.rest.issues.createLabel({ ...ref, name: change.name, color: change.color, description: change.description });
                return true;
            }
            catch (error) {
                if (error.status === 422)
                    return false; // created meanwhile: the goal is met
                throw error;
            }
    }
}
/** A branch from the base, the file written on it, the pull request; the fallback comment when the token may not. */
async function proposeFile(gh, ref, change, result) {
    try {
        await gh.rest.git.createRef({ ...ref, ref: `refs/heads/${change.branch}`, sha: change.baseSha });
        await gh.rest.repos.createOrUpdateFileContents({
            ...ref,
            path: change.path,
            branch: change.branch,
            message: change.message,
            content: Buffer.from(change.content, 'utf8').toString('base64'),
            ...(change.fileSha ? { sha: change.fileSha } : {})
        });
        const pr = await gh.rest.pulls.create({ ...ref, head: change.branch, base: change.base, title: change.title, body: change.body });
        result.proposals[change.key] = { pullRequest: pr.data.number };
        return true;
    }
    catch (error) {
        const status = error.status;
        if (status !== 403 && status !== 404 && status !== 422)
            throw error;
        // The token may not push or open pull requests: say the exact change instead.
        await gh.rest.issues.createComment({ ...ref, issue_number: change.fallback.issue, body: withStatus(change.fallback.body, status) });
        result.proposals[change.key] = { commentedAfter: status };
        return true;
    }
}

var light$1 = {exports: {}};

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
var light = light$1.exports;

var hasRequiredLight;

function requireLight () {
	if (hasRequiredLight) return light$1.exports;
	hasRequiredLight = 1;
	(function (module, exports) {
		(function (global, factory) {
			module.exports = factory() ;
		}(light, (function () {
			var commonjsGlobal$1 = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof commonjsGlobal !== 'undefined' ? commonjsGlobal : typeof self !== 'undefined' ? self : {};

			function getCjsExportFromNamespace (n) {
				return n && n['default'] || n;
			}

			var load = function(received, defaults, onto = {}) {
			  var k, ref, v;
			  for (k in defaults) {
			    v = defaults[k];
			    onto[k] = (ref = received[k]) != null ? ref : v;
			  }
			  return onto;
			};

			var overwrite = function(received, defaults, onto = {}) {
			  var k, v;
			  for (k in received) {
			    v = received[k];
			    if (defaults[k] !== void 0) {
			      onto[k] = v;
			    }
			  }
			  return onto;
			};

			var parser = {
				load: load,
				overwrite: overwrite
			};

			var DLList;

			DLList = class DLList {
			  constructor(incr, decr) {
			    this.incr = incr;
			    this.decr = decr;
			    this._first = null;
			    this._last = null;
			    this.length = 0;
			  }

			  push(value) {
			    var node;
			    this.length++;
			    if (typeof this.incr === "function") {
			      this.incr();
			    }
			    node = {
			      value,
			      prev: this._last,
			      next: null
			    };
			    if (this._last != null) {
			      this._last.next = node;
			      this._last = node;
			    } else {
			      this._first = this._last = node;
			    }
			    return void 0;
			  }

			  shift() {
			    var value;
			    if (this._first == null) {
			      return;
			    } else {
			      this.length--;
			      if (typeof this.decr === "function") {
			        this.decr();
			      }
			    }
			    value = this._first.value;
			    if ((this._first = this._first.next) != null) {
			      this._first.prev = null;
			    } else {
			      this._last = null;
			    }
			    return value;
			  }

			  first() {
			    if (this._first != null) {
			      return this._first.value;
			    }
			  }

			  getArray() {
			    var node, ref, results;
			    node = this._first;
			    results = [];
			    while (node != null) {
			      results.push((ref = node, node = node.next, ref.value));
			    }
			    return results;
			  }

			  forEachShift(cb) {
			    var node;
			    node = this.shift();
			    while (node != null) {
			      (cb(node), node = this.shift());
			    }
			    return void 0;
			  }

			  debug() {
			    var node, ref, ref1, ref2, results;
			    node = this._first;
			    results = [];
			    while (node != null) {
			      results.push((ref = node, node = node.next, {
			        value: ref.value,
			        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
			        next: (ref2 = ref.next) != null ? ref2.value : void 0
			      }));
			    }
			    return results;
			  }

			};

			var DLList_1 = DLList;

			var Events;

			Events = class Events {
			  constructor(instance) {
			    this.instance = instance;
			    this._events = {};
			    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
			      throw new Error("An Emitter already exists for this object");
			    }
			    this.instance.on = (name, cb) => {
			      return this._addListener(name, "many", cb);
			    };
			    this.instance.once = (name, cb) => {
			      return this._addListener(name, "once", cb);
			    };
			    this.instance.removeAllListeners = (name = null) => {
			      if (name != null) {
			        return delete this._events[name];
			      } else {
			        return this._events = {};
			      }
			    };
			  }

			  _addListener(name, status, cb) {
			    var base;
			    if ((base = this._events)[name] == null) {
			      base[name] = [];
			    }
			    this._events[name].push({cb, status});
			    return this.instance;
			  }

			  listenerCount(name) {
			    if (this._events[name] != null) {
			      return this._events[name].length;
			    } else {
			      return 0;
			    }
			  }

			  async trigger(name, ...args) {
			    var e, promises;
			    try {
			      if (name !== "debug") {
			        this.trigger("debug", `Event triggered: ${name}`, args);
			      }
			      if (this._events[name] == null) {
			        return;
			      }
			      this._events[name] = this._events[name].filter(function(listener) {
			        return listener.status !== "none";
			      });
			      promises = this._events[name].map(async(listener) => {
			        var e, returned;
			        if (listener.status === "none") {
			          return;
			        }
			        if (listener.status === "once") {
			          listener.status = "none";
			        }
			        try {
			          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
			          if (typeof (returned != null ? returned.then : void 0) === "function") {
			            return (await returned);
			          } else {
			            return returned;
			          }
			        } catch (error) {
			          e = error;
			          {
			            this.trigger("error", e);
			          }
			          return null;
			        }
			      });
			      return ((await Promise.all(promises))).find(function(x) {
			        return x != null;
			      });
			    } catch (error) {
			      e = error;
			      {
			        this.trigger("error", e);
			      }
			      return null;
			    }
			  }

			};

			var Events_1 = Events;

			var DLList$1, Events$1, Queues;

			DLList$1 = DLList_1;

			Events$1 = Events_1;

			Queues = class Queues {
			  constructor(num_priorities) {
			    this.Events = new Events$1(this);
			    this._length = 0;
			    this._lists = (function() {
			      var j, ref, results;
			      results = [];
			      for (j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); 1 <= ref ? ++j : --j) {
			        results.push(new DLList$1((() => {
			          return this.incr();
			        }), (() => {
			          return this.decr();
			        })));
			      }
			      return results;
			    }).call(this);
			  }

			  incr() {
			    if (this._length++ === 0) {
			      return this.Events.trigger("leftzero");
			    }
			  }

			  decr() {
			    if (--this._length === 0) {
			      return this.Events.trigger("zero");
			    }
			  }

			  push(job) {
			    return this._lists[job.options.priority].push(job);
			  }

			  queued(priority) {
			    if (priority != null) {
			      return this._lists[priority].length;
			    } else {
			      return this._length;
			    }
			  }

			  shiftAll(fn) {
			    return this._lists.forEach(function(list) {
			      return list.forEachShift(fn);
			    });
			  }

			  getFirst(arr = this._lists) {
			    var j, len, list;
			    for (j = 0, len = arr.length; j < len; j++) {
			      list = arr[j];
			      if (list.length > 0) {
			        return list;
			      }
			    }
			    return [];
			  }

			  shiftLastFrom(priority) {
			    return this.getFirst(this._lists.slice(priority).reverse()).shift();
			  }

			};

			var Queues_1 = Queues;

			var BottleneckError;

			BottleneckError = class BottleneckError extends Error {};

			var BottleneckError_1 = BottleneckError;

			var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

			NUM_PRIORITIES = 10;

			DEFAULT_PRIORITY = 5;

			parser$1 = parser;

			BottleneckError$1 = BottleneckError_1;

			Job = class Job {
			  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
			    this.task = task;
			    this.args = args;
			    this.rejectOnDrop = rejectOnDrop;
			    this.Events = Events;
			    this._states = _states;
			    this.Promise = Promise;
			    this.options = parser$1.load(options, jobDefaults);
			    this.options.priority = this._sanitizePriority(this.options.priority);
			    if (this.options.id === jobDefaults.id) {
			      this.options.id = `${this.options.id}-${this._randomIndex()}`;
			    }
			    this.promise = new this.Promise((_resolve, _reject) => {
			      this._resolve = _resolve;
			      this._reject = _reject;
			    });
			    this.retryCount = 0;
			  }

			  _sanitizePriority(priority) {
			    var sProperty;
			    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
			    if (sProperty < 0) {
			      return 0;
			    } else if (sProperty > NUM_PRIORITIES - 1) {
			      return NUM_PRIORITIES - 1;
			    } else {
			      return sProperty;
			    }
			  }

			  _randomIndex() {
			    return Math.random().toString(36).slice(2);
			  }

			  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
			    if (this._states.remove(this.options.id)) {
			      if (this.rejectOnDrop) {
			        this._reject(error != null ? error : new BottleneckError$1(message));
			      }
			      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
			      return true;
			    } else {
			      return false;
			    }
			  }

			  _assertStatus(expected) {
			    var status;
			    status = this._states.jobStatus(this.options.id);
			    if (!(status === expected || (expected === "DONE" && status === null))) {
			      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
			    }
			  }

			  doReceive() {
			    this._states.start(this.options.id);
			    return this.Events.trigger("received", {args: this.args, options: this.options});
			  }

			  doQueue(reachedHWM, blocked) {
			    this._assertStatus("RECEIVED");
			    this._states.next(this.options.id);
			    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
			  }

			  doRun() {
			    if (this.retryCount === 0) {
			      this._assertStatus("QUEUED");
			      this._states.next(this.options.id);
			    } else {
			      this._assertStatus("EXECUTING");
			    }
			    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
			  }

			  async doExecute(chained, clearGlobalState, run, free) {
			    var error, eventInfo, passed;
			    if (this.retryCount === 0) {
			      this._assertStatus("RUNNING");
			      this._states.next(this.options.id);
			    } else {
			      this._assertStatus("EXECUTING");
			    }
			    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
			    this.Events.trigger("executing", eventInfo);
			    try {
			      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
			      if (clearGlobalState()) {
			        this.doDone(eventInfo);
			        await free(this.options, eventInfo);
			        this._assertStatus("DONE");
			        return this._resolve(passed);
			      }
			    } catch (error1) {
			      error = error1;
			      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
			    }
			  }

			  doExpire(clearGlobalState, run, free) {
			    var error, eventInfo;
			    if (this._states.jobStatus(this.options.id === "RUNNING")) {
			      this._states.next(this.options.id);
			    }
			    this._assertStatus("EXECUTING");
			    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
			    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
			    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
			  }

			  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
			    var retry, retryAfter;
			    if (clearGlobalState()) {
			      retry = (await this.Events.trigger("failed", error, eventInfo));
			      if (retry != null) {
			        retryAfter = ~~retry;
			        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
			        this.retryCount++;
			        return run(retryAfter);
			      } else {
			        this.doDone(eventInfo);
			        await free(this.options, eventInfo);
			        this._assertStatus("DONE");
			        return this._reject(error);
			      }
			    }
			  }

			  doDone(eventInfo) {
			    this._assertStatus("EXECUTING");
			    this._states.next(this.options.id);
			    return this.Events.trigger("done", eventInfo);
			  }

			};

			var Job_1 = Job;

			var BottleneckError$2, LocalDatastore, parser$2;

			parser$2 = parser;

			BottleneckError$2 = BottleneckError_1;

			LocalDatastore = class LocalDatastore {
			  constructor(instance, storeOptions, storeInstanceOptions) {
			    this.instance = instance;
			    this.storeOptions = storeOptions;
			    this.clientId = this.instance._randomIndex();
			    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
			    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
			    this._running = 0;
			    this._done = 0;
			    this._unblockTime = 0;
			    this.ready = this.Promise.resolve();
			    this.clients = {};
			    this._startHeartbeat();
			  }

			  _startHeartbeat() {
			    var base;
			    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
			      return typeof (base = (this.heartbeat = setInterval(() => {
			        var amount, incr, maximum, now, reservoir;
			        now = Date.now();
			        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
			          this._lastReservoirRefresh = now;
			          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
			          this.instance._drainAll(this.computeCapacity());
			        }
			        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
			          ({
			            reservoirIncreaseAmount: amount,
			            reservoirIncreaseMaximum: maximum,
			            reservoir
			          } = this.storeOptions);
			          this._lastReservoirIncrease = now;
			          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
			          if (incr > 0) {
			            this.storeOptions.reservoir += incr;
			            return this.instance._drainAll(this.computeCapacity());
			          }
			        }
			      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
			    } else {
			      return clearInterval(this.heartbeat);
			    }
			  }

			  async __publish__(message) {
			    await this.yieldLoop();
			    return this.instance.Events.trigger("message", message.toString());
			  }

			  async __disconnect__(flush) {
			    await this.yieldLoop();
			    clearInterval(this.heartbeat);
			    return this.Promise.resolve();
			  }

			  yieldLoop(t = 0) {
			    return new this.Promise(function(resolve, reject) {
			      return setTimeout(resolve, t);
			    });
			  }

			  computePenalty() {
			    var ref;
			    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
			  }

			  async __updateSettings__(options) {
			    await this.yieldLoop();
			    parser$2.overwrite(options, options, this.storeOptions);
			    this._startHeartbeat();
			    this.instance._drainAll(this.computeCapacity());
			    return true;
			  }

			  async __running__() {
			    await this.yieldLoop();
			    return this._running;
			  }

			  async __queued__() {
			    await this.yieldLoop();
			    return this.instance.queued();
			  }

			  async __done__() {
			    await this.yieldLoop();
			    return this._done;
			  }

			  async __groupCheck__(time) {
			    await this.yieldLoop();
			    return (this._nextRequest + this.timeout) < time;
			  }

			  computeCapacity() {
			    var maxConcurrent, reservoir;
			    ({maxConcurrent, reservoir} = this.storeOptions);
			    if ((maxConcurrent != null) && (reservoir != null)) {
			      return Math.min(maxConcurrent - this._running, reservoir);
			    } else if (maxConcurrent != null) {
			      return maxConcurrent - this._running;
			    } else if (reservoir != null) {
			      return reservoir;
			    } else {
			      return null;
			    }
			  }

			  conditionsCheck(weight) {
			    var capacity;
			    capacity = this.computeCapacity();
			    return (capacity == null) || weight <= capacity;
			  }

			  async __incrementReservoir__(incr) {
			    var reservoir;
			    await this.yieldLoop();
			    reservoir = this.storeOptions.reservoir += incr;
			    this.instance._drainAll(this.computeCapacity());
			    return reservoir;
			  }

			  async __currentReservoir__() {
			    await this.yieldLoop();
			    return this.storeOptions.reservoir;
			  }

			  isBlocked(now) {
			    return this._unblockTime >= now;
			  }

			  check(weight, now) {
			    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
			  }

			  async __check__(weight) {
			    var now;
			    await this.yieldLoop();
			    now = Date.now();
			    return this.check(weight, now);
			  }

			  async __register__(index, weight, expiration) {
			    var now, wait;
			    await this.yieldLoop();
			    now = Date.now();
			    if (this.conditionsCheck(weight)) {
			      this._running += weight;
			      if (this.storeOptions.reservoir != null) {
			        this.storeOptions.reservoir -= weight;
			      }
			      wait = Math.max(this._nextRequest - now, 0);
			      this._nextRequest = now + wait + this.storeOptions.minTime;
			      return {
			        success: true,
			        wait,
			        reservoir: this.storeOptions.reservoir
			      };
			    } else {
			      return {
			        success: false
			      };
			    }
			  }

			  strategyIsBlock() {
			    return this.storeOptions.strategy === 3;
			  }

			  async __submit__(queueLength, weight) {
			    var blocked, now, reachedHWM;
			    await this.yieldLoop();
			    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
			      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
			    }
			    now = Date.now();
			    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
			    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
			    if (blocked) {
			      this._unblockTime = now + this.computePenalty();
			      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
			      this.instance._dropAllQueued();
			    }
			    return {
			      reachedHWM,
			      blocked,
			      strategy: this.storeOptions.strategy
			    };
			  }

			  async __free__(index, weight) {
			    await this.yieldLoop();
			    this._running -= weight;
			    this._done += weight;
			    this.instance._drainAll(this.computeCapacity());
			    return {
			      running: this._running
			    };
			  }

			};

			var LocalDatastore_1 = LocalDatastore;

			var BottleneckError$3, States;

			BottleneckError$3 = BottleneckError_1;

			States = class States {
			  constructor(status1) {
			    this.status = status1;
			    this._jobs = {};
			    this.counts = this.status.map(function() {
			      return 0;
			    });
			  }

			  next(id) {
			    var current, next;
			    current = this._jobs[id];
			    next = current + 1;
			    if ((current != null) && next < this.status.length) {
			      this.counts[current]--;
			      this.counts[next]++;
			      return this._jobs[id]++;
			    } else if (current != null) {
			      this.counts[current]--;
			      return delete this._jobs[id];
			    }
			  }

			  start(id) {
			    var initial;
			    initial = 0;
			    this._jobs[id] = initial;
			    return this.counts[initial]++;
			  }

			  remove(id) {
			    var current;
			    current = this._jobs[id];
			    if (current != null) {
			      this.counts[current]--;
			      delete this._jobs[id];
			    }
			    return current != null;
			  }

			  jobStatus(id) {
			    var ref;
			    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
			  }

			  statusJobs(status) {
			    var k, pos, ref, results, v;
			    if (status != null) {
			      pos = this.status.indexOf(status);
			      if (pos < 0) {
			        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
			      }
			      ref = this._jobs;
			      results = [];
			      for (k in ref) {
			        v = ref[k];
			        if (v === pos) {
			          results.push(k);
			        }
			      }
			      return results;
			    } else {
			      return Object.keys(this._jobs);
			    }
			  }

			  statusCounts() {
			    return this.counts.reduce(((acc, v, i) => {
			      acc[this.status[i]] = v;
			      return acc;
			    }), {});
			  }

			};

			var States_1 = States;

			var DLList$2, Sync;

			DLList$2 = DLList_1;

			Sync = class Sync {
			  constructor(name, Promise) {
			    this.schedule = this.schedule.bind(this);
			    this.name = name;
			    this.Promise = Promise;
			    this._running = 0;
			    this._queue = new DLList$2();
			  }

			  isEmpty() {
			    return this._queue.length === 0;
			  }

			  async _tryToRun() {
			    var args, cb, error, reject, resolve, returned, task;
			    if ((this._running < 1) && this._queue.length > 0) {
			      this._running++;
			      ({task, args, resolve, reject} = this._queue.shift());
			      cb = (await (async function() {
			        try {
			          returned = (await task(...args));
			          return function() {
			            return resolve(returned);
			          };
			        } catch (error1) {
			          error = error1;
			          return function() {
			            return reject(error);
			          };
			        }
			      })());
			      this._running--;
			      this._tryToRun();
			      return cb();
			    }
			  }

			  schedule(task, ...args) {
			    var promise, reject, resolve;
			    resolve = reject = null;
			    promise = new this.Promise(function(_resolve, _reject) {
			      resolve = _resolve;
			      return reject = _reject;
			    });
			    this._queue.push({task, args, resolve, reject});
			    this._tryToRun();
			    return promise;
			  }

			};

			var Sync_1 = Sync;

			var version = "2.19.5";
			var version$1 = {
				version: version
			};

			var version$2 = /*#__PURE__*/Object.freeze({
				version: version,
				default: version$1
			});

			var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

			parser$3 = parser;

			Events$2 = Events_1;

			RedisConnection$1 = require$$2;

			IORedisConnection$1 = require$$3;

			Scripts$1 = require$$4;

			Group = (function() {
			  class Group {
			    constructor(limiterOptions = {}) {
			      this.deleteKey = this.deleteKey.bind(this);
			      this.limiterOptions = limiterOptions;
			      parser$3.load(this.limiterOptions, this.defaults, this);
			      this.Events = new Events$2(this);
			      this.instances = {};
			      this.Bottleneck = Bottleneck_1;
			      this._startAutoCleanup();
			      this.sharedConnection = this.connection != null;
			      if (this.connection == null) {
			        if (this.limiterOptions.datastore === "redis") {
			          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
			        } else if (this.limiterOptions.datastore === "ioredis") {
			          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
			        }
			      }
			    }

			    key(key = "") {
			      var ref;
			      return (ref = this.instances[key]) != null ? ref : (() => {
			        var limiter;
			        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
			          id: `${this.id}-${key}`,
			          timeout: this.timeout,
			          connection: this.connection
			        }));
			        this.Events.trigger("created", limiter, key);
			        return limiter;
			      })();
			    }

			    async deleteKey(key = "") {
			      var deleted, instance;
			      instance = this.instances[key];
			      if (this.connection) {
			        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
			      }
			      if (instance != null) {
			        delete this.instances[key];
			        await instance.disconnect();
			      }
			      return (instance != null) || deleted > 0;
			    }

			    limiters() {
			      var k, ref, results, v;
			      ref = this.instances;
			      results = [];
			      for (k in ref) {
			        v = ref[k];
			        results.push({
			          key: k,
			          limiter: v
			        });
			      }
			      return results;
			    }

			    keys() {
			      return Object.keys(this.instances);
			    }

			    async clusterKeys() {
			      var cursor, end, found, i, k, keys, len, next, start;
			      if (this.connection == null) {
			        return this.Promise.resolve(this.keys());
			      }
			      keys = [];
			      cursor = null;
			      start = `b_${this.id}-`.length;
			      end = "_settings".length;
			      while (cursor !== 0) {
			        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
			        cursor = ~~next;
			        for (i = 0, len = found.length; i < len; i++) {
			          k = found[i];
			          keys.push(k.slice(start, -end));
			        }
			      }
			      return keys;
			    }

			    _startAutoCleanup() {
			      var base;
			      clearInterval(this.interval);
			      return typeof (base = (this.interval = setInterval(async() => {
			        var e, k, ref, results, time, v;
			        time = Date.now();
			        ref = this.instances;
			        results = [];
			        for (k in ref) {
			          v = ref[k];
			          try {
			            if ((await v._store.__groupCheck__(time))) {
			              results.push(this.deleteKey(k));
			            } else {
			              results.push(void 0);
			            }
			          } catch (error) {
			            e = error;
			            results.push(v.Events.trigger("error", e));
			          }
			        }
			        return results;
			      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
			    }

			    updateSettings(options = {}) {
			      parser$3.overwrite(options, this.defaults, this);
			      parser$3.overwrite(options, options, this.limiterOptions);
			      if (options.timeout != null) {
			        return this._startAutoCleanup();
			      }
			    }

			    disconnect(flush = true) {
			      var ref;
			      if (!this.sharedConnection) {
			        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
			      }
			    }

			  }
			  Group.prototype.defaults = {
			    timeout: 1000 * 60 * 5,
			    connection: null,
			    Promise: Promise,
			    id: "group-key"
			  };

			  return Group;

			}).call(commonjsGlobal$1);

			var Group_1 = Group;

			var Batcher, Events$3, parser$4;

			parser$4 = parser;

			Events$3 = Events_1;

			Batcher = (function() {
			  class Batcher {
			    constructor(options = {}) {
			      this.options = options;
			      parser$4.load(this.options, this.defaults, this);
			      this.Events = new Events$3(this);
			      this._arr = [];
			      this._resetPromise();
			      this._lastFlush = Date.now();
			    }

			    _resetPromise() {
			      return this._promise = new this.Promise((res, rej) => {
			        return this._resolve = res;
			      });
			    }

			    _flush() {
			      clearTimeout(this._timeout);
			      this._lastFlush = Date.now();
			      this._resolve();
			      this.Events.trigger("batch", this._arr);
			      this._arr = [];
			      return this._resetPromise();
			    }

			    add(data) {
			      var ret;
			      this._arr.push(data);
			      ret = this._promise;
			      if (this._arr.length === this.maxSize) {
			        this._flush();
			      } else if ((this.maxTime != null) && this._arr.length === 1) {
			        this._timeout = setTimeout(() => {
			          return this._flush();
			        }, this.maxTime);
			      }
			      return ret;
			    }

			  }
			  Batcher.prototype.defaults = {
			    maxTime: null,
			    maxSize: null,
			    Promise: Promise
			  };

			  return Batcher;

			}).call(commonjsGlobal$1);

			var Batcher_1 = Batcher;

			var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$8 = getCjsExportFromNamespace(version$2);

			var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
			  splice = [].splice;

			NUM_PRIORITIES$1 = 10;

			DEFAULT_PRIORITY$1 = 5;

			parser$5 = parser;

			Queues$1 = Queues_1;

			Job$1 = Job_1;

			LocalDatastore$1 = LocalDatastore_1;

			RedisDatastore$1 = require$$4$1;

			Events$4 = Events_1;

			States$1 = States_1;

			Sync$1 = Sync_1;

			Bottleneck = (function() {
			  class Bottleneck {
			    constructor(options = {}, ...invalid) {
			      var storeInstanceOptions, storeOptions;
			      this._addToQueue = this._addToQueue.bind(this);
			      this._validateOptions(options, invalid);
			      parser$5.load(options, this.instanceDefaults, this);
			      this._queues = new Queues$1(NUM_PRIORITIES$1);
			      this._scheduled = {};
			      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
			      this._limiter = null;
			      this.Events = new Events$4(this);
			      this._submitLock = new Sync$1("submit", this.Promise);
			      this._registerLock = new Sync$1("register", this.Promise);
			      storeOptions = parser$5.load(options, this.storeDefaults, {});
			      this._store = (function() {
			        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
			          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
			          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
			        } else if (this.datastore === "local") {
			          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
			          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
			        } else {
			          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
			        }
			      }).call(this);
			      this._queues.on("leftzero", () => {
			        var ref;
			        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
			      });
			      this._queues.on("zero", () => {
			        var ref;
			        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
			      });
			    }

			    _validateOptions(options, invalid) {
			      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
			        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
			      }
			    }

			    ready() {
			      return this._store.ready;
			    }

			    clients() {
			      return this._store.clients;
			    }

			    channel() {
			      return `b_${this.id}`;
			    }

			    channel_client() {
			      return `b_${this.id}_${this._store.clientId}`;
			    }

			    publish(message) {
			      return this._store.__publish__(message);
			    }

			    disconnect(flush = true) {
			      return this._store.__disconnect__(flush);
			    }

			    chain(_limiter) {
			      this._limiter = _limiter;
			      return this;
			    }

			    queued(priority) {
			      return this._queues.queued(priority);
			    }

			    clusterQueued() {
			      return this._store.__queued__();
			    }

			    empty() {
			      return this.queued() === 0 && this._submitLock.isEmpty();
			    }

			    running() {
			      return this._store.__running__();
			    }

			    done() {
			      return this._store.__done__();
			    }

			    jobStatus(id) {
			      return this._states.jobStatus(id);
			    }

			    jobs(status) {
			      return this._states.statusJobs(status);
			    }

			    counts() {
			      return this._states.statusCounts();
			    }

			    _randomIndex() {
			      return Math.random().toString(36).slice(2);
			    }

			    check(weight = 1) {
			      return this._store.__check__(weight);
			    }

			    _clearGlobalState(index) {
			      if (this._scheduled[index] != null) {
			        clearTimeout(this._scheduled[index].expiration);
			        delete this._scheduled[index];
			        return true;
			      } else {
			        return false;
			      }
			    }

			    async _free(index, job, options, eventInfo) {
			      var e, running;
			      try {
			        ({running} = (await this._store.__free__(index, options.weight)));
			        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
			        if (running === 0 && this.empty()) {
			          return this.Events.trigger("idle");
			        }
			      } catch (error1) {
			        e = error1;
			        return this.Events.trigger("error", e);
			      }
			    }

			    _run(index, job, wait) {
			      var clearGlobalState, free, run;
			      job.doRun();
			      clearGlobalState = this._clearGlobalState.bind(this, index);
			      run = this._run.bind(this, index, job);
			      free = this._free.bind(this, index, job);
			      return this._scheduled[index] = {
			        timeout: setTimeout(() => {
			          return job.doExecute(this._limiter, clearGlobalState, run, free);
			        }, wait),
			        expiration: job.options.expiration != null ? setTimeout(function() {
			          return job.doExpire(clearGlobalState, run, free);
			        }, wait + job.options.expiration) : void 0,
			        job: job
			      };
			    }

			    _drainOne(capacity) {
			      return this._registerLock.schedule(() => {
			        var args, index, next, options, queue;
			        if (this.queued() === 0) {
			          return this.Promise.resolve(null);
			        }
			        queue = this._queues.getFirst();
			        ({options, args} = next = queue.first());
			        if ((capacity != null) && options.weight > capacity) {
			          return this.Promise.resolve(null);
			        }
			        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
			        index = this._randomIndex();
			        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
			          var empty;
			          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
			          if (success) {
			            queue.shift();
			            empty = this.empty();
			            if (empty) {
			              this.Events.trigger("empty");
			            }
			            if (reservoir === 0) {
			              this.Events.trigger("depleted", empty);
			            }
			            this._run(index, next, wait);
			            return this.Promise.resolve(options.weight);
			          } else {
			            return this.Promise.resolve(null);
			          }
			        });
			      });
			    }

			    _drainAll(capacity, total = 0) {
			      return this._drainOne(capacity).then((drained) => {
			        var newCapacity;
			        if (drained != null) {
			          newCapacity = capacity != null ? capacity - drained : capacity;
			          return this._drainAll(newCapacity, total + drained);
			        } else {
			          return this.Promise.resolve(total);
			        }
			      }).catch((e) => {
			        return this.Events.trigger("error", e);
			      });
			    }

			    _dropAllQueued(message) {
			      return this._queues.shiftAll(function(job) {
			        return job.doDrop({message});
			      });
			    }

			    stop(options = {}) {
			      var done, waitForExecuting;
			      options = parser$5.load(options, this.stopDefaults);
			      waitForExecuting = (at) => {
			        var finished;
			        finished = () => {
			          var counts;
			          counts = this._states.counts;
			          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
			        };
			        return new this.Promise((resolve, reject) => {
			          if (finished()) {
			            return resolve();
			          } else {
			            return this.on("done", () => {
			              if (finished()) {
			                this.removeAllListeners("done");
			                return resolve();
			              }
			            });
			          }
			        });
			      };
			      done = options.dropWaitingJobs ? (this._run = function(index, next) {
			        return next.doDrop({
			          message: options.dropErrorMessage
			        });
			      }, this._drainOne = () => {
			        return this.Promise.resolve(null);
			      }, this._registerLock.schedule(() => {
			        return this._submitLock.schedule(() => {
			          var k, ref, v;
			          ref = this._scheduled;
			          for (k in ref) {
			            v = ref[k];
			            if (this.jobStatus(v.job.options.id) === "RUNNING") {
			              clearTimeout(v.timeout);
			              clearTimeout(v.expiration);
			              v.job.doDrop({
			                message: options.dropErrorMessage
			              });
			            }
			          }
			          this._dropAllQueued(options.dropErrorMessage);
			          return waitForExecuting(0);
			        });
			      })) : this.schedule({
			        priority: NUM_PRIORITIES$1 - 1,
			        weight: 0
			      }, () => {
			        return waitForExecuting(1);
			      });
			      this._receive = function(job) {
			        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
			      };
			      this.stop = () => {
			        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
			      };
			      return done;
			    }

			    async _addToQueue(job) {
			      var args, blocked, error, options, reachedHWM, shifted, strategy;
			      ({args, options} = job);
			      try {
			        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
			      } catch (error1) {
			        error = error1;
			        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
			        job.doDrop({error});
			        return false;
			      }
			      if (blocked) {
			        job.doDrop();
			        return true;
			      } else if (reachedHWM) {
			        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
			        if (shifted != null) {
			          shifted.doDrop();
			        }
			        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
			          if (shifted == null) {
			            job.doDrop();
			          }
			          return reachedHWM;
			        }
			      }
			      job.doQueue(reachedHWM, blocked);
			      this._queues.push(job);
			      await this._drainAll();
			      return reachedHWM;
			    }

			    _receive(job) {
			      if (this._states.jobStatus(job.options.id) != null) {
			        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
			        return false;
			      } else {
			        job.doReceive();
			        return this._submitLock.schedule(this._addToQueue, job);
			      }
			    }

			    submit(...args) {
			      var cb, fn, job, options, ref, ref1, task;
			      if (typeof args[0] === "function") {
			        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
			        options = parser$5.load({}, this.jobDefaults);
			      } else {
			        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
			        options = parser$5.load(options, this.jobDefaults);
			      }
			      task = (...args) => {
			        return new this.Promise(function(resolve, reject) {
			          return fn(...args, function(...args) {
			            return (args[0] != null ? reject : resolve)(args);
			          });
			        });
			      };
			      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
			      job.promise.then(function(args) {
			        return typeof cb === "function" ? cb(...args) : void 0;
			      }).catch(function(args) {
			        if (Array.isArray(args)) {
			          return typeof cb === "function" ? cb(...args) : void 0;
			        } else {
			          return typeof cb === "function" ? cb(args) : void 0;
			        }
			      });
			      return this._receive(job);
			    }

			    schedule(...args) {
			      var job, options, task;
			      if (typeof args[0] === "function") {
			        [task, ...args] = args;
			        options = {};
			      } else {
			        [options, task, ...args] = args;
			      }
			      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
			      this._receive(job);
			      return job.promise;
			    }

			    wrap(fn) {
			      var schedule, wrapped;
			      schedule = this.schedule.bind(this);
			      wrapped = function(...args) {
			        return schedule(fn.bind(this), ...args);
			      };
			      wrapped.withOptions = function(options, ...args) {
			        return schedule(options, fn, ...args);
			      };
			      return wrapped;
			    }

			    async updateSettings(options = {}) {
			      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
			      parser$5.overwrite(options, this.instanceDefaults, this);
			      return this;
			    }

			    currentReservoir() {
			      return this._store.__currentReservoir__();
			    }

			    incrementReservoir(incr = 0) {
			      return this._store.__incrementReservoir__(incr);
			    }

			  }
			  Bottleneck.default = Bottleneck;

			  Bottleneck.Events = Events$4;

			  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

			  Bottleneck.strategy = Bottleneck.prototype.strategy = {
			    LEAK: 1,
			    OVERFLOW: 2,
			    OVERFLOW_PRIORITY: 4,
			    BLOCK: 3
			  };

			  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

			  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

			  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

			  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

			  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

			  Bottleneck.prototype.jobDefaults = {
			    priority: DEFAULT_PRIORITY$1,
			    weight: 1,
			    expiration: null,
			    id: "<no-id>"
			  };

			  Bottleneck.prototype.storeDefaults = {
			    maxConcurrent: null,
			    minTime: 0,
			    highWater: null,
			    strategy: Bottleneck.prototype.strategy.LEAK,
			    penalty: null,
			    reservoir: null,
			    reservoirRefreshInterval: null,
			    reservoirRefreshAmount: null,
			    reservoirIncreaseInterval: null,
			    reservoirIncreaseAmount: null,
			    reservoirIncreaseMaximum: null
			  };

			  Bottleneck.prototype.localStoreDefaults = {
			    Promise: Promise,
			    timeout: null,
			    heartbeatInterval: 250
			  };

			  Bottleneck.prototype.redisStoreDefaults = {
			    Promise: Promise,
			    timeout: null,
			    heartbeatInterval: 5000,
			    clientTimeout: 10000,
			    Redis: null,
			    clientOptions: {},
			    clusterNodes: null,
			    clearDatastore: false,
			    connection: null
			  };

			  Bottleneck.prototype.instanceDefaults = {
			    datastore: "local",
			    connection: null,
			    id: "<no-id>",
			    rejectOnDrop: true,
			    trackDoneStatus: false,
			    Promise: Promise
			  };

			  Bottleneck.prototype.stopDefaults = {
			    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
			    dropWaitingJobs: true,
			    dropErrorMessage: "This limiter has been stopped."
			  };

			  return Bottleneck;

			}).call(commonjsGlobal$1);

			var Bottleneck_1 = Bottleneck;

			var lib = Bottleneck_1;

			return lib;

		}))); 
	} (light$1));
	return light$1.exports;
}

var lightExports = requireLight();
var Bottleneck = /*@__PURE__*/getDefaultExportFromCjs(lightExports);

class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}

// pkg/dist-src/version.js
var VERSION$9 = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest$1(state, octokit, request, options) {
  const limiter = new Bottleneck();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest$1.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION$9;

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$8 = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop$2 = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop$2);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop$2);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop$2);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck$1 = Bottleneck,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck$1, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck$1();
    const events = {};
    const emitter = new Bottleneck$1.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION$8;
throttling.triggersNotification = triggersNotification;

function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

// @ts-check


// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

var Hook = { Collection };

// pkg/dist-src/defaults.js

// pkg/dist-src/version.js
var VERSION$7 = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION$7} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject$1(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject$1(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse$1(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse$1(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults$2(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults$2.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse$1
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults$2(null, DEFAULTS);

/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Parse a `Content-Type` header.
 */
function parse(header, options) {
    const stopFlags = SEMI_FLAG | (0);
    const len = header.length;
    let valueStart = 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}

const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {

      if (!node.first && space) ;

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) ;

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) ;

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  return value;
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    return value;
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed);
    }

    throw error;
  }
};

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$6 = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION$6} ${getUserAgent()}`
  }
};

// pkg/dist-src/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop$1 = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop$1);
  }
  const mimetype = parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop$1);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function withDefaults$1(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults$1.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults$1.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = withDefaults$1(endpoint, defaults_default);
/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$5 = "0.0.0-development";

// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION$5} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}
/* v8 ignore if -- @preserve */

// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

const VERSION$4 = "7.0.8";

const noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${VERSION$4} ${getUserAgent()}`;
let Octokit$1 = class Octokit {
  static VERSION = VERSION$4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new Hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

const VERSION$3 = "6.0.0";

function requestLog(octokit) {
  octokit.hook.wrap("request", (request, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION$3;

// pkg/dist-src/version.js
var VERSION$2 = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate$1(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
Object.assign(paginate$1, {
  iterator
});

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate$1.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION$2;

const VERSION$1 = "17.0.0";

const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION$1;

const VERSION = "22.0.1";

const Octokit = Octokit$1.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);

/**
 * The one octokit the action uses: retries transient errors (5xx) and waits out primary and
 * secondary rate limits (honouring retry-after). Built once in main and passed in.
 *
 * Pacing: GitHub asks integrations that make *many* writes to space them about a second apart
 * (three for content that notifies people). One incident event makes at most a handful of
 * writes, far below the 80 content-creating requests a minute GitHub allows, so a run sends its
 * first PACE_AFTER_WRITES writes at once and paces only past that (a scheduled sweep over many
 * incidents). Rate-limit answers (retry-after) are honoured either way.
 */
/** Writes a run may send without spacing; one incident event makes at most 8. */
const PACE_AFTER_WRITES = 20;
/** GitHub's asked-for spacing: between writes, and between writes that notify people (comments). */
const GITHUB_PACING = { write: 1000, notifications: 3000 };
const RetryingOctokit = Octokit.plugin(retry, throttling);
/** Limiter groups of this client: writes go one at a time, in the order planned, spaced as given. */
function writeLimiters(spacing) {
    return {
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.write }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.notifications })
    };
}
/** The spacing GitHub asks for, once a run has sent `writes` writes: none for the first PACE_AFTER_WRITES with 'adaptive'. */
function spacingAfter(writes, pacing) {
    return pacing === 'github' || writes >= PACE_AFTER_WRITES ? GITHUB_PACING : { write: 0, notifications: 0 };
}
/** Whether a request writes (GitHub's pacing advice counts POST, PATCH, PUT and DELETE). */
function isWrite(method, url) {
    return method !== 'GET' && method !== 'HEAD' && !url.endsWith('/graphql');
}
function createGitHub(options) {
    const retries = options.rateLimitRetries ?? 2;
    const quiet = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
    // octokit logs every request, and every failed one (an expected 404 included) at error level:
    // those lines go to debug; real failures reach the caller as exceptions.
    const log = options.log ? { debug: options.log.debug, info: options.log.debug, warn: options.log.warn, error: options.log.debug } : quiet;
    const pacing = options.pacing ?? 'adaptive';
    const limiters = writeLimiters(spacingAfter(0, pacing));
    const octokit = new RetryingOctokit({
        auth: options.token,
        baseUrl: options.baseUrl,
        userAgent: options.userAgent ?? 'incident-kit',
        log,
        retry: { doNotRetry: [400, 401, 404, 410, 422, 451] },
        throttle: {
            enabled: options.throttling ?? true,
            ...limiters,
            onRateLimit: (retryAfter, req, _o, retryCount) => {
                options.log?.warn(`rate limit reached for ${req.method} ${req.url}; retrying after ${retryAfter}s (${retryCount + 1}/${retries})`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, req, _o, retryCount) => {
                options.log?.warn(`secondary rate limit for ${req.method} ${req.url}; retrying after ${retryAfter}s (${retryCount + 1}/${retries})`);
                return retryCount < retries;
            }
        }
    });
    if (pacing === 'adaptive') {
        let writes = 0;
        octokit.hook.before('request', (req) => {
            if (!isWrite(req.method, req.url) || ++writes !== PACE_AFTER_WRITES)
                return;
            const spacing = spacingAfter(writes, pacing);
            limiters.write.updateSettings({ minTime: spacing.write });
            limiters.notifications.updateSettings({ minTime: spacing.notifications });
            options.log?.debug(`${writes} writes in this run: pacing further writes as GitHub asks`);
        });
    }
    if (options.onRequest) {
        const count = options.onRequest;
        octokit.hook.before('request', (req) => count(req.method, req.url));
    }
    return octokit;
}

function issueFromPayload(issue) {
    return {
        number: issue.number,
        title: issue.title ?? '',
        body: issue.body ?? '',
        labels: (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
        author: issue.user?.login ?? 'ghost',
        createdAt: issue.created_at ?? new Date(0).toISOString(),
        url: issue.html_url ?? '',
        state: issue.state === 'closed' ? 'closed' : 'open',
        assignees: (issue.assignees ?? []).map((a) => a.login ?? '').filter(Boolean),
        ...(issue.updated_at ? { updatedAt: issue.updated_at } : {})
    };
}
function repoFromPayload(repo, fallback, serverUrl) {
    const owner = repo?.owner?.login ?? fallback.owner;
    const name = repo?.name ?? fallback.repo;
    return {
        owner,
        name,
        id: repo?.id ?? 0,
        // Absent visibility is treated as public: refusing is the safe side.
        private: repo?.private === true || repo?.visibility === 'private' || repo?.visibility === 'internal',
        visibility: repo?.visibility === 'internal' ? 'internal' : repo?.private === true || repo?.visibility === 'private' ? 'private' : 'public',
        url: repo?.html_url ?? `${serverUrl}/${owner}/${name}`,
        ...(repo?.owner?.type === 'Organization' || repo?.owner?.type === 'User' ? { ownerType: repo.owner.type } : {}),
        ...(repo?.default_branch ? { defaultBranch: repo.default_branch } : {})
    };
}

const ROLES = ['read', 'triage', 'write', 'maintain', 'admin'];
/** A repository role as GitHub names it (`role_name`), or 'none' for anything else. */
function roleOf(name) {
    return ROLES.includes(name) ? name : 'none';
}
async function readActor(gh, ref, login, teams) {
    const facts = { login, permission: await readPermission(gh, ref, login), teams: {} };
    for (const team of teams) {
        facts.teams[team] = await readMembership(gh, team, login);
        if (facts.teams[team] === true)
            break; // one membership is enough
    }
    return facts;
}
async function readPermission(gh, ref, login) {
    try {
        const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...ref, username: login });
        // role_name knows triage and maintain; permission only admin/write/read/none.
        const role = data.role_name ?? data.permission;
        return roleOf(role);
    }
    catch (error) {
        if (error.status === 404)
            return 'none';
        throw error;
    }
}
async function readMembership(gh, team, login) {
    const [org, slug] = team.split('/');
    try {
        const { data } = await gh.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
        return data.state === 'active';
    }
    catch (error) {
        const status = error.status;
        if (status === 404)
            return false;
        if (status === 403 || status === 401)
            return 'unknown';
        throw error;
    }
}

async function readIncidentHistory(gh, ref, number, botLogin) {
    const { data } = await gh.rest.issues.get({ ...ref, issue_number: number });
    const items = await gh.paginate(gh.rest.issues.listEventsForTimeline, { ...ref, issue_number: number, per_page: 100 });
    return { issue: issueFromPayload(data), history: historyFromTimeline(items, botLogin) };
}
/** The people whose acts need authorization: authors of command comments, actors of incident labels, closes and reopens. */
function actorsToCheck(history, ctx) {
    const { phasePrefix, severityPrefix, gatePrefix } = ctx.config.labels;
    const logins = new Set();
    let gateTouched = false;
    for (const fact of history.facts) {
        if (fact.type === 'label') {
            if (![phasePrefix, severityPrefix, gatePrefix].some((p) => fact.label.startsWith(p)))
                continue;
            if (fact.label.startsWith(gatePrefix))
                gateTouched = true;
            logins.add(fact.by);
        }
        else if (fact.type === 'comment') {
            if (fact.edited)
                continue;
            const commands = parseCommands(fact.body);
            if (commands.length === 0)
                continue;
            if (commands.some((c) => c.name === 'approve' || c.name === 'revoke'))
                gateTouched = true;
            logins.add(fact.by);
        }
        else {
            logins.add(fact.by);
        }
    }
    return { logins: [...logins], gateTouched };
}
/** One listing per run (per client): a scheduled run over many incidents reads it once, and the visibility check shares it. */
const listings = new WeakMap();
function collaborators(gh, ref) {
    let listing = listings.get(gh);
    if (!listing) {
        listing = listCollaborators$1(gh, ref);
        listings.set(gh, listing);
        listing.catch(() => listings.delete(gh));
    }
    return listing;
}
/** Collaborators with their role, in one listing; undefined when the token may not list them. */
async function listCollaborators$1(gh, ref) {
    try {
        const list = await gh.paginate(gh.rest.repos.listCollaborators, { ...ref, affiliation: 'all', per_page: 100 });
        const roles = new Map();
        for (const c of list) {
            const role = c.role_name ?? '';
            const known = roleOf(role);
            if (known !== 'none')
                roles.set(c.login.toLowerCase(), known);
        }
        return roles;
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 404)
            return undefined;
        throw error;
    }
}
/**
 * A listing whose 403 is the token's permissions, not a hiccup: the first page is asked once,
 * without retries (paginate would drop that option), and only a full first page is paginated.
 */
async function listOnce(gh, method, params) {
    const first = await method({ ...params, per_page: 100, request: { retries: 0 } });
    if (first.data.length < 100)
        return first.data;
    return (await gh.paginate(method, { ...params, per_page: 100 }));
}
/** Members of each team (lower-cased logins); 'unknown' when the token may not read it. */
async function listTeams(gh, teams) {
    const out = new Map();
    for (const team of teams) {
        const [org, slug] = team.split('/');
        try {
            const members = await listOnce(gh, gh.rest.teams.listMembersInOrg, { org, team_slug: slug });
            out.set(team, new Set(members.map((m) => m.login.toLowerCase())));
        }
        catch (error) {
            const status = error.status;
            if (status === 403 || status === 401 || status === 404)
                out.set(team, 'unknown');
            else
                throw error;
        }
    }
    return out;
}
/**
 * What GitHub says about each person who acted: their role on the repository now, and their
 * approver-team memberships when a gate was touched. Nothing here comes from comment text.
 */
async function readActors(gh, ref, logins, teams) {
    const actors = new Map();
    if (logins.length === 0)
        return actors;
    const roles = await collaborators(gh, ref);
    const members = await listTeams(gh, teams);
    for (const login of logins) {
        const key = login.toLowerCase();
        const facts = roles ? { login, permission: roles.get(key) ?? 'none', teams: {} } : await readActor(gh, ref, login, []);
        for (const [team, set] of members)
            facts.teams[team] = set === 'unknown' ? 'unknown' : set.has(key);
        actors.set(key, facts);
    }
    return actors;
}
/** The approver teams of every gate (read only when a gate was touched). */
function approverTeams(ctx) {
    return [...new Set(Object.values(ctx.config.gates).flatMap((g) => g.approvers.teams))];
}

/** The action's inputs, read and checked in one place. Errors name the input. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}

/**
 * Reads what the decide layer needs: the bot's own comments on an issue (the only trusted
 * state), and files (config, template overrides) from the workspace or the contents API.
 */
/** True when a comment was written by the action's own identity (a bot login must also be a Bot account). */
const isOwnComment = isBot;
/** Sorts the bot's comments by kind; a dashboard's state is decoded. People's comments are ignored, whatever they contain. */
function classifyComments(comments, botLogin) {
    const existing = { others: {} };
    for (const c of comments) {
        if (!isOwnComment(c.user, botLogin))
            continue;
        const body = c.body ?? '';
        const kind = kindOf(body);
        if (!kind || kind === 'reply')
            continue;
        const snapshot = { id: c.id, body, author: c.user?.login ?? '' };
        if (kind === 'dashboard') {
            if (existing.dashboard)
                continue; // the first dashboard wins
            existing.dashboard = snapshot;
            const state = decodeState(body);
            if (state)
                existing.state = state;
        }
        else if (kind === 'checklist') {
            existing.checklist ??= snapshot;
        }
        else {
            existing.others[kind] ??= snapshot;
        }
    }
    return existing;
}
/** The bot's comments on an issue: one request per 100 comments. */
async function readExisting(gh, ref, issue, botLogin) {
    const comments = await gh.paginate(gh.rest.issues.listComments, { ...ref, issue_number: issue, per_page: 100 });
    return classifyComments(comments, botLogin);
}
/** A text file from the checked-out workspace, else from the repository's default branch; undefined when absent. */
async function readRepoFile(gh, ref, path, workspace) {
    if (workspace && existsSync(join$1(workspace, '.git'))) {
        const full = join$1(workspace, path);
        return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    }
    try {
        const res = await gh.rest.repos.getContent({ ...ref, path });
        const data = res.data;
        if (Array.isArray(res.data) || data.type !== 'file' || typeof data.content !== 'string')
            return undefined;
        return Buffer.from(data.content, data.encoding ?? 'base64').toString('utf8');
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
/** Template overrides (`*.hbs`) from a folder of the workspace, else through the contents API. */
async function readTemplateOverrides(gh, ref, dir, workspace) {
    const out = {};
    if (workspace && existsSync(join$1(workspace, '.git'))) {
        const full = join$1(workspace, dir);
        if (!existsSync(full))
            return out;
        for (const name of readdirSync(full))
            if (name.endsWith('.hbs'))
                out[name] = readFileSync(join$1(full, name), 'utf8');
        return out;
    }
    let listing;
    try {
        listing = (await gh.rest.repos.getContent({ ...ref, path: dir })).data;
    }
    catch (error) {
        if (error.status === 404)
            return out;
        throw error;
    }
    if (!Array.isArray(listing))
        return out;
    for (const entry of listing) {
        if (entry.type !== 'file' || !entry.name.endsWith('.hbs'))
            continue;
        const text = await readRepoFile(gh, ref, entry.path, undefined);
        if (text !== undefined)
            out[entry.name] = text;
    }
    return out;
}

/**
 * Which data variables a handlebars template reads, found from its syntax tree. Used to keep
 * the documented variables (`TEMPLATE_VARIABLES`) honest: a test fails when a template reads
 * something the table does not describe, and a user's override can be checked the same way.
 *
 * Paths are written as the table writes them: inside `{{#each list}}`, `{{field}}` is
 * `list[].field` and `{{this}}` is `list[]`; inside `{{#with obj}}`, `{{field}}` is `obj.field`.
 */
/** Every variable `source` reads, in order of appearance (duplicates kept, each with its line). */
function templateVariables(source, helpers = helperNames()) {
    const known = new Set(helpers);
    const uses = [];
    const program = Handlebars.parse(source);
    const resolve = (path, scopes) => {
        let parts = path.parts;
        let base;
        if (path.data) {
            // @index, @first, @key … are loop facts, not data; @root.x is the top-level x.
            if (parts[0] !== 'root')
                return undefined;
            parts = parts.slice(1);
            base = '';
        }
        else {
            base = scopes[Math.max(0, scopes.length - 1 - path.depth)] ?? '';
        }
        if (parts.length === 0)
            return base === '' ? undefined : base;
        return base === '' ? parts.join('.') : `${base}.${parts.join('.')}`;
    };
    const expression = (node, scopes) => {
        if (node.type === 'PathExpression') {
            const path = resolve(node, scopes);
            if (path !== undefined)
                uses.push({ path, line: node.loc.start.line });
        }
        else if (node.type === 'SubExpression') {
            call(node, scopes);
        }
    };
    /** A mustache, block or sub-expression: its head is a helper when it has arguments or is a known helper name. */
    const call = (node, scopes) => {
        const head = node.path;
        const isHelper = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || (head.type === 'PathExpression' && known.has(head.original));
        if (!isHelper)
            expression(head, scopes);
        for (const param of node.params)
            expression(param, scopes);
        for (const pair of node.hash?.pairs ?? [])
            expression(pair.value, scopes);
    };
    const walk = (node, scopes) => {
        if (!node)
            return;
        switch (node.type) {
            case 'Program':
                for (const statement of node.body)
                    walk(statement, scopes);
                return;
            case 'MustacheStatement':
                call(node, scopes);
                return;
            case 'BlockStatement': {
                const block = node;
                call(block, scopes);
                const name = block.path.original;
                const subject = block.params[0];
                let inner = scopes;
                if ((name === 'each' || name === 'with') && subject?.type === 'PathExpression') {
                    const path = resolve(subject, scopes) ?? '';
                    inner = [...scopes, name === 'each' ? `${path}[]` : path];
                }
                walk(block.program, inner);
                // `{{else}}` runs in the outer context for each/with, and in the same one for if/unless.
                walk(block.inverse, scopes);
                return;
            }
            default:
                return;
        }
    };
    walk(program, ['']);
    return uses;
}

/**
 * The pull-request check of incident-kit's own files: the configuration and the template
 * overrides a change touches, annotated with file and line before they are merged. Pure: the
 * shell hands in the changed files' text. An error fails the check (it would leave a setting at
 * its default, or a template unrenderable); a warning does not.
 */
const TEMPLATE_OVERRIDE_DIR = '.github/incident-kit/templates';
/** Annotations for the changed config file and template overrides, failing on errors. */
function planPullRequestConfigCheck(input) {
    const configPath = input.configPath ?? DEFAULT_CONFIG_PATH;
    const plan = emptyPlan();
    const failing = new Set();
    let checked = 0;
    for (const file of input.files) {
        if (file.text === undefined)
            continue;
        let found;
        if (file.path === configPath)
            found = checkConfigText(file.path, file.text);
        else if (file.path.startsWith(`${TEMPLATE_OVERRIDE_DIR}/`) && file.path.endsWith('.hbs'))
            found = checkTemplate(file.path, file.text, input.builtin);
        else
            continue;
        checked++;
        plan.changes.push(...found);
        if (found.some((a) => a.level === 'error'))
            failing.add(file.path);
    }
    plan.outputs = { 'config-files-changed': String(checked), 'config-files-failing': String(failing.size) };
    if (failing.size > 0) {
        plan.failure = `incident-kit configuration changed here has errors: ${[...failing].join(', ')} (see the annotations)`;
        const lines = plan.changes
            .filter((c) => c.kind === 'annotate' && c.level === 'error')
            .map((a) => `- \`${a.file}${a.line ? `:${a.line}` : ''}\` ${neutraliseInline(a.message, 300)}`);
        plan.summary = ['## incident-kit configuration', '', `${plan.failure}.`, '', ...lines].join('\n');
    }
    return plan;
}
function checkConfigText(path, text) {
    return loadConfig(text, path).problems.map((p) => ({
        kind: 'annotate',
        level: 'error',
        title: 'incident-kit configuration',
        message: formatProblem(p).slice(`${p.file}${p.line ? `:${p.line}` : ''}: `.length),
        file: path,
        ...(p.line ? { line: p.line } : {})
    }));
}
/** Syntax, the name (an override replaces a shipped template of the same name) and the variables it reads. */
function checkTemplate(path, source, builtin) {
    const name = path.slice(TEMPLATE_OVERRIDE_DIR.length + 1);
    const at = (level, message, line) => ({
        kind: 'annotate',
        level,
        title: 'incident-kit template',
        message,
        file: path,
        ...(line ? { line } : {})
    });
    try {
        Handlebars.parse(source);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const line = Number(/on line (\d+)/.exec(message)?.[1]) || undefined;
        return [at('error', `not a valid handlebars template: ${message.split('\n').slice(-1)[0]}`, line)];
    }
    if (!(name in builtin)) {
        const suggestion = closest(name, Object.keys(builtin));
        return [at('warning', `incident-kit renders no template named "${name}", so this file is not used${suggestion ? `; did you mean "${suggestion}"?` : ''}`)];
    }
    const comms = COMMS_TEMPLATES.find((t) => `${t}.md.hbs` === name);
    // Comms templates have a documented set of variables; for the others, what the shipped one reads is known to exist.
    const known = comms ? Object.keys(TEMPLATE_VARIABLES[comms]) : templateVariables(builtin[name]).map((u) => u.path);
    const out = [];
    const seen = new Set();
    for (const use of templateVariables(source)) {
        if (known.includes(use.path) || seen.has(use.path))
            continue;
        seen.add(use.path);
        const suggestion = closest(use.path, known);
        const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
        out.push(comms
            ? at('error', `"${use.path}" is not a variable of ${name} (rendering would fail)${hint}`, use.line)
            : at('warning', `"${use.path}" is not read by the shipped ${name}; check that it exists${hint}`, use.line));
    }
    return out;
}

/**
 * Writes a date into a runbook in the format the runbook already uses, touching as little as
 * possible: a drill sets "Last Tested", a pull-request check suggests "Last Reviewed". Pure.
 */
const FRONT_MATTER_KEY = { reviewed: 'last_reviewed', tested: 'last_tested' };
const OTHER = { reviewed: 'tested', tested: 'reviewed' };
/**
 * Sets `field` to `iso` everywhere the runbook states it (front matter, g3doc, header line). When
 * the runbook does not state it, adds it beside the other date in the same style, else as a key
 * of the front matter, else as a line under the title.
 */
function setRunbookDate(text, field, iso) {
    const dates = parseRunbookDates(text);
    const stamps = dates.stamps.filter((s) => s.field === field);
    const edited = stamps.length > 0 ? replaceDates(text, stamps, iso) : addDate(text, dates, field, iso);
    return { text: edited, changed: edited !== text, diff: lineDiff(text, edited) };
}
/** Replaces each written date, last first so earlier offsets stay valid. */
function replaceDates(text, stamps, iso) {
    let out = text;
    for (const s of [...stamps].sort((a, b) => b.offset - a.offset)) {
        // An empty value sits right after its colon: keep a space between them.
        const spaced = s.written === '' && !/[\s'"]/.test(out[s.offset - 1] ?? ' ') ? ` ${iso}` : iso;
        out = out.slice(0, s.offset) + spaced + out.slice(s.offset + s.written.length);
        if (s.source === 'header')
            out = replaceWrappingAttribute(out, s.offset, iso);
    }
    return out;
}
/** `<abbr title="…">` / `<time datetime="…">` right around a header date (PagerDuty's runbook header). */
const WRAPPING_DATE_ATTRIBUTE = /(<(?:abbr|time)\b[^>]*\b(?:title|datetime)\s*=\s*["'])([^"']*)(["'][^>]*>)$/i;
/** The date in the tag wrapping a header date changes with it, so the tooltip never says another day. */
function replaceWrappingAttribute(text, offset, iso) {
    const before = text.slice(0, offset);
    const m = WRAPPING_DATE_ATTRIBUTE.exec(before);
    if (!m || parseIsoDay(m[2]).kind === 'empty')
        return text;
    const at = m.index + m[1].length;
    return text.slice(0, at) + iso + text.slice(at + m[2].length);
}
function addDate(text, dates, field, iso) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    // Beside the other date when it is on a header line; g3doc has no field for it (only `reviewed`).
    const sibling = dates[OTHER[field]];
    if (sibling?.source === 'header')
        return addBesideHeaderDate(text, sibling, field, iso, eol);
    if (dates.frontMatter)
        return insertAt(text, dates.frontMatter.closingOffset, `${FRONT_MATTER_KEY[field]}: ${iso}${eol}`);
    return addHeaderLine(text, field, iso, eol);
}
/** Leading emphasis or inline tags around a label ("**Last Reviewed:**", "<strong>Last Reviewed:</strong>"). */
const MARKUP_BEFORE = /(?:[*_]|<(?:strong|b|em|i|span|code)\b[^>]*>)$/;
const MARKUP_AFTER = /^(?:[*_]+|<\/(?:strong|b|em|i|span|code)>)*/;
/**
 * "Last Reviewed: 2026-01-02" becomes "Last Reviewed: 2026-01-02 Last Tested: 2026-03-10" with the
 * same emphasis; in a markdown table the new date gets a row of its own.
 */
function addBesideHeaderDate(text, sibling, field, iso, eol) {
    let labelStart = sibling.labelOffset ?? sibling.offset;
    for (let m = MARKUP_BEFORE.exec(text.slice(0, labelStart)); m; m = MARKUP_BEFORE.exec(text.slice(0, labelStart)))
        labelStart -= m[0].length;
    const label = swapLabel(text.slice(labelStart, sibling.offset), OTHER[field], field);
    const valueEnd = sibling.offset + sibling.written.length;
    if (label.includes('|')) {
        const lineStart = text.lastIndexOf('\n', sibling.offset) + 1;
        const lineEnd = endOfLine(text, sibling.offset);
        const row = text.slice(lineStart, lineEnd);
        const newRow = swapLabel(row.slice(0, sibling.offset - lineStart), OTHER[field], field) + iso + row.slice(valueEnd - lineStart);
        return insertAt(text, lineEnd, `${eol}${newRow}`);
    }
    const closing = MARKUP_AFTER.exec(text.slice(valueEnd))?.[0] ?? '';
    return insertAt(text, valueEnd + closing.length, ` ${label}${iso}${closing}`);
}
/** A new paragraph under the title (a `#` heading at the top, after any g3doc comment), or at the top. */
function addHeaderLine(text, field, iso, eol) {
    const line = `${FIELD_LABEL[field]}: ${iso}`;
    const top = /^(?:\s*<!--\*[\s\S]*?\*-->[^\n]*\n)?(?:[ \t]*\r?\n)*/.exec(text)[0].length;
    if (text.startsWith('#', top))
        return insertAt(text, endOfLine(text, top), `${eol}${eol}${line}`);
    return insertAt(text, top, `${line}${eol}${eol}`);
}
function swapLabel(label, from, to) {
    const word = to === 'reviewed' ? 'reviewed' : 'tested';
    return label.replace(new RegExp(from, 'i'), (found) => found === found.toUpperCase() ? word.toUpperCase() : found[0] === found[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word);
}
/** Offset of the end of the line holding `offset`, before its line break. */
function endOfLine(text, offset) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1)
        return text.length;
    return text[newline - 1] === '\r' ? newline - 1 : newline;
}
function insertAt(text, offset, insertion) {
    return text.slice(0, offset) + insertion + text.slice(offset);
}
/** The lines that differ between two texts as one unified-diff hunk ("" when equal). */
function lineDiff(before, after) {
    if (before === after)
        return '';
    const a = before.split(/\r?\n/);
    const b = after.split(/\r?\n/);
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const removed = a.slice(head, a.length - tail);
    const added = b.slice(head, b.length - tail);
    const range = (count) => (count === 1 ? `${head + 1}` : count === 0 ? `${head},0` : `${head + 1},${count}`);
    return [`@@ -${range(removed.length)} +${range(added.length)} @@`, ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)].join('\n');
}

/**
 * The configured runbook globs (`runbooks.paths`) applied to paths, for the pull-request check,
 * which has only the changed paths to test. The scan lists files with tinyglobby, and tinyglobby
 * matches with picomatch: this matcher uses picomatch with the options and the reading of each
 * pattern that tinyglobby's scan uses, so the check and the scan agree on what is a runbook.
 */
/**
 * The picomatch options tinyglobby matches with, given the scan's options (scan.ts leaves dot,
 * case, braces, extglobs and globstars at tinyglobby's defaults): dot files are left out.
 */
const TINYGLOBBY_MATCH_OPTIONS = {
    dot: false,
    nobrace: false,
    nocase: false,
    noextglob: false,
    noglobstar: false,
    posix: true
};
/**
 * One pattern as tinyglobby reads it before matching: a trailing `/` is dropped, a pattern that
 * does not end in `*` also stands for everything under a directory of that name (its default
 * `expandDirectories`), and the path is normalised (`./runbooks` is `runbooks`).
 */
function asTinyglobbyReadsIt(pattern) {
    const trimmed = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern;
    return posix.normalize(trimmed.endsWith('*') ? trimmed : `${trimmed}/**`);
}
/**
 * A matcher for the configured runbook globs, with the meaning tinyglobby gives them: relative to
 * the root, whole path, dot files left out, `!pattern` excludes (`!(...)` is an extglob, not an
 * exclusion, and `!!pattern` is ignored, as in tinyglobby).
 */
function runbookMatcher(globs) {
    const include = [];
    const exclude = [];
    for (const glob of globs) {
        if (!glob.startsWith('!') || glob.startsWith('!('))
            include.push(asTinyglobbyReadsIt(glob));
        else if (!glob.startsWith('!!') || glob.startsWith('!!('))
            exclude.push(asTinyglobbyReadsIt(glob.slice(1)));
    }
    const isIncluded = picomatch(include, TINYGLOBBY_MATCH_OPTIONS);
    const isExcluded = picomatch(exclude, TINYGLOBBY_MATCH_OPTIONS);
    return (path) => {
        const relative = path.replace(/^\.\//, '');
        return isIncluded(relative) && !isExcluded(relative);
    };
}

// ---------------------------------------------------------------------------------------------
// Scheduled run: one tracking issue
/** Marks the tracking issue's body, so the action finds its own issue again (with the label). */
const TRACKING_MARKER = '<!-- incident-kit:runbook-freshness -->';
const TRACKING_KEY = 'runbook-freshness';
/** Table rows in the issue body; the rest are counted, and listed in the outputs and annotations. */
const TRACKING_ROWS = 250;
/** The scheduled run's plan: the tracking issue change (if any), annotations, outputs and the job summary. */
function planRunbookTracking(input) {
    return {
        changes: [...trackingIssueChanges$1(input), ...reportAnnotations(input.report)],
        outputs: reportOutputs(input.report),
        summary: renderRunbookReport(input.report, input.templates)
    };
}
/** Open, edit, reopen or close the one tracking issue; nothing when it already says the right thing. */
function trackingIssueChanges$1({ report, existing, templates, trackingLabel }) {
    const title = trackingTitle(report);
    const body = `${TRACKING_MARKER}\n${renderRunbookReport(report, templates, { stable: true, maxRows: TRACKING_ROWS })}`;
    if (!needsAttention(report)) {
        if (existing?.state !== 'open')
            return [];
        return [{ kind: 'update-tracking-issue', number: existing.number, ...edits(existing, title, body), state: 'closed' }];
    }
    if (!existing)
        return [{ kind: 'create-issue', key: TRACKING_KEY, title, body, labels: [trackingLabel] }];
    const changed = edits(existing, title, body);
    if (existing.state === 'closed')
        return [{ kind: 'update-tracking-issue', number: existing.number, ...changed, state: 'open' }];
    return Object.keys(changed).length === 0 ? [] : [{ kind: 'update-tracking-issue', number: existing.number, ...changed }];
}
function trackingTitle(report) {
    const { stale, broken } = report.counts;
    if (stale + broken === 0)
        return 'Runbook freshness: all runbooks are fresh';
    const parts = [stale > 0 ? `${stale} stale` : '', broken > 0 ? `${broken} broken` : ''].filter(Boolean);
    return `Runbook freshness: ${parts.join(', ')}`;
}
/** Only the fields that differ, so an unchanged issue is not edited (line endings and trailing space aside). */
function edits(existing, title, body) {
    const same = (a, b) => a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd();
    return {
        ...(existing.title === undefined || existing.title === title ? {} : { title }),
        ...(same(existing.body, body) ? {} : { body })
    };
}
/**
 * Checks the runbooks a pull request changes: each must carry real dates, and a Last Reviewed no
 * older than the change (whoever edits a runbook has just reviewed it). Errors fail the check;
 * an overdue Last Tested is a warning only, since editing a runbook is not drilling it.
 */
function planPullRequestRunbookCheck(input) {
    const changedDay = dayNumber(input.changedOn);
    if (changedDay === undefined)
        throw new Error(`changedOn must be a date such as 2026-03-10, got "${input.changedOn}"`);
    const isRunbook = runbookMatcher(input.runbooks.paths);
    const runbooks = input.files.filter((f) => f.text !== undefined && isRunbook(f.path));
    const plan = emptyPlan();
    const failing = [];
    const suggestions = [];
    for (const file of runbooks) {
        const problems = pullRequestFindings(file.path, file.text, changedDay, input);
        if (problems.length === 0)
            continue;
        plan.changes.push(...problems.map(annotationOf));
        if (problems.some((f) => f.severity === 'error')) {
            failing.push(file.path);
            const fix = setRunbookDate(file.text, 'reviewed', input.changedOn);
            if (fix.changed)
                suggestions.push(`${neutraliseInline(file.path)}:\n\n${fencedDiff(fix.diff)}`);
        }
    }
    plan.outputs = { 'runbooks-changed': String(runbooks.length), 'runbooks-failing': String(failing.length) };
    if (failing.length > 0) {
        plan.failure = `${failing.length === 1 ? 'A runbook' : `${failing.length} runbooks`} changed here need${failing.length === 1 ? 's' : ''} real dates and a Last Reviewed of ${input.changedOn} or later: ${failing.join(', ')}`;
        plan.summary = ['## Runbook freshness', '', `${plan.failure}.`, ...(suggestions.length ? ['', 'Suggested Last Reviewed:', '', ...suggestions] : [])].join('\n');
    }
    return plan;
}
function pullRequestFindings(path, text, changedDay, input) {
    const dates = parseRunbookDates(text);
    const owners = input.codeowners ? { fallbackOwners: ownersOf(input.codeowners, path) } : {};
    const findings = assessRunbook(path, dates, { ...input.runbooks, today: changedDay, ...owners });
    // An overdue Last Tested stays a warning: worth knowing, but not this change's fault.
    const problems = findings.filter((f) => f.status === 'broken' || f.kind === 'test-overdue');
    const reviewed = dates.reviewed;
    if (reviewed?.date.kind === 'valid' && reviewed.date.day < changedDay) {
        const label = FIELD_LABEL.reviewed;
        problems.push({
            file: path,
            line: reviewed.line,
            field: 'reviewed',
            kind: 'review-overdue',
            status: 'stale',
            severity: 'error',
            title: 'review older than this change',
            message: `${label} ${reviewed.written} is older than this change (${input.changedOn}): whoever changes a runbook reviews it, so set ${label} to ${input.changedOn}`,
            written: reviewed.written,
            daysOld: changedDay - reviewed.date.day,
            owners: findings[0]?.owners ?? []
        });
    }
    return problems;
}
/** The runbook with its Last Tested date set to `isoDate` (the drill's day), and the change as a suggestion. */
function proposeLastTested(text, isoDate) {
    if (dayNumber(isoDate) === undefined)
        throw new Error(`isoDate must be a date such as 2026-03-10, got "${isoDate}"`);
    const edit = setRunbookDate(text, 'tested', isoDate);
    return { ...edit, suggestion: edit.changed ? fencedDiff(edit.diff) : '' };
}
/** A fence longer than any run of backticks in the diff, so runbook text cannot close it early. */
function fencedDiff(diff) {
    const longest = Math.max(2, ...[...diff.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}diff\n${diff}\n${fence}`;
}

/**
 * The runbook side of the shell: the scheduled freshness scan with its one tracking issue, the
 * pull-request check of changed runbooks, the dashboard's "last tested N days ago", and the
 * drill's proposal of a new "Last Tested" date.
 */
function isCheckout(workspace) {
    return Boolean(workspace && existsSync(join$1(workspace, '.git')));
}
/** The scheduled scan: needs the checked-out repository; one request to find the tracking issue. */
async function planRunbookScan(gh, ref, ctx, workspace, botLogin) {
    if (!isCheckout(workspace)) {
        return { ...emptyPlan(), summary: '> Runbook freshness was not checked: add `actions/checkout` before incident-kit in the scheduled workflow.\n' };
    }
    const today = ctx.now.slice(0, 10);
    const codeowners = await readCodeOwners(workspace);
    const tally = await scanRunbooks({ dir: workspace, runbooks: ctx.config.runbooks, today, codeowners });
    const report = buildReport(tally, ctx.config.runbooks, today);
    const label = ctx.config.runbooks.trackingLabel;
    const issues = await gh.rest.issues.listForRepo({ ...ref, labels: label, state: 'all', per_page: 100, sort: 'created', direction: 'asc' });
    const mine = issues.data.find((i) => !i.pull_request && isOwnComment(i.user, botLogin) && (i.body ?? '').includes(TRACKING_MARKER));
    return planRunbookTracking({
        report,
        existing: mine ? { number: mine.number, state: mine.state === 'closed' ? 'closed' : 'open', title: mine.title, body: mine.body ?? '' } : undefined,
        templates: ctx.templates,
        trackingLabel: label
    });
}
/**
 * The pull-request check: only the runbooks, configuration file and template overrides the pull
 * request changes, read from the checked-out head.
 */
async function planPullRequestCheck(gh, ref, ctx, pull, workspace, configPath = DEFAULT_CONFIG_PATH) {
    const files = await gh.paginate(gh.rest.pulls.listFiles, { ...ref, pull_number: pull.number, per_page: 100 });
    const changed = [];
    for (const f of files) {
        if (f.status === 'removed') {
            changed.push({ path: f.filename });
            continue;
        }
        const text = isCheckout(workspace) && existsSync(join$1(workspace, f.filename))
            ? readFileSync(join$1(workspace, f.filename), 'utf8')
            : await readRepoFile(gh, ref, f.filename, undefined);
        changed.push({ path: f.filename, text });
    }
    const codeowners = isCheckout(workspace) ? await readCodeOwners(workspace) : undefined;
    const runbooks = planPullRequestRunbookCheck({ files: changed, changedOn: ctx.now.slice(0, 10), runbooks: ctx.config.runbooks, codeowners });
    const config = planPullRequestConfigCheck({ files: changed, configPath, builtin: builtinTemplates() });
    const failure = [runbooks.failure, config.failure].filter(Boolean).join('; ');
    const summary = [runbooks.summary, config.summary].filter(Boolean).join('\n\n');
    return {
        changes: [...runbooks.changes, ...config.changes],
        outputs: { ...runbooks.outputs, ...config.outputs },
        ...(failure ? { failure } : {}),
        ...(summary ? { summary } : {})
    };
}
/** How fresh the incident runbook is, for the dashboard; from the workspace only (costs no request). */
function incidentRunbookFreshness(ctx, workspace) {
    const path = ctx.config.runbooks.incidentRunbook;
    const url = `${ctx.repo.url}/blob/HEAD/${path}`;
    if (!isCheckout(workspace))
        return undefined;
    const full = join$1(workspace, path);
    if (!existsSync(full))
        return { path, url };
    const dates = parseRunbookDates(readFileSync(full, 'utf8'));
    const today = dayNumber(ctx.now.slice(0, 10));
    const reviewed = dates.reviewed?.date.kind === 'valid' ? dates.reviewed.date : undefined;
    const tested = dates.tested?.date.kind === 'valid' ? dates.tested.date : undefined;
    return {
        path,
        url,
        ...(reviewed ? { lastReviewed: reviewed.iso, daysSinceReviewed: today - reviewed.day } : {}),
        ...(tested ? { lastTested: tested.iso, daysSinceTested: today - tested.day } : {})
    };
}
/** The drill's issue, as a pull request, commit message or comment cites it: "#12, https://github.com/o/r/issues/12". */
function drillCitation(ctx, state) {
    return `#${state.issue}, ${ctx.repo.url}/issues/${state.issue}`;
}
/**
 * When a drill closes, propose the new "Last Tested" date of the runbook it exercised: a pull
 * request where the token may, otherwise a comment with the exact change. Reads what the pull
 * request needs (the default branch, its head, the file's version); the writes are the plan's.
 * Undefined when there is nothing to propose.
 */
async function planDrillProposal(gh, ref, ctx, state, workspace, dryRun) {
    const path = ctx.config.runbooks.incidentRunbook;
    const text = await readRepoFile(gh, ref, path, workspace);
    if (text === undefined)
        return undefined;
    const today = ctx.now.slice(0, 10);
    const proposal = proposeLastTested(text, today);
    if (!proposal.changed)
        return undefined;
    const key = `drill-${state.codename}`;
    const drill = drillCitation(ctx, state);
    const fallback = {
        issue: state.issue,
        body: `This drill (${drill}) exercised \`${path}\`. Set its Last Tested date (the token could not open a pull request: {status}):\n\n${proposal.suggestion}`
    };
    const said = (via) => `Proposed Last Tested ${today} for ${path} in ${via}`;
    const dryRunLine = `[dry-run] would propose Last Tested ${today} for ${path}`;
    if (dryRun)
        return { plan: emptyPlan(), line: () => undefined, dryRunLine };
    let change;
    try {
        const repo = await gh.rest.repos.get({ ...ref });
        const base = repo.data.default_branch;
        const head = await gh.rest.git.getRef({ ...ref, ref: `heads/${base}` });
        const current = await gh.rest.repos.getContent({ ...ref, path, ref: base });
        const fileSha = current.data.sha;
        change = {
            kind: 'propose-file',
            key,
            path,
            content: proposal.text,
            ...(fileSha ? { fileSha } : {}),
            base,
            baseSha: head.data.object.sha,
            branch: `incident-kit/drill-${state.codename}`,
            message: `Last Tested ${today}: drill ${state.codename} (#${state.issue})\n\nTested by the drill ${drill}.`,
            title: `Runbook: Last Tested ${today} (drill ${state.codename})`,
            body: `The drill ${state.codename} (${drill}) exercised \`${path}\`.\n\n${proposal.suggestion}`,
            fallback
        };
    }
    catch (error) {
        const status = error.status;
        if (status !== 403 && status !== 404 && status !== 422)
            throw error;
        // The token may not read what a pull request needs: say the exact change instead.
        change = { kind: 'reply', issue: state.issue, body: withStatus(fallback.body, status) };
    }
    return {
        plan: { changes: [change], outputs: {} },
        line: (result) => {
            const made = result.proposals[key];
            if (made && 'pullRequest' in made)
                return said(`pull request #${made.pullRequest}`);
            return made || result.done.length > 0 ? said('a comment') : undefined;
        },
        dryRunLine
    };
}

/**
 * The scheduled run (`schedule`, `workflow_dispatch`): reminders for the overdue clocks of open
 * incidents, and the metrics report across incidents, kept in one tracking issue and written
 * to the job summary.
 *
 * What it reads, and why. A GITHUB_TOKEN gets 1,000 requests an hour per repository; at four
 * runs an hour a run must stay well under 250, and leave room for the runs that handle
 * incident events. So:
 *  - the tracking issue: 1 request (issues labelled `incident-metrics`). Its body caches the
 *    metrics of every closed incident, and is trusted only when the action's own identity
 *    wrote it (its author) and the cache block parses exactly;
 *  - open incidents: listed by label (1 request per 100), then each one's comments (1 request
 *    per 100 comments): their dashboards hold the state the clocks run on. These are the
 *    only incidents that get reminders, so they are read every run;
 *  - closed incidents: only those updated since the cache was written are listed (state=closed,
 *    `since`), and only those whose `updated_at` differs from the cached one are read again.
 *    Without a trusted cache, and once a week to drop incidents that lost their label, every
 *    incident is listed (state=all: 1 request per 100) and the closed ones not yet cached are
 *    read, newest first, as many as the run's REQUEST_BUDGET leaves (at most BACKFILL_PER_RUN);
 *    the report says how many are still pending.
 * Writes: per incident with a reminder due, the reminder comment and the dashboard (with a
 * re-read of the dashboard just before, so a response run that wrote in between is not undone);
 * the tracking issue only when its body changes.
 */
/**
 * Requests a run aims to stay under: 4 runs an hour use at most ~720 of the token's 1,000,
 * leaving the rest to the runs that handle incident events. Open incidents are checked first
 * (they are what reminders are for); closed ones not yet cached get what is left.
 */
const REQUEST_BUDGET = 180;
/** Open incidents checked per run (each costs a read, and a few writes when a reminder is due). */
const OPEN_PER_RUN = 150;
/** Closed incidents read per run while the cache fills. */
const BACKFILL_PER_RUN = 100;
/** Requests kept back for the tracking issue. */
const TRACKING_RESERVE = 2;
/** A full listing at least this often, so incidents that lost their label leave the report. */
const FULL_LISTING_EVERY_MS = 7 * 24 * 3_600_000;
/** The "updated since" listing starts this much before the last one, for clock skew between runner and GitHub. */
const SINCE_MARGIN_MS = 10 * 60_000;
async function runScheduled(gh, ref, ctx, options) {
    let spent = 0;
    const count = () => {
        spent++;
    };
    gh.hook.before('request', count);
    try {
        return await scheduledRun(gh, ref, ctx, options, () => spent);
    }
    finally {
        gh.hook.remove('request', count);
    }
}
async function scheduledRun(gh, ref, ctx, options, spent) {
    const { reporter } = options;
    const tracking = await findMetricsIssue(gh, ref, options.botLogin);
    // A cache that does not parse exactly is not trusted: the run lists and reads afresh.
    const cache = tracking ? decodeMetricsCache(tracking.body) : undefined;
    const full = needsFullListing(cache, ctx.now);
    const listed = full ? await listIncidents(gh, ref, ctx, 'all') : await listIncidentsSince(gh, ref, ctx, cache);
    const open = listed.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
    const closed = listed.filter((i) => i.state === 'closed');
    reporter.info(`scheduled run: ${open.length} open incident(s); ${full ? `full listing (${closed.length} closed)` : `${closed.length} closed incident(s) updated since the last report`}`);
    const changes = [];
    const liveMetrics = [];
    let overdue = 0;
    let reminders = 0;
    const reminded = [];
    const failed = [];
    for (const issue of open.slice(0, OPEN_PER_RUN)) {
        try {
            const outcome = await options.reconcile(issue.number);
            if (!outcome.state)
                continue;
            changes.push(...outcome.plan.changes);
            overdue += outcome.overdue;
            if (outcome.reminded.length > 0) {
                reminders++;
                reminded.push(`#${issue.number}: ${outcome.reminded.join(', ')}`);
            }
            liveMetrics.push(incidentMetrics(outcome.state, ctx.config, new Set(outcome.posted), ctx.now));
        }
        catch (error) {
            // One incident's failure must not stop the others; the run still fails at the end.
            failed.push(issue.number);
            reporter.warning(`incident #${issue.number}: ${errorText(error)}`);
        }
    }
    if (open.length > OPEN_PER_RUN)
        reporter.warning(`${open.length - OPEN_PER_RUN} open incident(s) were not checked this run (at most ${OPEN_PER_RUN} a run)`);
    const cached = await refreshCache(gh, ref, ctx, options, cache, full, open, closed, REQUEST_BUDGET - TRACKING_RESERVE - spent());
    const fitted = fitCache(cached.cache);
    const all = [...fitted.entries.flatMap((e) => (e.metrics ? [e.metrics] : [])), ...liveMetrics];
    const report = renderMetricsReport(metricsReportView(all, { pending: cached.pending, ...(fitted.floor ? { floor: fitted.floor } : {}) }), ctx.templates);
    // With an open incident unread the figures are incomplete: the tracking issue waits for the next run.
    const trackingChanges = failed.length ? [] : trackingIssueChanges(tracking, report, fitted, cache, cached.pending, all.length);
    if (trackingChanges.length > 0)
        await apply(gh, ref, { changes: trackingChanges}, { others: {} }, options);
    changes.push(...trackingChanges);
    const summary = [
        '## Scheduled run',
        '',
        `${open.length} open incident(s) checked: ${overdue} overdue clock(s), reminders posted on ${reminders} incident(s)${reminded.length ? ` (${reminded.join('; ')})` : ''}.`,
        `${cached.read} closed incident(s) read for the metrics${cached.pending ? `, ${cached.pending} still to read` : ''}${full ? ' (full listing)' : ''}.`,
        '',
        report
    ].join('\n');
    const outputs = { 'overdue-clocks': String(overdue), reminders: String(reminders), 'open-incidents': String(open.length) };
    const failure = failed.length ? `the scheduled run could not check incident(s) ${failed.map((n) => `#${n}`).join(', ')}; the next run retries` : undefined;
    return { changes, outputs, summary, ...(failure ? { failure } : {}) };
}
function errorText(error) {
    const status = error.status;
    const message = error instanceof Error ? error.message : String(error);
    return status ? `GitHub API error ${status}: ${message}` : message;
}
// ---------------------------------------------------------------------------------------------
// One open incident
/** Kinds of the drafts the bot has posted on the incident. */
function postedDrafts(existing) {
    return new Set(Object.keys(existing.others));
}
async function apply(gh, ref, plan, existing, options, group = 'incident metrics') {
    await options.reporter.group(`${group}: ${plan.changes.length} change(s)`, async () => {
        await applyPlan(gh, ref, plan, existing, { dryRun: options.dryRun, log: options.reporter.info });
    });
}
// ---------------------------------------------------------------------------------------------
// Listing
/** Whether this run lists every incident: no trusted cache, one never completed, or a week since the last. */
function needsFullListing(cache, now) {
    if (!cache?.fullAt || !cache.listedAt)
        return true;
    return Date.parse(now) - Date.parse(cache.fullAt) >= FULL_LISTING_EVERY_MS;
}
/** Incident issues (the trigger label, and the drill label for drills filed without it), pull requests left out. */
async function listIncidents(gh, ref, ctx, state, since) {
    const byNumber = new Map();
    for (const label of new Set([ctx.config.labels.trigger, ctx.config.labels.drill])) {
        const issues = await gh.paginate(gh.rest.issues.listForRepo, { ...ref, labels: label, state, per_page: 100, ...(since ? { since } : {}) });
        for (const i of issues) {
            if (i.pull_request)
                continue;
            byNumber.set(i.number, { number: i.number, state: i.state === 'closed' ? 'closed' : 'open', updatedAt: i.updated_at });
        }
    }
    return [...byNumber.values()];
}
/** Every open incident, and the closed ones updated since the cache was last written. */
async function listIncidentsSince(gh, ref, ctx, cache) {
    const since = new Date(Date.parse(cache.listedAt) - SINCE_MARGIN_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const open = await listIncidents(gh, ref, ctx, 'open');
    const closed = await listIncidents(gh, ref, ctx, 'closed', since);
    return [...open, ...closed.filter((c) => !open.some((o) => o.number === c.number))];
}
/** The action's own tracking issue (labelled, written by its identity, with its marker). */
async function findMetricsIssue(gh, ref, botLogin) {
    // Oldest first: issues others label later cannot push the action's own off the page.
    const { data } = await gh.rest.issues.listForRepo({ ...ref, labels: METRICS_LABEL, state: 'all', sort: 'created', direction: 'asc', per_page: 100 });
    const own = data.find((i) => !i.pull_request && isOwnComment(i.user, botLogin) && (i.body ?? '').includes(METRICS_MARKER));
    return own ? { number: own.number, body: own.body ?? '' } : undefined;
}
/**
 * The cache after this run: closed incidents whose issue changed (or that are new) read again,
 * reopened ones dropped (they are measured live), and on a full listing everything no longer
 * listed dropped too. Where the next listing starts only moves on once nothing is pending.
 */
async function refreshCache(gh, ref, ctx, options, cache, full, open, closed, budget) {
    const previous = new Map((cache?.entries ?? []).map((e) => [e.issue, e]));
    const entries = new Map(full ? [] : previous);
    for (const issue of open)
        entries.delete(issue.number);
    const stale = [];
    for (const issue of closed) {
        if (issue.number < (cache?.floor ?? 0))
            continue;
        const known = previous.get(issue.number);
        if (known && Date.parse(known.updatedAt) === Date.parse(issue.updatedAt))
            entries.set(issue.number, known);
        else
            stale.push(issue);
    }
    // Newest first: the incidents people are most likely to look up.
    stale.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    const batch = stale.slice(0, Math.max(0, Math.min(BACKFILL_PER_RUN, budget)));
    let unread = 0;
    for (const issue of batch) {
        try {
            entries.set(issue.number, await closedIncident(gh, ref, ctx, issue, options.botLogin));
        }
        catch (error) {
            unread++;
            options.reporter.warning(`incident #${issue.number} (closed): ${errorText(error)}; read again next run`);
        }
    }
    const pending = stale.length - batch.length + unread;
    const fullAt = full && pending === 0 ? ctx.now : cache?.fullAt;
    const listedAt = pending === 0 ? ctx.now : cache?.listedAt;
    const next = {
        ...(fullAt ? { fullAt } : {}),
        ...(listedAt ? { listedAt } : {}),
        ...(cache?.floor ? { floor: cache.floor } : {}),
        entries: [...entries.values()]
    };
    return { cache: next, read: batch.length - unread, pending };
}
async function closedIncident(gh, ref, ctx, issue, botLogin) {
    const existing = await readExisting(gh, ref, issue.number, botLogin);
    const metrics = existing.state ? incidentMetrics(existing.state, ctx.config, postedDrafts(existing), ctx.now) : null;
    return { issue: issue.number, updatedAt: issue.updatedAt, metrics };
}
/**
 * The tracking issue's change. The cache's listing time alone changing is no reason to edit the
 * issue: it is written with the new time only when something else changed, and otherwise the
 * next run simply lists from the older time again (a few more issues to skip, no more reads).
 */
function trackingIssueChanges(tracking, report, cache, previous, pending, incidents) {
    if (!tracking && incidents === 0 && pending === 0)
        return [];
    const unchangedTime = previous?.listedAt ? { ...cache, listedAt: previous.listedAt } : cache;
    if (metricsIssueChanges(tracking, metricsIssueBody(report, unchangedTime)).length === 0)
        return [];
    return metricsIssueChanges(tracking, metricsIssueBody(report, cache));
}

const SEVERITY = ['b60205', 'd93f0b', 'fbca04', '0e8a16'];
const SEVERITY_WORDS = ['critical', 'high', 'medium', 'low'];
/** Every label the configuration makes incident-kit read or write, in a stable order. */
function labelsFor(config) {
    const { labels } = config;
    const specs = [
        { name: labels.trigger, color: 'b60205', description: 'A security incident, tracked by incident-kit' },
        { name: labels.drill, color: 'c5def5', description: 'A drill of the security-incident process (incident-kit)' },
        ...config.phases.map((p, i) => ({
            name: `${labels.phasePrefix}${p.id}`,
            color: i === config.phases.length - 1 ? '0e8a16' : '1d76db',
            description: `Incident phase: ${p.title}`
        })),
        ...SEVERITY.map((color, i) => ({ name: `${labels.severityPrefix}${i + 1}`, color, description: `Severity ${i + 1} (${SEVERITY_WORDS[i]})` })),
        ...Object.entries(config.gates).map(([id, gate]) => ({ name: `${labels.gatePrefix}${id}`, color: '5319e7', description: `Gate: ${gate.description}` })),
        ...config.postMortem.labels.map((name) => ({ name, color: 'bfd4f2', description: 'Post-mortem of a security incident (incident-kit)' })),
        { name: config.runbooks.trackingLabel, color: 'fef2c0', description: 'Runbooks that need review or a drill (incident-kit)' }
    ];
    const seen = new Set();
    return specs
        .filter((s) => {
        const key = s.name.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .map((s) => ({ ...s, description: s.description.length > 100 ? `${s.description.slice(0, 99)}…` : s.description }));
}
/** The labels to create: those missing from the repository (names compare case-insensitively, as on GitHub). A label that exists is left as its owner made it. */
function planLabels(wanted, existing) {
    const have = new Set(existing.map((l) => l.name.toLowerCase()));
    return wanted.filter((l) => !have.has(l.name.toLowerCase())).map((l) => ({ kind: 'create-label', name: l.name, color: l.color, description: l.description }));
}

/**
 * `mode: setup`: installing in ten minutes. Creates the labels the configuration uses, checks
 * the configuration and what the token may do (as far as the API tells), and files a drill
 * incident so the person installing sees the whole flow work. Safe to run again: existing labels
 * are left alone and an open setup drill is not filed twice.
 */
/** How the setup drill is recognised when setup runs again. */
const SETUP_DRILL_TEXT = 'Filed by incident-kit setup to check the install';
const SETUP_DRILL_KEY = 'setup-drill';
const statusOf = (error) => error.status;
async function runSetup(gh, ref, ctx, inputs, apply, openIncident) {
    const checks = [];
    const outputs = {};
    checks.push({ what: 'Repository', status: 'pass', detail: ctx.repo.private ? 'private' : 'public (allowed by allow-public-repo: demos only)' });
    const problems = ctx.configProblems ?? [];
    checks.push(problems.length === 0
        ? { what: 'Configuration', status: 'pass', detail: `\`${inputs.configPath}\` is valid (or absent: every default applies)` }
        : {
            what: 'Configuration',
            status: 'fail',
            detail: `${problems.length} problem(s), annotated in this run; the defaults apply to those settings:<br>${problems.map((p) => code(formatProblem(p))).join('<br>')}`
        });
    checks.push(await checkContents(gh, ref, inputs.configPath));
    const labels = await ensureLabels(gh, ref, ctx, apply, inputs.dryRun);
    checks.push(labels.check);
    outputs['labels-created'] = String(labels.created);
    checks.push(...(await checkTeams(gh, ctx, inputs.botLogin)));
    if (labels.check.status !== 'fail') {
        const drill = await fileDrill(gh, ref, ctx, apply, openIncident);
        checks.push(drill.check);
        if (drill.number)
            outputs['drill-issue'] = String(drill.number);
    }
    const failed = checks.filter((c) => c.status === 'fail');
    const icon = { pass: '✅', warn: '⚠️', fail: '❌' };
    const summary = [
        '## incident-kit setup',
        '',
        '| check | result | |',
        '|---|---|---|',
        ...checks.map((c) => `| ${c.what} | ${icon[c.status]} | ${c.detail.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`),
        '',
        failed.length === 0 ? 'Installed. Open the drill incident to see the dashboard and checklist, then close it.' : 'Fix what is marked ❌ and run setup again.'
    ].join('\n');
    return {
        ...emptyPlan(),
        outputs,
        summary,
        ...(failed.length ? { failure: `setup: ${failed.map((c) => c.what).join(', ')} failed (see the job summary)` } : {})
    };
}
/** contents: read, proven by reading the configuration file through the API (404: no file, fine). */
async function checkContents(gh, ref, path) {
    try {
        await gh.rest.repos.getContent({ ...ref, path });
        return { what: 'Token: contents read', status: 'pass', detail: `read \`${path}\`` };
    }
    catch (error) {
        if (statusOf(error) === 404)
            return { what: 'Token: contents read', status: 'pass', detail: `no \`${path}\`: every default applies` };
        return { what: 'Token: contents read', status: 'fail', detail: `cannot read \`${path}\` (HTTP ${statusOf(error) ?? '?'}): give the job \`contents: read\`` };
    }
}
/** The labels of the configuration, created where missing (issues: write is proven here). */
async function ensureLabels(gh, ref, ctx, apply, dryRun) {
    const wanted = labelsFor(ctx.config);
    try {
        const existing = await gh.paginate(gh.rest.issues.listLabelsForRepo, { ...ref, per_page: 100 });
        const changes = planLabels(wanted, existing);
        await apply({ ...emptyPlan(), changes }, { others: {} }, 'labels');
        const verb = dryRun ? 'would create' : 'created';
        return {
            check: {
                what: 'Labels (token: issues write)',
                status: 'pass',
                detail: `${wanted.length} labels: ${changes.length} ${verb}${changes.length ? ` (${changes.map((c) => code(c.name)).join(', ')})` : ''}, ${wanted.length - changes.length} existed`
            },
            created: dryRun ? 0 : changes.length
        };
    }
    catch (error) {
        return {
            check: {
                what: 'Labels (token: issues write)',
                status: 'fail',
                detail: `could not create labels (HTTP ${statusOf(error) ?? '?'}): give the job \`issues: write\``
            },
            created: 0
        };
    }
}
/** Team membership is readable only with members: read (an App or fine-grained token): needed when gates name teams. */
async function checkTeams(gh, ctx, botLogin) {
    const teams = [...new Set(Object.values(ctx.config.gates).flatMap((g) => g.approvers.teams))];
    if (teams.length === 0)
        return [{ what: 'Token: team membership', status: 'pass', detail: 'not needed: no gate names a team' }];
    const [org, team_slug] = teams[0].split('/');
    try {
        await gh.rest.teams.getMembershipForUserInOrg({ org, team_slug, username: botLogin });
        return [{ what: 'Token: team membership', status: 'pass', detail: `can read \`${teams[0]}\`` }];
    }
    catch (error) {
        if (statusOf(error) === 404)
            return [{ what: 'Token: team membership', status: 'pass', detail: `can read \`${teams[0]}\`` }];
        return [
            {
                what: 'Token: team membership',
                status: 'warn',
                detail: `cannot read \`${teams[0]}\` (HTTP ${statusOf(error) ?? '?'}): approvals by team will be refused until \`github-token\` can read members (GitHub App with Members: read)`
            }
        ];
    }
}
/** One open setup drill at a time: found again by its text, otherwise filed (a planned change) and opened as an incident right here. */
async function fileDrill(gh, ref, ctx, apply, openIncident) {
    const { trigger, drill } = ctx.config.labels;
    const open = await gh.rest.issues.listForRepo({ ...ref, labels: drill, state: 'open', per_page: 100 });
    const earlier = open.data.find((i) => !i.pull_request && (i.body ?? '').includes(SETUP_DRILL_TEXT));
    if (earlier)
        return {
            check: { what: 'Drill incident', status: 'pass', detail: `#${earlier.number} is open already: close it when you have looked around` },
            number: earlier.number
        };
    const change = {
        kind: 'create-issue',
        key: SETUP_DRILL_KEY,
        title: 'Drill: incident-kit setup check',
        body: drillBody(ctx.now),
        labels: [trigger, drill]
    };
    const filed = (await apply({ ...emptyPlan(), changes: [change] }, { others: {} }, 'drill')).issues[SETUP_DRILL_KEY];
    if (filed === undefined)
        return { check: { what: 'Drill incident', status: 'pass', detail: 'would be filed (dry run)' } };
    // Issues opened with the workflow token start no workflow, so the drill is opened as an incident here.
    await openIncident(filed);
    return {
        check: {
            what: 'Drill incident',
            status: 'pass',
            detail: `#${filed} filed: it has a codename, dashboard and checklist; close it when you have looked around`
        },
        number: filed
    };
}
function drillBody(now) {
    return [
        '### What did you observe?',
        '',
        `${SETUP_DRILL_TEXT}: a codename, the phase and severity labels, the dashboard and the checklist should all be here. Try \`/help\` in a comment, then close this issue.`,
        '',
        '### When was it detected (UTC)?',
        '',
        `${now.slice(0, 10)} ${now.slice(11, 16)}`,
        '',
        '### Is the attack still in progress?',
        '',
        'No',
        '',
        '### Severity',
        '',
        'SEV-4 (low)'
    ].join('\n');
}
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** A 403 here is the token's permissions, not a hiccup: answered at once rather than retried. */
const NO_RETRY = { retries: 0 };
/** A 401, 403 or 404: the token may not read it (GitHub hides what a token may not see behind a 404). */
function deniedStatus(error) {
    const status = error.status;
    return status === 401 || status === 403 || status === 404 ? status : undefined;
}
async function readOr(read, what, unreadable) {
    try {
        return await read();
    }
    catch (error) {
        const status = deniedStatus(error);
        if (status === undefined)
            throw error;
        unreadable.push(`${what}: ${status}`);
        return undefined;
    }
}
/** Who owns the repository and its visibility: from the payload, or one read when the payload lacks them. */
async function ownerOf(gh, ref, ctx) {
    if (ctx.repo.ownerType && ctx.repo.visibility)
        return { ownerType: ctx.repo.ownerType, visibility: ctx.repo.visibility };
    const { data } = await gh.rest.repos.get({ ...ref });
    const visibility = data.visibility === 'internal' ? 'internal' : data.private ? 'private' : 'public';
    return { ownerType: data.owner.type === 'Organization' ? 'Organization' : 'User', visibility };
}
/** Reads who can read the repository and compares it with the response team. */
async function checkVisibility(gh, ref, ctx) {
    const unreadable = [];
    const { ownerType, visibility } = await ownerOf(gh, ref, ctx);
    const listed = await collaborators(gh, ref);
    if (!listed)
        unreadable.push(`the collaborators (GET /repos/${ref.owner}/${ref.repo}/collaborators)`);
    const team = responseTeam(ctx.config);
    const facts = {
        at: ctx.now,
        owner: ref.owner,
        ownerType,
        visibility,
        ...(listed ? { collaborators: [...listed.keys()] } : {}),
        responseMembers: new Map(),
        unreadable
    };
    if (ownerType === 'Organization') {
        const teams = await readOr(() => listOnce(gh, gh.rest.repos.listTeams, { ...ref }), `the teams with access (GET /repos/${ref.owner}/${ref.repo}/teams)`, unreadable);
        if (teams)
            facts.teams = teams.map((t) => ({ slug: `${ref.owner}/${t.slug}`, permission: t.permission }));
        const org = await readOr(() => gh.rest.orgs.get({ org: ref.owner, request: NO_RETRY }), `the organization's settings (GET /orgs/${ref.owner})`, unreadable);
        const base = org?.data.default_repository_permission;
        if (base)
            facts.basePermission = base;
        // GitHub leaves the base permission out for a token that is not an owner's.
        else if (org)
            unreadable.push(`the organization's base permission (GET /orgs/${ref.owner} left it out)`);
        const members = await listTeams(gh, team.teams);
        for (const [slug, set] of members)
            if (set === 'unknown')
                unreadable.push(`the members of \`${slug}\``);
        facts.responseMembers = members;
    }
    return decideVisibility(facts, team);
}
/**
 * The runbook the incident follows and the commit it was read at: the workflow's checkout
 * (GITHUB_SHA) when there is one, else the default branch's head (one read). Undefined when the
 * token may not read the branch.
 */
async function runbookFollowed(gh, ref, ctx, workspace, sha) {
    const path = ctx.config.runbooks.incidentRunbook;
    const at = isCheckout(workspace) && sha ? sha : await headOf(gh, ref, ctx.repo.defaultBranch);
    if (!at)
        return undefined;
    return { path, sha: at, url: `${ctx.repo.url}/blob/${at}/${path.split('/').map(encodeURIComponent).join('/')}` };
}
async function headOf(gh, ref, defaultBranch) {
    try {
        const branch = defaultBranch ?? (await gh.rest.repos.get({ ...ref })).data.default_branch;
        const head = await gh.rest.git.getRef({ ...ref, ref: `heads/${branch}` });
        return head.data.object.sha;
    }
    catch (error) {
        if (deniedStatus(error) === undefined)
            throw error;
        return undefined;
    }
}

/**
 * Handling one event: read config, route the event, and for an incident issue reconcile it
 * with GitHub's history (read the history, decide, apply the plan or print it in dry-run),
 * then report outputs and summary. Used by the action (main.ts) and by the CLI's simulation; it
 * talks to the runner only through a Reporter.
 */
function messageOf(error) {
    if (error instanceof ConfigError || error instanceof InputError || error instanceof TemplateError)
        return error.message;
    if (error instanceof Error) {
        const status = error.status;
        return status ? `GitHub API error ${status}: ${error.message}` : error.message;
    }
    return String(error);
}
/** Runs the action for one event. Never throws: failures are reported through `reporter.setFailed`. */
async function handleEvent(envelope, inputs, reporter, options = {}) {
    try {
        const fromEnvelope = { ...(envelope.workspace ? { workspace: envelope.workspace } : {}), ...(envelope.sha ? { sha: envelope.sha } : {}) };
        return await handle(envelope, inputs, reporter, { ...options, ...fromEnvelope });
    }
    catch (error) {
        reporter.setFailed(messageOf(error));
        return emptyPlan();
    }
}
async function handle(envelope, inputs, core, options) {
    const { ref, payload } = envelope;
    const context = { eventName: envelope.name };
    let requests = 0;
    const gh = createGitHub({
        token: inputs.token,
        baseUrl: envelope.apiUrl,
        throttling: options.throttling ?? true,
        log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
        onRequest: () => {
            requests++;
        }
    });
    // Refuse before reading anything else: a public repository gets no writes at all. A payload
    // without the repository (some scheduled runs) costs one read to learn its visibility.
    const repository = payload.repository ?? (await gh.rest.repos.get({ ...ref })).data;
    const repo = repoFromPayload(repository, ref, envelope.serverUrl);
    const publicRefusal = refusePublic({ repo, allowPublicRepo: inputs.allowPublicRepo, allowInternalRepo: inputs.allowInternalRepo ?? false });
    if (publicRefusal) {
        core.setOutput('plan', '[]');
        core.setFailed(publicRefusal);
        return emptyPlan();
    }
    const workspace = envelope.workspace;
    // A config problem never stops a run: the defaults apply, the log annotates it, a new incident says it.
    const { config, problems: configProblems } = loadConfig(await readRepoFile(gh, ref, inputs.configPath, workspace), inputs.configPath);
    if (envelope.name !== 'pull_request')
        for (const p of configProblems)
            core.warning(formatProblem(p), { title: 'incident-kit configuration', file: p.file, ...(p.line ? { startLine: p.line } : {}) });
    core.setOutput('config-problems', JSON.stringify(configProblems.map(formatProblem)));
    const templates = withOverrides(await readTemplateOverrides(gh, ref, OVERRIDE_DIR, workspace));
    const ctx = {
        repo,
        config,
        templates,
        now: options.now?.() ?? new Date().toISOString(),
        allowPublicRepo: inputs.allowPublicRepo,
        allowInternalRepo: inputs.allowInternalRepo ?? false,
        notify: { pagerduty: Boolean(inputs.pagerdutyRoutingKey), slack: Boolean(inputs.slackWebhookUrl) },
        ...(configProblems.length > 0 ? { configProblems } : {})
    };
    const runbook = incidentRunbookFreshness(ctx, workspace);
    if (runbook)
        ctx.runbook = runbook;
    core.info(`event ${context.eventName}${payload.action ? `.${String(payload.action)}` : ''} in ${ref.owner}/${ref.repo}`);
    let plan;
    try {
        plan = await routeEvent(gh, ref, context.eventName, payload, ctx, inputs, core, options);
    }
    catch (error) {
        // Never silent at 3 a.m.: the incident says the run failed, with a link (best effort).
        if (!inputs.dryRun)
            await noteFailure(gh, ref, payload, ctx, messageOf(error), envelope.runUrl).catch((e) => core.warning(`could not say the failure on the incident: ${messageOf(e)}`));
        throw error;
    }
    for (const [name, value] of Object.entries(plan.outputs))
        core.setOutput(name, value);
    core.setOutput('plan', JSON.stringify(plan.changes.map(describeChange)));
    if (plan.summary)
        await core.summary(plan.summary);
    core.info(`${plan.changes.length} change(s) planned; ${requests} API request(s) made${inputs.dryRun ? ' (dry run: nothing written)' : ''}`);
    if (plan.failure)
        core.setFailed(plan.failure);
    return plan;
}
/** The client, context and applier one run works with (pages and notices go through the notifiers). */
function makeRoute(gh, ref, ctx, inputs, core, options) {
    const page = (change) => sendPage(change, { ...notifierOptions(inputs), ...(options.fetch ? { fetch: options.fetch } : {}) });
    const apply = (plan, existing, target) => core.group(`${typeof target === 'number' ? `incident #${target}` : target}: ${plan.changes.length} change(s)`, () => applyPlan(gh, ref, plan, existing, {
        dryRun: inputs.dryRun,
        log: core.info,
        annotate: (change) => annotate(core, change),
        page
    }));
    return { gh, ref, ctx, inputs, core, options, apply, page };
}
async function routeEvent(gh, ref, eventName, payload, ctx, inputs, core, options) {
    const action = String(payload.action ?? '');
    const sender = payload.sender?.login ?? '';
    // Our own label and comment changes come back as events when the token is not the workflow token.
    if (sender === inputs.botLogin && (eventName === 'issues' || eventName === 'issue_comment')) {
        core.info('event caused by incident-kit itself: nothing to do');
        return emptyPlan();
    }
    const route = makeRoute(gh, ref, ctx, inputs, core, options);
    if (inputs.mode === 'setup')
        return runSetup(gh, ref, ctx, inputs, route.apply, (n) => reconcileIssue(route, n));
    if (eventName === 'issues' && payload.issue)
        return onIssueEvent(route, action, payload);
    if (eventName === 'issue_comment' && payload.issue && payload.comment)
        return onCommentEvent(route, action, payload, sender);
    if (eventName === 'schedule' || eventName === 'workflow_dispatch') {
        const runbooks = await planRunbookScan(gh, ref, ctx, options.workspace, inputs.botLogin);
        await route.apply(runbooks, { others: {} }, 'runbook freshness');
        const clocks = await runScheduled(gh, ref, ctx, {
            botLogin: inputs.botLogin,
            dryRun: inputs.dryRun,
            reporter: core,
            reconcile: (n) => reconcileIssue(route, n, undefined, { guard: true })
        });
        return mergePlans(runbooks, clocks);
    }
    if (eventName === 'pull_request' && payload.pull_request) {
        const pull = payload.pull_request;
        const plan = await planPullRequestCheck(gh, ref, ctx, pull, options.workspace, inputs.configPath);
        await route.apply(plan, { others: {} }, `pull request #${pull.number}`);
        return plan;
    }
    core.info(`nothing to do for ${eventName}${action ? `.${action}` : ''}`);
    return emptyPlan();
}
/** issues.*: any change to an incident issue wakes a reconcile; the payload only says which issue. */
async function onIssueEvent(r, action, payload) {
    if (!ISSUE_ACTIONS.has(action))
        return emptyPlan();
    const { number } = payload.issue;
    return reconcile(r, number);
}
const ISSUE_ACTIONS = new Set(['opened', 'labeled', 'unlabeled', 'closed', 'reopened', 'assigned', 'unassigned']);
/**
 * issue_comment.*: a comment with commands, or an edit of the bot's checklist (ticks), wakes a
 * reconcile. An ordinary comment costs no request: it cannot change the record.
 */
async function onCommentEvent(r, action, payload, sender) {
    const { ctx, inputs } = r;
    const { number } = payload.issue;
    const comment = payload.comment;
    if (isOwnComment(comment.user, inputs.botLogin)) {
        if (action !== 'edited' || kindOf(comment.body ?? '') !== 'checklist')
            return emptyPlan();
        const before = payload.changes?.body?.from;
        if (before === undefined)
            return emptyPlan();
        // Who ticked is known only from this event: GitHub recorded its sender.
        return reconcile(r, number, { commentId: comment.id, by: sender, at: comment.updated_at ?? ctx.now, before, after: comment.body ?? '' });
    }
    if (action === 'deleted' || parseCommands(comment.body ?? '').length === 0)
        return emptyPlan();
    return reconcile(r, number);
}
async function reconcile(r, number, edit) {
    return (await reconcileIssue(r, number, edit)).plan;
}
/**
 * Reads the issue's history and who acted on it, decides, applies. With `guard` (the scheduled
 * run, which no concurrency group orders against the issue's runs), nothing is written when the
 * issue changed after it was read: a newer run saw more, and writes what it saw.
 */
async function reconcileIssue(r, number, edit, options = {}) {
    const { gh, ref, ctx, inputs } = r;
    const { issue, history } = await readIncidentHistory(gh, ref, number, inputs.botLogin);
    const { logins, gateTouched } = actorsToCheck(history, ctx);
    const actors = await readActors(gh, ref, edit ? [...logins, edit.by] : logins, gateTouched ? approverTeams(ctx) : []);
    const editor = edit ? actors.get(edit.by.toLowerCase()) : undefined;
    const checklistEdit = edit
        ? { ...edit, allowed: editor ? mayRunCommands(editor, ctx.config.commands.permission).allowed : false }
        : undefined;
    const input = { issue, history, actors, ctx, ...(checklistEdit ? { checklistEdit } : {}), ...(await readOnce(r, issue, history)) };
    let reconciled = reconcileIncident(input);
    const existing = existingFrom(history.bot);
    if (options.guard && reconciled.plan.changes.length > 0 && (await changedSince(gh, ref, number, issue.updatedAt))) {
        r.core.info(`incident #${number} changed while it was read: left to the run that changed it`);
        return { ...reconciled, plan: { ...reconciled.plan, changes: [] }, reminded: [] };
    }
    // The Incident Commander is paged before anything else is written: the page is what matters most,
    // and a page that fails is then said at the top of the dashboard this run writes.
    const { sent, failed } = await pageFirst(r, reconciled.plan);
    if (failed.length > 0)
        reconciled = reconcileIncident({ ...input, failedPages: failed });
    const rest = { ...reconciled.plan, changes: reconciled.plan.changes.filter((c) => !(c.kind === 'page' && c.key && sent.has(c.key))) };
    if (reconciled.state)
        withConfigNote(rest, ctx, existing, number);
    const applied = await r.apply(rest, existing, number);
    reconciled = { ...reconciled, plan: { ...reconciled.plan, changes: [...sentPages(reconciled.plan, sent), ...rest.changes] } };
    if (reconciled.state)
        await afterDrillClosed(r, reconciled.state, existingAfter(existing, applied));
    const summary = history.bot.some((c) => c.kind === 'dashboard') || !reconciled.state ? undefined : openSummary(reconciled.state, number);
    return { ...reconciled, plan: { ...reconciled.plan, ...(summary ? { summary } : {}) } };
}
/**
 * What an incident records once (who can read it, the runbook commit it follows): read only when
 * the dashboard's verified cache lacks it, so later events cost no request for it.
 */
async function readOnce(r, issue, history) {
    const { gh, ref, ctx, options } = r;
    if (!isIncidentIssue(issue, ctx) && !history.bot.some((c) => c.kind === 'dashboard'))
        return {};
    const missing = missingOnce(history);
    const visibility = missing.visibility ? await checkVisibility(gh, ref, ctx) : undefined;
    const runbook = missing.runbook ? await runbookFollowed(gh, ref, ctx, options.workspace, options.sha) : undefined;
    return { ...(visibility ? { visibility } : {}), ...(runbook ? { runbook } : {}) };
}
/** Sends the plan's keyed pages (the Incident Commander's); returns the keys tried and those that failed. */
async function pageFirst(r, plan) {
    const sent = new Set();
    const failed = [];
    if (r.inputs.dryRun)
        return { sent, failed };
    for (const change of plan.changes) {
        if (change.kind !== 'page' || !change.key)
            continue;
        sent.add(change.key);
        try {
            await r.page(change);
            r.core.info(describeChange(change));
        }
        catch (error) {
            r.core.warning(`${change.service} failed: ${messageOf(error)}`);
            failed.push({ key: change.key, error: messageOf(error) });
        }
    }
    return { sent, failed };
}
function sentPages(plan, sent) {
    return plan.changes.filter((c) => c.kind === 'page' && c.key !== undefined && sent.has(c.key));
}
async function changedSince(gh, ref, number, updatedAt) {
    const { data } = await gh.rest.issues.get({ ...ref, issue_number: number });
    return data.updated_at !== updatedAt;
}
function openSummary(state, number) {
    return [
        `## ${state.drill ? 'DRILL · ' : ''}${state.codename}`,
        '',
        `Incident #${number} opened in phase \`${state.phase}\`, severity ${state.severity ? `SEV-${state.severity}` : 'not set'}.`,
        ''
    ].join('\n');
}
/** Two plans reported as one: changes, outputs and summaries side by side, the first failure kept. */
function mergePlans(a, b) {
    const summary = [a.summary, b.summary].filter(Boolean).join('\n');
    const failure = a.failure ?? b.failure;
    return { changes: [...a.changes, ...b.changes], outputs: { ...a.outputs, ...b.outputs }, ...(summary ? { summary } : {}), ...(failure ? { failure } : {}) };
}
/**
 * After a drill closes: propose the new Last Tested date once, and note it on the timeline. Both
 * are plans for the applier; the dashboard's is built on the comments as the incident's plan left them.
 */
async function afterDrillClosed(r, state, existing) {
    const { gh, ref, ctx, inputs, core } = r;
    if (!state.drill || state.phase !== ctx.config.phases.at(-1)?.id || state.timeline.some((e) => e.key === 'drill-proposal'))
        return;
    const proposal = await planDrillProposal(gh, ref, ctx, state, r.options.workspace, inputs.dryRun);
    if (!proposal)
        return;
    if (inputs.dryRun) {
        core.info(proposal.dryRunLine);
        return;
    }
    const line = proposal.line(await r.apply(proposal.plan, existing, state.issue));
    if (!line)
        return;
    const next = { ...state, timeline: [...state.timeline, { at: ctx.now, kind: 'drill', text: line, key: 'drill-proposal' }] };
    const { body } = renderDashboard(next, { ...ctx, repoUrl: ctx.repo.url });
    await r.apply({ changes: [{ kind: 'upsert-comment', issue: state.issue, comment: 'dashboard', body: sealDashboard(body) }], outputs: {} }, existing, state.issue);
}
/** A short note on the incident issue that a run failed, once per run attempt (found again by its key). */
async function noteFailure(gh, ref, payload, ctx, message, runUrl) {
    const issue = payload.issue;
    if (!issue?.number)
        return;
    const labels = (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
    if (!labels.includes(ctx.config.labels.trigger) && !labels.includes(ctx.config.labels.drill))
        return;
    const plan = { changes: [failureNote(issue.number, message, runUrl, ctx.now)]};
    await applyPlan(gh, ref, plan, { others: {} }, { dryRun: false, log: () => { } });
}
/** Says the configuration's problems on the incident: once per distinct set, in one comment kept current. */
function withConfigNote(plan, ctx, existing, issue) {
    const file = ctx.configProblems?.[0]?.file;
    const note = configProblemsChange(ctx.configProblems, existing, issue, { fileUrl: (line) => `${ctx.repo.url}/blob/HEAD/${file}${line ? `#L${line}` : ''}` });
    if (note)
        plan.changes.push(note);
    return plan;
}
function notifierOptions(inputs) {
    return {
        ...(inputs.pagerdutyRoutingKey ? { pagerdutyRoutingKey: inputs.pagerdutyRoutingKey } : {}),
        ...(inputs.pagerdutyUrl ? { pagerdutyUrl: inputs.pagerdutyUrl } : {}),
        ...(inputs.slackWebhookUrl ? { slackWebhookUrl: inputs.slackWebhookUrl } : {})
    };
}
function annotate(core, change) {
    const props = {
        ...(change.title ? { title: change.title } : {}),
        ...(change.file ? { file: change.file } : {}),
        ...(change.line ? { startLine: change.line } : {})
    };
    if (change.level === 'error')
        core.error(change.message, props);
    else if (change.level === 'warning')
        core.warning(change.message, props);
    else
        core.notice(change.message, props);
}

/** Small pure helpers shared by the store, the JSON shapes and the routes. */
const ID_BASE = {
    issue: 1_900_000_000,
    comment: 2_400_000_000,
    label: 5_100_000_000,
    reaction: 260_000_000,
    user: 90_000,
    pull: 1_700_000_000,
    event: 17_000_000_000
};
/** GitHub Actions' real app and bot ids, so the bot looks like the identity the action will see. */
const ACTIONS_BOT_ID = 41898282;
const ACTIONS_APP = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' };
const REACTION_CONTENTS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'];
const PERMISSION_RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
/** GitHub's legacy node ids: base64 of "<len(type) two digits>:<Type><id>", e.g. "MDU6SXNzdWUx". */
function nodeId(type, id) {
    return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`).toString('base64');
}
/** GitHub timestamps carry whole seconds. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The blob id git (and the contents API `sha`) gives a file. */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** The contents API wraps base64 at 60 columns; clients must cope, so the fake does it too. */
function wrappedBase64(text) {
    return ((Buffer.from(text, 'utf8')
        .toString('base64')
        .match(/.{1,60}/g) ?? []).join('\n') + '\n');
}
/** GitHub's answer for a collaborator's `permission`: the five roles folded into the legacy four. */
function legacyPermission(p) {
    if (p === 'admin')
        return 'admin';
    if (p === 'maintain' || p === 'write')
        return 'write';
    if (p === 'triage' || p === 'read')
        return 'read';
    return 'none';
}
function permissionFlags(p) {
    const r = PERMISSION_RANK[p];
    return { admin: r >= 5, maintain: r >= 4, push: r >= 3, triage: r >= 2, pull: r >= 1 };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function sameName(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function uniqueNames(names) {
    const out = [];
    for (const n of names)
        if (!out.some((o) => sameName(o, n)))
            out.push(n);
    return out;
}
/** Label arguments arrive as names, {name} objects, or wrapped in {labels: [...]}; GitHub accepts all three. */
function labelNamesFrom(body) {
    const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.labels) ? body.labels : undefined;
    if (list === undefined)
        throw validationFailed('Label', 'labels', 'invalid');
    return list.map((item) => {
        if (typeof item === 'string')
            return item;
        if (isObject(item) && typeof item.name === 'string')
            return item.name;
        throw validationFailed('Label', 'labels', 'invalid');
    });
}
// ---------------------------------------------------------------------------------------------
// Errors handlers throw; the server turns them into responses
class HttpError extends Error {
    status;
    body;
    headers;
    constructor(status, body, headers = {}) {
        super(`HTTP ${status}`);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }
}
function notFound(message = 'Not Found') {
    return new HttpError(404, { message, documentation_url: 'https://docs.github.com/rest', status: '404' });
}
function validationFailed(resource, field, code, message) {
    const error = { resource, field, code };
    if (message !== undefined)
        error.message = message;
    return new HttpError(422, { message: 'Validation Failed', errors: [error], documentation_url: 'https://docs.github.com/rest', status: '422' });
}
function unprocessable(message) {
    return new HttpError(422, { message, documentation_url: 'https://docs.github.com/rest', status: '422' });
}
/** A GITHUB_TOKEN without members:read asking about teams. */
function teamsForbidden(docs) {
    return new HttpError(403, { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' }, { 'x-accepted-github-permissions': 'members=read' });
}
/** Compares two GitHub timestamps (or a `since` a client sent) as instants, not as text. */
function atOrAfter(time, since) {
    return Date.parse(time) >= Date.parse(since);
}

/** GitHub-shaped JSON for the store's records: ids, node_ids, urls, users, labels, reaction summaries. */
function userJson(s, login) {
    const id = s.userId(login);
    const bot = login.endsWith('[bot]');
    const base = `${s.apiUrl}/users/${encodeURIComponent(login)}`;
    return {
        login,
        id,
        node_id: nodeId(bot ? 'Bot' : 'User', id),
        avatar_url: `https://avatars.githubusercontent.com/${bot ? 'in/15368' : `u/${id}`}?v=4`,
        gravatar_id: '',
        url: base,
        html_url: bot ? `${s.o.serverUrl}/apps/${login.replace(/\[bot\]$/, '')}` : `${s.o.serverUrl}/${login}`,
        followers_url: `${base}/followers`,
        following_url: `${base}/following{/other_user}`,
        gists_url: `${base}/gists{/gist_id}`,
        starred_url: `${base}/starred{/owner}{/repo}`,
        subscriptions_url: `${base}/subscriptions`,
        organizations_url: `${base}/orgs`,
        repos_url: `${base}/repos`,
        events_url: `${base}/events{/privacy}`,
        received_events_url: `${base}/received_events`,
        type: bot ? 'Bot' : 'User',
        user_view_type: 'public',
        site_admin: false
    };
}
/** The Actions app, on what the Actions token writes: the action can tell its own writes apart by it. */
function appFor(s, login) {
    if (login !== s.o.botLogin)
        return null;
    return {
        id: ACTIONS_APP.id,
        slug: ACTIONS_APP.slug,
        node_id: nodeId('Integration', ACTIONS_APP.id),
        name: ACTIONS_APP.name,
        owner: userJson(s, 'github'),
        html_url: `${s.o.serverUrl}/apps/${ACTIONS_APP.slug}`,
        description: null,
        external_url: 'https://help.github.com/en/actions',
        created_at: '2018-07-30T09:30:17Z',
        updated_at: '2019-12-10T19:04:12Z',
        permissions: {},
        events: []
    };
}
function labelJson(s, l) {
    return {
        id: l.id,
        node_id: nodeId('Label', l.id),
        url: `${s.repoApi}/labels/${encodeURIComponent(l.name)}`,
        name: l.name,
        color: l.color,
        default: l.default,
        description: l.description
    };
}
function issueLabelsJson(s, issue) {
    return issue.labels.map((n) => labelJson(s, s.ensureLabel(n)));
}
function reactionsJson(list, url) {
    const summary = { url, total_count: list.length };
    for (const c of REACTION_CONTENTS)
        summary[c] = list.filter((r) => r.content === c).length;
    return summary;
}
function issueJson(s, issue) {
    const url = `${s.repoApi}/issues/${issue.number}`;
    const assignees = issue.assignees.map((a) => userJson(s, a));
    const json = {
        url,
        repository_url: s.repoApi,
        labels_url: `${url}/labels{/name}`,
        comments_url: `${url}/comments`,
        events_url: `${url}/events`,
        html_url: `${s.repoHtml}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
        id: issue.id,
        node_id: nodeId(issue.pull ? 'PullRequest' : 'Issue', issue.id),
        number: issue.number,
        title: issue.title,
        user: userJson(s, issue.user),
        labels: issueLabelsJson(s, issue),
        state: issue.state,
        locked: issue.locked,
        assignee: assignees[0] ?? null,
        assignees,
        milestone: null,
        comments: s.commentsOn(issue.number).length,
        created_at: issue.createdAt,
        updated_at: issue.updatedAt,
        closed_at: issue.closedAt,
        author_association: s.authorAssociation(issue.user),
        active_lock_reason: null,
        body: issue.body,
        closed_by: issue.closedBy === null ? null : userJson(s, issue.closedBy),
        reactions: reactionsJson(issue.reactions, `${url}/reactions`),
        timeline_url: `${url}/timeline`,
        performed_via_github_app: null,
        state_reason: issue.stateReason
    };
    if (issue.pull) {
        json.draft = issue.pull.draft;
        json.pull_request = {
            url: `${s.repoApi}/pulls/${issue.number}`,
            html_url: `${s.repoHtml}/pull/${issue.number}`,
            diff_url: `${s.repoHtml}/pull/${issue.number}.diff`,
            patch_url: `${s.repoHtml}/pull/${issue.number}.patch`,
            merged_at: null
        };
    }
    return json;
}
function commentJson(s, c) {
    const url = `${s.repoApi}/issues/comments/${c.id}`;
    return {
        url,
        html_url: `${s.repoHtml}/issues/${c.issue}#issuecomment-${c.id}`,
        issue_url: `${s.repoApi}/issues/${c.issue}`,
        id: c.id,
        node_id: nodeId('IssueComment', c.id),
        user: userJson(s, c.user),
        created_at: c.createdAt,
        updated_at: c.updatedAt,
        author_association: s.authorAssociation(c.user),
        body: c.body,
        reactions: reactionsJson(c.reactions, `${url}/reactions`),
        performed_via_github_app: appFor(s, c.user)
    };
}
/** GitHub's node types for issue events (node_id prefixes). */
const EVENT_NODE_TYPES = {
    labeled: 'LabeledEvent',
    unlabeled: 'UnlabeledEvent',
    closed: 'ClosedEvent',
    reopened: 'ReopenedEvent',
    assigned: 'AssignedEvent',
    unassigned: 'UnassignedEvent',
    renamed: 'RenamedTitleEvent'
};
/** An issue event as GET .../issues/{n}/events and the timeline list it. */
function eventJson(s, e) {
    const json = {
        id: e.id,
        node_id: nodeId(EVENT_NODE_TYPES[e.event], e.id),
        url: `${s.repoApi}/issues/events/${e.id}`,
        actor: userJson(s, e.actor),
        event: e.event,
        commit_id: null,
        commit_url: null,
        created_at: e.createdAt,
        performed_via_github_app: appFor(s, e.actor)
    };
    if (e.label)
        json.label = { name: e.label.name, color: e.label.color };
    if (e.assignee !== undefined) {
        json.assignee = userJson(s, e.assignee);
        json.assigner = userJson(s, e.actor);
    }
    if (e.rename)
        json.rename = { from: e.rename.from, to: e.rename.to };
    if (e.event === 'closed' || e.event === 'reopened')
        json.state_reason = e.stateReason ?? null;
    return json;
}
/** A comment as the timeline lists it: the comment, plus `event: "commented"` and its author as `actor`. */
function timelineCommentJson(s, c) {
    return { ...commentJson(s, c), event: 'commented', actor: userJson(s, c.user) };
}
function historyJson(s, item) {
    return item.kind === 'event' ? eventJson(s, item.event) : timelineCommentJson(s, item.comment);
}
function reactionJson(s, r) {
    return { id: r.id, node_id: nodeId('Reaction', r.id), user: userJson(s, r.user), content: r.content, created_at: r.createdAt };
}
/** 201 for a new reaction, 200 with the existing one when this user already reacted so. */
function react(s, list, user, content) {
    if (typeof content !== 'string' || !REACTION_CONTENTS.includes(content))
        throw validationFailed('Reaction', 'content', 'invalid');
    const existing = list.find((r) => r.user === user && r.content === content);
    if (existing)
        return { status: 200, body: reactionJson(s, existing) };
    const reaction = { id: s.nextId('reaction'), content: content, user, createdAt: s.now() };
    list.push(reaction);
    return { status: 201, body: reactionJson(s, reaction) };
}
function repoJson(s) {
    const owner = { ...userJson(s, s.o.owner), ...(s.organization ? { type: 'Organization' } : {}) };
    const id = 700_000_000 + (s.userId(s.o.owner) % 1000);
    return {
        id,
        node_id: nodeId('Repository', id),
        name: s.o.repo,
        full_name: `${s.o.owner}/${s.o.repo}`,
        private: s.isPrivate,
        visibility: s.isPrivate ? 'private' : 'public',
        owner,
        html_url: s.repoHtml,
        description: null,
        fork: false,
        url: s.repoApi,
        issues_url: `${s.repoApi}/issues{/number}`,
        labels_url: `${s.repoApi}/labels{/name}`,
        pulls_url: `${s.repoApi}/pulls{/number}`,
        contents_url: `${s.repoApi}/contents/{+path}`,
        created_at: '2024-01-02T03:04:05Z',
        updated_at: s.now(),
        pushed_at: s.now(),
        has_issues: true,
        archived: false,
        disabled: false,
        open_issues_count: [...s.issues.values()].filter((i) => i.state === 'open').length,
        default_branch: s.o.defaultBranch,
        permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
    };
}
function fileJson(s, path, text, ref) {
    const sha = gitBlobSha(text);
    const self = `${s.repoApi}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    const html = `${s.repoHtml}/blob/${ref}/${path}`;
    const git = `${s.repoApi}/git/blobs/${sha}`;
    return {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(text, 'utf8'),
        name: path.split('/').pop() ?? path,
        path,
        content: wrappedBase64(text),
        sha,
        url: self,
        git_url: git,
        html_url: html,
        download_url: `https://raw.githubusercontent.com/${s.o.owner}/${s.o.repo}/${ref}/${path}`,
        _links: { self, git, html }
    };
}
function commitJson(s, c) {
    const person = { name: c.author, email: `${s.userId(c.author)}+${c.author}@users.noreply.github.com`, date: c.date };
    return {
        sha: c.sha,
        node_id: nodeId('Commit', c.sha),
        url: `${s.repoApi}/git/commits/${c.sha}`,
        html_url: `${s.repoHtml}/commit/${c.sha}`,
        author: person,
        committer: person,
        message: c.message,
        tree: { sha: createHash('sha1').update(`tree ${c.sha}`).digest('hex'), url: `${s.repoApi}/git/trees/${c.sha}` },
        parents: c.parent ? [{ sha: c.parent, url: `${s.repoApi}/git/commits/${c.parent}`, html_url: `${s.repoHtml}/commit/${c.parent}` }] : [],
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    };
}
function refJson(s, branch) {
    const sha = s.branches.get(branch);
    return {
        ref: `refs/heads/${branch}`,
        node_id: nodeId('Ref', branch),
        url: `${s.repoApi}/git/refs/heads/${branch}`,
        object: { sha, type: 'commit', url: `${s.repoApi}/git/commits/${sha}` }
    };
}
function pullJson(s, issue) {
    const pull = issue.pull;
    const side = (branch) => ({
        label: `${s.o.owner}:${branch}`,
        ref: branch,
        sha: s.branches.get(branch) ?? '',
        user: userJson(s, s.o.owner),
        repo: repoJson(s)
    });
    const url = `${s.repoApi}/pulls/${issue.number}`;
    return {
        url,
        id: issue.id,
        node_id: nodeId('PullRequest', issue.id),
        html_url: `${s.repoHtml}/pull/${issue.number}`,
        diff_url: `${s.repoHtml}/pull/${issue.number}.diff`,
        patch_url: `${s.repoHtml}/pull/${issue.number}.patch`,
        issue_url: `${s.repoApi}/issues/${issue.number}`,
        commits_url: `${url}/commits`,
        review_comments_url: `${url}/comments`,
        comments_url: `${s.repoApi}/issues/${issue.number}/comments`,
        number: issue.number,
        state: issue.state,
        locked: issue.locked,
        title: issue.title,
        user: userJson(s, issue.user),
        body: issue.body,
        labels: issueLabelsJson(s, issue),
        assignee: null,
        assignees: [],
        requested_reviewers: [],
        milestone: null,
        created_at: issue.createdAt,
        updated_at: issue.updatedAt,
        closed_at: issue.closedAt,
        merged_at: null,
        merge_commit_sha: null,
        draft: pull.draft,
        merged: pull.merged,
        mergeable: null,
        author_association: s.authorAssociation(issue.user),
        head: side(pull.head),
        base: side(pull.base)
    };
}
/** GET /orgs/{org}: the organization, with the settings only an owner's token sees. */
function orgJson(s, basePermission) {
    const id = s.userId(s.o.owner);
    const base = `${s.apiUrl}/orgs/${s.o.owner}`;
    return {
        login: s.o.owner,
        id,
        node_id: nodeId('Organization', id),
        url: base,
        repos_url: `${base}/repos`,
        events_url: `${base}/events`,
        hooks_url: `${base}/hooks`,
        issues_url: `${base}/issues`,
        members_url: `${base}/members{/member}`,
        public_members_url: `${base}/public_members{/member}`,
        avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
        description: null,
        html_url: `${s.o.serverUrl}/${s.o.owner}`,
        has_organization_projects: true,
        has_repository_projects: true,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        type: 'Organization',
        created_at: '2024-01-02T03:04:05Z',
        updated_at: s.now(),
        archived_at: null,
        default_repository_permission: basePermission,
        members_can_create_repositories: true
    };
}
/** One team as GET /repos/{owner}/{repo}/teams lists it. */
function teamJson(s, slug, permission) {
    const id = s.userId(`team:${slug}`);
    const url = `${s.apiUrl}/organizations/1/team/${id}`;
    return {
        id,
        node_id: nodeId('Team', id),
        url,
        html_url: `${s.o.serverUrl}/orgs/${s.o.owner}/teams/${slug}`,
        name: slug,
        slug,
        description: null,
        privacy: 'closed',
        notification_setting: 'notifications_enabled',
        permission,
        members_url: `${url}/members{/member}`,
        repositories_url: `${url}/repos`,
        parent: null
    };
}

class Person {
    s;
    login;
    constructor(s, login) {
        this.s = s;
        this.login = login;
    }
    /** Adds labels; one already on the issue is a no-op and records nothing. */
    addLabels(issue, ...names) {
        this.s.addLabels(this.issueNeeding(issue, 'triage', 'label'), names, this.login);
    }
    /** Throws when the label is not on the issue (the API answers 404). */
    removeLabel(issue, name) {
        const target = this.issueNeeding(issue, 'triage', 'unlabel');
        if (!target.labels.some((l) => sameName(l, name)))
            throw new Error(`FakeGitHub: ${this.login} cannot remove "${name}" from #${issue}: it is not on the issue`);
        this.s.removeLabel(target, name, this.login);
    }
    close(issue, reason = 'completed') {
        this.s.setState(this.issueNeeding(issue, 'triage', 'close', true), 'closed', reason, this.login);
    }
    reopen(issue) {
        this.s.setState(this.issueNeeding(issue, 'triage', 'reopen', true), 'open', null, this.login);
    }
    /** Assigns people with access to the repository (others are dropped silently, like GitHub). */
    assign(issue, ...logins) {
        const target = this.issueNeeding(issue, 'triage', 'assign');
        this.s.setAssignees(target, [...target.assignees, ...logins], this.login);
    }
    unassign(issue, ...logins) {
        const target = this.issueNeeding(issue, 'triage', 'unassign');
        this.s.setAssignees(target, target.assignees.filter((a) => !logins.some((l) => sameName(l, a))), this.login);
    }
    rename(issue, title) {
        this.s.retitle(this.issueNeeding(issue, 'triage', 'rename', true), title, this.login);
    }
    comment(issue, body) {
        const target = this.issueNeeding(issue, 'read', 'comment on', true);
        const comment = this.s.addComment(target.number, this.login, body);
        this.s.touch(target);
        return comment;
    }
    /** Edits any comment this person may edit (their own, or anyone's with write access, the bot's included); moves `updated_at` only. */
    editComment(commentId, body) {
        return this.s.editComment(this.commentNeeding(commentId, 'edit'), body);
    }
    /** Deletes a comment; it leaves the timeline and the comment list. */
    deleteComment(commentId) {
        this.s.deleteComment(this.commentNeeding(commentId, 'delete'));
    }
    // -- GitHub's access rules -------------------------------------------------------------------
    permission() {
        if (sameName(this.login, this.s.o.owner))
            return 'admin';
        return this.s.permissionOf(this.login) ?? 'none';
    }
    require(needed, what) {
        const has = this.permission();
        if (PERMISSION_RANK[has] < PERMISSION_RANK[needed])
            throw new Error(`FakeGitHub: ${this.login} cannot ${what}: GitHub requires ${needed} access and they have ${has} (setPermission first)`);
    }
    issueNeeding(number, needed, verb, authorMay = false) {
        const issue = this.s.issues.get(number);
        if (!issue)
            throw new Error(`FakeGitHub: there is no issue #${number}`);
        if (!(authorMay && sameName(issue.user, this.login)))
            this.require(needed, `${verb} #${number}`);
        return issue;
    }
    commentNeeding(id, verb) {
        const comment = this.s.comments.get(id);
        if (!comment)
            throw new Error(`FakeGitHub: there is no comment ${id}`);
        if (!sameName(comment.user, this.login))
            this.require('write', `${verb} ${comment.user}'s comment ${id}`);
        return comment;
    }
}

/** Splits "/repos/{owner}/{repo}/contents/{path+}"; `isMulti` marks parameters that span segments without the "+". */
function compileTemplate(template, isMulti = () => false) {
    return template
        .split('/')
        .filter(Boolean)
        .map((seg) => {
        const m = /^\{(\w+)(\+?)\}$/.exec(seg);
        return m ? { param: m[1], multi: m[2] === '+' || isMulti(m[1]) } : { literal: seg };
    });
}
function decodeSegment(seg) {
    try {
        return decodeURIComponent(seg);
    }
    catch {
        return seg;
    }
}
/** A request path as decoded segments ("/a/b%2Fc" -> ["a", "b/c"]). */
function splitPath(path) {
    return path.split('/').filter(Boolean).map(decodeSegment);
}
/** Binds path parameters, letting a multi-segment parameter absorb as many segments as the rest allows. */
function bindPath(segments, actual, i = 0, j = 0, out = {}) {
    if (i === segments.length)
        return j === actual.length ? out : undefined;
    const seg = segments[i];
    if (j >= actual.length)
        return undefined;
    if ('literal' in seg)
        return seg.literal === actual[j] ? bindPath(segments, actual, i + 1, j + 1, out) : undefined;
    if (!seg.multi)
        return bindPath(segments, actual, i + 1, j + 1, { ...out, [seg.param]: actual[j] });
    for (let end = actual.length; end > j; end--) {
        const found = bindPath(segments, actual, i + 1, end, { ...out, [seg.param]: actual.slice(j, end).join('/') });
        if (found)
            return found;
    }
    return undefined;
}
/** Negative when `a` is the more specific template: compared at the first position where they differ. */
function compareSpecificity(a, b) {
    const rank = (s) => (s === undefined ? -1 : 'literal' in s ? 2 : s.multi ? 0 : 1);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = rank(b[i]) - rank(a[i]);
        if (d !== 0)
            return d;
    }
    return 0;
}
function route(method, template, handler) {
    return { method, template, handler, segments: compileTemplate(template) };
}
/** The most specific route for a request, with its bound parameters. */
function findRoute(routes, method, path) {
    const actual = splitPath(path);
    let best;
    for (const r of routes) {
        if (r.method !== method)
            continue;
        const params = bindPath(r.segments, actual);
        if (params && (!best || compareSpecificity(r.segments, best.route.segments) < 0))
            best = { route: r, params };
    }
    return best;
}
// ---------------------------------------------------------------------------------------------
// Pagination, as GitHub does it: per_page (default 30, max 100), page, and a Link header
function paginate(c, items) {
    const perPage = Math.min(100, Math.max(1, Number(c.query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(c.query.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p, rel) => {
        const q = new URLSearchParams({ ...c.query, per_page: String(perPage), page: String(p) });
        return `<${c.s.apiUrl}${c.path}?${q.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page > 1)
        links.push(link(page - 1, 'prev'));
    if (page < last)
        links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1)
        links.push(link(1, 'first'));
    return { page: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
}
function paged(c, items, toJson) {
    const { page, headers } = paginate(c, items);
    return { status: 200, body: page.map(toJson), headers };
}
function bodyObject(c) {
    if (c.body === undefined)
        return {};
    if (!isObject(c.body))
        throw unprocessable('Invalid request.\n\nThe request body must be a JSON object.');
    return c.body;
}

/** Labels on an issue (each change recorded as labeled/unlabeled) and the repository's label set. */
function listIssueLabels(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    return paged(c, issue.labels, (n) => labelJson(c.s, c.s.ensureLabel(n)));
}
function addLabels(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    c.s.addLabels(issue, labelNamesFrom(c.body), c.actor);
    c.s.touch(issue);
    return { status: 200, body: issueLabelsJson(c.s, issue) };
}
function setLabels(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    c.s.setLabels(issue, c.body === undefined ? [] : labelNamesFrom(c.body), c.actor);
    c.s.touch(issue);
    return { status: 200, body: issueLabelsJson(c.s, issue) };
}
function removeLabel(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    c.s.removeLabel(issue, c.params.name, c.actor);
    return { status: 200, body: issueLabelsJson(c.s, issue) };
}
function listRepoLabels(c) {
    return paged(c, [...c.s.labels.values()], (l) => labelJson(c.s, l));
}
function createRepoLabel(c) {
    const b = bodyObject(c);
    if (typeof b.name !== 'string')
        throw validationFailed('Label', 'name', 'missing_field');
    if (c.s.labels.has(b.name.toLowerCase()))
        throw validationFailed('Label', 'name', 'already_exists');
    const color = typeof b.color === 'string' ? b.color.replace(/^#/, '') : 'ededed';
    const label = c.s.ensureLabel(b.name, color, typeof b.description === 'string' ? b.description : null);
    return { status: 201, body: labelJson(c.s, label) };
}
function getRepoLabel(c) {
    const label = c.s.labels.get(c.params.name.toLowerCase());
    if (!label)
        throw notFound();
    return { status: 200, body: labelJson(c.s, label) };
}
/** Renaming a label renames it on every issue; events already recorded keep the name it had then. */
function updateRepoLabel(c) {
    const label = c.s.labels.get(c.params.name.toLowerCase());
    if (!label)
        throw notFound();
    const b = bodyObject(c);
    if (typeof b.color === 'string')
        label.color = b.color.replace(/^#/, '');
    if (typeof b.description === 'string' || b.description === null)
        label.description = b.description;
    if (typeof b.new_name === 'string') {
        const renamed = b.new_name;
        for (const issue of c.s.issues.values())
            issue.labels = issue.labels.map((l) => (sameName(l, label.name) ? renamed : l));
        c.s.labels.delete(label.name.toLowerCase());
        label.name = renamed;
        c.s.labels.set(label.name.toLowerCase(), label);
    }
    return { status: 200, body: labelJson(c.s, label) };
}

/** Comments and reactions. Edits move `updated_at` only; a deleted comment leaves the timeline. */
/** `since`: only comments updated at or after it, as GitHub filters. */
function listComments(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    const since = c.query.since;
    const items = c.s.commentsOn(issue.number).filter((x) => since === undefined || atOrAfter(x.updatedAt, since));
    return paged(c, items, (x) => commentJson(c.s, x));
}
function requireBodyText(c) {
    const b = bodyObject(c);
    if (typeof b.body !== 'string')
        throw validationFailed('IssueComment', 'body', 'missing_field');
    if (b.body.length > 65536)
        throw unprocessable('Validation Failed: body is too long (maximum is 65536 characters)');
    return b.body;
}
function createComment(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    const comment = c.s.addComment(issue.number, c.actor, requireBodyText(c));
    c.s.touch(issue);
    return { status: 201, body: commentJson(c.s, comment), headers: { location: `${c.s.repoApi}/issues/comments/${comment.id}` } };
}
function getComment(c) {
    return { status: 200, body: commentJson(c.s, c.s.commentOr404(c.params.comment_id)) };
}
function updateComment(c) {
    const comment = c.s.commentOr404(c.params.comment_id);
    return { status: 200, body: commentJson(c.s, c.s.editComment(comment, requireBodyText(c))) };
}
function deleteComment(c) {
    c.s.deleteComment(c.s.commentOr404(c.params.comment_id));
    return { status: 204 };
}
function listCommentReactions(c) {
    const comment = c.s.commentOr404(c.params.comment_id);
    const items = comment.reactions.filter((r) => c.query.content === undefined || r.content === c.query.content);
    return paged(c, items, (r) => reactionJson(c.s, r));
}
function reactToComment(c) {
    return react(c.s, c.s.commentOr404(c.params.comment_id).reactions, c.actor, bodyObject(c).content);
}
function reactToIssue(c) {
    return react(c.s, c.s.issueOr404(c.params.issue_number).reactions, c.actor, bodyObject(c).content);
}

/** An issue's history: its events, and the timeline (events and comments in GitHub's order). */
function listTimeline(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    return paged(c, c.s.history(issue.number, true), (item) => historyJson(c.s, item));
}
function listEvents(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    return paged(c, c.s.history(issue.number, false), (item) => (item.kind === 'event' ? eventJson(c.s, item.event) : undefined));
}

/** Issues: list, file, read, update, assign. Every change goes through the store so it is recorded. */
function listIssues(c) {
    const q = c.query;
    const state = q.state ?? 'open';
    const wanted = (q.labels ?? '')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
    const sort = q.sort ?? 'created';
    const dir = q.direction === 'asc' ? 1 : -1;
    const key = (i) => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? c.s.commentsOn(i.number).length : i.createdAt);
    const items = [...c.s.issues.values()]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => wanted.every((w) => i.labels.some((l) => sameName(l, w))))
        .filter((i) => q.creator === undefined || sameName(i.user, q.creator))
        .filter((i) => q.since === undefined || atOrAfter(i.updatedAt, q.since))
        .filter((i) => q.assignee === undefined ||
        (q.assignee === 'none' ? i.assignees.length === 0 : q.assignee === '*' ? i.assignees.length > 0 : i.assignees.some((a) => sameName(a, q.assignee))))
        .sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        return (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number) * dir;
    });
    return paged(c, items, (i) => issueJson(c.s, i));
}
function createIssue(c) {
    const b = bodyObject(c);
    if (typeof b.title !== 'string' && typeof b.title !== 'number')
        throw validationFailed('Issue', 'title', 'missing_field');
    const issue = c.s.addIssue({
        title: String(b.title),
        body: typeof b.body === 'string' ? b.body : null,
        user: c.actor,
        labels: b.labels === undefined ? [] : uniqueNames(labelNamesFrom(b.labels)),
        assignees: Array.isArray(b.assignees) ? b.assignees.filter((a) => typeof a === 'string') : []
    });
    return { status: 201, body: issueJson(c.s, issue), headers: { location: `${c.s.repoApi}/issues/${issue.number}` } };
}
function getIssue(c) {
    return { status: 200, body: issueJson(c.s, c.s.issueOr404(c.params.issue_number)) };
}
function updateIssue(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    const b = bodyObject(c);
    if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed')
        throw validationFailed('Issue', 'state', 'invalid');
    if (typeof b.title === 'string' || typeof b.title === 'number')
        c.s.retitle(issue, String(b.title), c.actor);
    if (b.body !== undefined)
        issue.body = typeof b.body === 'string' ? b.body : null;
    if (b.labels !== undefined)
        c.s.setLabels(issue, labelNamesFrom(b.labels), c.actor);
    if (b.assignee !== undefined)
        c.s.setAssignees(issue, typeof b.assignee === 'string' ? [b.assignee] : [], c.actor);
    if (Array.isArray(b.assignees))
        c.s.setAssignees(issue, b.assignees.filter((a) => typeof a === 'string'), c.actor);
    if (b.state === 'open' || b.state === 'closed')
        c.s.setState(issue, b.state, typeof b.state_reason === 'string' ? b.state_reason : null, c.actor);
    c.s.touch(issue);
    return { status: 200, body: issueJson(c.s, issue) };
}
function loginsFrom(body) {
    return Array.isArray(body.assignees) ? body.assignees.filter((a) => typeof a === 'string') : [];
}
function addAssignees(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    c.s.setAssignees(issue, [...issue.assignees, ...loginsFrom(bodyObject(c))], c.actor);
    c.s.touch(issue);
    return { status: 201, body: issueJson(c.s, issue) };
}
function removeAssignees(c) {
    const issue = c.s.issueOr404(c.params.issue_number);
    const gone = loginsFrom(bodyObject(c));
    c.s.setAssignees(issue, issue.assignees.filter((a) => !gone.some((g) => sameName(g, a))), c.actor);
    c.s.touch(issue);
    return { status: 200, body: issueJson(c.s, issue) };
}

/** Who may do what: collaborators and their permission, and org teams. */
/** The query's legacy names for the roles a `permission` filter asks for at least. */
const FILTER_RANK = {
    pull: PERMISSION_RANK.read,
    triage: PERMISSION_RANK.triage,
    push: PERMISSION_RANK.write,
    maintain: PERMISSION_RANK.maintain,
    admin: PERMISSION_RANK.admin
};
function getPermission(c) {
    const login = c.params.username;
    const p = c.s.permissionOf(login);
    // Like GitHub for a private repository: someone who is not a collaborator is simply not found.
    if (p === undefined)
        throw notFound();
    const user = { ...userJson(c.s, login), permissions: permissionFlags(p), role_name: p === 'none' ? '' : p };
    return { status: 200, body: { permission: legacyPermission(p), role_name: p === 'none' ? '' : p, user } };
}
/**
 * Everyone given access with `setPermission`, in the order they were given it. The fake has no
 * org membership, so every collaborator counts as direct and `affiliation` does not narrow the list.
 */
function listCollaborators(c) {
    const least = c.query.permission === undefined ? PERMISSION_RANK.read : (FILTER_RANK[c.query.permission] ?? PERMISSION_RANK.read);
    const people = [...c.s.permissions.entries()]
        .filter(([, p]) => PERMISSION_RANK[p] >= least)
        .map(([key, p]) => ({ login: c.s.logins.get(key) ?? key, permission: p }));
    return paged(c, people, ({ login, permission }) => ({
        ...userJson(c.s, login),
        permissions: permissionFlags(permission),
        role_name: permission
    }));
}
function teamOr403(c, docs) {
    if (!c.s.teamsReadable)
        throw teamsForbidden(docs);
    return c.s.teams.get(`${c.params.org}/${c.params.team_slug}`.toLowerCase());
}
function getTeamMembership(c) {
    const team = teamOr403(c, 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user');
    const role = team?.get(c.params.username.toLowerCase());
    if (role === undefined)
        throw notFound();
    return { status: 200, body: { url: `${c.s.apiUrl}/organizations/1/team/1/memberships/${c.params.username}`, role, state: 'active' } };
}
/** Members of a team (`role` filters), 404 for a team the fake does not know. */
function listTeamMembers(c) {
    const team = teamOr403(c, 'https://docs.github.com/rest/teams/members#list-team-members');
    if (team === undefined)
        throw notFound();
    const role = c.query.role ?? 'all';
    const members = [...team.entries()].filter(([, r]) => role === 'all' || r === role).map(([key]) => c.s.logins.get(key) ?? key);
    return paged(c, members, (login) => userJson(c.s, login));
}
/** The teams given access to the repository; 403 for a token that may not read teams, 404 on a personal repository. */
function listRepoTeams(c) {
    if (!c.s.organization)
        throw notFound();
    if (!c.s.teamsReadable)
        throw teamsForbidden('https://docs.github.com/rest/repos/repos#list-repository-teams');
    return paged(c, [...c.s.repoTeams.entries()], ([slug, permission]) => teamJson(c.s, slug, permission));
}
/** The organization; 403 for a token that may not read its settings (GITHUB_TOKEN), 404 for a user. */
function getOrg(c) {
    const org = c.s.organization;
    if (!org || c.params.org.toLowerCase() !== c.s.o.owner.toLowerCase())
        throw notFound();
    if (!org.readable)
        throw teamsForbidden('https://docs.github.com/rest/orgs/orgs#get-an-organization');
    return { status: 200, body: orgJson(c.s, org.basePermission) };
}

/** The repository itself, the rate limit, file contents, branches and pull requests. */
function getRateLimit(c) {
    const core = { limit: 5000, used: c.s.rateUsed, remaining: 5000 - c.s.rateUsed, reset: c.s.rateReset };
    const fresh = (limit) => ({ limit, used: 0, remaining: limit, reset: c.s.rateReset });
    return { status: 200, body: { resources: { core, search: fresh(30), graphql: fresh(5000), integration_manifest: fresh(5000) }, rate: core } };
}
function getRepo(c) {
    return { status: 200, body: repoJson(c.s) };
}
function getContent(c) {
    const ref = c.query.ref ?? c.s.o.defaultBranch;
    const commit = c.s.resolveRef(ref);
    if (!commit)
        throw notFound(`No commit found for the ref ${ref}`);
    const path = c.params.path.replace(/^\/+|\/+$/g, '');
    const text = commit.files.get(path);
    if (text !== undefined)
        return { status: 200, body: fileJson(c.s, path, text, ref) };
    // A directory answers with its entries, one level deep, as GitHub does.
    const prefix = `${path}/`;
    const entries = new Map();
    for (const [file, content] of commit.files) {
        if (!file.startsWith(prefix))
            continue;
        const [name, ...deeper] = file.slice(prefix.length).split('/');
        const entryPath = `${prefix}${name}`;
        if (deeper.length === 0) {
            const { content: _omit, encoding: _enc, ...entry } = fileJson(c.s, entryPath, content, ref);
            entries.set(entryPath, entry);
        }
        else if (!entries.has(entryPath)) {
            entries.set(entryPath, {
                type: 'dir',
                name,
                path: entryPath,
                sha: createHash('sha1').update(`tree ${entryPath}`).digest('hex'),
                size: 0,
                url: `${c.s.repoApi}/contents/${entryPath}?ref=${ref}`,
                html_url: `${c.s.repoHtml}/tree/${ref}/${entryPath}`,
                git_url: null,
                download_url: null
            });
        }
    }
    if (entries.size === 0)
        throw notFound();
    return { status: 200, body: [...entries.values()] };
}
function putContent(c) {
    const b = bodyObject(c);
    if (typeof b.message !== 'string')
        throw validationFailed('Commit', 'message', 'missing_field');
    if (typeof b.content !== 'string')
        throw validationFailed('Commit', 'content', 'missing_field');
    const branch = typeof b.branch === 'string' ? b.branch : c.s.o.defaultBranch;
    const path = c.params.path.replace(/^\/+|\/+$/g, '');
    const current = c.s.resolveRef(branch)?.files.get(path);
    if (current !== undefined && b.sha === undefined)
        throw unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.');
    if (current !== undefined && b.sha !== gitBlobSha(current)) {
        throw new HttpError(409, {
            message: `${path} does not match ${String(b.sha)}`,
            documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
            status: '409'
        });
    }
    const text = Buffer.from(b.content, 'base64').toString('utf8');
    const commit = c.s.commitFile(branch, path, text, b.message, c.actor);
    const { content: _omit, encoding: _enc, ...content } = fileJson(c.s, path, text, branch);
    return { status: current === undefined ? 201 : 200, body: { content, commit: commitJson(c.s, commit) } };
}
function getRef(c) {
    const m = /^heads\/(.+)$/.exec(c.params.ref);
    if (!m || !c.s.branches.has(m[1]))
        throw notFound();
    return { status: 200, body: refJson(c.s, m[1]) };
}
function createRef(c) {
    const b = bodyObject(c);
    const m = typeof b.ref === 'string' ? /^refs\/heads\/(.+)$/.exec(b.ref) : null;
    if (!m)
        throw unprocessable('Reference name is invalid');
    if (typeof b.sha !== 'string' || !c.s.commits.has(b.sha))
        throw unprocessable('Object does not exist');
    if (c.s.branches.has(m[1]))
        throw unprocessable('Reference already exists');
    c.s.branches.set(m[1], b.sha);
    return { status: 201, body: refJson(c.s, m[1]) };
}
function pulls(s) {
    return [...s.issues.values()].filter((i) => i.pull !== undefined);
}
function listPulls(c) {
    const state = c.query.state ?? 'open';
    const head = c.query.head?.replace(/^[^:]+:/, '');
    const items = pulls(c.s)
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => head === undefined || i.pull.head === head)
        .filter((i) => c.query.base === undefined || i.pull.base === c.query.base)
        .sort((a, b) => b.number - a.number);
    return paged(c, items, (i) => pullJson(c.s, i));
}
function createPull(c) {
    const b = bodyObject(c);
    if (typeof b.title !== 'string')
        throw validationFailed('PullRequest', 'title', 'missing_field');
    const head = typeof b.head === 'string' ? b.head.replace(/^[^:]+:/, '') : '';
    const base = typeof b.base === 'string' ? b.base : '';
    if (!c.s.branches.has(head))
        throw validationFailed('PullRequest', 'head', 'invalid');
    if (!c.s.branches.has(base))
        throw validationFailed('PullRequest', 'base', 'invalid');
    if (c.s.branches.get(head) === c.s.branches.get(base))
        throw validationFailed('PullRequest', 'head', 'custom', `No commits between ${base} and ${head}`);
    if (pulls(c.s).some((i) => i.state === 'open' && i.pull.head === head && i.pull.base === base)) {
        throw validationFailed('PullRequest', 'head', 'custom', `A pull request already exists for ${c.s.o.owner}:${head}.`);
    }
    const issue = c.s.addIssue({ title: b.title, body: typeof b.body === 'string' ? b.body : null, user: c.actor }, { head, base, draft: b.draft === true, merged: false });
    return { status: 201, body: pullJson(c.s, issue), headers: { location: `${c.s.repoApi}/pulls/${issue.number}` } };
}
function pullOr404(c) {
    const issue = c.s.issueOr404(c.params.pull_number);
    if (!issue.pull)
        throw notFound();
    return issue;
}
function getPull(c) {
    return { status: 200, body: pullJson(c.s, pullOr404(c)) };
}
/** Counts lines present on one side only; enough for additions/deletions figures. */
function lineDelta(before, after) {
    const count = (text) => {
        const m = new Map();
        for (const line of text === '' ? [] : text.split('\n'))
            m.set(line, (m.get(line) ?? 0) + 1);
        return m;
    };
    const a = count(before);
    const b = count(after);
    let additions = 0;
    let deletions = 0;
    for (const [line, n] of b)
        additions += Math.max(0, n - (a.get(line) ?? 0));
    for (const [line, n] of a)
        deletions += Math.max(0, n - (b.get(line) ?? 0));
    return { additions, deletions };
}
function listPullFiles(c) {
    const pull = pullOr404(c).pull;
    const head = c.s.resolveRef(pull.head)?.files ?? new Map();
    const base = c.s.resolveRef(pull.base)?.files ?? new Map();
    const paths = [...new Set([...head.keys(), ...base.keys()])].sort();
    const changed = paths.filter((p) => head.get(p) !== base.get(p));
    return paged(c, changed, (path) => {
        const before = base.get(path);
        const after = head.get(path);
        const { additions, deletions } = lineDelta(before ?? '', after ?? '');
        const sha = after === undefined ? '0000000000000000000000000000000000000000' : gitBlobSha(after);
        return {
            sha,
            filename: path,
            status: before === undefined ? 'added' : after === undefined ? 'removed' : 'modified',
            additions,
            deletions,
            changes: additions + deletions,
            blob_url: `${c.s.repoHtml}/blob/${pull.head}/${path}`,
            raw_url: `${c.s.repoHtml}/raw/${pull.head}/${path}`,
            contents_url: `${c.s.repoApi}/contents/${path}?ref=${pull.head}`
        };
    });
}

/** The route table: every endpoint the fake serves, by area. */
const R = '/repos/{owner}/{repo}';
const ROUTES = [
    route('GET', '/rate_limit', getRateLimit),
    route('GET', R, getRepo),
    route('GET', `${R}/issues`, listIssues),
    route('POST', `${R}/issues`, createIssue),
    route('GET', `${R}/issues/{issue_number}`, getIssue),
    route('PATCH', `${R}/issues/{issue_number}`, updateIssue),
    route('POST', `${R}/issues/{issue_number}/assignees`, addAssignees),
    route('DELETE', `${R}/issues/{issue_number}/assignees`, removeAssignees),
    route('GET', `${R}/issues/{issue_number}/labels`, listIssueLabels),
    route('POST', `${R}/issues/{issue_number}/labels`, addLabels),
    route('PUT', `${R}/issues/{issue_number}/labels`, setLabels),
    route('DELETE', `${R}/issues/{issue_number}/labels/{name}`, removeLabel),
    route('GET', `${R}/issues/{issue_number}/timeline`, listTimeline),
    route('GET', `${R}/issues/{issue_number}/events`, listEvents),
    route('GET', `${R}/issues/{issue_number}/comments`, listComments),
    route('POST', `${R}/issues/{issue_number}/comments`, createComment),
    route('POST', `${R}/issues/{issue_number}/reactions`, reactToIssue),
    route('GET', `${R}/issues/comments/{comment_id}`, getComment),
    route('PATCH', `${R}/issues/comments/{comment_id}`, updateComment),
    route('DELETE', `${R}/issues/comments/{comment_id}`, deleteComment),
    route('GET', `${R}/issues/comments/{comment_id}/reactions`, listCommentReactions),
    route('POST', `${R}/issues/comments/{comment_id}/reactions`, reactToComment),
    route('GET', `${R}/labels`, listRepoLabels),
    route('POST', `${R}/labels`, createRepoLabel),
    route('GET', `${R}/labels/{name}`, getRepoLabel),
    route('PATCH', `${R}/labels/{name}`, updateRepoLabel),
    route('GET', `${R}/collaborators`, listCollaborators),
    route('GET', `${R}/collaborators/{username}/permission`, getPermission),
    route('GET', `${R}/teams`, listRepoTeams),
    route('GET', '/orgs/{org}', getOrg),
    route('GET', '/orgs/{org}/teams/{team_slug}/members', listTeamMembers),
    route('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', getTeamMembership),
    route('GET', `${R}/contents/{path+}`, getContent),
    route('PUT', `${R}/contents/{path+}`, putContent),
    route('GET', `${R}/git/ref/{ref+}`, getRef),
    route('POST', `${R}/git/refs`, createRef),
    route('GET', `${R}/pulls`, listPulls),
    route('POST', `${R}/pulls`, createPull),
    route('GET', `${R}/pulls/{pull_number}`, getPull),
    route('GET', `${R}/pulls/{pull_number}/files`, listPullFiles)
];

/**
 * The fake's state and every change to it. Changes go through these methods whoever causes
 * them — a request authenticated as someone, or a test acting as a person — so each one lands
 * in the issue's history exactly once, stamped by the one clock (`now`).
 */
class Store {
    o;
    issues = new Map();
    comments = new Map();
    /** Every issue event, in the order it happened. */
    events = [];
    /** Repository labels by lower-cased name (GitHub label names are case-insensitive). */
    labels = new Map();
    permissions = new Map();
    /** "org/team" (lower-case) -> member login (lower-case) -> role. */
    teams = new Map();
    tokens = new Map();
    branches = new Map();
    commits = new Map();
    teamsReadable;
    isPrivate;
    /** Set when the owner is an organization: its base permission, and whether the token may read its settings. */
    organization;
    /** Teams given access to the repository: slug -> permission. */
    repoTeams = new Map();
    apiUrl = '';
    rateUsed = 0;
    rateReset;
    userIds = new Map();
    /** Login as first written, so lists can show it as GitHub would. */
    logins = new Map();
    nextIssue = 1;
    counters = { comment: 0, label: 0, reaction: 0, commit: 0, event: 0 };
    /** Order of recording across events and comments: GitHub orders same-second items as they happened. */
    sequence = new WeakMap();
    recorded = 0;
    constructor(o) {
        this.o = o;
        this.teamsReadable = o.teamsReadable;
        this.isPrivate = o.private;
        this.rateReset = Math.floor(o.now().getTime() / 1000) + 3600;
        const root = { sha: this.commitSha('initial'), parent: undefined, message: 'Initial commit', author: o.owner, date: this.now(), files: new Map() };
        this.commits.set(root.sha, root);
        this.branches.set(o.defaultBranch, root.sha);
    }
    now() {
        return isoSeconds(this.o.now());
    }
    get repoApi() {
        return `${this.apiUrl}/repos/${this.o.owner}/${this.o.repo}`;
    }
    get repoHtml() {
        return `${this.o.serverUrl}/${this.o.owner}/${this.o.repo}`;
    }
    nextId(kind) {
        return ID_BASE[kind] + ++this.counters[kind];
    }
    // -- identities ------------------------------------------------------------------------------
    userId(login) {
        if (login === 'github-actions[bot]')
            return ACTIONS_BOT_ID;
        let id = this.userIds.get(login.toLowerCase());
        if (id === undefined) {
            id = ID_BASE.user + this.userIds.size + 1;
            this.userIds.set(login.toLowerCase(), id);
        }
        return id;
    }
    actorFor(authorization) {
        const m = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization?.trim() ?? '');
        if (!m)
            return undefined;
        return this.tokens.get(m[1]) ?? this.o.botLogin;
    }
    setPermission(login, permission) {
        if (!this.logins.has(login.toLowerCase()))
            this.logins.set(login.toLowerCase(), login);
        this.permissions.set(login.toLowerCase(), permission);
    }
    permissionOf(login) {
        return this.permissions.get(login.toLowerCase());
    }
    /** GitHub silently drops assignees who cannot be assigned: only people with access to the repo can be. */
    assignable(login) {
        const p = this.permissionOf(login);
        return p !== undefined && p !== 'none';
    }
    authorAssociation(login) {
        if (sameName(login, this.o.owner))
            return 'OWNER';
        const p = this.permissionOf(login);
        if (p !== undefined && p !== 'none')
            return 'COLLABORATOR';
        for (const members of this.teams.values())
            if (members.has(login.toLowerCase()))
                return 'MEMBER';
        return 'NONE';
    }
    // -- labels ----------------------------------------------------------------------------------
    /** Applying an unknown label creates it, with GitHub's default grey. */
    ensureLabel(name, color = 'ededed', description = null) {
        const existing = this.labels.get(name.toLowerCase());
        if (existing)
            return existing;
        const label = { id: ID_BASE.label + ++this.counters.label, name, color, description, default: false };
        this.labels.set(name.toLowerCase(), label);
        return label;
    }
    // -- issues and comments ---------------------------------------------------------------------
    issueOr404(raw) {
        const n = Number(raw);
        const issue = Number.isInteger(n) ? this.issues.get(n) : undefined;
        if (!issue)
            throw notFound();
        return issue;
    }
    commentOr404(raw) {
        const c = this.comments.get(Number(raw));
        if (!c)
            throw notFound();
        return c;
    }
    /** Files an issue; its labels, assignees and closed state are recorded as the author's, at creation time, like GitHub. */
    addIssue(input, pull) {
        const number = this.nextIssue++;
        const at = input.createdAt === undefined ? this.now() : isoSeconds(new Date(input.createdAt));
        const issue = {
            number,
            id: (pull ? ID_BASE.pull : ID_BASE.issue) + number,
            title: input.title,
            body: input.body ?? null,
            state: 'open',
            stateReason: null,
            labels: [],
            assignees: [],
            user: input.user,
            createdAt: at,
            updatedAt: at,
            closedAt: null,
            closedBy: null,
            locked: false,
            reactions: []
        };
        if (pull)
            issue.pull = pull;
        this.issues.set(number, issue);
        this.addLabels(issue, input.labels ?? [], input.user, at);
        this.setAssignees(issue, input.assignees ?? [], input.user, at);
        if (input.state === 'closed')
            this.setState(issue, 'closed', 'completed', input.user, at);
        return issue;
    }
    addComment(issue, user, body, createdAt) {
        this.issueOr404(issue);
        const at = createdAt === undefined ? this.now() : isoSeconds(new Date(createdAt));
        const comment = { id: ID_BASE.comment + ++this.counters.comment, issue, body, user, createdAt: at, updatedAt: at, reactions: [] };
        this.comments.set(comment.id, comment);
        this.sequence.set(comment, ++this.recorded);
        return comment;
    }
    /** A new body; `updated_at` moves, `created_at` never does. */
    editComment(comment, body) {
        comment.body = body;
        comment.updatedAt = this.now();
        return comment;
    }
    deleteComment(comment) {
        this.comments.delete(comment.id);
    }
    commentsOn(issue) {
        return [...this.comments.values()].filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
    }
    touch(issue, at = this.now()) {
        issue.updatedAt = at;
    }
    // -- history: each change records its event --------------------------------------------------
    record(issue, event, actor, at, extra = {}) {
        const record = { id: ID_BASE.event + ++this.counters.event, issue: issue.number, event, actor, createdAt: at, ...extra };
        this.events.push(record);
        this.sequence.set(record, ++this.recorded);
        this.touch(issue, at);
    }
    /** Adds labels not already on the issue; one already on is a no-op and records nothing. */
    addLabels(issue, names, actor, at = this.now()) {
        for (const name of names) {
            const label = this.ensureLabel(name);
            if (issue.labels.some((l) => sameName(l, label.name)))
                continue;
            issue.labels.push(label.name);
            this.record(issue, 'labeled', actor, at, { label: { name: label.name, color: label.color } });
        }
    }
    /** 404 "Label does not exist" when it is not on the issue, as GitHub answers. */
    removeLabel(issue, name, actor) {
        const present = issue.labels.find((l) => sameName(l, name));
        if (present === undefined)
            throw notFound('Label does not exist');
        issue.labels = issue.labels.filter((l) => l !== present);
        const label = this.ensureLabel(present);
        this.record(issue, 'unlabeled', actor, this.now(), { label: { name: label.name, color: label.color } });
    }
    /** Replaces the whole set: removed labels are unlabeled, new ones labeled; ones kept record nothing. */
    setLabels(issue, names, actor) {
        const wanted = uniqueNames(names).map((n) => this.ensureLabel(n).name);
        for (const gone of issue.labels.filter((l) => !wanted.some((w) => sameName(w, l))))
            this.removeLabel(issue, gone, actor);
        this.addLabels(issue, wanted, actor);
        issue.labels = wanted;
    }
    /** Closing or reopening; asking for the state it already has records nothing. */
    setState(issue, state, reason, actor, at = this.now()) {
        if (state === issue.state)
            return;
        issue.state = state;
        issue.closedAt = state === 'closed' ? at : null;
        issue.closedBy = state === 'closed' ? actor : null;
        issue.stateReason = state === 'closed' ? (reason ?? 'completed') : 'reopened';
        this.record(issue, state === 'closed' ? 'closed' : 'reopened', actor, at, { stateReason: state === 'closed' ? issue.stateReason : null });
    }
    /** Sets the assignees (people without access are dropped silently, like GitHub); each change is an event. */
    setAssignees(issue, logins, actor, at = this.now()) {
        const wanted = uniqueNames(logins).filter((a) => this.assignable(a));
        for (const gone of issue.assignees.filter((a) => !wanted.some((w) => sameName(w, a))))
            this.record(issue, 'unassigned', actor, at, { assignee: gone });
        for (const added of wanted.filter((w) => !issue.assignees.some((a) => sameName(a, w))))
            this.record(issue, 'assigned', actor, at, { assignee: added });
        issue.assignees = wanted;
    }
    retitle(issue, title, actor) {
        if (title === issue.title)
            return;
        const from = issue.title;
        issue.title = title;
        this.record(issue, 'renamed', actor, this.now(), { rename: { from, to: title } });
    }
    /** An issue's events and comments in GitHub's order: by time, then in the order they happened. */
    history(issue, withComments) {
        const items = this.events.filter((e) => e.issue === issue).map((event) => ({ kind: 'event', event }));
        if (withComments)
            for (const comment of this.commentsOn(issue))
                items.push({ kind: 'comment', comment });
        const time = (i) => Date.parse(i.kind === 'event' ? i.event.createdAt : i.comment.createdAt);
        const seq = (i) => this.sequence.get(i.kind === 'event' ? i.event : i.comment) ?? 0;
        return items.sort((a, b) => time(a) - time(b) || seq(a) - seq(b));
    }
    // -- git: branches of whole-tree snapshots ---------------------------------------------------
    commitSha(seed) {
        return createHash('sha1').update(`commit ${++this.counters.commit} ${seed}`).digest('hex');
    }
    /** Resolves a branch name, "refs/heads/x", or a commit sha to a commit. */
    resolveRef(ref) {
        const name = (ref ?? this.o.defaultBranch).replace(/^refs\/heads\//, '');
        const sha = this.branches.get(name) ?? name;
        return this.commits.get(sha);
    }
    commitFile(branch, path, text, message, author) {
        const parent = this.resolveRef(branch);
        if (!parent || !this.branches.has(branch))
            throw notFound(`Branch ${branch} not found`);
        const files = new Map(parent.files);
        files.set(path, text);
        const commit = { sha: this.commitSha(`${branch}:${path}`), parent: parent.sha, message, author, date: this.now(), files };
        this.commits.set(commit.sha, commit);
        this.branches.set(branch, commit.sha);
        return commit;
    }
}

/**
 * The fake served over real HTTP (127.0.0.1, ephemeral port), plus the seeding and inspection
 * methods tests and the simulation use. Each request: validate (optional hook) -> resolve its
 * route -> interceptors (the extension point tests use for failure injection) -> serve.
 */
const DOCS = 'https://docs.github.com/rest';
class FakeGitHub {
    server;
    store;
    validate;
    /** Base URL of the API; use it as GITHUB_API_URL / octokit's baseUrl. */
    url;
    owner;
    repo;
    botLogin;
    /** Every request served, in order (cleared by `resetLog`). */
    requests = [];
    /** Requests the `validate` hook rejected (kept across `resetLog`). */
    violations = [];
    /** Requests no route served: the 404s a real GitHub might have answered differently. */
    unhandled = [];
    /** Issues and pull requests by number. */
    issues;
    comments;
    /** Repository labels by lower-cased name. */
    labels;
    interceptors = [];
    constructor(server, store, validate) {
        this.server = server;
        this.store = store;
        this.validate = validate;
        const { port } = server.address();
        this.url = `http://127.0.0.1:${port}`;
        store.apiUrl = this.url;
        this.owner = store.o.owner;
        this.repo = store.o.repo;
        this.botLogin = store.o.botLogin;
        this.issues = store.issues;
        this.comments = store.comments;
        this.labels = store.labels;
        server.on('request', (req, res) => void this.serve(req, res));
    }
    // -- seeding ---------------------------------------------------------------------------------
    /** Opens an issue as `user`, exactly as if they had filed it (its labels are recorded as theirs). */
    createIssue(input) {
        return this.store.addIssue(input);
    }
    /** Comments on an issue as `user`, without access checks (seeding); `as(user).comment` checks them. */
    addComment(issue, user, body, createdAt) {
        const comment = this.store.addComment(issue, user, body, createdAt);
        this.store.touch(this.store.issueOr404(issue));
        return comment;
    }
    /** A person acting through the web UI: labels, closes, assigns, renames, comments, edits any comment they may. */
    as(login) {
        return new Person(this.store, login);
    }
    /** Creates or restyles a repository label. */
    defineLabel(name, color = 'ededed', description = null) {
        const label = this.store.ensureLabel(name, color, description);
        label.color = color;
        label.description = description;
        return label;
    }
    setPermission(login, permission) {
        this.store.setPermission(login, permission);
    }
    addTeamMember(org, team, login, role = 'member') {
        const key = `${org}/${team}`.toLowerCase();
        const members = this.store.teams.get(key) ?? new Map();
        members.set(login.toLowerCase(), role);
        if (!this.store.logins.has(login.toLowerCase()))
            this.store.logins.set(login.toLowerCase(), login);
        this.store.teams.set(key, members);
    }
    /** False makes team lookups answer 403 like a GITHUB_TOKEN without members:read. */
    setTeamsReadable(readable) {
        this.store.teamsReadable = readable;
    }
    /**
     * Makes the owner an organization with this base permission for its members; `readable: false`
     * answers GET /orgs/{org} with 403, like a GITHUB_TOKEN.
     */
    setOrganization(basePermission, readable = true) {
        this.store.organization = { basePermission, readable };
    }
    /** Gives an organization team access to the repository (GET /repos/{owner}/{repo}/teams). */
    addRepoTeam(slug, permission) {
        this.store.repoTeams.set(slug, permission);
    }
    setPrivate(isPrivate) {
        this.store.isPrivate = isPrivate;
    }
    /** Requests with this token act as `login` instead of the bot. */
    asUser(token, login) {
        this.store.tokens.set(token, login);
    }
    /** Commits a file to a branch (default: the default branch). */
    putFile(path, text, branch = this.store.o.defaultBranch) {
        this.store.commitFile(branch, path.replace(/^\/+/, ''), text, `Add ${path}`, this.store.o.owner);
    }
    // -- inspection ------------------------------------------------------------------------------
    /** The issue (or pull request) as the REST API returns it, e.g. to put into a webhook payload. */
    issueJson(issue) {
        return issueJson(this.store, this.store.issueOr404(issue));
    }
    commentJson(id) {
        return commentJson(this.store, this.store.commentOr404(id));
    }
    userJson(login) {
        return userJson(this.store, login);
    }
    repoJson() {
        return repoJson(this.store);
    }
    issue(number) {
        return this.store.issueOr404(number);
    }
    commentsOn(issue) {
        return this.store.commentsOn(issue);
    }
    labelsOf(issue) {
        return [...this.store.issueOr404(issue).labels];
    }
    /** The issue's recorded events, oldest first (what GET .../issues/{n}/events lists). */
    eventsOn(issue) {
        return this.store.history(this.store.issueOr404(issue).number, false).flatMap((i) => (i.kind === 'event' ? [i.event] : []));
    }
    /** The whole timeline as GET .../issues/{n}/timeline returns it, all pages joined. */
    timelineJson(issue) {
        return this.store.history(this.store.issueOr404(issue).number, true).map((i) => historyJson(this.store, i));
    }
    /** The issue's events as GET .../issues/{n}/events returns them, all pages joined. */
    eventsJson(issue) {
        return this.eventsOn(issue).map((e) => eventJson(this.store, e));
    }
    readFile(path, ref) {
        return this.store.resolveRef(ref)?.files.get(path.replace(/^\/+/, ''));
    }
    branchNames() {
        return [...this.store.branches.keys()];
    }
    resetLog() {
        this.requests.length = 0;
    }
    /**
     * Wraps serving (see `Interceptor`); the latest added runs outermost. Returns a function that
     * removes it. Tests build failure injection on this (tests/e2e/fake-hooks.ts).
     */
    intercept(interceptor) {
        this.interceptors.push(interceptor);
        return () => {
            const i = this.interceptors.indexOf(interceptor);
            if (i >= 0)
                this.interceptors.splice(i, 1);
        };
    }
    close() {
        return new Promise((resolve, reject) => {
            this.server.close((err) => (err ? reject(err) : resolve()));
            // fetch keeps connections alive; without this close() waits for them to time out.
            this.server.closeAllConnections();
        });
    }
    // -- serving ---------------------------------------------------------------------------------
    async serve(req, res) {
        const parsed = new URL(req.url ?? '/', this.url);
        const method = (req.method ?? 'GET').toUpperCase();
        const query = Object.fromEntries(parsed.searchParams);
        const raw = await readBody(req);
        const entry = { method, path: parsed.pathname, query, body: undefined, status: 0 };
        let reply;
        try {
            entry.body = raw === '' ? undefined : parseJson(raw);
            reply = this.answer(entry, req.headers.authorization);
        }
        catch (err) {
            reply =
                err instanceof HttpError
                    ? { status: err.status, body: err.body, headers: err.headers }
                    : { status: 500, body: { message: `fake GitHub crashed: ${String(err)}` } };
        }
        entry.status = reply.status;
        this.requests.push(entry);
        if (reply.status === 404 && entry.route === undefined)
            this.unhandled.push(entry);
        this.send(res, reply);
    }
    answer(entry, authorization) {
        const problems = this.validate?.({ method: entry.method, path: entry.path, query: entry.query, body: entry.body }) ?? [];
        if (problems.length > 0) {
            this.violations.push({ method: entry.method, path: entry.path, query: entry.query, body: entry.body, violations: problems });
            return { status: 422, body: { message: "Request does not match GitHub's OpenAPI description", errors: problems, documentation_url: DOCS, status: '422' } };
        }
        const found = findRoute(ROUTES, entry.method, entry.path);
        if (found)
            entry.route = `${found.route.method} ${found.route.template}`;
        const run = (i) => (i < 0 ? this.dispatch(entry, found, authorization) : this.interceptors[i](entry, () => run(i - 1)));
        return run(this.interceptors.length - 1);
    }
    dispatch(entry, found, authorization) {
        const actor = this.store.actorFor(authorization);
        entry.actor = actor;
        this.store.rateUsed++;
        if (!found) {
            const missing = notFound();
            return { status: missing.status, body: missing.body };
        }
        if (actor === undefined && found.route.template !== '/rate_limit')
            return { status: 401, body: { message: 'Requires authentication', documentation_url: DOCS, status: '401' } };
        if (!this.isOurRepo(found.params))
            return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
        try {
            return found.route.handler({ s: this.store, params: found.params, query: entry.query, body: entry.body, actor: actor ?? this.botLogin, path: entry.path });
        }
        catch (err) {
            if (!(err instanceof HttpError))
                throw err;
            return { status: err.status, body: err.body, headers: err.headers };
        }
    }
    isOurRepo(params) {
        if (params.owner === undefined)
            return true;
        return sameName(params.owner, this.owner) && sameName(params.repo ?? '', this.repo);
    }
    send(res, reply) {
        const s = this.store;
        const headers = {
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': String(Math.max(0, 5000 - s.rateUsed)),
            'x-ratelimit-used': String(s.rateUsed),
            'x-ratelimit-reset': String(s.rateReset),
            'x-ratelimit-resource': 'core',
            'x-github-api-version-selected': '2022-11-28',
            'x-github-media-type': 'github.v3; format=json',
            'x-github-request-id': randomUUID().toUpperCase(),
            ...(reply.headers ?? {})
        };
        if (reply.status === 204 || reply.body === undefined) {
            res.writeHead(reply.status, headers);
            res.end();
            return;
        }
        const text = JSON.stringify(reply.body);
        res.writeHead(reply.status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
        res.end(text);
    }
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}
function parseJson(raw) {
    try {
        return JSON.parse(raw);
    }
    catch {
        throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
    }
}
/** Starts the fake on 127.0.0.1 with an ephemeral port. */
async function startFakeGitHub(options) {
    const store = new Store({
        owner: options.owner,
        repo: options.repo,
        private: options.private ?? true,
        botLogin: options.botLogin ?? 'github-actions[bot]',
        serverUrl: (options.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
        defaultBranch: options.defaultBranch ?? 'main',
        teamsReadable: options.teamsReadable ?? true,
        now: options.now ?? (() => new Date())
    });
    const server = createServer();
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    return new FakeGitHub(server, store, options.validate);
}

/**
 * `incident-kit simulate`: plays a whole incident (open → commands → gates → drafts → close)
 * against the in-process GitHub stand-in, with the same code the action runs, and writes a
 * markdown transcript of what a responder would see.
 */
const OWNER = 'acme';
const REPO = 'security-incidents';
const BOT = 'github-actions[bot]';
/** The people of the simulation and their access. */
const CAST = {
    alice: { permission: 'write', role: 'engineer who reports it' },
    'ic-ian': { permission: 'admin', role: 'Incident Commander' },
    wendy: { permission: 'write', role: 'security engineer' },
    lena: { permission: 'maintain', role: 'legal counsel' },
    rita: { permission: 'read', role: 'a curious reader' }
};
const CONFIG = `# The simulation's .github/incident-kit.yml
paging:
  icTeam: acme/incident-commanders
drafts:
  externalAnnouncement:
    company: Acme
`;
const FORM = [
    '### What did you observe?',
    '',
    'Unknown SSH session as root on build-7, outbound traffic to 203.0.113.7.',
    '',
    '### When was it detected (UTC)?',
    '',
    '2026-11-22 09:12',
    '',
    '### Affected systems or services',
    '',
    'build-7, the deploy pipeline',
    '',
    '### Is the attack still in progress?',
    '',
    'Yes',
    '',
    '### Severity',
    '',
    'SEV-2 (high)',
    '',
    '### Before you submit',
    '',
    '- [X] I did not paste secrets, credentials or customer data into this report.'
].join('\n');
/** The running simulation: the fake GitHub, the incident issue, a clock. */
class Simulation {
    gh;
    issue = 0;
    constructor(gh) {
        this.gh = gh;
    }
    payload(action, sender, extra = {}) {
        return { action, issue: this.gh.issueJson(this.issue), repository: this.gh.repoJson(), sender: this.gh.userJson(sender), ...extra };
    }
    label(name, who) {
        this.gh.as(who).addLabels(this.issue, name);
        return { name: 'issues', payload: this.payload('labeled', who, { label: { name, color: 'ededed' } }) };
    }
    comment(body, who) {
        const c = this.gh.as(who).comment(this.issue, body);
        return { name: 'issue_comment', payload: this.payload('created', who, { comment: this.gh.commentJson(c.id) }) };
    }
    tick(stepTitle, who) {
        const checklist = this.gh.commentsOn(this.issue).find((c) => c.user === BOT && kindOf(c.body) === 'checklist');
        if (!checklist)
            throw new Error('the checklist was not posted');
        const before = checklist.body;
        const ticked = before.replace(new RegExp(`- \\[ \\] (\\*\\*(?:\\d+\\. )?${stepTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*\\*)`), '- [x] $1');
        if (ticked === before)
            throw new Error(`the checklist has no open step "${stepTitle}"`);
        this.gh.as(who).editComment(checklist.id, ticked);
        return { name: 'issue_comment', payload: this.payload('edited', who, { comment: this.gh.commentJson(checklist.id), changes: { body: { from: before } } }) };
    }
}
/** The script: a SEV-2 from report to post-mortem, with a refused approval on the way. */
function script() {
    return [
        {
            at: '2026-11-22T09:20:00Z',
            who: 'alice',
            what: 'files the "Security incident" form (SEV-2, attack in progress)',
            act: (sim) => {
                sim.issue = sim.gh.createIssue({ title: 'root shell on build-7, prod keys maybe stolen', body: FORM, user: 'alice', labels: ['incident'] }).number;
                return { name: 'issues', payload: sim.payload('opened', 'alice') };
            }
        },
        {
            at: '2026-11-22T09:37:00Z',
            who: 'schedule',
            what: 'runs: no Incident Commander 17 minutes after a SEV-2 report',
            act: (sim) => ({ name: 'schedule', payload: { schedule: '*/15 * * * *', repository: sim.gh.repoJson(), sender: sim.gh.userJson(BOT) } })
        },
        {
            at: '2026-11-22T09:39:00Z',
            who: 'ic-ian',
            what: 'takes command and appoints a scribe',
            act: (sim) => sim.comment('/ic @ic-ian\n/role scribe @wendy', 'ic-ian')
        },
        {
            at: '2026-11-22T09:41:00Z',
            who: 'wendy',
            what: 'records the attack timeline and indicators',
            act: (sim) => sim.comment([
                '/timeline 2026-11-22T08:55Z reconnaissance: port scans from 203.0.113.7',
                '/timeline 2026-11-22T09:05Z attacker logged in to build-7 with a leaked deploy key',
                '/ioc 203.0.113.7',
                '/ioc updates-cdn.example'
            ].join('\n'), 'wendy')
        },
        { at: '2026-11-22T09:43:00Z', who: 'wendy', what: 'ticks "Assemble the response team"', act: (sim) => sim.tick('Assemble the response team', 'wendy') },
        { at: '2026-11-22T09:45:00Z', who: 'wendy', what: 'adds the label phase:mitigation', act: (sim) => sim.label('phase:mitigation', 'wendy') },
        { at: '2026-11-22T09:47:00Z', who: 'rita', what: 'tries `/approve not-internal`', act: (sim) => sim.comment('/approve not-internal', 'rita') },
        {
            at: '2026-11-22T09:48:00Z',
            who: 'wendy',
            what: 'adds the label gate:not-internal (she is not an approver)',
            act: (sim) => sim.label('gate:not-internal', 'wendy')
        },
        { at: '2026-11-22T10:05:00Z', who: 'ic-ian', what: 'moves to containment', act: (sim) => sim.comment('/phase containment', 'ic-ian') },
        { at: '2026-11-22T11:30:00Z', who: 'ic-ian', what: 'moves to investigation', act: (sim) => sim.label('phase:investigation', 'ic-ian') },
        {
            at: '2026-11-22T14:10:00Z',
            who: 'wendy',
            what: 'records what was compromised and a status',
            act: (sim) => sim.comment('/compromised email addresses and hashed passwords of 1,204 customers\n/status Attacker locked out; deploy keys rotated; forensics under way', 'wendy')
        },
        {
            at: '2026-11-22T16:00:00Z',
            who: 'ic-ian',
            what: 'opens gate not-internal: forensics show an outside attacker',
            act: (sim) => sim.label('gate:not-internal', 'ic-ian')
        },
        {
            at: '2026-11-23T10:00:00Z',
            who: 'ic-ian',
            what: 'moves to communication and opens three gates',
            act: (sim) => sim.comment('/phase communication\n/approve timeline-verified\n/approve impact-known\n/approve fix-verified', 'ic-ian')
        },
        { at: '2026-11-23T15:00:00Z', who: 'lena', what: 'approves the external statement', act: (sim) => sim.comment('/approve legal-approved', 'lena') },
        {
            at: '2026-11-23T15:30:00Z',
            who: 'wendy',
            what: 'tries `/released external-announcement` on the draft as it stands (refused: its TODOs are unwritten)',
            act: (sim) => sim.comment('/released external-announcement https://status.example.com/2026-11-22', 'wendy')
        },
        {
            at: '2026-11-23T17:00:00Z',
            who: 'wendy',
            what: 'publishes the finished announcement and records it with the text as published',
            act: (sim) => sim.comment(`/released external-announcement https://status.example.com/2026-11-22\n\n~~~markdown\n${PUBLISHED}\n~~~`, 'wendy')
        },
        {
            at: '2026-11-24T09:00:00Z',
            who: 'ic-ian',
            what: 'closes the issue',
            act: (sim) => {
                sim.gh.as('ic-ian').close(sim.issue);
                return { name: 'issues', payload: sim.payload('closed', 'ic-ian') };
            }
        }
    ];
}
/** The announcement as the Marketing Team finished it: the facts in public words, no host, address or codename. */
const PUBLISHED = [
    '# Security incident of 22 November 2026',
    '',
    '## What happened',
    '',
    'An attacker used a leaked deployment key to sign in to one of our build servers and read data from our customer database. Keeping that key safe was our responsibility.',
    '',
    '## Timeline',
    '',
    '- 22 November 2026, 08:55 UTC: the attacker probes our network.',
    '- 22 November 2026, 09:05 UTC: the attacker signs in to a build server.',
    '- 22 November 2026, 09:12 UTC: we detect the sign-in and begin our response.',
    '',
    '## What information was involved',
    '',
    'The email addresses and hashed passwords of 1,204 customers.',
    '',
    '## What we are doing',
    '',
    'We revoked every deployment key, moved deployments to short-lived credentials and added alerts on build-server sign-ins.',
    '',
    '## What you can do',
    '',
    'Affected customers will be asked to choose a new password at their next sign-in. Questions: security@example.com.'
].join('\n');
function recorder(log, outputs, failures) {
    return {
        debug: () => { },
        info: (m) => log.push(m),
        notice: (m) => log.push(`notice: ${m}`),
        warning: (m) => log.push(`warning: ${m}`),
        error: (m) => log.push(`error: ${m}`),
        group: async (name, fn) => {
            log.push(name);
            return fn();
        },
        setOutput: (name, value) => {
            outputs[name] = value;
        },
        setFailed: (m) => failures.push(m),
        summary: async () => { }
    };
}
/** Runs the script (up to `until`, an ISO time, when given: the incident as it stood then) and returns the transcript (markdown). */
async function simulate(options = {}) {
    const steps = script().filter((s) => !options.until || Date.parse(s.at) <= Date.parse(options.until));
    let clock = script()[0].at;
    const gh = await startFakeGitHub({ owner: OWNER, repo: REPO, private: true, botLogin: BOT, now: () => new Date(clock) });
    const workspace = mkdtempSync(join$1(tmpdir(), 'incident-kit-sim-'));
    try {
        mkdirSync(join$1(workspace, '.git'));
        mkdirSync(join$1(workspace, '.github'));
        writeFileSync(join$1(workspace, '.github', 'incident-kit.yml'), CONFIG);
        for (const [login, who] of Object.entries(CAST))
            gh.setPermission(login, who.permission);
        const sim = new Simulation(gh);
        const inputs = {
            token: 'simulated-token',
            configPath: '.github/incident-kit.yml',
            dryRun: false,
            allowPublicRepo: false,
            botLogin: BOT,
            pagerdutyRoutingKey: 'simulated-routing-key',
            pagerdutyUrl: 'https://events.pagerduty.com/v2/enqueue',
            slackWebhookUrl: 'https://hooks.slack.com/services/simulated'
        };
        const results = [];
        for (const step of steps) {
            clock = step.at;
            const event = step.act(sim);
            const log = [];
            const outputs = {};
            const failures = [];
            const pages = [];
            const recordPage = async (url, init) => {
                pages.push({ url: String(url), body: String(init?.body ?? '') });
                return new Response('{}', { status: 202 });
            };
            gh.resetLog();
            const envelope = { ...event, ref: { owner: OWNER, repo: REPO }, apiUrl: gh.url, serverUrl: 'https://github.com', workspace };
            await handleEvent(envelope, inputs, recorder(log, outputs, failures), {
                throttling: false,
                now: () => new Date(step.at).toISOString(),
                fetch: recordPage
            });
            results.push({ step, outputs, log, pages, requests: gh.requests.length, ...(failures.length ? { failed: failures.join('; ') } : {}) });
        }
        return { transcript: transcript(sim, results), steps: results, issue: sim.issue };
    }
    finally {
        await gh.close();
        rmSync(workspace, { recursive: true, force: true });
    }
}
function transcript(sim, results) {
    const issue = sim.gh.issue(sim.issue);
    const lines = [
        `# Simulated incident: ${issue.title}`,
        '',
        'Played by `incident-kit simulate` against an in-process GitHub stand-in, with the same code the action runs.',
        '',
        '| Who | Access | Role |',
        '|---|---|---|',
        ...Object.entries(CAST).map(([login, who]) => `| ${login} | ${who.permission} | ${who.role} |`),
        '',
        '## What happened, step by step',
        ''
    ];
    for (const r of results) {
        lines.push(`### ${r.step.at.slice(0, 16).replace('T', ' ')} UTC · ${r.step.who} ${r.step.what}`, '');
        const done = r.log.filter((l) => !/^(incident #|event |\d+ change\(s\) planned)/.test(l));
        for (const l of done)
            lines.push(`- ${l}`);
        for (const p of r.pages)
            lines.push(`- sent to ${new URL(p.url).host}: \`${p.body.replace(/"routing_key":"[^"]*"/, '"routing_key":"***"')}\``);
        if (r.failed)
            lines.push(`- **failed:** ${r.failed}`);
        lines.push(`- ${r.requests} GitHub API request(s)`, '');
    }
    lines.push('## The issue at the end', '', `Title: **${issue.title}** · state: ${issue.state} · labels: ${issue.labels.map((l) => `\`${l}\``).join(', ')}`, '');
    for (const c of sim.gh.commentsOn(sim.issue)) {
        const kind = c.user === BOT ? (kindOf(c.body) ?? 'reply') : undefined;
        lines.push(`### Comment by ${c.user}${kind ? ` (${kind})` : ''}`, '', c.body, '', '---', '');
    }
    return lines.join('\n');
}

/** `incident-kit simulate [--out FILE]`: the whole incident, end to end, in a few seconds. */
const simulateCommand = {
    name: 'simulate',
    summary: 'play a whole incident against an in-process GitHub stand-in and write a markdown transcript',
    usage: 'incident-kit simulate [--out FILE] [--until ISO-TIME]',
    async run(args, io) {
        let out = 'incident-kit-simulation.md';
        let until;
        for (let i = 0; i < args.length; i++) {
            if (args[i] === '--out' && args[i + 1])
                out = args[++i];
            else if (args[i] === '--until' && args[i + 1] && !Number.isNaN(Date.parse(args[i + 1])))
                until = new Date(args[++i]).toISOString();
            else {
                io.stderr.write(`simulate: unexpected argument "${args[i]}"\nusage: ${this.usage}\n`);
                return 2;
            }
        }
        const result = await simulate(until ? { until } : {});
        const path = resolve(io.cwd, out);
        writeFileSync(path, result.transcript);
        for (const r of result.steps) {
            io.stdout.write(`${r.step.at.slice(11, 16)} ${r.step.who.padEnd(7)} ${r.step.what}\n`);
            for (const line of r.log.filter((l) => !/^(incident #|event |\d+ change\(s\) planned)/.test(l)))
                io.stdout.write(`        → ${line}\n`);
            if (r.failed)
                io.stdout.write(`        ✗ ${r.failed}\n`);
        }
        const failed = result.steps.filter((r) => r.failed);
        io.stdout.write(`\n${result.steps.length} events, ${result.steps.reduce((n, r) => n + r.requests, 0)} GitHub API requests. Transcript: ${path}\n`);
        return failed.length ? 1 : 0;
    }
};

export { simulateCommand };
