/**
 * Text a person typed goes back into markdown only through these functions: mentions do not
 * ping, HTML (including comments that could forge a state block) does not render, template
 * syntax is not evaluated, and inline text cannot start a new line, task or table cell.
 */
const ZWJ = '\u2060'; // WORD JOINER: invisible, breaks "@login" and "{{" without changing what a reader sees
/** Neutralises multi-line text (quoted report fields). */
function neutraliseBlock(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
        .replace(/\{\{/g, `{${ZWJ}{`)
        .replace(/\}\}/g, `}${ZWJ}}`)
        .replace(/`/g, '\\`');
}
/** Neutralises text that must stay on one line: a list item, a table cell, a heading. */
function neutraliseInline(text, maxLength = 300) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    return neutraliseBlock(cut)
        .replace(/\|/g, '\\|')
        .replace(/\[( |x|X)\]/g, '\\[$1]')
        .replace(/^([#>*+-]|\d+[.)])(?=\s|$)/, '\\$1');
}
/**
 * A login shown without pinging its owner: in a code span, where GitHub never notifies. It
 * reads and copies as plain `@login`, so pasting it into `/ic @login` works (no invisible
 * characters in what the bot prints about people).
 */
function quietLogin(login) {
    return `\`@${login.replace(/[^A-Za-z0-9[\]/_.-]/g, '')}\``;
}
/**
 * Text that ships with the kit or the repository's configuration (runbook steps, help): its
 * code spans are kept as written (they render literally, never ping, never become HTML), and
 * the rest is neutralised like inline text. In a table cell (`table`), a `|` inside a code span
 * is escaped too, as GFM requires.
 */
function builtinInline(text, options = {}) {
    const maxLength = options.maxLength ?? 300;
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    const out = [];
    let last = 0;
    for (const m of cut.matchAll(CODE_SPAN)) {
        out.push(plainInline(cut.slice(last, m.index)), options.table ? m[0].replace(/\|/g, '\\|') : m[0]);
        last = m.index + m[0].length;
    }
    out.push(plainInline(cut.slice(last)));
    return out.join('').replace(/^([#>*+-]|\d+[.)])(?=\s|$)/, '\\$1');
}
/**
 * The last guard on a line the bot composes for a table cell (a timeline entry): built-in text
 * with code spans and people's text already neutralised. It changes nothing a second time, so
 * text that was neutralised is not escaped twice: one line; no HTML (a forged hidden block);
 * every unescaped `|` escaped (GFM requires it even inside code spans); no mention pings and no
 * template syntax outside code spans.
 */
function tableSafe(text, maxLength = 400) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    const guarded = cut.replace(/</g, '&lt;').replace(/(?<!\\)\|/g, '\\|');
    const out = [];
    let last = 0;
    const quiet = (plain) => plain
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
        .replace(/\{\{/g, `{${ZWJ}{`)
        .replace(/\}\}/g, `}${ZWJ}}`);
    for (const m of guarded.matchAll(CODE_SPAN)) {
        out.push(quiet(guarded.slice(last, m.index)), m[0]);
        last = m.index + m[0].length;
    }
    out.push(quiet(guarded.slice(last)));
    return out.join('');
}
/** A run of backticks, content, and the same run again (a CommonMark code span). */
const CODE_SPAN = /(`+)(?!`)[^\n]*?[^`]\1(?!`)/g;
/** Plain text between code spans: a lone backtick stays escaped, it would otherwise open a span. */
function plainInline(text) {
    return neutraliseBlock(text)
        .replace(/\|/g, '\\|')
        .replace(/\[( |x|X)\]/g, '\\[$1]');
}
/** A login that pings (only for people the action itself addresses: the IC, an owner, a team). */
function mention(login) {
    return `@${login.replace(/[^A-Za-z0-9[\]/_.-]/g, '')}`;
}

/** Dates and durations as incident-kit shows them: always UTC, to the minute. */
/** "2026-11-22T09:12Z" from any ISO time. */
function isoMinute(iso) {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms))
        return iso;
    return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}
/** English month names: `toLocaleString` is slow enough to matter when thousands of entries are dated. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "22 November 2026, 09:12 UTC". */
function humanDate(iso) {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms))
        return iso;
    const d = new Date(ms);
    return `${humanDayOf(d)}, ${d.toISOString().slice(11, 16)} UTC`;
}
/** "2d 3h", "45m", "0m": the largest two units. Negative durations read as "-1h 5m". */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return '';
    const sign = ms < 0 ? '-' : '';
    let minutes = Math.floor(Math.abs(ms) / 60000);
    const days = Math.floor(minutes / 1440);
    minutes -= days * 1440;
    const hours = Math.floor(minutes / 60);
    minutes -= hours * 60;
    const parts = [days ? `${days}d` : '', hours ? `${hours}h` : '', minutes ? `${minutes}m` : ''].filter(Boolean).slice(0, 2);
    return sign + (parts.length ? parts.join(' ') : '0m');
}
/** "22 November 2026": the day only, for titles. */
function humanDay(iso) {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? iso : humanDayOf(new Date(ms));
}
function humanDayOf(d) {
    return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export { humanDay as a, builtinInline as b, formatDuration as f, humanDate as h, isoMinute as i, mention as m, neutraliseInline as n, quietLogin as q, tableSafe as t };
