import { J as effectiveDetection, K as releaseTimes, e as evaluateClocks, r as renderTemplate, D as DRAFT_KINDS, q as quietOwner, c as clockStateText, a as clockTitleText, L as fromMarkdown, M as gfmFromMarkdown, N as gfm, G as distExports } from './templates-B5qX9NVR.js';
import { f as formatDuration, q as quietLogin, i as isoMinute, n as neutraliseInline, h as humanDate, a as humanDay } from './time-Y3ub_dL0.js';
import { a as addDuration, D as DEFAULT_BANNED_FAMILIES, b as DEFAULT_BANNED_PHRASES } from './schema-B29Y7U7m.js';
import { isIP, BlockList } from 'node:net';

const METRIC_IDS = ['ic', 'mitigation', 'containment', 'internalUpdate', 'announcement', 'resolution'];
/** How each measure is named in tables. */
const METRIC_LABELS = {
    ic: 'Incident Commander',
    mitigation: 'Mitigated',
    containment: 'Contained',
    internalUpdate: 'Internal update',
    announcement: 'Announcement',
    resolution: 'Resolved'
};
/** The phase each phase-based measure waits to be past. */
const PHASE_OF = { mitigation: 'mitigation', containment: 'containment' };
/** The metrics of one incident. `now` only matters to the clocks of an incident still open. */
function incidentMetrics(state, config, postedDrafts, now) {
    const detectedAt = effectiveDetection(state);
    const since = (at, from = detectedAt) => {
        if (!at)
            return undefined;
        const ms = Date.parse(at) - Date.parse(from);
        return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
    };
    const to = {
        ic: since(firstIcAt(state), state.openedAt),
        mitigation: since(phasePassedAt(state, config, PHASE_OF.mitigation)),
        containment: since(phasePassedAt(state, config, PHASE_OF.containment)),
        internalUpdate: since(releaseTimes(state, 'internal-update')[0]),
        announcement: since(releaseTimes(state, 'external-announcement')[0]),
        resolution: since(state.resolvedAt)
    };
    for (const id of METRIC_IDS)
        if (to[id] === undefined)
            delete to[id];
    const clocksAt = state.resolvedAt ?? (typeof now === 'string' ? now : now.toISOString());
    const clocksMissed = evaluateClocks(state, config, clocksAt, postedDrafts).filter((c) => c.status === 'missed' || c.late).length;
    return {
        issue: state.issue,
        severity: state.severity,
        drill: state.drill,
        openedAt: state.openedAt,
        detectedAt,
        to,
        clocksMissed
    };
}
function firstIcAt(state) {
    return state.timeline.find((e) => e.kind === 'role' && e.text.startsWith('Incident Commander:'))?.at;
}
/**
 * When the incident moved past `phase`: the first entry into a later phase. Entering the last
 * (resolved) phase counts only once the incident had been in `phase` or beyond.
 */
function phasePassedAt(state, config, phase) {
    const order = config.phases.map((p) => p.id);
    const target = order.indexOf(phase);
    const last = order.length - 1;
    if (target < 0 || target === last)
        return undefined;
    let reached = false;
    for (const h of state.phaseHistory) {
        const k = order.indexOf(h.phase);
        if (k > target && (k < last || reached))
            return h.at;
        if (k >= target && k < last)
            reached = true;
    }
    return undefined;
}
/** "Incident Commander 12m after the report · from detection: mitigated 2h 5m, …": what happened so far, for the dashboard. Null before any. */
function metricsLine(m) {
    const ic = m.to.ic === undefined ? [] : [`Incident Commander ${formatDuration(m.to.ic)} after the report`];
    const rest = METRIC_IDS.filter((id) => id !== 'ic' && m.to[id] !== undefined).map((id) => `${METRIC_LABELS[id].toLowerCase()} ${formatDuration(m.to[id])}`);
    const parts = [...ic, ...(rest.length ? [`from detection: ${rest.join(', ')}`] : [])];
    return parts.length ? parts.join(' · ') : null;
}
/**
 * The post-mortem's "Response times" rows: every measure, "-" where it did not happen. For the
 * post-mortem view (`responseTimes`), so the table sits beside the timelines it was built from.
 */
function responseTimeRows(state, config, postedDrafts, now) {
    const m = incidentMetrics(state, config, postedDrafts, now);
    return METRIC_IDS.map((id) => ({
        measure: METRIC_LABELS[id],
        time: m.to[id] === undefined ? '-' : formatDuration(m.to[id]),
        from: id === 'ic' ? 'report' : 'detection'
    }));
}
// ---------------------------------------------------------------------------------------------
// The cache of closed incidents, kept in the tracking issue
const METRICS_LABEL = 'incident-metrics';
const METRICS_TITLE = 'Incident metrics';
/** Marks the tracking issue's body (with the label, how the action finds its own issue again). */
const METRICS_MARKER = '<!-- incident-kit:metrics -->';
const CACHE_TAG = 'incident-kit:metrics-cache';
const CACHE_VERSION = 'v1';
/** Characters the cache may take in the issue body; the report and the markers need the rest of 65,536. */
const CACHE_BUDGET = 40_000;
/**
 * The cache as an HTML comment: one line per incident, numbers in base 36, times in whole
 * minutes (seconds for updated_at, which is compared exactly). Digits, letters and commas
 * only, so nothing in it can end the comment; ~50 characters an incident.
 */
function encodeMetricsCache(cache) {
    const head = `${CACHE_VERSION} full=${minutes36(cache.fullAt)} listed=${minutes36(cache.listedAt)} floor=${cache.floor?.toString(36) ?? ''}`;
    const lines = [...cache.entries].sort((a, b) => a.issue - b.issue).map(encodeEntry);
    return `<!-- ${CACHE_TAG} ${head}\n${lines.join('\n')}${lines.length ? '\n' : ''}-->`;
}
/** The cache read back; undefined when absent or not exactly as written (anything odd means "rebuild"). */
function decodeMetricsCache(body) {
    const m = new RegExp(`<!-- ${CACHE_TAG} ${CACHE_VERSION} full=([0-9a-z]*) listed=([0-9a-z]*) floor=([0-9a-z]*)\\n([0-9a-z,\\n]*)-->`).exec(body);
    if (!m)
        return undefined;
    const entries = [];
    for (const line of m[4].split('\n').filter(Boolean)) {
        const entry = decodeEntry(line);
        if (!entry)
            return undefined;
        entries.push(entry);
    }
    const fullAt = fromMinutes36(m[1]);
    const listedAt = fromMinutes36(m[2]);
    const floor = m[3] ? parseInt(m[3], 36) : undefined;
    return { ...(fullAt ? { fullAt } : {}), ...(listedAt ? { listedAt } : {}), ...(floor ? { floor } : {}), entries };
}
const NO_STATE = 16;
const DRILL = 8;
function encodeEntry(e) {
    const updated = Math.floor(Date.parse(e.updatedAt) / 1000).toString(36);
    if (!e.metrics)
        return [e.issue.toString(36), NO_STATE.toString(36), '', updated, ...Array(8).fill('')].join(',');
    const m = e.metrics;
    const opened = Math.round(Date.parse(m.openedAt) / 60_000);
    const lead = Math.max(0, opened - Math.round(Date.parse(m.detectedAt) / 60_000));
    const flags = (m.severity ?? 0) + (m.drill ? DRILL : 0);
    const to = METRIC_IDS.map((id) => (m.to[id] === undefined ? '' : Math.round(m.to[id] / 60_000).toString(36)));
    return [e.issue.toString(36), flags.toString(36), opened.toString(36), updated, lead.toString(36), ...to, m.clocksMissed.toString(36)].join(',');
}
function decodeEntry(line) {
    const f = line.split(',');
    if (f.length !== 12 || !f.every((x) => /^[0-9a-z]{0,12}$/.test(x)))
        return undefined;
    const num = (x) => (x === '' ? undefined : parseInt(x, 36));
    const issue = num(f[0]);
    const flags = num(f[1]);
    const updated = num(f[3]);
    if (issue === undefined || issue < 1 || flags === undefined || updated === undefined)
        return undefined;
    const updatedAt = new Date(updated * 1000).toISOString();
    if (flags === NO_STATE)
        return { issue, updatedAt, metrics: null };
    const severity = flags % DRILL;
    const opened = num(f[2]);
    const lead = num(f[4]);
    const missed = num(f[11]);
    if (flags >= NO_STATE || severity > 4 || opened === undefined || lead === undefined || missed === undefined)
        return undefined;
    const to = {};
    METRIC_IDS.forEach((id, i) => {
        const v = num(f[5 + i]);
        if (v !== undefined)
            to[id] = v * 60_000;
    });
    return {
        issue,
        updatedAt,
        metrics: {
            issue,
            severity: severity === 0 ? null : severity,
            drill: flags >= DRILL,
            openedAt: new Date(opened * 60_000).toISOString(),
            detectedAt: new Date((opened - lead) * 60_000).toISOString(),
            to,
            clocksMissed: missed
        }
    };
}
function minutes36(iso) {
    return iso === undefined || Number.isNaN(Date.parse(iso)) ? '' : Math.floor(Date.parse(iso) / 60_000).toString(36);
}
function fromMinutes36(s) {
    return s === '' ? undefined : new Date(parseInt(s, 36) * 60_000).toISOString();
}
/**
 * The newest incidents that fit the cache budget (by issue number: numbers grow with time).
 * The rest are dropped for good: `floor` tells later runs not to read them again.
 */
