/**
 * Parses and validates `.github/incident-kit.yml`. Pure: the caller reads the text (from the
 * workspace or the contents API) and hands it in with the file name used in problems.
 *
 * What a user writes is merged onto the defaults: one gate, phase, checklist step or clock adds
 * to (or, by id, changes) the default ones instead of replacing them all. A setting that cannot
 * be used is reported as a problem naming the file, line, key and value, and the default is used
 * in its place: a typo never stops an incident from being opened.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { z } from 'zod'
import { checkWordLists, wordListsFrom } from '../incident/codename.js'
import { fromProblem, untilProblem } from '../incident/clocks.js'
import { RUNBOOK_STEPS } from '../incident/runbook-steps.js'
import { closest } from '../text/suggest.js'
import { DURATION_KEYS } from '../text/calendar.js'
import { LEGAL_PRESETS, type LegalPresetId } from './legal-presets.js'
import { configSchema, DEFAULT_CLOCKS, DEFAULT_PHASES, parseClock, type Clock, type Config, type PresetOverride, type Step } from './schema.js'

export const DEFAULT_CONFIG_PATH = '.github/incident-kit.yml'

/** A configuration problem a person can act on: file, line, key, value and what was expected. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** One thing wrong in the config file, located in what the user wrote. */
export interface ConfigProblem {
  file: string
  /** 1-based line in the file, when known. */
  line?: number
  /** The dotted key as written, e.g. `labels.trigers` or `phases.0.title`; empty for the whole file. */
  key: string
  /** What the key holds, short and JSON-quoted, when it helps. */
  value?: string
  message: string
  /** A known key or value close to what was written ("did you mean"). */
  suggestion?: string
}

export interface LoadedConfig {
  /** The defaults with every usable setting of the file applied. */
  config: ResolvedConfig
  /** Empty when the whole file was used. */
  problems: ConfigProblem[]
}

export interface ResolvedConfig extends Config {
  /** The checklist in effect: the runbook's 14 steps with the configured ones merged in by id. */
  steps: Step[]
}

/** The defaults, as a user who has no config file gets them. */
export function defaultConfig(): ResolvedConfig {
  return resolve(configSchema.parse({}))
}

