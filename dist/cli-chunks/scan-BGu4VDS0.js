import { n as neutraliseInline, m as mention } from './time-Y3ub_dL0.js';
import { G as distExports, r as renderTemplate } from './templates-B5qX9NVR.js';
import { openSync, readSync, closeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as require$$2 from 'fs';
import { statSync, stat, realpathSync, realpath, readdirSync, readdir } from 'fs';
import { sep, basename, dirname, resolve, normalize, relative, posix, isAbsolute } from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';
import { g as getDefaultExportFromCjs } from './schema-B29Y7U7m.js';

/**
 * Reads a runbook's "Last Reviewed" and "Last Tested" dates, wherever a team keeps them:
 *
 * - a header line, as in the security-incident runbook: `Last Reviewed: 2026-01-02 Last Tested: 2026-01-05`
 *   (one line or two, either order, bold or not, inside a `<div>`, or a markdown table row);
 * - YAML front matter: `last_reviewed`, `last_tested`, `owner`, `review_interval`, `test_interval` (days);
 * - the g3doc freshness comment: `<!--* freshness: { owner: 'x' reviewed: '2026-01-02' } *-->`.
 *
 * Pure. Every date keeps its 1-based line and its offset in the text, so findings point at the
 * line and a drill can rewrite the date in place.
 */
const FIELD_LABEL = { reviewed: 'Last Reviewed', tested: 'Last Tested' };
const SOURCE_PRECEDENCE = ['front-matter', 'g3doc', 'header'];
/** Reads every date format from a runbook's text (or the head of it). */
function parseRunbookDates(text) {
    const front = readFrontMatter(text);
    const g3doc = readG3docFreshness(text);
    const header = readHeaderDates(text, front?.bodyOffset ?? 0);
    const stamps = [...(front?.stamps ?? []), ...g3doc.stamps, ...header].sort((a, b) => a.offset - b.offset);
    const effective = (field) => SOURCE_PRECEDENCE.map((source) => stamps.find((s) => s.field === field && s.source === source)).find((s) => s !== undefined);
    const dates = {
        stamps,
        owners: [...(front?.owners ?? []), ...g3doc.owners],
        problems: front?.problems ?? []
    };
    const reviewed = effective('reviewed');
    const tested = effective('tested');
    if (reviewed)
        dates.reviewed = reviewed;
    if (tested)
        dates.tested = tested;
    if (front?.reviewIntervalDays !== undefined)
        dates.reviewIntervalDays = front.reviewIntervalDays;
    if (front?.testIntervalDays !== undefined)
        dates.testIntervalDays = front.testIntervalDays;
    if (front?.reviewOnly)
        dates.reviewOnly = true;
    if (front)
        dates.frontMatter = { closingOffset: front.closingOffset };
    return dates;
}
// ---------------------------------------------------------------------------------------------
// Dates
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 2026-1-2, 2026/01/02, 2026.01.02, 2026-01-02T10:00:00Z (the day is what counts). */
const NUMERIC_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?$/i;
const MONTH_NAMES = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** January 12, 2024 · Jan 12 2024 · 12 January 2024 · 12th Jan, 2024 · January 2024 · 2024-01 (a month: its first day). */
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_NAMES}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAMES},?\\s+(\\d{4})$`, 'i');
const MONTH_YEAR = new RegExp(`^${MONTH_NAMES},?\\s+(\\d{4})$|^(\\d{4})-(\\d{2})$`, 'i');
/** 12/01/2024: read only when the order cannot be mistaken (one part above 12, or both equal). */
const SLASHED_DAY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
/**
 * Left-in template values: YYYY-MM-DD, DD/MM/YYYY, XXXX-XX-XX, TBD, TODO, never, N/A, ?, -,
 * `{{ last_reviewed }}` / `{% … %}` / `${DATE}` template variables, and prose such as `<date>`,
 * `[insert date]`, "date of last review", "add the date here".
 */
const PLACEHOLDER = new RegExp([
    String.raw `^(?:[yx]{2,4}[-/.]?[mx]{1,2}[-/.]?[dx]{1,2}|[dx]{1,2}[-/.][mx]{1,2}[-/.][yx]{2,4}|[mx]{1,2}[-/.][dx]{1,2}[-/.][yx]{2,4}|[yx]{4}[-/.][mx]{2})$`,
    String.raw `^(?:tbd|tba|tbc|todo|fixme|never|none|not yet|pending|n\/?a|unknown|\?+|-+|…|\.{3})$`,
    String.raw `^\{\{.*\}\}$|^\{%.*%\}$|^\$\{?[a-z_]+\}?$|^%[a-z_]+%$`,
    String.raw `^[<[({]?\s*(?:insert|add|enter|fill in|put|write|update)?\s*(?:the\s+)?(?:(?:last\s+)?(?:review|test)(?:ed)?\s+)?date(?:\s+(?:of|when)\s+(?:the\s+)?(?:last\s+)?(?:review|test|drill)(?:ed)?)?(?:\s+here)?\s*[>\])}]?$`
].join('|'), 'i');
/** Day numbers and the reason a written day is impossible. */
function dayOf(year, month, day, shown) {
    if (month < 1 || month > 12)
        return { kind: 'impossible', reason: `there is no month ${shown}` };
    const length = daysInMonth(year, month);
    if (day < 1 || day > length)
        return { kind: 'impossible', reason: `${monthName(month)} ${year} has ${length} days, not ${day}` };
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { kind: 'valid', iso, day: Date.UTC(year, month - 1, day) / 86_400_000 };
}
function monthNumber(name) {
    return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
/**
 * Classifies a written date strictly: 2026-02-30 is impossible, never rolled over into March.
 * Besides YYYY-MM-DD, the ways people write a day are read ("January 12, 2024", "12 Jan 2024",
 * "2024/01/12", an ISO time); a month alone ("March 2024") counts from its first day.
 */
function parseIsoDay(written) {
    const value = written.trim();
    if (value === '')
        return { kind: 'empty' };
    const iso = ISO_DAY.exec(value);
    if (iso)
        return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[2]);
    if (PLACEHOLDER.test(value))
        return { kind: 'placeholder' };
    const numeric = NUMERIC_DAY.exec(value);
    if (numeric)
        return dayOf(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), numeric[2]);
    const mdy = MONTH_DAY_YEAR.exec(value);
    if (mdy)
        return dayOf(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]), mdy[1]);
    const dmy = DAY_MONTH_YEAR.exec(value);
    if (dmy)
        return dayOf(Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]), dmy[2]);
    const my = MONTH_YEAR.exec(value);
    if (my)
        return my[1] ? dayOf(Number(my[2]), monthNumber(my[1]), 1, my[1]) : dayOf(Number(my[3]), Number(my[4]), 1, my[4]);
    const slashed = SLASHED_DAY.exec(value);
    if (slashed) {
        const [a, b, y] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
        if (a > 12 && b <= 12)
            return dayOf(y, b, a, slashed[2]);
        if (b > 12 && a <= 12)
            return dayOf(y, a, b, slashed[1]);
        if (a === b)
            return dayOf(y, a, b, slashed[1]);
    }
    return { kind: 'malformed' };
}
/** Days since 1970-01-01 of a date known to be valid (e.g. `--now`), or undefined. */
function dayNumber(iso) {
    const parsed = parseIsoDay(iso);
    return parsed.kind === 'valid' ? parsed.day : undefined;
}
/** The YYYY-MM-DD of a day number. */
function isoOfDay(day) {
    // Civil date from a day count (Howard Hinnant's algorithm): integer arithmetic, no Date object,
    // since a scan computes this for every runbook.
    const z = day + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function monthName(month) {
    return MONTHS[month - 1] ?? String(month);
}
// ---------------------------------------------------------------------------------------------
// Lines
/** The 1-based line of an offset. Dates sit near the top, so counting line breaks is cheap. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
function stamp(field, source, written, offset, text) {
    return { field, source, written, date: parseIsoDay(written), line: lineAt(text, offset), offset };
}
// ---------------------------------------------------------------------------------------------
// Header line: "Last Reviewed: 2026-01-02 Last Tested: 2026-01-05"
/**
 * Emphasis or inline HTML a team wraps around the label or the value: `**`, `_`, `<strong>`,
 * `</b>`, and the `<abbr title="…">` / `<time datetime="…">` PagerDuty's runbook header puts around its dates.
 */
const MARKUP = String.raw `(?:[*_]+|</?(?:strong|b|em|i|span|code|abbr|time|mark|small|u|kbd)\b[^>]*>)*`;
/** The label people write: Last Reviewed, Last reviewed on, Last review date, Date last reviewed, Last Tested (on), Last test date. */
const LABEL = String.raw `(?:date[ \t]+)?last[ \t]*[-_]?[ \t]*(review(?:ed)?|test(?:ed)?)(?![A-Za-z])(?:[ \t]+(?:on|date|at))?`;
/**
 * The label, a separator (`:` or a table's `|`), then the value: everything up to the end of
 * the line, a tag, a table cell's end or the next label, so the next label on the same line is
 * never swallowed (`Last Reviewed: YYYY-MM-DD Last Tested: YYYY-MM-DD`) and a written-out date
 * ("January 12, 2024") is read whole.
 */
/** The separator between label and value: a colon, a table's `|` or `</td><td>`, or a spaced dash ("Last Reviewed - 2026-06-06"). */
const SEPARATOR = String.raw `(?::|\||[-–—](?=[ \t])|</t[dh]>[ \t]*<t[dh]\b[^>]*>)`;
/** A note in brackets between label and separator: "Last tested (game day): …". */
const LABEL_NOTE = String.raw `(?:[ \t]*\([^)\r\n]{1,40}\))?`;
const VALUE = String.raw `${MARKUP}[ \t]*${LABEL_NOTE}${MARKUP}[ \t]*${SEPARATOR}${MARKUP}[ \t]*${MARKUP}[ \t]*(?!last(?![A-Za-z]))(\{\{[^}\r\n]*\}\}|\{%[^%\r\n]*%\}|<[A-Za-z _-]*(?:date|yyyy)[A-Za-z _-]*>|[^\r\n<|]*?)(?=[ \t]*(?:[*_]+[ \t]*)?(?:(?:date[ \t]+)?last[ \t]*[-_]?[ \t]*(?:review|test)|<|\||\r|\n|$))`;
const HEADER_DATE = new RegExp(`${LABEL}${VALUE}`, 'gi');
/** "Reviewed: 2026-09-01" without "Last": only as a line of its own (a metadata line), never inside prose. */
const BARE_HEADER_DATE = new RegExp(String.raw `^[ \t]*(?:[-*+>][ \t]+)?${MARKUP}(?:date[ \t]+)?(reviewed|tested)(?:[ \t]+on)?${VALUE}`, 'gim');
/** A date at the start of a value: the part read as the date when more follows ("2026-01-02 (by alice)"). */
const DATE_AT_START = new RegExp(String.raw `^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|${MONTH_NAMES}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAMES},?\s+\d{4}|${MONTH_NAMES},?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?![A-Za-z0-9-])`, 'i');
/** An `<abbr title="2026-01-02">` or `<time datetime="2026-01-02">` just before a value: its attribute is the date when the text is not. */
const DATE_ATTRIBUTE = /<(?:abbr|time)\b[^>]*\b(?:title|datetime)\s*=\s*["']([^"']*)["'][^>]*>[^<]*$/i;
const DATE_ATTRIBUTE_AFTER = /^[ \t]*<(?:abbr|time)\b[^>]*\b(?:title|datetime)\s*=\s*["']([^"']*)["']/i;
const LETTER = /[A-Za-z]/;
/** What of a header value is the date: a date at its start, else the whole value when it is a placeholder, else its first word. */
function writtenValue(value) {
    const bare = value.replace(/[*_]+$/, '').trim();
    const date = DATE_AT_START.exec(bare);
    if (date)
        return date[0];
    const whole = bare.replace(/\.+$/, '');
    if (parseIsoDay(whole).kind === 'placeholder')
        return whole;
    return (/^[^\s,;()[\]]*/.exec(bare)?.[0] ?? '').replace(/\.+$/, '');
}
/** Spans of fenced code blocks (``` and ~~~), where dates are examples, not the file's own. */
function codeFenceSpans(text) {
    if (!text.includes('```') && !text.includes('~~~'))
        return [];
    const spans = [];
    const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
    let open;
    for (const m of text.matchAll(fence)) {
        const marker = m[1];
        if (!open) {
            if (marker[0] === '`' && m[0].slice(m[0].indexOf(marker) + marker.length).includes('`'))
                continue;
            open = { start: m.index, marker };
        }
        else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && m[0].trim() === marker) {
            spans.push([open.start, m.index + m[0].length]);
            open = undefined;
        }
    }
    if (open)
        spans.push([open.start, text.length]);
    return spans;
}
/** Whether an offset is inside inline code on its line (an odd number of backticks before it). */
function inInlineCode(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return (text.slice(lineStart, offset).match(/`/g)?.length ?? 0) % 2 === 1;
}
/** The first header date per field, from `from` on (front matter and code examples are not a header). */
function readHeaderDates(text, from) {
    const found = new Map();
    const fences = codeFenceSpans(text);
    for (const re of [HEADER_DATE, BARE_HEADER_DATE]) {
        if (found.size === 2 || (re === BARE_HEADER_DATE && !/^[ \t>*_+-]*(?:date[ \t]+)?(?:reviewed|tested)\b/im.test(text)))
            break;
        re.lastIndex = from;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            // "Last" must start a word ("Ballast tested:" is not a label); checked here rather than with a
            // lookbehind, which would keep the engine from searching for the literal "last".
            if (m.index > 0 && LETTER.test(text[m.index - 1]))
                continue;
            if (fences.some(([start, end]) => m.index >= start && m.index < end) || inInlineCode(text, m.index))
                continue;
            const field = m[1].toLowerCase().startsWith('review') ? 'reviewed' : 'tested';
            if (found.has(field))
                continue;
            const value = m[2];
            const valueOffset = m.index + m[0].length - value.length;
            const header = headerStamp(field, value, valueOffset, text);
            header.labelOffset = m.index + (m[0].length - m[0].trimStart().length);
            found.set(field, header);
            if (found.size === 2)
                break;
        }
    }
    return [...found.values()];
}
function headerStamp(field, value, valueOffset, text) {
    const lead = value.length - value.trimStart().length;
    const written = writtenValue(value);
    const inText = stamp(field, 'header', written, valueOffset + lead, text);
    if (inText.date.kind === 'valid')
        return inText;
    // <abbr title="2026-01-02">2 Jan</abbr>: the attribute says what the text abbreviates.
    const before = DATE_ATTRIBUTE.exec(text.slice(Math.max(0, valueOffset - 200), valueOffset));
    const after = written === '' ? DATE_ATTRIBUTE_AFTER.exec(text.slice(valueOffset, valueOffset + 200)) : null;
    const attribute = before?.[1] ?? after?.[1];
    if (attribute !== undefined && parseIsoDay(attribute).kind !== 'empty' && (written === '' || parseIsoDay(attribute).kind === 'valid')) {
        const attrOffset = before ? text.lastIndexOf(attribute, valueOffset) : text.indexOf(attribute, valueOffset);
        return stamp(field, 'header', attribute, attrOffset, text);
    }
    return inText;
}
const FRONT_MATTER_KEYS = /^(?:last[-_ ]?(?:review|test)|date[-_ ]?last|(?:reviewed|tested)(?:[-_ ]?on)?[ \t]*:|owners?|(?:review|test)[-_ ]?(?:interval|in|every)|review[-_ ]?only)/im;
/**
 * Front matter keys, normalised (`lastReviewed`, `last-reviewed` -> `last_reviewed`), per field.
 * `last_reviewed_on` + `review_in` is the GOV.UK tech-docs-template's; `last_review_date` is common elsewhere.
 */
const DATE_KEYS = {
    last_reviewed: 'reviewed',
    last_reviewed_on: 'reviewed',
    last_reviewed_date: 'reviewed',
    last_review: 'reviewed',
    last_review_date: 'reviewed',
    last_review_on: 'reviewed',
    date_last_reviewed: 'reviewed',
    reviewed_on: 'reviewed',
    last_tested: 'tested',
    last_tested_on: 'tested',
    last_tested_date: 'tested',
    last_test: 'tested',
    last_test_date: 'tested',
    last_test_on: 'tested',
    date_last_tested: 'tested',
    tested_on: 'tested',
    reviewed: 'reviewed',
    tested: 'tested'
};
const INTERVAL_KEYS = {
    review_interval: 'reviewed',
    review_in: 'reviewed',
    review_every: 'reviewed',
    test_interval: 'tested',
    test_in: 'tested',
    test_every: 'tested'
};
const FRONT_MATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
/** Keys are matched loosely (`last_reviewed`, `last-reviewed`, `lastReviewed`): people write all three. */
function normaliseKey(key) {
    return key
        .replace(/[-\s]/g, '_')
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toLowerCase();
}
function readFrontMatter(text) {
    if (!text.startsWith('---') && !text.startsWith('\uFEFF---'))
        return undefined;
    const match = FRONT_MATTER.exec(text);
    if (!match || match.index !== 0)
        return undefined;
    const opening = match[1];
    const yamlText = match[2];
    const closingOffset = opening.length + yamlText.length;
    const front = {
        stamps: [],
        owners: [],
        problems: [],
        bodyOffset: match[0].length,
        closingOffset
    };
    // Parsing YAML costs about 8 µs a line; front matter that names none of our keys (a docs site's
    // title and tags) is none of our business, so it is not parsed at all.
    if (!FRONT_MATTER_KEYS.test(yamlText))
        return front;
    // Most front matter is flat `key: value` lines, read directly; anything else goes to the YAML parser.
    const entries = readFlatFrontMatter(yamlText) ?? readYamlFrontMatter(yamlText);
    const lineOf = (pos) => lineAt(text, opening.length + pos);
    if (!Array.isArray(entries)) {
        front.problems.push({ line: lineOf(entries.pos), message: `the front matter is not valid YAML: ${entries.message}` });
        return front;
    }
    for (const entry of entries) {
        const key = normaliseKey(entry.key);
        const value = entry.value;
        const dateField = DATE_KEYS[key];
        const intervalField = INTERVAL_KEYS[key];
        if (dateField) {
            // The first key per field counts (`last_reviewed` and `last_reviewed_on` in one file: the first wins).
            if (!front.stamps.some((s) => s.field === dateField))
                front.stamps.push(frontMatterDate(dateField, entry, yamlText, opening.length, text));
        }
        else if (intervalField) {
            const days = intervalDays(value);
            if (days === undefined) {
                front.problems.push({
                    line: lineOf(entry.keyStart),
                    message: `${entry.key} must be a whole number of days, such as 90, or a period such as "6 months"`
                });
            }
            else if (intervalField === 'reviewed')
                front.reviewIntervalDays = days;
            else
                front.testIntervalDays = days;
        }
        else if (key === 'owner' || key === 'owners') {
            front.owners.push(...ownerNames(value));
        }
        else if (key === 'review_only') {
            const flag = value.kind === 'scalar' ? value.value : undefined;
            if (flag === true || flag === 'true' || flag === 'yes')
                front.reviewOnly = true;
        }
    }
    return front;
}
/** The YAML parser's reading of front matter: its top-level entries, or the first error. */
function readYamlFrontMatter(yamlText) {
    const doc = distExports.parseDocument(yamlText, { prettyErrors: false });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        return { pos: error.pos[0], message: error.message.split('\n')[0] };
    }
    if (!distExports.isMap(doc.contents))
        return [];
    const entries = [];
    for (const pair of doc.contents.items) {
        const keyNode = pair.key;
        if (!distExports.isScalar(keyNode))
            continue;
        const valueNode = pair.value;
        entries.push({ key: String(keyNode.value), keyStart: keyNode.range?.[0] ?? 0, keyEnd: keyNode.range?.[1] ?? 0, value: yamlValue(valueNode) });
    }
    return entries;
}
function yamlValue(node) {
    if (node === null)
        return { kind: 'none' };
    if (distExports.isScalar(node))
        return node.range ? { kind: 'scalar', value: node.value, start: node.range[0], end: node.range[1] } : { kind: 'none' };
    if (distExports.isSeq(node))
        return { kind: 'list', items: node.items.map((item) => (distExports.isScalar(item) ? item.value : undefined)) };
    return { kind: 'other' };
}
/** `key: value` at the start of a line; the key a plain word or words, the value the rest. */
const FLAT_LINE = /^([A-Za-z_](?:[A-Za-z0-9_ -]{0,98}[A-Za-z0-9_-])?):(?: +(.*?))? *\r?$/;
/** A plain value that YAML could read as something other than a string, or that is not plain at all. */
const NOT_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`.+~]|: |:$| #|\t|^(?:null|Null|NULL|false|False|FALSE)$/;
const TRUE = /^(?:true|True|TRUE)$/;
/** Characters YAML rejects or treats specially wherever they are. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\uFEFF]/;
/** Numbers in YAML's core schema other than a whole decimal one: 0o17, 0x1F, 1.5, 1e3. */
const OTHER_NUMBER = /^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/;
/**
 * Flat front matter (each line blank, a `# comment`, or `key: value` with a plain, quoted or empty
 * value) read without the YAML parser, exactly as the parser reads it. Anything else (nesting,
 * lists, anchors, multi-line or escaped strings, duplicate keys, a value YAML reads as a number
 * other than a whole one) returns undefined: the parser decides.
 */
function readFlatFrontMatter(yamlText) {
    if (CONTROL.test(yamlText))
        return undefined;
    const entries = [];
    const keys = new Set();
    let lineStart = 0;
    while (lineStart < yamlText.length) {
        const newline = yamlText.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? yamlText.length : newline;
        const line = yamlText.slice(lineStart, lineEnd);
        const trimmed = line.trim();
        if (trimmed !== '' && !trimmed.startsWith('#')) {
            const m = FLAT_LINE.exec(line);
            if (!m)
                return undefined;
            const key = m[1];
            if (keys.has(key) || NOT_PLAIN.test(key) || TRUE.test(key))
                return undefined;
            keys.add(key);
            const raw = m[2] ?? '';
            // An empty value sits where the line ends, after any spaces, as the parser places it.
            const valueStart = raw === '' ? line.length - (line.endsWith('\r') ? 1 : 0) : line.indexOf(raw, key.length + 1);
            const value = flatValue(raw, lineStart + valueStart);
            if (!value)
                return undefined;
            entries.push({ key, keyStart: lineStart, keyEnd: lineStart + key.length, value });
        }
        lineStart = lineEnd + 1;
    }
    return entries;
}
function flatValue(raw, start) {
    if (raw === '')
        return { kind: 'scalar', value: null, start, end: start };
    const end = start + raw.length;
    const quoted = /^"([^"\\]*)"$|^'([^']*)'$/.exec(raw);
    if (quoted)
        return { kind: 'scalar', value: quoted[1] ?? quoted[2], start, end };
    if (/^[0-9]+$/.test(raw))
        return { kind: 'scalar', value: Number(raw), start, end };
    if (TRUE.test(raw))
        return { kind: 'scalar', value: true, start, end };
    return NOT_PLAIN.test(raw) || OTHER_NUMBER.test(raw) ? undefined : { kind: 'scalar', value: raw, start, end };
}
/** A front-matter date, located on its value (or just after its key when the value is empty). */
function frontMatterDate(field, entry, yamlText, base, text) {
    const value = entry.value;
    if (value.kind !== 'scalar' || value.value === null) {
        const afterColon = yamlText.indexOf(':', entry.keyEnd) + 1;
        const empty = stamp(field, 'front-matter', '', base + afterColon, text);
        // A list or mapping where a date belongs is not a date, and must not read as "missing".
        return value.kind === 'list' || value.kind === 'other' ? { ...empty, date: { kind: 'malformed' } } : empty;
    }
    const source = yamlText.slice(value.start, value.end);
    const quoted = source.startsWith('"') || source.startsWith("'");
    // The written text is what counts, not what YAML made of it (a YAML 1.1 document turns dates into Dates).
    const written = quoted ? source.slice(1, -1) : source;
    return stamp(field, 'front-matter', written, base + value.start + (quoted ? 1 : 0), text);
}
/** `owner: alice`, `owner: alice, bob` or a list of them. */
function ownerNames(value) {
    const items = value.kind === 'list' ? value.items : value.kind === 'scalar' ? [value.value] : [];
    return items.filter((v) => typeof v === 'string').flatMap((v) => v.split(/[\s,]+/).filter(Boolean));
}
const PERIOD_DAYS = { d: 1, day: 1, w: 7, week: 7, m: 30, mo: 30, month: 30, y: 365, yr: 365, year: 365 };
/** Days in `90`, `"90 days"`, `"6 months"` (30 days each), `"2 weeks"`, `"1 year"`: the GOV.UK template's `review_in` takes such periods. */
function intervalDays(value) {
    const raw = value.kind === 'scalar' ? value.value : undefined;
    if (typeof raw === 'number')
        return Number.isInteger(raw) && raw > 0 ? raw : undefined;
    const m = typeof raw === 'string' ? /^\s*(\d+)\s*(d|days?|w|weeks?|m|mo|months?|y|yrs?|years?)?\s*$/i.exec(raw) : null;
    if (!m)
        return undefined;
    const unit = (m[2] ?? 'd').toLowerCase().replace(/s$/, '');
    const days = Number(m[1]) * (PERIOD_DAYS[unit] ?? NaN);
    return Number.isInteger(days) && days > 0 ? days : undefined;
}
// ---------------------------------------------------------------------------------------------
// g3doc: <!--* freshness: { owner: 'alice' reviewed: '2026-01-02' } *-->
const G3DOC_OPEN = '<!--*';
const G3DOC_COMMENT = /<!--\*([\s\S]*?)\*-->/g;
const G3DOC_FRESHNESS = /freshness\s*:\s*\{([^}]*)\}/;
const G3DOC_FIELD = /\b(owner|reviewed)\s*:\s*(?:'([^']*)'|"([^"]*)")/g;
function readG3docFreshness(text) {
    const result = { stamps: [], owners: [] };
    if (!text.includes(G3DOC_OPEN))
        return result;
    for (const comment of text.matchAll(G3DOC_COMMENT)) {
        const block = G3DOC_FRESHNESS.exec(comment[1]);
        if (!block)
            continue;
        const blockOffset = comment.index + G3DOC_OPEN.length + block.index + block[0].indexOf('{') + 1;
        for (const field of block[1].matchAll(G3DOC_FIELD)) {
            const value = field[2] ?? field[3] ?? '';
            const valueOffset = blockOffset + field.index + field[0].length - value.length - 1;
            if (field[1] === 'owner')
                result.owners.push(value);
            else if (!result.stamps.some((s) => s.field === 'reviewed'))
                result.stamps.push(stamp('reviewed', 'g3doc', value, valueOffset, text));
        }
        return result;
    }
    return result;
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

/**
 * Who owns a runbook when it does not say so itself: the repository's CODEOWNERS file, read the
 * way GitHub reads it. Patterns follow gitignore, with GitHub's documented differences: no `!`
 * negation, no `[ ]` ranges, and `docs/*` owns the files directly in `docs/` but not deeper ones.
 * The last matching line wins; a line with a pattern and no owners leaves those paths unowned.
 */
/** Where GitHub looks for the file, in its order: the first one found is used. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** Parses CODEOWNERS text; comment lines, blank lines and inline `#` comments are skipped. */
function parseCodeOwners(text) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            return;
        const [pattern, ...owners] = line.split(/\s+/);
        if (pattern === undefined)
            return;
        const unescaped = pattern.replace(/^\\#/, '#');
        rules.push({ pattern: unescaped, owners, line: index + 1, matches: picomatch.makeRe(codeOwnersGlob(unescaped), CODEOWNERS_MATCH_OPTIONS) });
    });
    return { rules };
}
/** The owners of `path` (relative to the repository root): those of the last matching rule. */
function ownersOf(codeowners, path) {
    const relative = path.replace(/^\.?\//, '');
    for (let i = codeowners.rules.length - 1; i >= 0; i--) {
        const rule = codeowners.rules[i];
        if (rule.matches.test(relative))
            return rule.owners;
    }
    return [];
}
/**
 * How picomatch reads a CODEOWNERS glob: `*` and `**` match names starting with a dot too, and
 * `{a,b}`, `[abc]`, extglobs and a leading `!` are plain text, as they are to GitHub. Paths are
 * `/`-separated on every platform.
 */
const CODEOWNERS_MATCH_OPTIONS = {
    dot: true,
    nobrace: true,
    nobracket: true,
    noextglob: true,
    nonegate: true,
    windows: false
};
// One CODEOWNERS pattern as a picomatch glob over paths relative to the root, read as gitignore
// reads it. A slash at the start or in the middle anchors it to the root; otherwise it matches at
// any depth (`*.md` is `**/*.md`, `apps/` is `**/apps/**/*`). A trailing slash means everything
// under a directory (`/build/` is `build/**/*`). A pattern whose last segment has no wildcard is a
// file or a directory (`/apps/github` is `apps/github/**`, which matches `apps/github` itself too).
// `*` stays within a segment and `**` crosses segments, as picomatch has them.
function codeOwnersGlob(pattern) {
    const directoryOnly = pattern.endsWith('/');
    const trimmed = directoryOnly ? pattern.slice(0, -1) : pattern;
    const anchored = trimmed.includes('/');
    // Parentheses and double quotes are literal in CODEOWNERS; picomatch has no option for them.
    const body = trimmed.replace(/^\//, '').replace(/\\.|[()"]/g, (c) => (c.length === 2 ? c : `\\${c}`));
    const lastSegment = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    let below = '';
    if (directoryOnly)
        below = '/**/*';
    else if (lastSegment === '**')
        below = '/*'; // `docs/**`: what is inside docs, not a file named docs
    else if (!/[*?]/.test(lastSegment))
        below = '/**';
    return `${anchored ? '' : '**/'}${body}${below}`;
}

/**
 * Turns a runbook's dates into findings: is it fresh, stale (reviewed or tested too long ago), or
 * broken (a date missing, left as a placeholder, impossible, unreadable, or in the future)? Pure.
 */
/**
 * A date a day ahead is accepted: a reviewer east of UTC writes their own today, which is still
 * yesterday in UTC.
 */
const FUTURE_SLACK_DAYS = 1;
const STATUS_OF = {
    missing: 'broken',
    placeholder: 'broken',
    impossible: 'broken',
    malformed: 'broken',
    future: 'broken',
    'invalid-front-matter': 'broken',
    unreadable: 'broken',
    'review-overdue': 'stale',
    'test-overdue': 'stale',
    'never-tested': 'stale',
    fresh: 'fresh'
};
const SEVERITY_OF = { broken: 'error', stale: 'warning', fresh: 'notice' };
/** All findings for one runbook: its problems, or a single `fresh` finding when there are none. */
function assessRunbook(file, dates, options) {
    const about = { file, owners: dates.owners.length > 0 ? dates.owners : (options.fallbackOwners ?? []) };
    const findings = dates.problems.map((p) => finding(about, 'invalid-front-matter', p.line, 'front matter is not valid', p.message));
    // The runbook's own intervals (front matter) win over the configured limits.
    const limits = {
        reviewed: dates.reviewIntervalDays ?? options.reviewedMaxDays,
        tested: dates.testIntervalDays ?? options.testedMaxDays
    };
    const clocks = [];
    const reviewOnly = dates.reviewOnly === true || isReviewOnly(file, options.reviewOnly);
    for (const field of ['reviewed', 'tested']) {
        const stamp = dates[field];
        // A review-only document (configured globs, or `review_only: true`) needs no Last Tested; one it has is still checked.
        if (field === 'tested' && reviewOnly && (stamp === undefined || stamp.date.kind !== 'valid'))
            continue;
        if (field === 'tested' && (stamp === undefined || neverTested(stamp))) {
            findings.push(neverTestedFinding(about, stamp));
            continue;
        }
        if (stamp === undefined) {
            findings.push(missingDate(about, field, options.readBytes));
            continue;
        }
        const problem = brokenDate(about, stamp, options.today);
        if (problem)
            findings.push(problem);
        else if (stamp.date.kind === 'valid')
            clocks.push(clockOf(stamp, stamp.date.day, limits[field], options.today));
    }
    findings.push(...clocks.filter((c) => c.daysOverdue > 0).map((c) => overdue(about, c)));
    return findings.length > 0 || clocks.length === 0 ? findings : [fresh(about, clocks)];
}
const matchers = new Map();
/** Whether a file matches the configured review-only globs (the matcher is compiled once per set of globs). */
function isReviewOnly(file, globs) {
    if (!globs || globs.length === 0)
        return false;
    const key = globs.join('\n');
    let match = matchers.get(key);
    if (!match) {
        match = picomatch([...globs], { dot: true });
        matchers.set(key, match);
    }
    return match(file);
}
/** "Last Tested:" left empty or written as "never": the runbook has not been tested yet, which is not a broken file. */
function neverTested(stamp) {
    return stamp.date.kind === 'empty' || (stamp.date.kind === 'placeholder' && /^(?:never|not yet|none|n\/?a)$/i.test(stamp.written.trim()));
}
function neverTestedFinding(about, stamp) {
    const label = FIELD_LABEL.tested;
    return finding(about, 'never-tested', stamp?.line ?? 1, 'never tested', `no ${label} date: never tested. Run a drill and write "${label}: YYYY-MM-DD", or list the file under runbooks.reviewOnly if it is a document that is only reviewed`, { field: 'tested', ...(stamp ? { written: stamp.written } : {}) });
}
function finding(about, kind, line, title, message, extra = {}) {
    const status = STATUS_OF[kind];
    return { file: about.file, line, kind, status, severity: SEVERITY_OF[status], title, message, owners: about.owners, ...extra };
}
function missingDate(about, field, readBytes) {
    const label = FIELD_LABEL[field];
    const where = readBytes === undefined ? '' : ` in the first ${Math.round(readBytes / 1024)} KiB`;
    return finding(about, 'missing', 1, `no ${label} date`, `no ${label} date${where}; add "${label}: YYYY-MM-DD" near the top`, { field });
}
/** The problem with a written date, or undefined when it is a real day that has come. */
function brokenDate(about, stamp, today) {
    const label = FIELD_LABEL[stamp.field];
    const at = { field: stamp.field, written: stamp.written };
    const { line, written, date } = stamp;
    switch (date.kind) {
        case 'empty':
            return finding(about, 'missing', line, `no ${label} date`, `${label} has no date; write the day it was last done, as YYYY-MM-DD`, at);
        case 'placeholder':
            return finding(about, 'placeholder', line, `${label} is a placeholder`, `${label} is still the placeholder "${written}"; write the day it was last done`, at);
        case 'impossible':
            return finding(about, 'impossible', line, `${label} is not a real date`, `${label} "${written}" is not a real date: ${date.reason}`, at);
        case 'malformed':
            return finding(about, 'malformed', line, `${label} is not YYYY-MM-DD`, `${label} "${written}" is not a date written as YYYY-MM-DD`, at);
        case 'valid': {
            const ahead = date.day - today;
            if (ahead <= FUTURE_SLACK_DAYS)
                return undefined;
            return finding(about, 'future', line, `${label} is in the future`, `${label} ${written} is ${ahead} days in the future`, at);
        }
    }
}
function clockOf(stamp, day, limit, today) {
    const daysOld = Math.max(0, today - day);
    return { stamp, daysOld, limit, dueOn: isoOfDay(day + limit), daysOverdue: daysOld - limit };
}
function clockFields(clock) {
    const { stamp, daysOld, limit, dueOn, daysOverdue } = clock;
    return { field: stamp.field, written: stamp.written, dueOn, daysOld, daysOverdue, limitDays: limit };
}
function overdue(about, clock) {
    const reviewed = clock.stamp.field === 'reviewed';
    return finding(about, reviewed ? 'review-overdue' : 'test-overdue', clock.stamp.line, reviewed ? 'review overdue' : 'test overdue', `last ${reviewed ? 'reviewed' : 'tested'} ${clock.stamp.written}, ${clock.daysOld} days ago: ${clock.daysOverdue} days past the ${clock.limit}-day limit (due ${clock.dueOn})`, clockFields(clock));
}
/** A fresh runbook's one finding, about the clock that runs out first. */
function fresh(about, clocks) {
    const next = clocks.reduce((a, b) => (b.daysOverdue > a.daysOverdue ? b : a));
    const summary = clocks.map((c) => `${FIELD_LABEL[c.stamp.field]} ${c.stamp.written} (due ${c.dueOn})`).join(', ');
    return finding(about, 'fresh', next.stamp.line, 'fresh', `fresh: ${summary}`, clockFields(next));
}
/** A runbook the scan could not read (permissions, an I/O error): broken, since nobody can tell its age. */
function unreadableRunbook(file, reason, owners = []) {
    return {
        file,
        line: 1,
        kind: 'unreadable',
        status: 'broken',
        severity: 'error',
        title: 'could not be read',
        message: `the runbook could not be read: ${reason}`,
        owners
    };
}
/** A runbook's overall status: that of its worst finding. */
function statusOf(findings) {
    if (findings.some((f) => f.status === 'broken'))
        return 'broken';
    if (findings.some((f) => f.status === 'stale'))
        return 'stale';
    return 'fresh';
}
const STATUS_RANK = { broken: 0, stale: 1, fresh: 2 };
/**
 * Most urgent first: broken runbooks (their clock cannot even be read, so they count as overdue
 * forever), then the most overdue, then fresh ones by how soon they fall due; ties by file and line.
 */
function compareByUrgency(a, b) {
    return (STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line);
}
function emptyTally() {
    return { checked: 0, fresh: 0, stale: 0, broken: 0, problems: [] };
}
/**
 * Adds one runbook's findings to the tally, in place: a scan of 20,000 runbooks adds them one by
 * one, and copying the tally each time would cost more than the scan.
 */
function addToTally(tally, findings) {
    tally.checked++;
    tally[statusOf(findings)]++;
    for (const finding of findings)
        if (finding.status !== 'fresh')
            tally.problems.push(finding);
}

const REPORT_TEMPLATE = 'runbook-report.md.hbs';
function buildReport(tally, settings, today) {
    return {
        today,
        paths: [...settings.paths],
        reviewedMaxDays: settings.reviewedMaxDays,
        testedMaxDays: settings.testedMaxDays,
        counts: { checked: tally.checked, fresh: tally.fresh, stale: tally.stale, broken: tally.broken },
        findings: [...tally.problems].sort(compareByUrgency)
    };
}
function needsAttention(report) {
    return report.counts.stale + report.counts.broken > 0;
}
/** The report as markdown, through the (overridable) `runbook-report.md.hbs` template. */
function renderRunbookReport(report, templates, options = {}) {
    return renderTemplate(REPORT_TEMPLATE, templates, reportView(report, options));
}
function reportView(report, options) {
    const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
    const shown = report.findings.slice(0, maxRows);
    const { checked, fresh, stale, broken } = report.counts;
    return {
        today: options.stable ? '' : report.today,
        checked,
        fresh,
        stale,
        broken,
        paths: report.paths.map((p) => `\`${p.replace(/`/g, '')}\``).join(', '),
        reviewedMaxDays: report.reviewedMaxDays,
        testedMaxDays: report.testedMaxDays,
        chart: [
            { label: 'Fresh', count: fresh },
            { label: 'Stale', count: stale },
            { label: 'Broken', count: broken }
        ].filter((slice) => slice.count > 0),
        showDays: !options.stable,
        rows: shown.map((f) => ({
            runbook: neutraliseInline(f.written === undefined && f.kind === 'missing' ? f.file : `${f.file}:${f.line}`),
            problem: f.title,
            written: f.written === undefined || f.written === '' ? '' : neutraliseInline(f.written, 40),
            due: f.dueOn ?? '—',
            overdue: f.daysOverdue ?? '—',
            owners: f.owners.map(ownerMention).join(' ')
        })),
        hidden: report.findings.length - shown.length,
        owners: ownersToNotify(report.findings).map(ownerMention).join(' ')
    };
}
/** Everyone who owns a runbook that needs attention, once each, in order of first appearance. */
function ownersToNotify(findings) {
    return [...new Set(findings.filter((f) => f.status !== 'fresh').flatMap((f) => f.owners))];
}
/** A login or team pings its owner; an e-mail address (CODEOWNERS allows them) is shown as text. */
function ownerMention(owner) {
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(owner) ? neutraliseInline(owner) : mention(owner.replace(/^@/, ''));
}
/** One annotation per problem, on its file and line. */
function reportAnnotations(report) {
    return report.findings.map(annotationOf);
}
function annotationOf(finding) {
    return { kind: 'annotate', level: finding.severity, title: `Runbook ${finding.title}`, message: finding.message, file: finding.file, line: finding.line };
}
/** The report as JSON, for `--json` and the `runbooks-json` output. */
function reportJson(report) {
    return JSON.stringify(report);
}
/** Action outputs: counts as strings, and the whole report as JSON. */
function reportOutputs(report) {
    return {
        'runbooks-checked': String(report.counts.checked),
        'runbooks-fresh': String(report.counts.fresh),
        'runbooks-stale': String(report.counts.stale),
        'runbooks-broken': String(report.counts.broken),
        'runbooks-json': reportJson(report)
    };
}