function fitCache(cache, budget = CACHE_BUDGET) {
    if (encodeMetricsCache(cache).length <= budget)
        return cache;
    const newestFirst = [...cache.entries].sort((a, b) => b.issue - a.issue);
    const kept = [];
    let size = encodeMetricsCache({ ...cache, floor: newestFirst[0]?.issue ?? 1, entries: [] }).length;
    for (const entry of newestFirst) {
        const cost = encodeEntry(entry).length + 1;
        if (size + cost > budget)
            break;
        kept.push(entry);
        size += cost;
    }
    const floor = kept.length ? kept[kept.length - 1].issue : (newestFirst[0]?.issue ?? 0) + 1;
    return { ...cache, floor: Math.max(floor, cache.floor ?? 0), entries: kept };
}
const SEVERITY_COLOURS = [
    ['SEV-1', '#b60205', '🟥'],
    ['SEV-2', '#d93f0b', '🟧'],
    ['SEV-3', '#fbca04', '🟨'],
    ['SEV-4', '#0e8a16', '🟩'],
    ['unassessed', '#8b949e', '⬜']
];
/** The report's data: medians per month and severity of real incidents, drills in their own table. */
function metricsReportView(all, options = {}) {
    const real = all.filter((m) => !m.drill);
    const drills = all.filter((m) => m.drill);
    const months = [...new Set(real.map(monthOf))]
        .sort()
        .reverse()
        .slice(0, options.months ?? 24);
    const rows = months.flatMap((month) => SEVERITY_COLOURS.map(([severity]) => row(month, severity, real.filter((m) => monthOf(m) === month && severityName(m) === severity))).filter((r) => r.incidents > 0));
    const drillMonths = [...new Set(drills.map(monthOf))]
        .sort()
        .reverse()
        .slice(0, options.months ?? 24);
    const earliest = [...all].sort((a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt))[0];
    return {
        incidents: real.length,
        open: real.filter((m) => m.to.resolution === undefined).length,
        drills: drills.length,
        pending: options.pending ?? 0,
        floor: options.floor ?? 0,
        since: earliest ? monthOf(earliest) : '',
        rows,
        bySeverity: SEVERITY_COLOURS.map(([severity]) => row('all', severity, real.filter((m) => severityName(m) === severity))).filter((r) => r.incidents > 0),
        drillRows: drillMonths.map((month) => row(month, 'drill', drills.filter((m) => monthOf(m) === month))),
        ...monthlyChart(real, [...months].reverse())
    };
}
function row(month, severity, list) {
    const med = (id) => {
        const values = list.map((m) => m.to[id]).filter((v) => v !== undefined);
        return values.length ? `${formatDuration(median(values))} (${values.length})` : '-';
    };
    return {
        month,
        severity,
        incidents: list.length,
        open: list.filter((m) => m.to.resolution === undefined).length,
        ic: med('ic'),
        mitigation: med('mitigation'),
        containment: med('containment'),
        internalUpdate: med('internalUpdate'),
        announcement: med('announcement'),
        resolution: med('resolution'),
        clocksMissed: list.reduce((n, m) => n + m.clocksMissed, 0)
    };
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}
function monthOf(m) {
    return m.openedAt.slice(0, 7);
}
function severityName(m) {
    return m.severity === null ? 'unassessed' : `SEV-${m.severity}`;
}
/**
 * Incidents per month, one line per severity, as a Mermaid xychart (GitHub renders Mermaid).
 * xychart has no legend, so the lines get fixed colours and the legend is written under it.
 */
function monthlyChart(real, monthsOldestFirst) {
    if (monthsOldestFirst.length === 0)
        return { chart: null, legend: '' };
    const series = SEVERITY_COLOURS.map(([severity, colour, swatch]) => ({
        severity,
        colour,
        swatch,
        counts: monthsOldestFirst.map((month) => real.filter((m) => monthOf(m) === month && severityName(m) === severity).length)
    })).filter((s) => s.counts.some((n) => n > 0));
    const top = Math.max(1, ...series.flatMap((s) => s.counts));
    const chart = [
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${series.map((s) => s.colour).join(', ')}"}}}}%%`,
        'xychart-beta',
        '  title "Incidents opened per month, by severity (drills excluded)"',
        `  x-axis [${monthsOldestFirst.map((m) => `"${m}"`).join(', ')}]`,
        `  y-axis "Incidents" 0 --> ${top}`,
        ...series.map((s) => `  line [${s.counts.join(', ')}]`)
    ].join('\n');
    return { chart, legend: series.map((s) => `${s.swatch} ${s.severity}`).join(' · ') };
}
/** The report markdown (tracking issue body and job summary), from `templates/metrics-report.md.hbs`. */
function renderMetricsReport(view, templates) {
    return renderTemplate('metrics-report.md.hbs', templates, view);
}
/** The tracking issue body: marker, report, then the cache (last, so nothing in the report can sit inside it). */
function metricsIssueBody(report, cache) {
    return `${METRICS_MARKER}\n${report.trimEnd()}\n\n${encodeMetricsCache(cache)}\n`;
}
/** Open the tracking issue, or edit it in place when its body differs; nothing when it already says the same. */
function metricsIssueChanges(existing, body, label = METRICS_LABEL) {
    if (!existing)
        return [{ kind: 'create-issue', key: METRICS_LABEL, title: METRICS_TITLE, body, labels: [label] }];
    const same = existing.body.replace(/\r\n/g, '\n').trimEnd() === body.trimEnd();
    return same ? [] : [{ kind: 'update-tracking-issue', number: existing.number, body }];
}

const COMMS_TEMPLATES = ['internal-update', 'law-enforcement', 'external-announcement', 'status-update', 'post-mortem'];
/** The file a template is read from (built in, or a user's override of the same name). */
function templateFile(name) {
    return `${name}.md.hbs`;
}
function isCommsTemplate(name) {
    return COMMS_TEMPLATES.includes(name);
}
/** The runbook: "Subject of emails should be 'Attorney Work Project' and nothing else." */
const EMAIL_SUBJECT = 'Attorney Work Project';
/**
 * Every variable each template receives, for the README and for the test that fails when a
 * template uses a variable missing here. `list[].field` is a field of each item of `list`;
 * `list[]` is an item that is itself a string.
 */