/** `file:line: key: message (got value); did you mean "x"?` */
export function formatProblem(p: ConfigProblem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}`
  const got = p.value === undefined ? '' : ` (got ${p.value})`
  const hint = p.suggestion === undefined ? '' : `; did you mean "${p.suggestion}"?`
  return `${where}: ${p.key ? `${p.key}: ` : ''}${p.message}${got}${hint}`
}

/** Strict parsing for the CLI and tests: the merged config, or a ConfigError listing every problem. */
export function parseConfig(text: string | undefined, file = DEFAULT_CONFIG_PATH): ResolvedConfig {
  const { config, problems } = loadConfig(text, file)
  if (problems.length > 0) throw new ConfigError(problems.map(formatProblem).join('\n'))
  return config
}

type Path = (string | number)[]
type Raw = Record<string, unknown>

/** Lists merged by `id`: an item with a known id changes it, `remove: true` drops it, a new id is added. */
const ID_LISTS: Record<string, () => Raw[]> = {
  phases: () => structuredClone(DEFAULT_PHASES),
  checklist: () => structuredClone(RUNBOOK_STEPS) as unknown as Raw[],
  clocks: () => structuredClone(DEFAULT_CLOCKS) as unknown as Raw[]
}

/**
 * Never throws: the config to run with and the problems to tell the user about. Settings with a
 * problem are left out (their defaults apply); if that still does not give a usable config, the
 * defaults are used whole.
 */
export function loadConfig(text: string | undefined, file = DEFAULT_CONFIG_PATH): LoadedConfig {
  if (text === undefined || text.trim() === '') return { config: defaultConfig(), problems: [] }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!
    const line = lineCounter.linePos(err.pos[0]).line
    const problem: ConfigProblem = {
      file,
      key: '',
      message: `not valid YAML: ${err.message.split('\n')[0]}; every setting has its default until this is fixed`
    }
    return { config: defaultConfig(), problems: [{ ...problem, ...(line ? { line } : {}) }] }
  }
  const raw: unknown = doc.toJS() ?? {}
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: defaultConfig(), problems: [{ file, line: 1, key: '', message: 'expected a mapping of settings at the top level', value: describe(raw) }] }
  }
  const lineAt = (path: Path) => lineOf(doc.contents, path, lineCounter)
  const user = structuredClone(raw) as Raw
  const problems: ConfigProblem[] = []
  const seen = new Set<string>()
  const add = (p: ConfigProblem) => {
    const key = formatProblem(p)
    if (!seen.has(key)) {
      seen.add(key)
      problems.push(p)
    }
  }
  // Each round leaves out what the previous one found wrong; a setting that depended on it may fail next.
  for (let round = 0; round < 8; round++) {
    const { merged, origin, mergeProblems } = mergeDefaults(user)
    for (const p of mergeProblems) add(located(p, file, raw, lineAt))
    const drops: Path[] = mergeProblems.map((p) => p.path)
    const result = configSchema.safeParse(merged)
    if (result.success) {
      const config = resolve(result.data)
      const cross = crossCheck(config)
      for (const p of cross) {
        const userPath = toUserPath(p.path, origin)
        add(located({ ...p, path: userPath ?? [p.path[0]!] }, file, raw, lineAt, userPath === undefined))
        if (userPath) drops.push(userPath)
      }
      if (cross.length === 0 && mergeProblems.length === 0) return { config, problems }
      if (drops.length === 0) break
    } else {
      for (const issue of result.error.issues) {
        const mergedPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
        const userPath = toUserPath(mergedPath, origin) ?? [mergedPath[0] ?? '']
        for (const p of fromIssue(issue, mergedPath, userPath)) add(located(p, file, raw, lineAt))
        if (issue.code === 'unrecognized_keys') drops.push(...issue.keys.map((k) => [...userPath, k]))
        else drops.push(userPath)
      }
    }
    if (!dropAll(user, drops)) break
  }
  return { config: defaultConfig(), problems }
}

function resolve(config: Config & { checklist?: Step[] }): ResolvedConfig {
  const legal = Object.entries(config.legal.clocks).flatMap(([id, setting]) => expandPreset(id as LegalPresetId, setting).clock ?? [])
  return { ...config, clocks: [...config.clocks, ...legal], steps: config.checklist ?? RUNBOOK_STEPS }
}

/**
 * A legal preset switched on (`true`) or changed key by key, as a clock. A new duration replaces the
 * preset's (and its holiday calendar and zone); a combination that is no clock is a problem instead.
 */
export function expandPreset(id: LegalPresetId, setting: true | PresetOverride | undefined): { clock?: Clock; problem?: string } {
  const preset: Raw = structuredClone(LEGAL_PRESETS[id]) as unknown as Raw
  const override: Raw = setting === true || setting === undefined ? {} : { ...setting }
  if (DURATION_KEYS.some((k) => override[k] !== undefined)) for (const k of [...DURATION_KEYS, 'holidays', 'zone']) delete preset[k]
  try {
    return { clock: parseClock({ id, ...preset, ...override }) }
  } catch (err) {
    const issue = (err as { issues?: { message: string }[] }).issues?.[0]
    return { problem: issue?.message ?? String(err) }
  }
}

/** A clock's setting laid over the default clock of the same id: a new duration replaces the default's. */
function overClock(base: Raw, item: Raw): Raw {
  const merged = { ...base }
  if (DURATION_KEYS.some((k) => item[k] !== undefined)) for (const k of [...DURATION_KEYS, 'holidays', 'zone']) delete merged[k]
  return { ...merged, ...item }
}

interface Problem {
  path: Path
  message: string
  suggestion?: string
}

interface Merged {
  merged: Raw
  /** For each id list, which item of the user's list each merged item came from (undefined: a default). */
  origin: Record<string, (number | undefined)[]>
  mergeProblems: Problem[]
}

const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v)

/** The user's settings laid over the defaults: id lists merged by id, gates merged by name. */
function mergeDefaults(user: Raw): Merged {
  const merged: Raw = structuredClone(user)
  const origin: Merged['origin'] = {}
  const mergeProblems: Problem[] = []
  for (const [key, defaults] of Object.entries(ID_LISTS)) {
    const list = user[key]
    if (!Array.isArray(list)) continue
    const items = defaults()
    const from: (number | undefined)[] = items.map(() => undefined)
    // New items go after the item the user listed before them; the first one before the final phase (phases) or last.
    let cursor: number | undefined
    list.forEach((item: unknown, i) => {
      const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined
      const at = id === undefined ? -1 : items.findIndex((d) => d.id === id)
      if (isObject(item) && item.remove === true) {
        if (at < 0) {
          const suggestion =
            id === undefined
              ? undefined
              : closest(
                  id,
                  items.map((d) => String(d.id))
                )
          mergeProblems.push({
            path: [key, i],
            message: `there is no ${key === 'checklist' ? 'step' : key.replace(/s$/, '')} "${id ?? ''}" to remove`,
            ...(suggestion ? { suggestion } : {})
          })
          return
        }
        items.splice(at, 1)
        from.splice(at, 1)
        if (cursor !== undefined && cursor >= at) cursor--
        return
      }
      if (at >= 0) {
        items[at] = key === 'clocks' ? overClock(items[at]!, item as Raw) : { ...items[at], ...(item as Raw) }
        from[at] = i
        cursor = at
        return
      }
      const pos = cursor !== undefined ? cursor + 1 : key === 'phases' ? Math.max(items.length - 1, 0) : items.length
      items.splice(pos, 0, item as Raw)
      from.splice(pos, 0, i)
      cursor = pos
    })
    merged[key] = items
    origin[key] = from
  }
  if (isObject(user.gates)) {
    const gates: Raw = structuredClone(configSchema.parse({}).gates) as Raw
    for (const [id, gate] of Object.entries(user.gates)) {
      if (gate === null) delete gates[id]
      else gates[id] = isObject(gate) && isObject(gates[id]) ? { ...(gates[id] as Raw), ...gate } : gate
    }
    merged.gates = gates
  }
  return { merged, origin, mergeProblems }
}

/** A path in the merged config as a path in what the user wrote; undefined when it is in a default item. */
function toUserPath(path: Path, origin: Merged['origin']): Path | undefined {
  const [top, index, ...rest] = path
  if (typeof top === 'string' && origin[top] && typeof index === 'number') {
    const i = origin[top][index]
    return i === undefined ? undefined : [top, i, ...rest]
  }
  return path
}

/** Leaves out what the user wrote at each path; false when nothing could be left out. */
function dropAll(user: Raw, paths: Path[]): boolean {
  const DROP = Symbol('drop')
  let dropped = false
  for (const path of paths) {
    if (path.length === 0 || path[0] === '') return false
    // Cut at an id list's item, at the first list on the way (a list is one setting), or at the deepest existing key.
    let parent: unknown = user
    let cut = 0
    for (let i = 0; i < path.length; i++) {
      const node = (parent as Record<string | number, unknown>)[path[i]!]
      cut = i
      if (node === undefined) break
      if (Array.isArray(node) && !(i === 0 && ID_LISTS[String(path[0])])) break
      if (i === path.length - 1 || node === null || typeof node !== 'object') break
      if (i === 1 && ID_LISTS[String(path[0])]) break
      parent = node
    }
    const key = path[cut]!
    const container = parent as Record<string | number, unknown>
    if (container[key] === undefined && cut > 0) {
      // A required key that is missing: leave out the object that lacks it.
      paths.push(path.slice(0, cut))
      continue
    }
    if (container[key] === undefined) continue
    if (Array.isArray(container)) container[key as number] = DROP
    else delete container[key]
    dropped = true
  }
  for (const key of Object.keys(ID_LISTS)) {
    if (Array.isArray(user[key])) user[key] = (user[key] as unknown[]).filter((v) => v !== DROP)
  }
  return dropped
}

/** Rules that span keys: every reference names something that exists. */
function crossCheck(config: ResolvedConfig): Problem[] {
  const problems: Problem[] = []
  const phases = config.phases.map((p) => p.id)
  const gates = Object.keys(config.gates)
  const ref = (path: Path, value: string, what: string, known: string[]): Problem => {
    const suggestion = closest(value, known)
    return { path, message: `"${value}" is not ${what} (${known.join(', ')})`, ...(suggestion ? { suggestion } : {}) }
  }
  const phaseDup = phases.find((id, i) => phases.indexOf(id) !== i)
  if (phaseDup) problems.push({ path: ['phases'], message: `phase id "${phaseDup}" is used twice` })
  config.steps.forEach((step, i) => {
    if (!phases.includes(step.phase)) problems.push(ref(['checklist', i, 'phase'], step.phase, 'one of the phases', phases))
  })
  const ids = config.steps.map((s) => s.id)
  const dupAt = ids.findIndex((id, i) => ids.indexOf(id) !== i)
  if (dupAt >= 0) problems.push({ path: ['checklist', dupAt, 'id'], message: `step id "${ids[dupAt]}" is used twice` })
  for (const draft of ['internalUpdate', 'externalAnnouncement'] as const) {
    config.drafts[draft].gates.forEach((g, i) => {
      if (!gates.includes(g)) problems.push(ref(['drafts', draft, 'gates', i], g, 'a configured gate', gates))
    })
  }
  // A gate approving a draft's text must be one of the gates that draft waits for.
  for (const [id, gate] of Object.entries(config.gates)) {
    if (!gate.approves) continue
    const draft = gate.approves === 'internal-update' ? 'internalUpdate' : 'externalAnnouncement'
    if (!config.drafts[draft].gates.includes(id))
      problems.push({ path: ['gates', id, 'approves'], message: `gate "${id}" approves the ${gate.approves} text but is not in drafts.${draft}.gates` })
  }
  const presets = Object.keys(config.legal.clocks)
  // A legal preset's problems are located at `legal.clocks.<id>`; the user's own clocks come first.
  const clockPath = (clock: Clock, i: number, key: string): Path =>
    presets.includes(clock.id) && i >= config.clocks.length - presets.length ? ['legal', 'clocks', clock.id, key] : ['clocks', i, key]
  config.clocks.forEach((clock, i) => {
    const problem = untilProblem(clock.until, config)
    if (problem) problems.push({ path: clockPath(clock, i, 'until'), message: problem })
    const start = fromProblem(clock.from, config) ?? (clock.notLaterThan ? fromProblem(clock.notLaterThan.from, config) : undefined)
    if (start) problems.push({ path: clockPath(clock, i, 'from'), message: start })
    if (config.clocks.findIndex((c) => c.id === clock.id) !== i)
      problems.push({ path: clockPath(clock, i, 'id'), message: `clock id "${clock.id}" is used twice` })
  })
  for (const [id, setting] of Object.entries(config.legal.clocks)) {
    const { problem } = expandPreset(id as LegalPresetId, setting)
    if (problem) problems.push({ path: ['legal', 'clocks', id], message: problem })
  }
  const wordProblems = checkWordLists(wordListsFrom(config.codename))
  for (const message of wordProblems) problems.push({ path: ['codename'], message: message.replace(/^codename\./, '') })
  if (!phases.includes(config.drafts.lawEnforcement.phase)) {
    problems.push(ref(['drafts', 'lawEnforcement', 'phase'], config.drafts.lawEnforcement.phase, 'one of the phases', phases))
  }
  return problems
}

/** Problems in the user's terms from one zod issue (an unknown-keys issue gives one per key). */
function fromIssue(issue: z.core.$ZodIssue, mergedPath: Path, userPath: Path): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(mergedPath)
    return issue.keys.map((k) => {
      const suggestion = closest(k, known)
      return { path: [...userPath, k], message: `unknown key (known here: ${known.join(', ')})`, ...(suggestion ? { suggestion } : {}) }
    })
  }
  if (issue.code === 'invalid_value') {
    return [{ path: userPath, message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }]
  }
  return [{ path: userPath, message: issue.message.replace(/^Invalid input: /, '') }]
}

/** Adds file, line, key, value and the did-you-mean for enum values to a problem. */
function located(p: Problem, file: string, raw: unknown, lineAt: (path: Path) => number | undefined, inDefault = false): ConfigProblem {
  const line = lineAt(p.path)
  const value = valueAt(raw, p.path)
  const known = p.message.match(/^expected one of (.*)$/)?.[1]
  const suggestion = p.suggestion ?? (known && typeof value === 'string' ? closest(value, JSON.parse(`[${known}]`) as string[]) : undefined)
  return {
    file,
    ...(line ? { line } : {}),
    key: p.path.join('.'),
    message: inDefault ? `a default entry no longer fits: ${p.message}` : p.message,
    ...(value !== undefined && !isObject(value) && !Array.isArray(value) ? { value: describe(value) } : {}),
    ...(suggestion ? { suggestion } : {})
  }
}

/** The keys the schema knows for the object at `path` (for "did you mean"). */
function knownKeysAt(path: Path): string[] {
  let node: unknown = configSchema
  const def = (n: unknown) => (n as { _zod: { def: Record<string, unknown> } })._zod.def
  const unwrap = (n: unknown): unknown => {
    for (let i = 0; i < 10; i++) {
      const d = def(n)
      if (d.innerType) n = d.innerType
      else if (d.type === 'pipe') n = d.in
      else if (d.type === 'lazy') n = (d.getter as () => unknown)()
      else break
    }
    return n
  }
  for (const key of path) {
    node = unwrap(node)
    const d = def(node)
    if (d.type === 'object') node = (d.shape as Record<string, unknown>)[String(key)]
    else if (d.type === 'array') node = d.element
    else if (d.type === 'record') node = d.valueType
    else if (d.type === 'union') node = (d.options as unknown[]).find((o) => def(unwrap(o)).type === 'object')
    if (!node) return []
  }
  node = unwrap(node)
  const d = def(node)
  // A record keyed by a list of names (the legal presets): those names are the known keys.
  if (d.type === 'record' && def(unwrap(d.keyType)).type === 'enum') return Object.values(def(unwrap(d.keyType)).entries as Record<string, string>)
  if (d.type === 'union') node = unwrap((d.options as unknown[]).find((o) => def(unwrap(o)).type === 'object'))
  const shape = node ? (def(node).shape as Record<string, unknown> | undefined) : undefined
  return shape ? Object.keys(shape) : []
}

function valueAt(raw: unknown, path: Path): unknown {
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
