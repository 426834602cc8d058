/**
 * Parses and validates `.github/incident-kit.yml`. Pure: the caller reads the text (from the
 * workspace or the contents API) and hands it in with the file name used in errors.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { z } from 'zod'
import { checkWordLists, wordListsFrom } from '../incident/codename.js'
import { untilProblem } from '../incident/clocks.js'
import { RUNBOOK_STEPS } from '../incident/runbook-steps.js'
import { configSchema, type Config, type Step } from './schema.js'

export const DEFAULT_CONFIG_PATH = '.github/incident-kit.yml'

/** A configuration problem a person can act on: file, line, key, value and what was expected. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

export interface ResolvedConfig extends Config {
  /** The checklist in effect: the configured steps, or the runbook's 14 steps. */
  steps: Step[]
}

/** The defaults, as a user who has no config file gets them. */
export function defaultConfig(): ResolvedConfig {
  return resolve(configSchema.parse({}))
}

/** Parses YAML text into a validated config. `text` empty or absent means "all defaults". */
export function parseConfig(text: string | undefined, file = DEFAULT_CONFIG_PATH): ResolvedConfig {
  if (text === undefined || text.trim() === '') return defaultConfig()
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!
    const line = lineCounter.linePos(err.pos[0]).line
    throw new ConfigError(`${file}${line ? `:${line}` : ''}: not valid YAML: ${err.message.split('\n')[0]}`)
  }
  const raw: unknown = doc.toJS() ?? {}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`${file}:1: expected a mapping of settings at the top level, got ${describe(raw)}`)
  }
  const result = configSchema.safeParse(raw)
  if (!result.success) {
    throw new ConfigError(formatIssues(result.error.issues, raw, file, (path) => lineOf(doc.contents, path, lineCounter)))
  }
  const config = resolve(result.data)
  const problems = crossCheck(config)
  if (problems.length > 0) {
    throw new ConfigError(
      problems.map((p) => `${file}${lineSuffix(lineOf(doc.contents, p.path, lineCounter))}: ${p.path.join('.')}: ${p.message}`).join('\n')
    )
  }
  return config
}

function resolve(config: Config): ResolvedConfig {
  return { ...config, steps: config.checklist ?? RUNBOOK_STEPS }
}

interface Problem {
  path: (string | number)[]
  message: string
}

/** Rules that span keys: every reference names something that exists. */
function crossCheck(config: ResolvedConfig): Problem[] {
  const problems: Problem[] = []
  const phases = new Set(config.phases.map((p) => p.id))
  const gates = new Set(Object.keys(config.gates))
  if (phases.size !== config.phases.length) problems.push({ path: ['phases'], message: 'phase ids must be unique' })
  config.steps.forEach((step, i) => {
    if (!phases.has(step.phase)) {
      problems.push({ path: ['checklist', i, 'phase'], message: `"${step.phase}" is not one of the phases (${[...phases].join(', ')})` })
    }
  })
  const ids = config.steps.map((s) => s.id)
  const dup = ids.find((id, i) => ids.indexOf(id) !== i)
  if (dup) problems.push({ path: ['checklist'], message: `step id "${dup}" is used twice` })
  for (const draft of ['internalUpdate', 'externalAnnouncement'] as const) {
    config.drafts[draft].gates.forEach((g, i) => {
      if (!gates.has(g)) {
        problems.push({ path: ['drafts', draft, 'gates', i], message: `"${g}" is not a configured gate (${[...gates].join(', ')})` })
      }
    })
  }
  config.clocks.forEach((clock, i) => {
    const problem = untilProblem(clock.until, config)
    if (problem) problems.push({ path: ['clocks', i, 'until'], message: problem })
  })
  const wordProblems = checkWordLists(wordListsFrom(config.codename))
  for (const message of wordProblems) problems.push({ path: ['codename'], message: message.replace(/^codename\./, '') })
  if (!phases.has(config.drafts.lawEnforcement.phase)) {
    problems.push({ path: ['drafts', 'lawEnforcement', 'phase'], message: `"${config.drafts.lawEnforcement.phase}" is not one of the phases` })
  }
  return problems
}

function formatIssues(
  issues: z.core.$ZodIssue[],
  raw: unknown,
  file: string,
  lineAt: (path: (string | number)[]) => number | undefined
): string {
  return issues
    .map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
      const key = path.length ? path.join('.') : '(top level)'
      const value = valueAt(raw, path)
      const got = value === undefined ? '' : ` (got ${describe(value)})`
      let expected = issue.message
      if (issue.code === 'unrecognized_keys') expected = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
      return `${file}${lineSuffix(lineAt(path))}: ${key}: ${expected}${issue.code === 'unrecognized_keys' ? '' : got}`
    })
    .join('\n')
}

function lineSuffix(line: number | undefined): string {
  return line ? `:${line}` : ''
}

function valueAt(raw: unknown, path: (string | number)[]): unknown {
  let cur: unknown = raw
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[key]
  }
  return cur
}

/** The 1-based line of the deepest YAML node that exists along `path`. */
function lineOf(root: Node | null, path: (string | number)[], counter: LineCounter): number | undefined {
  let node: unknown = root
  let offset: number | undefined = (root as Node | null)?.range?.[0]
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key)
      if (!pair) break
      offset = (pair.key as Node).range?.[0] ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined
      if (!item) break
      offset = item.range?.[0] ?? offset
      node = item
    } else break
  }
  return offset === undefined ? undefined : counter.linePos(offset).line
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