const TEMPLATE_VARIABLES = {
    'internal-update': {
        subject: 'The email subject: always "Attorney Work Project" and nothing else.',
        to: 'Who sends it (config `drafts.internalUpdate.to`).',
        codename: 'The incident codename.',
        drill: 'True on a drill.',
        drafted: 'When the draft became ready: the time its last gate opened, "22 November 2026, 09:12 UTC".',
        severity: '"SEV 1" … "SEV 4", or "not yet assessed".',
        phase: 'The current phase title.',
        detected: 'When the incident was detected (or reported).',
        status: 'The latest `/status` text, or "".',
        statusAt: 'When that status was posted, or "".',
        timeline: 'An overview of the attack timeline (first and last entries; a gap entry says how many are left out).',
        'timeline[].when': 'ISO time to the minute, "2026-11-22T09:12Z" ("…" on the gap entry).',
        'timeline[].time': 'Human time, "22 November 2026, 09:12 UTC".',
        'timeline[].who': 'Who recorded it (a login that does not ping).',
        'timeline[].kind': 'The entry kind.',
        'timeline[].text': 'What happened (markdown-safe).',
        stepsTaken: 'Titles of the checklist steps done so far (the mitigation steps taken).',
        stepsLeft: 'How many checklist steps are still open.',
        approvals: 'The gates this draft waited for, as they were opened.',
        'approvals[].gate': 'Gate name, e.g. "not-internal".',
        'approvals[].description': 'What the gate means (config).',
        'approvals[].who': 'Who opened it (a login that does not ping).',
        'approvals[].when': 'When, "22 November 2026, 09:12 UTC".',
        issueUrl: 'The incident issue address, or "".'
    },
    'law-enforcement': {
        subject: 'The email subject: always "Attorney Work Project" and nothing else.',
        to: 'Who liaises (config `drafts.lawEnforcement.to`).',
        codename: 'The incident codename.',
        drill: 'True on a drill.',
        severity: '"SEV 1" … "SEV 4", or "not yet assessed".',
        detected: 'When the incident was detected (or reported).',
        attackStarted: 'The first attack-timeline entry\'s time, or "".',
        operators: 'IOCs that are systems someone operates (IP addresses, domains, URLs, e-mail addresses, hosts), defanged.',
        'operators[].type': 'IOC type, e.g. "ip".',
        'operators[].value': 'The IOC, defanged ("evil[.]example") so it is not a live link.',
        'operators[].when': 'When it was recorded, ISO to the minute.',
        iocCount: 'How many IOCs are recorded in all.',
        compromised: 'What is known to be compromised (`/compromised` entries), as strings.',
        parties: 'Third parties involved (IOCs of type "party" and the caller\'s list), as strings.',
        'parties[]': "One party's name.",
        issueUrl: 'The incident issue address, or "".'
    },
    'external-announcement': {
        company: 'The company name (config `drafts.externalAnnouncement.company`).',
        owner: 'Who releases it (config `drafts.externalAnnouncement.owner`).',
        drill: 'True on a drill.',
        incidentDate: 'The day the incident was detected, "22 November 2026": the title carries it.',
        detected: 'When the incident was detected, "22 November 2026, 09:12 UTC".',
        timeline: 'The times of the attack timeline, oldest first, with the detection added when no entry tells it. Only times: what responders wrote is internal and is never copied into the public draft.',
        'timeline[].when': 'ISO time to the minute.',
        'timeline[].time': 'Human time, "22 November 2026, 09:12 UTC": each entry starts with it.',
        'timeline[].detection': 'True on the detection entry, which the template words itself ("We detected the incident …").',
        timelineOmitted: 'How many entries were left out to fit (0 normally).',
        compromisedCount: 'How many compromised-data entries the incident records (their text stays internal).'
    },
    'status-update': {
        codename: 'The incident codename.',
        drill: 'True on a drill.',
        severity: '"SEV 1" … "SEV 4", or "not yet assessed".',
        phase: 'The current phase title.',
        text: 'The latest `/status` text, or "".',
        at: 'When it was posted, or "".',
        by: 'Who posted it (a login that does not ping), or "".',
        stepsDone: 'Checklist steps done.',
        stepsTotal: 'Checklist steps in all.',
        percent: 'Percentage of steps done, 0-100.',
        gatesOpen: 'Names of open gates.',
        gatesClosed: 'Names of gates not (or no longer) open.',
        roles: 'Assigned roles.',
        'roles[].role': 'Role title, e.g. "Incident Commander".',
        'roles[].who': 'Who holds it (a login that does not ping).',
        nextDue: 'When the next status update is due (the "status-update" clock), or "".',
        recent: 'The last five response-timeline entries, newest last (fields as in `timeline[]` elsewhere).',
        'recent[].when': 'ISO time to the minute.',
        'recent[].time': 'Human time.',
        'recent[].who': 'Who did it.',
        'recent[].kind': 'The entry kind.',
        'recent[].text': 'What happened.',
        issueUrl: 'The incident issue address, or "".'
    },
    'post-mortem': {
        codename: 'The incident codename.',
        drill: 'True on a drill.',
        severity: '"SEV 1" … "SEV 4", or "not yet assessed".',
        issueUrl: 'The incident issue address, or "".',
        runbook: 'The path of the runbook the incident followed (`runbooks.incidentRunbook` when it opened).',
        runbookUrl: 'A permalink to that runbook at the commit it was read at when the incident opened, or "" when none was recorded.',
        runbookCommit: 'The SHA of that commit, or "".',
        detected: 'When the incident was detected, human time.',
        opened: 'When the issue was opened, human time.',
        resolved: 'When it was resolved, human time, or "" while still open.',
        timeToReport: 'From detection to the issue, "2h 5m".',
        timeToResolve: 'From the issue to resolution, "3d 4h", or "".',
        releases: 'The drafts people recorded as released (`/released`): what, where, who and when, on one line; "" when none.',
        responseTimes: 'Time to IC, mitigation, containment, internal update, announcement and resolution.',
        'responseTimes[].measure': 'What was measured, e.g. "Incident Commander assigned".',
        'responseTimes[].time': 'How long it took, "1h 5m", or "-" when it did not happen.',
        'responseTimes[].from': 'Counted from: "report" (the issue) or "detection".',
        clocks: 'Every clock that applied, as it stood at resolution (or now): the response clocks and the legal ones switched on.',
        'clocks[].title': 'The clock, with its law (linked) and the decision or filing it ran from, who recorded it and when.',
        'clocks[].due': 'When it was due, ISO to the minute.',
        'clocks[].state': 'Met (when, late by, the filing reference and who recorded it), missed by, or stopped at resolution.',
        'clocks[].owner': 'Who answered for it (a handle that does not ping, or a name).',
        written: 'When the draft was written: the resolution time (stable across re-runs), else now; human time.',
        attackTimeline: 'The attack timeline (`/timeline` entries), oldest first.',
        'attackTimeline[].when': 'ISO time to the minute.',
        'attackTimeline[].time': 'Human time.',
        'attackTimeline[].who': 'Who recorded it.',
        'attackTimeline[].kind': 'The entry kind.',
        'attackTimeline[].text': 'What the attacker did.',
        attackFolded: 'A sentence saying which attack entries were left out to fit, or "".',
        responseTimeline: 'The response timeline (everything incident-kit recorded), oldest first.',
        'responseTimeline[].when': 'ISO time to the minute.',
        'responseTimeline[].time': 'Human time.',
        'responseTimeline[].who': 'Who did it.',
        'responseTimeline[].kind': 'The entry kind.',
        'responseTimeline[].text': 'What happened.',
        responseFolded: 'A sentence saying which response entries were left out to fit (and which the dashboard had folded earlier), or "".',
        compromised: 'What was compromised (`/compromised` entries).',
        'compromised[].text': 'The entry.',
        'compromised[].who': 'Who recorded it.',
        'compromised[].when': 'When, ISO to the minute.',
        iocs: 'Indicators of compromise (`/ioc` entries), defanged.',
        'iocs[].type': 'IOC type.',
        'iocs[].value': 'The IOC, defanged.',
        'iocs[].who': 'Who recorded it.',
        'iocs[].when': 'When, ISO to the minute.',
        evidence: 'The evidence register (`/evidence`, `/custody`), in the order items were recorded.',
        'evidence[].id': 'The item\'s id, "E-" and the first hex digits of its hash, e.g. "E-9f86d081".',
        'evidence[].sha256': 'Its SHA-256, lower-case hex.',
        'evidence[].where': 'Where it is kept, in a code span.',
        'evidence[].what': 'What it is.',
        'evidence[].who': 'Who registered it.',
        'evidence[].when': 'When, ISO to the minute.',
        'evidence[].holder': "Who holds it now (the last hand-over's receiver, else who registered it).",
        'evidence[].custody': 'Every hand-over, oldest first.',
        'evidence[].custody[].from': 'Who handed it over.',
        'evidence[].custody[].to': 'Who received it.',
        'evidence[].custody[].who': 'Who recorded the hand-over.',
        'evidence[].custody[].when': 'When, ISO to the minute.',
        'evidence[].custody[].note': 'The note given with `/custody`, or "".',
        checklist: 'Every checklist step with whether it was done: `{ text, done }` for `taskList`.',
        'checklist[].text': 'Step title and phase.',
        'checklist[].done': 'True when ticked.',
        stepsDone: 'Checklist steps done.',
        stepsTotal: 'Checklist steps in all.',
        percent: 'Percentage of steps done, 0-100.',
        gates: 'Every configured gate and how it ended.',
        'gates[].name': 'Gate name.',
        'gates[].description': 'What it means.',
        'gates[].state': '"open", "closed" (revoked) or "never opened".',
        'gates[].who': 'Who last changed it, or "".',
        'gates[].when': 'When, ISO to the minute, or "".',
        roles: 'Who held which role.',
        'roles[].role': 'Role title.',
        'roles[].who': 'Who held it.',
        followUps: 'Follow-up actions found in the state (unfinished steps, gates never opened, runbook upkeep), as strings.'
    }
};
// ---------------------------------------------------------------------------------------------
// Small shared pieces
const ROLE_TITLES = {
    ic: 'Incident Commander',
    deputy: 'Deputy',
    scribe: 'Scribe',
    liaison: 'Liaison',
    comms: 'Communications',
    legal: 'Legal counsel',
    sme: 'Subject-matter expert'
};
/** Kinds of response-timeline entries that fold first when space runs out: routine, not decisions. */
const ROUTINE_KINDS = new Set(['tick', 'untick', 'command', 'gate-refused', 'reminder', 'react']);
/** IOC types that name a system someone operates (and so someone to warn). */
const SYSTEM_IOC_TYPES = new Set(['ip', 'ipv4', 'ipv6', 'domain', 'host', 'hostname', 'url', 'email', 'asn']);
/** IOC types that name a third party rather than an indicator. */
const PARTY_IOC_TYPES = new Set(['party', 'vendor', 'org', 'organisation', 'organization', 'company']);
function severityLabel(severity) {
    return severity === null ? 'not yet assessed' : `SEV ${severity}`;
}
function phaseTitle(config, id) {
    return neutraliseInline(config.phases.find((p) => p.id === id)?.title ?? id);
}
function who(login) {
    if (!login)
        return '';
    return login === 'incident-kit' ? 'incident-kit' : quietLogin(login);
}
function entryView(entry) {
    return { when: isoMinute(entry.at), time: humanDate(entry.at), who: who(entry.by), kind: entry.kind, text: entry.text };
}
function detectedAt(state) {
    return state.detectedAt ?? state.openedAt;
}
function chronological(entries) {
    return entries
        .map((entry, i) => ({ entry, i, ms: Date.parse(entry.at) }))
        .sort((a, b) => (a.ms === b.ms || Number.isNaN(a.ms - b.ms) ? a.i - b.i : a.ms - b.ms))
        .map((x) => x.entry);
}
/** An address from outside, only if it is http(s); parentheses encoded so it cannot end a markdown link early. */
function safeUrl(url) {
    if (!url)
        return '';
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            return '';
        return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    }
    catch {
        return '';
    }
}
/** "evil[.]example", "hxxps[://]…": an indicator that GitHub will not turn into a live link. */
function defang(value) {
    return value.replace(/^http/i, 'hxxp').replace(/:\/\//g, '[://]').replace(/\./g, '[.]');
}
/** Third parties recorded in the state (IOCs of a party type) plus the caller's, without duplicates. */
function thirdParties(state, extra = []) {
    const names = [...state.iocs.filter((i) => PARTY_IOC_TYPES.has(i.type.toLowerCase())).map((i) => i.value), ...extra.map((p) => neutraliseInline(p))];
    const seen = new Set();
    return names.filter((n) => {
        const key = n.toLowerCase();
        if (n.trim() === '' || seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function percent(done, total) {
    return total === 0 ? 0 : Math.round((done / total) * 100);
}
/**
 * Progress in runbook steps (a step is done when its own box is ticked): the same unit as the
 * dashboard and the checklist headings (stepProgress in src/incident/checklist.ts, which comms
 * may not import: the layering points the other way).
 */
function stepProgress(state, config) {
    const done = config.steps.filter((s) => state.steps[s.id] === true).length;
    return { done, total: config.steps.length };
}
function roleViews(state) {
    return Object.entries(state.roles).map(([role, login]) => ({ role: ROLE_TITLES[role] ?? role, who: who(login) }));
}
/** The time a draft became ready: its gates' latest opening (stable across re-runs, unlike "now"). */
function gatesOpenedAt(state, gates, now) {
    const times = gates.map((g) => state.gates[g]?.at).filter((t) => typeof t === 'string' && !Number.isNaN(Date.parse(t)));
    if (times.length === 0)
        return now.toISOString();
    return times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}
/**
 * Keeps at most `max` entries and says in one sentence what was left out: nothing is dropped
 * silently. `recent` (a response timeline) folds routine entries first, then the oldest;
 * `ends` (an attack timeline) keeps how it began and how it ended, folding the middle.
 */
function foldEntries(entries, max, keep = 'recent') {
    const sorted = chronological(entries);
    if (sorted.length <= max)
        return { shown: sorted, folded: '' };
    const room = Math.max(0, Math.floor(max));
    let kept;
    if (keep === 'ends') {
        const head = Math.ceil(room / 2);
        kept = new Set([...sorted.slice(0, head), ...sorted.slice(sorted.length - (room - head))]);
    }
    else {
        const important = sorted.filter((e) => !ROUTINE_KINDS.has(e.kind));
        const routine = sorted.filter((e) => ROUTINE_KINDS.has(e.kind));
        kept = new Set([...important.reverse(), ...routine.reverse()].slice(0, room));
    }
    const shown = sorted.filter((e) => kept.has(e));
    const left = sorted.filter((e) => !kept.has(e));
    return { shown, folded: foldedSentence(left.length, left[0]?.at, left[left.length - 1]?.at, countKinds(left)) };
}
function countKinds(entries) {
    const counts = {};
    for (const e of entries)
        counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    return counts;
}
function foldedSentence(count, from, to, kinds, what = 'not shown here') {
    if (count === 0)
        return '';
    const byKind = Object.entries(kinds)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([kind, n]) => `${kind} ×${n}`)
        .join(', ');
    const span = from && to ? ` between ${isoMinute(from)} and ${isoMinute(to)}` : '';
    return `${count} ${count === 1 ? 'entry' : 'entries'}${span} ${what} (${byKind}).`;
}
/** First and last few entries of a long timeline, with a gap entry saying how many are in between. */
function overview(entries, each) {
    const sorted = chronological(entries).map(entryView);
    if (sorted.length <= each * 2)
        return sorted;
    const gap = sorted.length - each * 2;
    const gapEntry = { when: '…', time: '…', who: '', kind: 'gap', text: `_${gap} more ${gap === 1 ? 'entry' : 'entries'} in the incident record_` };
    return [...sorted.slice(0, each), gapEntry, ...sorted.slice(-each)];
}
// ---------------------------------------------------------------------------------------------
// One view model per template
/** The internal update (runbook: "Internal Communication"): little detail, the timeline overviewed, mitigations taken. */
function internalUpdateView(state, config, now, ctx = {}) {
    const gates = config.drafts.internalUpdate.gates;
    const progress = stepProgress(state, config);
    return {
        subject: EMAIL_SUBJECT,
        to: neutraliseInline(config.drafts.internalUpdate.to),
        codename: state.codename,
        drill: state.drill,
        drafted: humanDate(gatesOpenedAt(state, gates, now)),
        severity: severityLabel(state.severity),
        phase: phaseTitle(config, state.phase),
        detected: humanDate(detectedAt(state)),
        status: state.status?.text ?? '',
        statusAt: state.status ? humanDate(state.status.at) : '',
        timeline: overview(state.attackTimeline, 3),
        stepsTaken: config.steps.filter((s) => state.steps[s.id] === true).map((s) => neutraliseInline(s.title)),
        stepsLeft: progress.total - progress.done,
        approvals: gates.map((g) => ({
            gate: neutraliseInline(g),
            description: neutraliseInline(config.gates[g]?.description ?? ''),
            who: who(state.gates[g]?.by),
            when: state.gates[g]?.at ? humanDate(state.gates[g].at) : ''
        })),
        issueUrl: safeUrl(ctx.issueUrl)
    };
}
/** The law enforcement and external parties sheet (runbook: "Liaise With Law Enforcement / External Actors"). */
function lawEnforcementView(state, config, _now, ctx = {}) {
    const first = chronological(state.attackTimeline)[0];
    return {
        subject: EMAIL_SUBJECT,
        to: neutraliseInline(config.drafts.lawEnforcement.to),
        codename: state.codename,
        drill: state.drill,
        severity: severityLabel(state.severity),
        detected: humanDate(detectedAt(state)),
        attackStarted: first ? humanDate(first.at) : '',
        operators: state.iocs
            .filter((i) => SYSTEM_IOC_TYPES.has(i.type.toLowerCase()))
            .map((i) => ({ type: i.type, value: defang(i.value), when: isoMinute(i.at) })),
        iocCount: state.iocs.length,
        compromised: state.compromised.map((c) => c.text),
        parties: thirdParties(state, ctx.parties),
        issueUrl: safeUrl(ctx.issueUrl)
    };
}
/**
 * The dated external announcement (runbook: "External Communication"). Nothing responders wrote is
 * in it: timeline texts, hosts, addresses, IOCs and compromised-data entries are internal words
 * and may name what must not go public. It carries the dates and counts; a person writes the facts.
 */
function externalAnnouncementView(state, config, _now, ctx = {}) {
    const detected = detectedAt(state);
    // The detection belongs on the public timeline, unless an entry at that minute already tells it.
    const told = state.attackTimeline.some((e) => isoMinute(e.at) === isoMinute(detected));
    const times = [...state.attackTimeline.map((e) => ({ at: e.at, detection: false })), ...(told ? [] : [{ at: detected, detection: true }])].sort((a, b) => a.at.localeCompare(b.at));
    const max = ctx.limits?.attack ?? Number.POSITIVE_INFINITY;
    const shown = times.length > max ? times.slice(0, Math.max(0, max)) : times;
    return {
        company: neutraliseInline(config.drafts.externalAnnouncement.company),
        owner: neutraliseInline(config.drafts.externalAnnouncement.owner),
        drill: state.drill,
        incidentDate: humanDay(detected),
        detected: humanDate(detected),
        timeline: shown.map((t) => ({ when: isoMinute(t.at), time: humanDate(t.at), detection: t.detection })),
        timelineOmitted: times.length - shown.length,
        compromisedCount: state.compromised.length
    };
}
/** A status update for the response team: where we are, who holds what, when the next one is due. */
function statusUpdateView(state, config, _now, ctx = {}) {
    const progress = stepProgress(state, config);
    const gateNames = Object.keys(config.gates);
    const clock = config.clocks.find((c) => c.id === 'status-update');
    const since = state.status?.at ?? state.openedAt;
    return {
        codename: state.codename,
        drill: state.drill,
        severity: severityLabel(state.severity),
        phase: phaseTitle(config, state.phase),
        text: state.status?.text ?? '',
        at: state.status ? humanDate(state.status.at) : '',
        by: who(state.status?.by),
        stepsDone: progress.done,
        stepsTotal: progress.total,
        percent: percent(progress.done, progress.total),
        gatesOpen: gateNames.filter((g) => state.gates[g]?.open === true),
        gatesClosed: gateNames.filter((g) => state.gates[g]?.open !== true),
        roles: roleViews(state),
        nextDue: clock && !Number.isNaN(Date.parse(since)) ? humanDate(new Date(addDuration(Date.parse(since), clock)).toISOString()) : '',
        recent: chronological(state.timeline).slice(-5).map(entryView),
        issueUrl: safeUrl(ctx.issueUrl)
    };
}
/** The post-mortem draft: summary, both timelines, impact, prompts, checklist, IOCs, follow-ups. */
function postMortemView(state, config, now, ctx = {}) {
    const detected = detectedAt(state);
    const attack = foldEntries(state.attackTimeline, ctx.limits?.attack ?? Number.POSITIVE_INFINITY, 'ends');
    const response = foldEntries(state.timeline, ctx.limits?.response ?? Number.POSITIVE_INFINITY);
    const earlier = state.folded
        ? foldedSentence(state.folded.count, state.folded.from, state.folded.to, state.folded.kinds, 'were folded into counts by the dashboard earlier')
        : '';
    const progress = stepProgress(state, config);
    return {
        codename: state.codename,
        drill: state.drill,
        severity: severityLabel(state.severity),
        issueUrl: safeUrl(ctx.issueUrl),
        runbook: neutraliseInline(state.runbook?.path ?? config.runbooks.incidentRunbook),
        runbookUrl: safeUrl(state.runbook?.url),
        runbookCommit: state.runbook?.sha ?? '',
        detected: humanDate(detected),
        opened: humanDate(state.openedAt),
        resolved: state.resolvedAt ? humanDate(state.resolvedAt) : '',
        timeToReport: formatDuration(Date.parse(state.openedAt) - Date.parse(detected)),
        timeToResolve: state.resolvedAt ? formatDuration(Date.parse(state.resolvedAt) - Date.parse(state.openedAt)) : '',
        releases: releasesLine(state),
        // A draft counts from the moment its gates were all open (drafts are posted on that run).
        responseTimes: responseTimeRows(state, config, new Set(DRAFT_KINDS), state.resolvedAt ?? now.toISOString()),
        clocks: evaluateClocks(state, config, state.resolvedAt ?? now.toISOString(), new Set(DRAFT_KINDS)).map((c) => ({
            title: clockTitleText(c),
            due: isoMinute(c.dueAt),
            state: clockStateText(c, state.reminded[c.id], state.resolvedAt),
            owner: quietOwner(c.owner) || '-'
        })),
        written: humanDate(state.resolvedAt ?? now.toISOString()),
        attackTimeline: attack.shown.map(entryView),
        attackFolded: attack.folded,
        responseTimeline: response.shown.map(entryView),
        responseFolded: [earlier, response.folded].filter(Boolean).join(' '),
        compromised: state.compromised.map((c) => ({ text: c.text, who: who(c.by), when: isoMinute(c.at) })),
        iocs: state.iocs.map((i) => ({ type: i.type, value: defang(i.value), who: who(i.by), when: isoMinute(i.at) })),
        evidence: state.evidence.map((e) => ({
            id: e.id,
            sha256: e.sha256,
            where: `\`${e.where.replace(/`/g, "'").replace(/\|/g, '\\|')}\``,
            what: e.what,
            who: who(e.by),
            when: isoMinute(e.at),
            holder: who(e.custody.at(-1)?.to ?? e.by),
            custody: e.custody.map((c) => ({ from: who(c.from), to: who(c.to), who: who(c.by), when: isoMinute(c.at), note: c.note }))
        })),
        checklist: config.steps.map((s) => ({ text: `${neutraliseInline(s.title)} _(${phaseTitle(config, s.phase)})_`, done: state.steps[s.id] === true })),
        stepsDone: progress.done,
        stepsTotal: progress.total,
        percent: percent(progress.done, progress.total),
        gates: Object.entries(config.gates).map(([name, gate]) => {
            const g = state.gates[name];
            return {
                name,
                description: neutraliseInline(gate.description),
                state: g === undefined ? 'never opened' : g.open ? 'open' : 'closed',
                who: who(g?.by),
                when: g?.at ? isoMinute(g.at) : ''
            };
        }),
        roles: roleViews(state),
        followUps: followUps(state, config)
    };
}
/** Follow-up actions the state itself points at; the team adds its own under them. */
function followUps(state, config) {
    const unfinished = config.steps
        .filter((s) => state.steps[s.id] !== true)
        .map((s) => `Finish or close out "${neutraliseInline(s.title)}" (${phaseTitle(config, s.phase)}).`);
    const unopened = Object.keys(config.gates)
        .filter((g) => state.gates[g]?.open !== true)
        .map((g) => `Record why gate \`${g}\` was never opened, or open it.`);
    const runbook = state.drill
        ? 'Update the runbook\'s "Last Tested" date and fix what this drill showed was wrong or missing.'
        : 'Fix what this incident showed was wrong or missing in the runbook, and update its "Last Reviewed" date.';
    return [
        ...unfinished,
        ...unopened,
        'Add the alerting that would have detected this sooner.',
        'Confirm every compromised key and credential was rotated or revoked.',
        runbook
    ];
}
/** How a draft is named in sentences. */
function draftTitle(draft) {
    return draft === 'external-announcement' ? 'External announcement' : draft === 'internal-update' ? 'Internal update' : draft;
}
/** A release in one line, as the timeline says it (the timeline shows who beside it). */
function releaseText(release) {
    const despite = release.overridden ? ` (despite ${count(release.overridden, 'linter error')})` : '';
    return `${draftTitle(release.draft)} released: ${release.reference}${despite}`;
}
/** Every release on record, one line each ("External announcement released: <ref> (`@login`, 2026-11-25T10:00Z)"), for the dashboard and the post-mortem; "" when none. */
function releasesLine(state) {
    return state.releases.map((r) => `${releaseText(r)} (${quietLogin(r.by)}, ${isoMinute(r.at)})`).join('; ');
}
/** "1 linter error", "3 linter errors". */
function count(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
}
/** The view model of each template, by name. */
const VIEW_MODELS = {
    'internal-update': internalUpdateView,
    'law-enforcement': lawEnforcementView,
    'external-announcement': externalAnnouncementView,
    'status-update': statusUpdateView,
    'post-mortem': postMortemView
};

/** GitHub refuses issue and comment bodies longer than this. */
const COMMENT_LIMIT = 65_536;
/** Template `name` rendered with its view model. Throws TemplateError (naming template, line, variable). */
function renderComms(name, templates, state, config, now, ctx = {}) {
    return renderTemplate(templateFile(name), templates, VIEW_MODELS[name](state, config, now, ctx));
}
/**
 * Like `renderComms`, but at most `budget` characters: when the full text is longer, shows as
 * many response-timeline entries as fit, then as many attack-timeline entries, and as a last
 * resort cuts the text with a visible note.
 */
function renderWithin(budget, name, templates, state, config, now, ctx = {}) {
    const render = (limits) => renderComms(name, templates, state, config, now, { ...ctx, limits: { ...ctx.limits, ...limits } });
    const full = render({});
    if (full.length <= budget)
        return full;
    const withResponse = largestFitting(state.timeline.length, (n) => render({ response: n }), budget);
    if (withResponse !== undefined)
        return withResponse;
    // The announcement adds the detection to the attack timeline: one entry more than the state holds.
    const withAttack = largestFitting(state.attackTimeline.length + 1, (n) => render({ response: 0, attack: n }), budget);
    return withAttack ?? clampToLimit(render({ response: 0, attack: 0 }), budget);
}
/**
 * The rendering with the largest n in [0, max] whose length fits `budget`, or undefined when
 * even 0 does not. Entries are of similar length, so each probe guesses n by interpolating
 * between the known lengths; every other probe bisects so an uneven timeline stays logarithmic.
 */
function largestFitting(max, render, budget) {
    const bottom = render(0);
    if (bottom.length > budget)
        return undefined;
    const top = render(max);
    if (top.length <= budget)
        return top;
    // Invariant: render(lo) fits, render(hi) does not.
    let [lo, loText, hi, hiLength] = [0, bottom, max, top.length];
    for (let probe = 0; hi - lo > 1; probe++) {
        const guess = probe % 2 === 0 ? lo + Math.floor(((budget - loText.length) / (hiLength - loText.length)) * (hi - lo)) : (lo + hi) >> 1;
        const mid = Math.min(hi - 1, Math.max(lo + 1, guess));
        const text = render(mid);
        if (text.length <= budget)
            [lo, loText] = [mid, text];
        else
            [hi, hiLength] = [mid, text.length];
    }
    return loText;
}
/** Cuts `body` to `limit` characters at a line break, saying so at the end (the last resort: nothing goes missing unannounced). */
function clampToLimit(body, limit = COMMENT_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = (cut) => `\n\n> [!WARNING]\n> ${cut.toLocaleString('en-US')} characters did not fit in a GitHub comment and were cut here; the incident record keeps them.\n`;
    const room = limit - note(body.length).length;
    const end = Math.max(0, body.lastIndexOf('\n', room) > 0 ? body.lastIndexOf('\n', room) : room);
    return body.slice(0, end) + note(body.length - end);
}

/**
 * The incident's sensitive terms: hosts, addresses and indicators that responders wrote down
 * while working the incident. None of them belongs in a public announcement, so the linter
 * looks for each one (and for its defanged spelling) in the draft and in the text released.
 *
 * Where they come from: the IOCs as recorded; the affected-systems answer of the report (every
 * host, address, URL and e-mail address in it, plus bare host names such as `build-7`, `db01`
 * or `prod-api`); the attack timeline and the compromised-data entries (network names, and bare
 * names with a digit such as `build-7`); the response timeline (network names only: the rest of
 * it is the bot's own wording). Pure.
 */
const TERM_SOURCES = {
    iocs: 'the IOCs',
    affected: 'the affected systems',
    attack: 'the attack timeline',
    compromised: 'the compromised data',
    response: 'the response timeline'
};
/** Bare words that look like host names but are common technical words (never flagged). */
const COMMON_WORDS = new Set([
    'ipv4',
    'ipv6',
    'md5',
    'sha1',
    'sha256',
    'sha512',
    's3',
    'ec2',
    'http2',
    'http3',
    'oauth2',
    'utf8',
    'utf-8',
    'base64',
    'x509',
    'x86',
    'x64',
    'arm64',
    'win32',
    'win64',
    'k8s',
    'mp3',
    'mp4',
    'h264',
    'log4j',
    'e-mail',
    'read-only',
    'third-party',
    'on-call',
    'off-site',
    'end-to-end',
    'two-factor',
    'multi-factor',
    'sign-in',
    'log-in',
    'follow-up',
    'built-in',
    'real-time',
    'up-to-date',
    'non-production'
]);
/** Every sensitive term of the incident, each once (the first source that names it wins). */
function incidentTerms(state) {
    const found = [
        // A third party recorded as an IOC may be named beside a link to its own disclosure (the third-party rule), so it is no term here.
        ...state.iocs.filter((i) => i.type.toLowerCase() !== 'party').map((i) => ({ term: undefang(plain(i.value)), source: TERM_SOURCES.iocs })),
        ...termsIn(state.affected ?? '', TERM_SOURCES.affected, 'all'),
        ...state.attackTimeline.flatMap((e) => termsIn(e.text, TERM_SOURCES.attack, 'numbered')),
        ...state.compromised.flatMap((e) => termsIn(e.text, TERM_SOURCES.compromised, 'numbered')),
        ...state.timeline.flatMap((e) => termsIn(e.text, TERM_SOURCES.response, 'none'))
    ];
    const seen = new Set();
    return found.filter((t) => {
        const key = t.term.toLowerCase();
        if (t.term.length < 2 || seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * The terms in one text. Network names always: URLs, e-mail addresses, IP addresses, dotted host
 * names. Bare names: `all` takes every word shaped like a host name (`prod-api`, `db01`, words in
 * code spans); `numbered` only those with a digit (`build-7`); `none` none.
 */
function termsIn(text, source, bare) {
    const out = [];
    let rest = undefang(plain(text));
    const take = (re, keep = () => true) => {
        rest = rest.replace(re, (m) => {
            const term = m.replace(/[.,;:!?)\]]+$/, '');
            if (keep(term))
                out.push(term);
            return ' '.repeat(m.length);
        });
    };
    const spans = bare === 'all' ? [...rest.matchAll(/`([^`\n]+)`/g)].map((m) => m[1].trim()) : [];
    take(URL_RE);
    take(EMAIL_RE);
    take(IPV6_RE, (m) => isIP(m) === 6);
    take(IPV4_RE, (m) => isIP(m) === 4);
    take(DOTTED_HOST_RE, (m) => /\.[a-z][a-z0-9-]*[a-z0-9]$/i.test(m));
    if (bare !== 'none') {
        for (const m of rest.matchAll(BARE_HOST_RE)) {
            const word = m[0];
            if (COMMON_WORDS.has(word.toLowerCase()) || /^cve-/i.test(word) || /^[\d-]+$/.test(word) || /^\d/.test(word))
                continue;
            const numbered = /[a-z][a-z-]*\d|\d[a-z-]*[a-z]/i.test(word);
            if (numbered || (bare === 'all' && /[a-z0-9][-_][a-z0-9]/i.test(word)))
                out.push(word);
        }
        out.push(...spans.filter((s) => /^[a-z0-9][\w.-]*$/i.test(s) && !COMMON_WORDS.has(s.toLowerCase())));
    }
    return out.map((term) => ({ term, source }));
}
/**
 * Where each term occurs in `markdown`, by line: case-insensitive, whole words only, and in its
 * defanged spellings too ("203.0.113[.]7", "hxxp://", "evil(.)example", "user[@]host").
 */
function findTerms(markdown, terms) {
    if (terms.length === 0)
        return [];
    // Read line by line so a defanged spelling changes no line number; then search the whole text once per term.
    const text = markdown
        .split('\n')
        .map((l) => undefang(plain(l)))
        .join('\n');
    const lower = text.toLowerCase();
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            lineStarts.push(i + 1);
    const matches = [];
    for (const t of terms) {
        const live = undefang(t.term);
        // Most terms are absent: a plain search rules them out before any regular expression runs.
        if (!lower.includes(live.toLowerCase()))
            continue;
        const re = new RegExp(`(?<![\\p{L}\\p{N}_.@-])${escape(live)}(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])`, 'giu');
        const lines = new Set();
        for (const m of text.matchAll(re)) {
            const line = lineOf(lineStarts, m.index);
            if (lines.has(line))
                continue;
            lines.add(line);
            matches.push({ ...t, line, found: m[0] });
        }
    }
    return matches.sort((a, b) => a.line - b.line || a.term.localeCompare(b.term));
}
/** The 1-based line of an offset, by binary search over the line starts. */
function lineOf(lineStarts, offset) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/** Text as a reader sees it: the marks neutralising left (word joiners, entities, backslash escapes) removed. */
function plain(text) {
    return text
        .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
}
/** Defanged spellings back to the live ones: "1.2.3[.]4", "evil(.)com", "evil[dot]com", "hxxps://", "a[@]b", "a[at]b". */
function undefang(text) {
    return text
        .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.')
        .replace(/\[@\]|\[at\]|\(at\)/gi, '@')
        .replace(/\[:\]/g, ':')
        .replace(/\[:\/\/\]/g, '://')
        .replace(/\bhxxp(s?)(?=:\/\/|\[?:)/gi, 'http$1')
        .replace(/\bfxp(?=:\/\/)/gi, 'ftp');
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const URL_RE = /\b(?:https?|ftp):\/\/[^\s<>()[\]`"']+/gi;
const EMAIL_RE = /(?<![\w.+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])/gi;
const IPV4_RE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)/g;
const IPV6_RE = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4})?(?![\w:]|\.\d)/gi;
/** Labels joined by dots, ending in a label that starts with a letter ("db1.prod.internal", "exfil-cdn.example"). */
const DOTTED_HOST_RE = /(?<![\w.-])[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?)+(?![\w-])/gi;
/** A single word of letters, digits, "-" and "_" ("build-7", "db01", "prod-api", "ci_runner"). */
const BARE_HOST_RE = /(?<![\p{L}\p{N}_.@/-])[a-z0-9][a-z0-9_-]*[a-z0-9](?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])/giu;