//#region rolldown:runtime
var __require = /* @__PURE__ */ createRequire(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = normalize(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = resolve(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = dirname(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = dirname(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || require$$2
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = basename(resolvedPath);
						const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => posix.relative(cwd, p) || ".";
	return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || readdir,
		readdirSync: opts.fs.readdirSync || readdirSync,
		realpath: opts.fs.realpath || realpath,
		realpathSync: opts.fs.realpathSync || realpathSync,
		stat: opts.fs.stat || stat,
		statSync: opts.fs.statSync || statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}

/**
 * The file-system side of runbook freshness: list the runbooks matching the configured globs,
 * read the head of each, and keep only the findings. A text is dropped as soon as its dates are
 * read, so memory grows with the problems found, not with the runbooks read.
 */
/**
 * How much of each runbook is read. Front matter, the g3doc comment and the "Last Reviewed" line
 * sit at the top; 64 KiB holds a whole runbook of ordinary length (so a footer is found too), and
 * only a longer file is read in part.
 */
const HEAD_BYTES = 64 * 1024;
/**
 * Scans every runbook under `dir`; the findings are the problems, fresh runbooks are counted.
 *
 * Files are read one at a time, synchronously, into one reused buffer. Measured on 20,000
 * runbooks on a 2-core runner, a pool of 4 to 64 concurrent async reads took 4 to 6 times as long
 * (620-1,700 ms against 160 ms): each small file costs three thread-pool round trips (open, read,
 * close) that are dearer than the reads, and the pool's threads compete with the parser for the
 * cores. Either way one buffer is reused and one text is alive at a time. Splitting the files
 * between worker threads (one per core, 2 there) was slower as well: 5.8 s and 2.9 s CPU against
 * 3.8 s and 1.8 s CPU, peak memory 135 MiB against 113 MiB, as each worker starts its own V8,
 * loads the scan code and copies its findings back.
 */
async function scanRunbooks(options) {
    const today = dayNumber(options.today);
    if (today === undefined)
        throw new Error(`today must be a date such as 2026-03-10, got "${options.today}"`);
    const headBytes = options.headBytes ?? HEAD_BYTES;
    const files = await glob([...options.runbooks.paths], { cwd: options.dir, onlyFiles: true, followSymbolicLinks: false });
    const limits = {
        today,
        reviewedMaxDays: options.runbooks.reviewedMaxDays,
        testedMaxDays: options.runbooks.testedMaxDays,
        reviewOnly: options.runbooks.reviewOnly ?? []
    };
    // One byte more than the head tells a file that was cut from one that fits exactly.
    const buffer = Buffer.allocUnsafe(headBytes + 1);
    const tally = emptyTally();
    for (const file of files) {
        const fallbackOwners = options.codeowners ? ownersOf(options.codeowners, file) : [];
        let bytes;
        try {
            bytes = readHead(join(options.dir, file), buffer);
        }
        catch (error) {
            const code = error.code;
            // Deleted since it was listed: it is no longer a runbook.
            if (code === 'ENOENT')
                continue;
            addToTally(tally, [unreadableRunbook(file, code ?? String(error), fallbackOwners)]);
            continue;
        }
        const text = buffer.toString('utf8', 0, Math.min(bytes, headBytes));
        const truncated = bytes > headBytes ? { readBytes: headBytes } : {};
        addToTally(tally, assessRunbook(file, parseRunbookDates(text), { ...limits, fallbackOwners, ...truncated }));
    }
    return tally;
}
/**
 * Reads up to `buffer.length` bytes from the start of a file; returns how many were read. A read
 * of a regular file that returns less than asked has reached its end: most runbooks are read in
 * one call, without a second one to learn that nothing is left.
 */
function readHead(path, buffer) {
    const fd = openSync(path, 'r');
    try {
        let total = 0;
        while (total < buffer.length) {
            const asked = buffer.length - total;
            const bytesRead = readSync(fd, buffer, total, asked, total);
            total += bytesRead;
            if (bytesRead < asked)
                break;
        }
        return total;
    }
    finally {
        closeSync(fd);
    }
}
/** The repository's CODEOWNERS, from the first place GitHub looks that has one. */
async function readCodeOwners(dir) {
    for (const location of CODEOWNERS_LOCATIONS) {
        try {
            return parseCodeOwners(await readFile(join(dir, location), 'utf8'));
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
        }
    }
    return undefined;
}

export { FIELD_LABEL as F, parseIsoDay as a, picomatch as b, reportOutputs as c, reportAnnotations as d, dayNumber as e, annotationOf as f, assessRunbook as g, readCodeOwners as h, buildReport as i, reportJson as j, needsAttention as n, ownersOf as o, parseRunbookDates as p, renderRunbookReport as r, scanRunbooks as s };
