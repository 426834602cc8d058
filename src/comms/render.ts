/**
 * Renders the handlebars templates in `templates/` (or a user's override of the same name).
 * Strict: a variable the template uses but the data lacks is an error naming the template,
 * the line and the variable, never a silent blank. Output is markdown, so nothing is
 * HTML-escaped here: every string a person typed is neutralised before it reaches the data.
 */
import Handlebars from 'handlebars'
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
  return hb
}

const environment = createEnvironment()
const compiled = new Map<string, HandlebarsTemplateDelegate>()

/** Renders template `name` from `sources` with `data`; errors name the template, line and variable. */
export function renderTemplate(name: string, sources: TemplateSources, data: object): string {
  const source = sources[name]
  if (source === undefined) throw new TemplateError(`template ${name}: not found`)
  const cacheKey = `${name}\u0000${source}`
  let template = compiled.get(cacheKey)
  try {
    if (!template) {
      template = environment.compile(source, { strict: true, noEscape: true, preventIndent: true })
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