/**
 * The external-announcement linter: the runbook's "External Communication" rules, checked
 * before anything goes public. Structure (title, sections, list items, links) comes from a
 * real markdown parser; leaks are searched in the raw text, so nothing hides in a link
 * address or an HTML comment.
 */
const LINT_RULES = {
    'title-date': 'The notice carries its full date where readers look first: the title, the line under it, a dateline or the first sentence (config `announcement.dateIn`); a date without its day or year is a warning.',
    'banned-phrase': 'No stock phrases such as "we take security very seriously" or "protecting your information is our top priority" (families of variants, any case, spacing or intensifier).',
    'missing-section': 'Every required section is present as a heading, matched by meaning ("What we\'re doing about it" is "What we are doing"), with a "did you mean" for near misses.',
    'empty-section': 'Every required section has content.',
    placeholder: 'No unresolved placeholders: TODO, TBD, XXX, FIXME, [insert …], "{{".',
    'leak-codename': 'The internal codename does not appear.',
    'leak-privilege-marker': '"Attorney Work Project" (an internal marker) does not appear.',
    'leak-internal-host': 'No internal host names (config `announcement.internalHostPatterns`).',
    'leak-private-ip': 'No private, loopback or link-local IP addresses.',
    'leak-incident-term': 'No host, address or indicator named anywhere in the incident (IOCs, affected systems, timelines, compromised data), in any case or defanged spelling.',
    'third-party-unlinked': 'A third party is named only beside a link to its own public disclosure.',
    'timeline-undated': 'Every entry of the Timeline section starts with a date, or sits under a dated heading.'
};
/** The linter's options from the config, plus the incident's codename and third parties. */
function lintOptionsFromConfig(config, extra = {}) {
    return {
        bannedPhrases: config.announcement.bannedPhrases,
        bannedFamilies: config.announcement.bannedFamilies,
        requiredSections: config.announcement.requiredSections,
        dateIn: config.announcement.dateIn,
        internalHostPatterns: config.announcement.internalHostPatterns,
        ...(extra.codename ? { codename: extra.codename } : {}),
        ...(extra.parties ? { parties: extra.parties } : {}),
        ...(extra.sensitiveTerms ? { sensitiveTerms: extra.sensitiveTerms } : {})
    };
}
/** Every finding in `markdown`, by line. Throws only for a host pattern that is not a valid regular expression. */
function lintAnnouncement(markdown, options = {}) {
    const doc = parseDocument(markdown);
    const findings = [
        ...checkTitleDate(doc, options.dateIn ?? DATE_PLACES),
        ...checkBannedPhrases(doc, options.bannedPhrases ?? DEFAULT_BANNED_PHRASES, options.bannedFamilies ?? DEFAULT_BANNED_FAMILIES),
        ...checkSections(doc, options.requiredSections ?? []),
        ...checkPlaceholders(doc),
        ...checkCodename(doc, options.codename),
        ...checkPrivilegeMarker(doc),
        ...checkInternalHosts(doc, options.internalHostPatterns ?? []),
        ...checkPrivateIps(doc),
        ...checkIncidentTerms(doc, options.sensitiveTerms ?? []),
        ...checkThirdParties(doc, options.parties ?? []),
        ...checkTimelineDates(doc)
    ];
    return findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}
