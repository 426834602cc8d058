/**
 * Renders the handlebars templates in `templates/` (or a user's override of the same name).
 * Strict: a variable the template uses but the data lacks is an error naming the template,
 * the line and the variable, never a silent blank. Output is markdown, so nothing is
 * HTML-escaped here: every string a person typed is neutralised before it reaches the data.
 */
import Handlebars from 'handlebars'
import { PRECOMPILED, PRECOMPILED_OPTIONS } from './precompiled.js'
import { formatDuration, humanDate, isoMinute } from './time.js'

export class TemplateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TemplateError'
  }
}

export type TemplateSources = Record<string, string>

function createEnvironment(): typeof Handlebars {
  const hb = Handlebars.create()
  hb.registerHelper('iso', (value: unknown) => (typeof value === 'string' && value ? isoMinute(value) : ''))
  hb.registerHelper('date', (value: unknown) => (typeof value === 'string' && value ? value.slice(0, 10) : ''))
  hb.registerHelper('human', (value: unknown) => (typeof value === 'string' && value ? humanDate(value) : ''))
  hb.registerHelper('duration', (from: unknown, to: unknown) =>
    typeof from === 'string' && typeof to === 'string' ? formatDuration(Date.parse(to) - Date.parse(from)) : ''
  )
  hb.registerHelper('plural', (count: unknown, word: unknown) => `${String(count)} ${String(word)}${count === 1 ? '' : 's'}`)
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  hb.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''))
  hb.registerHelper('timelineTable', (entries: unknown, options: HelperOptions) => timelineTable(entries, emptyText(options)))
  hb.registerHelper('taskList', (items: unknown, options: HelperOptions) => markdownList(items, 'task', emptyText(options)))
  hb.registerHelper('bulletList', (items: unknown, options: HelperOptions) => markdownList(items, 'bullet', emptyText(options)))
  return hb
}

/**
 * What each helper does, for the README and for tools that tell helpers from variables.
 * Helpers return markdown built in code: with thousands of timeline entries a helper is
 * several times faster than an `{{#each}}` block, and every template lays tables out alike.
 */
export const TEMPLATE_HELPERS: Record<string, string> = {
  iso: '`{{iso at}}`: an ISO time to the minute, "2026-11-22T09:12Z".',
  date: '`{{date at}}`: the date part, "2026-11-22".',
  human: '`{{human at}}`: "22 November 2026, 09:12 UTC".',
  duration: '`{{duration from to}}`: the time between two ISO times, "2d 3h".',
  plural: '`{{plural count "step"}}`: "1 step", "3 steps" (adds an "s").',
  eq: '`{{#if (eq a b)}}`: strict equality.',
  join: '`{{join list ", "}}`: a list joined by a separator.',
  timelineTable:
    '`{{timelineTable entries empty="_None._"}}`: a table "Time (UTC) | Who | What" of entries shaped `{ when, who, text }` (already markdown-safe).',
  taskList: '`{{taskList items empty="_None._"}}`: "- [ ] item" lines; an item is a string or `{ text, done }`.',
  bulletList: '`{{bulletList items empty="_None._"}}`: "- item" lines; an item is a string or `{ text }`.'
}

interface HelperOptions {
  hash?: Record<string, unknown>
}

function emptyText(options: HelperOptions | undefined): string {
  const empty = options?.hash?.['empty']
  return typeof empty === 'string' ? empty : '_None recorded._'
}

function field(value: unknown, key: string): string {
  if (value === null || typeof value !== 'object') return ''
  const v = (value as Record<string, unknown>)[key]
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v)
}

/** Entries `{ when, who, text }` as a markdown table; the texts are already neutralised (no raw "|"). */
export function timelineTable(entries: unknown, empty = '_None recorded._'): string {
  if (!Array.isArray(entries) || entries.length === 0) return empty
  const rows = entries.map((e) => `| ${field(e, 'when')} | ${field(e, 'who')} | ${field(e, 'text')} |`)
  return ['| Time (UTC) | Who | What |', '|---|---|---|', ...rows].join('\n')
}

/** Strings or `{ text, done }` as a task list or a bullet list. */
export function markdownList(items: unknown, style: 'task' | 'bullet', empty = '_None recorded._'): string {
  if (!Array.isArray(items) || items.length === 0) return empty
  return items
    .map((item) => {
      const text = typeof item === 'string' ? item : field(item, 'text')
      if (style === 'bullet') return `- ${text}`
      const done = typeof item === 'object' && item !== null && (item as { done?: unknown }).done === true
      return `- [${done ? 'x' : ' '}] ${text}`
    })
    .join('\n')
}

/** Names of every helper templates can call: they are not data variables. */
export function helperNames(): string[] {
  return Object.keys(environment.helpers)
}

const environment = createEnvironment()
/** Every template, compiled once per process (keyed by name and source: an override is another source). */
const compiled = new Map<string, HandlebarsTemplateDelegate>()
/** Keep in step with rollup.config.js, which compiles the built-in templates with these options. */
export const COMPILE_OPTIONS = { strict: true, noEscape: true, preventIndent: true } as const

/** The form compiled at bundle time, when this very source was compiled there with these options. */
function precompiled(name: string, source: string): HandlebarsTemplateDelegate | undefined {
  const built = PRECOMPILED[name]
  if (built?.source !== source || JSON.stringify(PRECOMPILED_OPTIONS) !== JSON.stringify(COMPILE_OPTIONS)) return undefined
  return environment.template(built.spec)
}

/** Renders template `name` from `sources` with `data`; errors name the template, line and variable. */
export function renderTemplate(name: string, sources: TemplateSources, data: object): string {
  const source = sources[name]
  if (source === undefined) throw new TemplateError(`template ${name}: not found`)
  const cacheKey = `${name}\u0000${source}`
  let template = compiled.get(cacheKey)
  try {
    if (!template) {
      template = precompiled(name, source) ?? environment.compile(source, { ...COMPILE_OPTIONS })
      compiled.set(cacheKey, template)
    }
    return template(data, { allowProtoPropertiesByDefault: false })
  } catch (error) {
    throw new TemplateError(explain(name, error))
  }
}

/** Turns handlebars' messages ("foo" not defined in [object Object] - 3:7) into a line a person can act on. */
function explain(name: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const missing = /"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message)
  if (missing) return `template ${name}, line ${missing[2]}: variable "${missing[1]}" is missing from the data`
  const parse = /Parse error on line (\d+):/.exec(message)
  if (parse) return `template ${name}, line ${parse[1]}: ${message.split('\n').slice(-1)[0]}`
  return `template ${name}: ${message.split('\n')[0]}`
}