/** "FILE:LINE rule-id message", the CLI's and the draft's line format. */
function formatFinding(file, finding) {
    return `${file}:${finding.line} ${finding.rule} ${finding.severity === 'warning' ? 'warning: ' : ''}${finding.message}`;
}
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** YAML front matter: not text of the notice (its `---` is no title), but its `title` is the page's title. */
function frontMatter(source) {
    const m = FRONT_MATTER.exec(source);
    if (!m)
        return { blanked: source };
    const blanked = m[0].replace(/[^\r\n]/g, '') + source.slice(m[0].length);
    let data = {};
    try {
        // The written text counts, not what YAML makes of it: a date stays a string.
        const parsed = distExports.parse(m[1], { schema: 'failsafe' });
        if (parsed && typeof parsed === 'object')
            data = parsed;
    }
    catch {
        // Front matter that is not YAML is still not part of the notice.
    }
    const lineOf = (key) => 2 + (m[1].slice(0, Math.max(0, m[1].search(new RegExp(`^${key}\\s*:`, 'm')))).match(/\n/g)?.length ?? 0);
    const field = (key) => (typeof data[key] === 'string' && data[key] !== '' ? { text: data[key], line: lineOf(key) } : undefined);
    const title = field('title');
    const date = field('date');
    return { blanked, ...(title ? { title } : {}), ...(date ? { date } : {}) };
}
function parseDocument(source) {
    const front = frontMatter(source);
    const tree = fromMarkdown(front.blanked, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const lineStarts = [0];
    for (let i = 0; i < source.length; i++)
        if (source[i] === '\n')
            lineStarts.push(i + 1);
    return {
        source,
        body: front.blanked,
        tree,
        lineStarts,
        ...(front.title ? { frontTitle: front.title } : {}),
        ...(front.date ? { frontDate: front.date } : {})
    };
}
function lineAt(doc, offset) {
    let lo = 0;
    let hi = doc.lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (doc.lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
function startLine(node) {
    return node.position?.start.line ?? 1;
}
/** The visible text of a node (what a reader sees), with soft line breaks kept as "\n". */
function textOf(node) {
    if ('value' in node && typeof node.value === 'string')
        return node.type === 'html' ? '' : node.value;
    if (node.type === 'break')
        return '\n';
    if ('children' in node)
        return node.children.map(textOf).join('');
    return '';
}
/** Paragraph-like blocks (paragraphs, headings, table cells) in document order: where sentences live. */
function textBlocks(node, out = []) {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        out.push(node);
        return out;
    }
    if ('children' in node)
        for (const child of node.children)
            textBlocks(child, out);
    return out;
}
function regexEscape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// ---------------------------------------------------------------------------------------------
// Dates
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
/** Each pattern captures year, month, day under names so the date can be checked for real. */
const DATE_PATTERNS = [
    `(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})`,
    `(?<y>\\d{4})/(?<m>\\d{1,2})/(?<d>\\d{1,2})`,
    `(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mn>${MONTHS})\\.?,?\\s+(?<y>\\d{4})`,
    `(?<mn>${MONTHS})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})`,
    // 22/11/2026 or 11/22/2026: either reading is a date, which is all the rule needs.
    `(?<a>\\d{1,2})[/.](?<b>\\d{1,2})[/.](?<y>\\d{4})`
];
// A letter may follow ("2026-11-22T09:12Z"), a digit or slash may not ("2026-11-223").
const DATE_RES = DATE_PATTERNS.map((p) => new RegExp(`(?<![\\w/.-])${p}(?![\\d/])`, 'gi'));
const STARTING_DATE_RES = DATE_PATTERNS.map((p) => new RegExp(`^${WEEKDAY}${p}(?![\\d/])`, 'i'));
const MONTH_YEAR = new RegExp(`(?<![\\w])(?:${MONTHS})\\.?,?\\s+\\d{4}(?![\\w])`, 'i');
/** "November 3", "3rd of November": a day without its year. */
const MONTH_DAY = new RegExp(`(?<![\\w])(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS}))(?![\\w])`, 'i');
/** A year written in a heading ("Timeline (2026)"): entries under it may give only month and day. */
const YEAR = /\b(?:19|20)\d{2}\b/;
/** Words that may come before a timeline entry's date: "On 12 January 2026, …", "Between …". */
const LEADING_WORDS = /^(?:on|between|from|starting|beginning|since|by|around|as of|at)\s+/i;
/** A date missing its day ("July 2021") or its year ("November 3"): the same warning wherever it stands. */
function partialDateIn(text) {
    if (MONTH_YEAR.test(text))
        return 'a month but no day';
    if (MONTH_DAY.test(text))
        return 'a day but no year';
    return undefined;
}
function validDate(groups) {
    const year = Number(groups['y']);
    const candidates = [];
    if (groups['mn'])
        candidates.push([MONTH_INDEX.indexOf(groups['mn'].slice(0, 3).toLowerCase()) + 1, Number(groups['d'])]);
    else if (groups['m'])
        candidates.push([Number(groups['m']), Number(groups['d'])]);
    else
        candidates.push([Number(groups['b']), Number(groups['a'])], [Number(groups['a']), Number(groups['b'])]);
    return candidates.some(([month, day]) => {
        if (!(month >= 1 && month <= 12 && day >= 1))
            return false;
        return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    });
}
/** True when `text` contains a real calendar date ("2026-11-22", "22 November 2026", "Nov 22, 2026", …). */
function containsDate(text) {
    return DATE_RES.some((re) => [...text.matchAll(re)].some((m) => validDate(m.groups ?? {})));
}
/** True when `text` starts with a real calendar date (a weekday before it is allowed). */
function startsWithDate(text) {
    const trimmed = text
        .trimStart()
        .replace(/^[*_]+/, '')
        .replace(LEADING_WORDS, '');
    return STARTING_DATE_RES.some((re) => {
        const m = re.exec(trimmed);
        return m !== null && validDate(m.groups ?? {});
    });
}
/**
 * The title: the front matter's `title`, else the first block when it is a heading, else the
 * first top-level heading of level 1, else the first non-empty line (a notice pasted as plain text).
 */
function titleOf(doc) {
    if (doc.frontTitle)
        return doc.frontTitle;
    const blocks = doc.tree.children.filter((n) => n.type !== 'html' && n.type !== 'definition');
    const first = blocks[0];
    const heading = first?.type === 'heading' ? first : blocks.find((n) => n.type === 'heading' && n.depth === 1);
    if (heading)
        return { heading, text: textOf(heading), line: startLine(heading) };
    const lines = doc.body.split('\n');
    const index = lines.findIndex((l) => l.trim() !== '');
    return index < 0 ? undefined : { text: lines[index], line: index + 1 };
}
const DATE_PLACES = ['title', 'under-title', 'dateline', 'first-sentence'];
/** The text at each place a reader looks for the date, with its line. */
function datePlaces(doc, title) {
    // Blocks after the title: the line under it, a dateline, the first sentence.
    const following = doc.tree.children.filter((n) => (n.position?.start.line ?? 0) > title.line && n.type !== 'html' && n.type !== 'definition');
    // Only the lead, before the first section heading, is where a reader looks for the date.
    const firstHeading = following.findIndex((n) => n.type === 'heading');
    const after = firstHeading < 0 ? following : following.slice(0, firstHeading);
    const firstBlock = following[0];
    const underTitle = doc.frontDate ?? (firstBlock && firstBlock.type !== 'heading' ? { text: textOf(firstBlock).split('\n')[0] ?? '', line: startLine(firstBlock) } : undefined);
    // A dateline: a short line, or the lead of a paragraph up to its dash ("SAN FRANCISCO, Jan. 12, 2026 —"), or "Date: …" / "Posted …".
    const paragraphs = after.filter((n) => n.type === 'paragraph').slice(0, 3);
    const dateline = paragraphs
        .map((p) => ({ first: textOf(p).split('\n')[0] ?? '', line: startLine(p) }))
        .map(({ first, line }) => ({
        text: /^(?:[^.!?]{0,80}?)\s[—–-]{1,2}\s/.exec(first)?.[0] ??
            (first.length <= 120 || /^(?:date|dated|posted|published|updated|issued)\b/i.test(first) ? first : ''),
        line
    }))
        .find((d) => containsDate(d.text) || partialDateIn(d.text) !== undefined);
    // The first sentence of the first paragraph after the title (a salutation such as "Dear customer," is skipped).
    const lead = paragraphs.map((p) => ({ text: textOf(p), line: startLine(p) })).find((p) => !/^(?:dear|hello|hi)\b[^\n]*[,:]?\s*$/i.test(p.text.trim()));
    const sentence = lead
        ? {
            text: /^[\s\S]*?(?:[.!?](?=\s|$)|$)/.exec(lead.text.replace(/\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|inc|ltd|corp)\./gi, (m) => m.slice(0, -1)))?.[0] ?? '',
            line: lead.line
        }
        : undefined;
    return { title: { text: title.text, line: title.line }, 'under-title': underTitle, dateline, 'first-sentence': sentence };
}
function checkTitleDate(doc, where) {
    const found = titleOf(doc);
    if (!found)
        return [{ rule: 'title-date', severity: 'error', message: 'the announcement is empty: it needs a title with the date', line: 1 }];
    const places = datePlaces(doc, found);
    const allowed = where.map((w) => places[w]).filter((p) => p !== undefined);
    if (allowed.some((p) => containsDate(p.text)))
        return [];
    const partial = allowed.map((p) => ({ p, what: partialDateIn(p.text) })).find((x) => x.what !== undefined);
    const title = found.text.trim();
    const placesSaid = where.map((w) => w.replace('-', ' ')).join(', ');
    if (partial) {
        return [
            {
                rule: 'title-date',
                severity: 'warning',
                message: `"${clip(partial.p.text)}" has ${partial.what}: give the full date (such as "12 January 2026")`,
                line: partial.p.line
            }
        ];
    }
    return [
        {
            rule: 'title-date',
            severity: 'error',
            message: `no date in the title "${title}" (looked in: ${placesSaid}): include it so the notice is never taken for a new breach`,
            line: found.line
        }
    ];
}
// Banned phrases: compared word by word after normalising case, spacing, contractions,
// intensifiers and verb forms, so "We are taking your security extremely seriously" is caught.
const CONTRACTIONS = { "'re": ['are'], "'ve": ['have'], "'ll": ['will'], "'m": ['am'], "'s": [], "n't": ['not'], "'": [] };
/** Words that change nothing about the phrase: intensifiers and auxiliaries. */
const FILLER = new Set([
    'very',
    'extremely',
    'incredibly',
    'really',
    'truly',
    'deeply',
    'most',
    'utmost',
    'always',
    'highly',
    'absolutely',
    'genuinely',
    'greatly',
    'so',
    'are',
    'is',
    'am',
    'have',
    'has',
    'will',
    'do',
    'does',
    'continue',
    'continues',
    'to'
]);
const LEMMAS = {
    takes: 'take',
    taking: 'take',
    taken: 'take',
    took: 'take',
    priorities: 'priority',
    customers: 'customer',
    users: 'user'
};
/** How many extra words may sit between two words of a phrase ("the security of our customers"). */
const MAX_GAP = 3;
function tokens(text) {
    const out = [];
    const stops = [...text.matchAll(/[.!?](?=\s|$)/g)].map((m) => m.index);
    let sentence = 0;
    for (const m of text
        .toLowerCase()
        .replace(/[\u2018\u2019\u02bc]/g, "'")
        .matchAll(/[a-z0-9]+(?:'[a-z]*)?/g)) {
        let word = m[0];
        const start = m.index;
        const end = start + word.length;
        while (sentence < stops.length && stops[sentence] < start)
            sentence++;
        const contraction = Object.keys(CONTRACTIONS).find((c) => word.endsWith(c) && word.length > c.length);
        const extra = contraction ? CONTRACTIONS[contraction] : [];
        if (contraction)
            word = word.slice(0, -contraction.length);
        for (const w of [word, ...extra]) {
            const lemma = LEMMAS[w] ?? w;
            if (!FILLER.has(lemma))
                out.push({ word: lemma, start, end, sentence });
        }
    }
    return out;
}
const ELLIPSIS_GAP = 10;
function phraseSteps(phrase) {
    return phrase.split(/…|\.\.\./).flatMap((part, i) => tokens(part).map((t, j) => ({ word: t.word, gap: i > 0 && j === 0 ? ELLIPSIS_GAP : MAX_GAP })));
}
/** The first place `phrase` occurs in `text` in order, allowing small gaps; [start, end) offsets. */
function findPhrase(text, phrase) {
    if (phrase.length === 0)
        return undefined;
    for (let i = 0; i < text.length; i++) {
        if (text[i].word !== phrase[0].word)
            continue;
        let at = i;
        let matched = 1;
        while (matched < phrase.length) {
            const { word, gap } = phrase[matched];
            let next = -1;
            for (let j = at + 1; j <= at + 1 + gap && j < text.length && text[j].sentence === text[i].sentence; j++) {
                if (text[j].word === word) {
                    next = j;
                    break;
                }
            }
            if (next < 0)
                break;
            at = next;
            matched++;
        }
        if (matched === phrase.length)
            return [text[i].start, text[at].end];
    }
    return undefined;
}
function checkBannedPhrases(doc, phrases, families) {
    const listed = [
        ...phrases.map((phrase) => ({ phrase, family: undefined })),
        ...Object.entries(families).flatMap(([family, list]) => list.map((phrase) => ({ phrase, family })))
    ];
    const normalised = [
        ...new Map(listed.map((p) => [
            phraseSteps(p.phrase)
                .map((t) => `${t.gap}:${t.word}`)
                .join(' '),
            p
        ])).values()
    ].map((p) => ({ ...p, steps: phraseSteps(p.phrase) }));
    const findings = [];
    for (const block of textBlocks(doc.tree)) {
        const text = textOf(block);
        const words = tokens(text);
        const reported = [];
        for (const { phrase, family, steps } of normalised) {
            const hit = findPhrase(words, steps);
            // Several listed phrases often match the same words: report the words once.
            if (!hit || reported.some(([s, e]) => hit[0] < e && s < hit[1]))
                continue;
            reported.push(hit);
            const line = startLine(block) + (text.slice(0, hit[0]).match(/\n/g)?.length ?? 0);
            const said = text.slice(hit[0], hit[1]).replace(/\s+/g, ' ');
            const kind = family ? `the "${family}" family: "${phrase}"` : `"${phrase}"`;
            findings.push({ rule: 'banned-phrase', severity: 'error', message: `"${said}" is a banned phrase (${kind}): say what was done instead`, line });
        }
    }
    return findings;
}
/** Sections after the title: each heading with what follows it up to the next heading of the same or a higher level. */
function sections(doc) {
    const children = doc.tree.children;
    const title = titleOf(doc)?.heading;
    const out = [];
    children.forEach((node, i) => {
        if (node.type !== 'heading' || node === title)
            return;
        const content = [];
        for (const next of children.slice(i + 1)) {
            if (next.type === 'heading' && next.depth <= node.depth)
                break;
            content.push(next);
        }
        out.push({ heading: node, title: textOf(node), content });
    });
    return out;
}
/** Contractions and question forms people use in headings, written out: "What are we doing?" -> "what we are doing". */
const HEADING_FORMS = [
    [/\bwe're\b/g, 'we are'],
    [/\bwe've\b/g, 'we have'],
    [/\byou're\b/g, 'you are'],
    [/\bwhat's\b/g, 'what is'],
    [/\bwhat are we\b/g, 'what we are'],
    [/\bwhat have we\b/g, 'what we have'],
    [/\bwhat can you\b/g, 'what you can'],
    [/\bwhat should you\b/g, 'what you should'],
    [/\bwhat can i\b/g, 'what you can'],
    [/\bwhat should i\b/g, 'what you should'],
    [/\bwhat was\b/g, 'what information was'],
    [/\bwhat did\b/g, 'what'],
    // "What is the university doing?", "What has Acme done?": the organisation speaking of itself.
    [/\bwhat (?:is|are|has|have) (?:the |our )?[\p{L}&.-]+(?: [\p{L}&.-]+)? (doing|done)\b/gu, 'what we are $1'],
    [/\b(?:about it|about this|next)$/g, '']
];
function normaliseHeading(text) {
    let t = text
        .toLowerCase()
        .replace(/[\u2018\u2019\u02bc]/g, "'")
        .replace(/[\s\u00a0]+/g, ' ');
    for (const [re, to] of HEADING_FORMS)
        t = t.replace(re, to);
    return t
        .replace(/[^\p{L}\p{N} ]/gu, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/**
 * What each default section may be called, by meaning: the headings of the California model
 * notice (Cal. Civ. Code § 1798.82: "What Happened", "What Information Was Involved", "What We
 * Are Doing", "What You Can Do", "For More Information") and what real notices write instead.
 */
const SECTION_MEANINGS = {
    'what happened': [
        'what happened',
        'summary',
        'overview',
        'background',
        'what occurred',
        'what is happening',
        'description of the incident',
        'about the incident',
        'incident details',
        'details of the incident',
        'summary of the incident',
        'incident summary',
        'what happened and when'
    ],
    timeline: [
        'timeline',
        'timeline of events',
        'chronology',
        'key dates',
        'sequence of events',
        'when did this happen',
        'when it happened',
        'what happened and when'
    ],
    'what information was involved': [
        'what information was involved',
        'what information was affected',
        'what information was accessed',
        'what data was involved',
        'what data was affected',
        'what personal information was involved',
        'which information was involved',
        'information involved',
        'data involved',
        'information affected',
        'what information was impacted'
    ],
    'what we are doing': [
        'what we are doing',
        'what we have done',
        'what we are doing to protect you',
        'what we did',
        'steps we are taking',
        'steps we have taken',
        'our response',
        'actions we have taken',
        'actions taken',
        'how we are responding',
        'how we responded'
    ],
    'what you can do': [
        'what you can do',
        'what you should do',
        'what you need to do',
        'steps you can take',
        'what you can do to protect yourself',
        'recommended actions',
        'how to protect yourself',
        'how you can protect yourself',
        'what should you do',
        'recommended steps'
    ]
};
function wantedSection(section) {
    const name = typeof section === 'string' ? section : section.heading;
    const own = typeof section === 'string' ? [] : section.alternatives;
    const builtIn = SECTION_MEANINGS[normaliseHeading(name)] ?? [];
    return { name, alternatives: [...new Set([name, ...own, ...builtIn].map(normaliseHeading).filter(Boolean))] };
}
function findSection(all, wanted) {
    const patterns = wanted.alternatives.map((alt) => new RegExp(`(?:^| )${regexEscape(alt)}(?: |$)`));
    return all.find((s) => wanted.alternatives.includes(normaliseHeading(s.title))) ?? all.find((s) => patterns.some((re) => re.test(normaliseHeading(s.title))));
}
/** How many dates and times of day a text gives. */
function datesIn(text) {
    const dates = DATE_RES.reduce((count, re) => count + [...text.matchAll(re)].filter((m) => validDate(m.groups ?? {})).length, 0);
    return dates + (text.match(/\b\d{1,2}:\d{2}\b/g)?.length ?? 0);
}
/** The notice's lead: what stands between the title and the first section heading. */
function leadOf(doc) {
    const title = titleOf(doc);
    const after = doc.tree.children.filter((n) => (n.position?.start.line ?? 0) > (title?.line ?? 0));
    const end = after.findIndex((n) => n.type === 'heading');
    return (end < 0 ? after : after.slice(0, end)).map((n) => textOf(n)).join('\n');
}
/**
 * Sections a notice may give without their heading: a timeline told in prose (the story of
 * what happened with its date, or two or more dates and times anywhere), and what happened told in
 * the lead paragraphs before the first heading (a blog post's introduction).
 */
function toldInProse(doc, all, wanted) {
    if (wanted.alternatives.includes('timeline')) {
        const happened = findSection(all, wantedSection('What happened'));
        const story = happened ? happened.content.map((n) => textOf(n)).join('\n') : '';
        const body = [leadOf(doc), ...all.map((s) => s.content.map((n) => textOf(n)).join('\n'))].join('\n');
        return datesIn(story) >= 1 || datesIn(body) >= 2;
    }
    if (wanted.alternatives.includes('what happened')) {
        const lead = leadOf(doc).trim();
        return lead.length >= 80 && (lead.match(/[.!?](?=\s|$)/g)?.length ?? 0) >= 2;
    }
    return false;
}
/** How alike two headings are, 0..1, by their words (Dice coefficient over word bigrams and words). */
function likeness(a, b) {
    const wa = a.split(' ').filter(Boolean);
    const wb = new Set(b.split(' ').filter(Boolean));
    if (wa.length === 0 || wb.size === 0)
        return 0;
    const shared = wa.filter((w) => wb.has(w)).length;
    return (2 * shared) / (wa.length + wb.size);
}
/** The heading that comes closest to a missing section, when close enough to be a near miss. */
function nearMiss(all, wanted) {
    let best;
    for (const section of all) {
        const heading = normaliseHeading(section.title);
        const score = Math.max(...wanted.alternatives.map((alt) => likeness(heading, alt)));
        if (score >= 0.5 && (!best || score > best.score))
            best = { section, score };
    }
    return best?.section;
}
function checkSections(doc, required) {
    const all = sections(doc);
    const title = titleOf(doc);
    const findings = [];
    for (const wanted of required.map(wantedSection)) {
        const section = findSection(all, wanted);
        if (!section && toldInProse(doc, all, wanted))
            continue;
        if (!section) {
            const near = nearMiss(all, wanted);
            findings.push(near
                ? {
                    rule: 'missing-section',
                    severity: 'error',
                    message: `the required section "${wanted.name}" is missing: did you mean "${near.title.trim()}" (line ${startLine(near.heading)})? Rename it, or add it under announcement.requiredSections alternatives`,
                    line: startLine(near.heading)
                }
                : {
                    rule: 'missing-section',
                    severity: 'error',
                    message: `the required section "${wanted.name}" is missing: add a "## ${wanted.name}" heading`,
                    line: title?.line ?? 1
                });
        }
        else if (section.content.every((n) => textOf(n).trim() === '')) {
            findings.push({ rule: 'empty-section', severity: 'error', message: `the section "${wanted.name}" is empty`, line: startLine(section.heading) });
        }
    }
    return findings;
}
const PLACEHOLDERS = [
    { re: /\bTODO\b/g, what: 'TODO' },
    { re: /\bTBD\b/g, what: 'TBD' },
    { re: /\bTBC\b/g, what: 'TBC' },
    { re: /\bXXX\b/g, what: 'XXX' },
    { re: /\bFIXME\b/g, what: 'FIXME' },
    { re: /\{\{|\}\}/g, what: 'template braces' },
    // "[insert date]", but not a link such as "[Add a security key](https://…)".
    { re: /\[\s*(?:insert|add|fill in)\b[^\]\n]*\](?!\()/gi, what: 'a bracketed placeholder' },
    { re: /\blorem ipsum\b/gi, what: 'lorem ipsum' }
];
function checkPlaceholders(doc) {
    const findings = [];
    for (const { re, what } of PLACEHOLDERS) {
        const seen = new Set();
        for (const m of doc.source.matchAll(re)) {
            const line = lineAt(doc, m.index);
            if (seen.has(line))
                continue;
            seen.add(line);
            findings.push({ rule: 'placeholder', severity: 'error', message: `unresolved placeholder (${what}): "${m[0]}"`, line });
        }
    }
    return findings;
}
function checkCodename(doc, codename) {
    const parts = (codename ?? '').split(/[\s_-]+/).filter(Boolean);
    if (parts.length === 0)
        return [];
    // "sapphire-unicorn", "Sapphire Unicorn", "sapphire_unicorn" and "SapphireUnicorn" are all the codename.
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${parts.map(regexEscape).join('[\\s_-]*')}(?![\\p{L}\\p{N}])`, 'giu');
    return [...doc.source.matchAll(re)].map((m) => ({
        rule: 'leak-codename',
        severity: 'error',
        message: `the internal codename "${m[0]}" must not appear in a public announcement`,
        line: lineAt(doc, m.index)
    }));
}
function checkPrivilegeMarker(doc) {
    // "Attorney Work Product" is the legal term the runbook's marker stands for: both are internal.
    return [...doc.source.matchAll(/attorney[\s_-]+work[\s_-]+(?:project|product)/gi)].map((m) => ({
        rule: 'leak-privilege-marker',
        severity: 'error',
        message: `"${m[0].replace(/\s+/g, ' ')}" marks internal, privileged material: remove it`,
        line: lineAt(doc, m.index)
    }));
}
/** Words shaped like host names: labels joined by dots ("db1.prod.internal", "jump.corp"). */
const HOST_LIKE = /(?<![\w.-])[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?)+(?![\w-])/gi;
function checkInternalHosts(doc, patterns) {
    const compiled = patterns.map((p) => {
        try {
            return new RegExp(p, 'i');
        }
        catch (error) {
            throw new Error(`announcement.internalHostPatterns: "${p}" is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`, { cause: error });
        }
    });
    if (compiled.length === 0)
        return [];
    const findings = [];
    for (const m of doc.source.matchAll(HOST_LIKE)) {
        const host = m[0];
        if (isIP(host) !== 0)
            continue;
        if (compiled.some((re) => re.test(host))) {
            findings.push({
                rule: 'leak-internal-host',
                severity: 'error',
                message: `internal host name "${host}" must not appear in a public announcement`,
                line: lineAt(doc, m.index)
            });
        }
    }
    return findings;
}
/** Ranges that never belong in a public notice: private (RFC 1918, ULA), loopback and link-local. */
const PRIVATE_RANGES = (() => {
    const list = new BlockList();
    list.addSubnet('10.0.0.0', 8, 'ipv4');
    list.addSubnet('172.16.0.0', 12, 'ipv4');
    list.addSubnet('192.168.0.0', 16, 'ipv4');
    list.addSubnet('127.0.0.0', 8, 'ipv4');
    list.addSubnet('169.254.0.0', 16, 'ipv4');
    list.addSubnet('fc00::', 7, 'ipv6');
    list.addSubnet('fe80::', 10, 'ipv6');
    list.addAddress('::1', 'ipv6');
    return list;
})();
/** Loose shapes that might be addresses; `isIP` decides. */
const IPV4_LIKE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)/g;
const IPV6_LIKE = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4})?(?:%[0-9a-z]+)?(?![\w:]|\.\d)/gi;
/** True for an address in a private, loopback or link-local range (IPv4-mapped IPv6 included). */
function isPrivateAddress(candidate) {
    const address = candidate.replace(/%.*$/, '');
    const family = isIP(address);
    if (family === 0)
        return false;
    return PRIVATE_RANGES.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
function checkPrivateIps(doc) {
    const v6 = [...doc.source.matchAll(IPV6_LIKE)].filter((m) => isIP(m[0].replace(/%.*$/, '')) === 6);
    // The IPv4 tail of an IPv6 address ("::ffff:10.0.0.1") is the same address: report it once.
    const insideV6 = (offset) => v6.some((m) => offset >= m.index && offset < m.index + m[0].length);
    const v4 = [...doc.source.matchAll(IPV4_LIKE)].filter((m) => !insideV6(m.index));
    return [...v6, ...v4]
        .filter((m) => isPrivateAddress(m[0]))
        .map((m) => ({
        rule: 'leak-private-ip',
        severity: 'error',
        message: `private IP address "${m[0]}" must not appear in a public announcement`,
        line: lineAt(doc, m.index)
    }));
}
function checkIncidentTerms(doc, terms) {
    return findTerms(doc.source, terms).map((m) => ({
        rule: 'leak-incident-term',
        severity: 'error',
        message: `names \`${m.term}\`, from ${m.source}: describe it in public words, or leave it out`,
        line: m.line
    }));
}
/** Letters and digits only, lowercased: "Acme Cloud" and "acme-cloud.com" share "acmecloud". */
function squash(text) {
    return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
function linksIn(node, out = []) {
    if (node.type === 'link')
        out.push({ text: textOf(node), url: node.url });
    if ('children' in node)
        for (const child of node.children)
            linksIn(child, out);
    return out;
}
function checkThirdParties(doc, parties) {
    const named = parties
        .map((name) => name.trim())
        .filter((name) => squash(name) !== '')
        .map((name) => ({
        name,
        key: squash(name),
        re: new RegExp(`(?<![\\p{L}\\p{N}])${name.split(/\s+/).map(regexEscape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu')
    }));
    if (named.length === 0)
        return [];
    const findings = [];
    for (const block of textBlocks(doc.tree)) {
        const text = textOf(block);
        const links = linksIn(block);
        for (const party of named) {
            const m = party.re.exec(text);
            if (!m)
                continue;
            // "Its own disclosure": a link whose text names the party or whose address is on its site.
            const disclosed = links.some((l) => squash(l.text).includes(party.key) || squash(l.url).includes(party.key));
            if (disclosed)
                continue;
            const line = startLine(block) + (text.slice(0, m.index).match(/\n/g)?.length ?? 0);
            const message = links.length > 0
                ? `"${party.name}" is named beside a link that is not its own disclosure: link to its disclosure or do not name it`
                : `"${party.name}" is named without a link to its own public disclosure: do not name and shame, or link to its disclosure`;
            findings.push({ rule: 'third-party-unlinked', severity: 'error', message, line });
        }
    }
    return findings;
}
function checkTimelineDates(doc) {
    const timeline = findSection(sections(doc), wantedSection('Timeline'));
    if (!timeline)
        return [];
    // Entries under a dated Timeline heading or a dated sub-heading ("### 12 January 2026") have their day.
    let dated = containsDate(timeline.title);
    const sectionDated = dated;
    // A year in the Timeline heading or a sub-heading lets entries give only month and day ("Jan 3").
    let year = YEAR.test(timeline.title);
    const sectionYear = year;
    const findings = [];
    const undated = (text) => !dated && !startsWithDate(text) && !(year && startsWithMonthDay(text));
    for (const node of timeline.content) {
        if (node.type === 'heading') {
            dated = sectionDated || containsDate(textOf(node));
            year = sectionYear || YEAR.test(textOf(node));
        }
        else if (node.type === 'list') {
            for (const item of node.children) {
                const first = item.children[0];
                const text = first ? textOf(first) : '';
                if (undated(text)) {
                    findings.push(timelineFinding(text, text, startLine(item), 'entry'));
                }
            }
        }
        else if (node.type === 'table') {
            for (const row of node.children.slice(1)) {
                const cell = row.children[0];
                const cellText = cell ? textOf(cell) : '';
                if (!cell || undated(cellText)) {
                    findings.push(timelineFinding(row.children.map((c) => textOf(c)).join(' | '), cellText, startLine(row), 'row'));
                }
            }
        }
    }
    return findings;
}
/** Whether an entry starts with a month and day ("Jan 3", "3 January"). */
function startsWithMonthDay(text) {
    const lead = text
        .trimStart()
        .replace(/^[*_]+/, '')
        .replace(LEADING_WORDS, '');
    return MONTH_DAY.exec(lead)?.index === 0;
}
/** An undated entry; one that starts with a day but no year ("3 November:") is a warning, as in the title. */
function timelineFinding(text, start, line, what) {
    const lead = start
        .trimStart()
        .replace(/^[*_]+/, '')
        .replace(LEADING_WORDS, '')
        .slice(0, 40);
    const partial = partialDateIn(lead.split(/[:,–—-]\s/)[0] ?? '');
    return partial
        ? { rule: 'timeline-undated', severity: 'warning', message: `timeline ${what} "${clip(text)}" starts with ${partial}: give the full date`, line }
        : { rule: 'timeline-undated', severity: 'error', message: `timeline ${what} "${clip(text)}" does not start with a date`, line };
}
function clip(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

export { COMMENT_LIMIT as C, EMAIL_SUBJECT as E, LINT_RULES as L, METRICS_LABEL as M, TEMPLATE_VARIABLES as T, renderWithin as a, lintOptionsFromConfig as b, clampToLimit as c, incidentTerms as d, draftTitle as e, count as f, gatesOpenedAt as g, releaseText as h, incidentMetrics as i, renderComms as j, COMMS_TEMPLATES as k, lintAnnouncement as l, metricsLine as m, decodeMetricsCache as n, fitCache as o, renderMetricsReport as p, metricsReportView as q, releasesLine as r, METRICS_MARKER as s, thirdParties as t, metricsIssueChanges as u, metricsIssueBody as v, formatFinding as w, isCommsTemplate as x };
