/**
 * Checks requests against GitHub's own OpenAPI description (@octokit/openapi), so the fake
 * cannot drift into accepting calls the real API would reject: wrong routes, unknown or
 * mistyped parameters, bodies that do not match the operation's schema.
 *
 * Loading is kept cheap: the 13 MB non-dereferenced description is parsed once per process,
 * the route index is a flat list of pre-split templates, and ajv compiles an operation's
 * schemas only the first time that operation is seen (then cached). Only the components an
 * operation's body actually references are copied into its schema.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { bindPath, compareSpecificity, compileTemplate, splitPath, type FakeRequest, type Segment } from '../../src/simulate/fake-github/index.js'

const addFormats = addFormatsModule.default

type Json = Record<string, unknown>

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  schema: Json
  /** GitHub's `x-multi-segment`: the value may contain slashes (file paths, refs). */
  multiSegment: boolean
}

interface Operation {
  method: string
  template: string
  operationId: string
  segments: Segment[]
  params: Parameter[]
  body: { required: boolean; schema: Json | undefined } | undefined
  /** JSON response schemas by status ("200", "201"). */
  responses: Map<string, Json>
}

interface PathItem {
  template: string
  segments: Segment[]
  /** True when a parameter may span several segments, so the length check below cannot be exact. */
  multi: boolean
  operations: Map<string, Operation>
}

interface Index {
  paths: PathItem[]
  schemas: Record<string, Json>
  loadMs: number
  indexMs: number
  operations: number
}

export interface OpenApiValidator {
  /** Violations for one request; empty when GitHub would accept its shape. */
  validate: (req: FakeRequest) => string[]
  /**
   * Violations of the response schema GitHub documents for this request and status: what the
   * fake answers must look like to the action, as much as what it accepts.
   */
  validateResponse: (req: { method: string; path: string }, status: number, body: unknown) => string[]
  /** Violations of one named component schema (e.g. "labeled-issue-event"), for a closer look than an anyOf gives. */
  validateSchema: (component: string, value: unknown) => string[]
  /** The operation a request resolves to, if any. */
  operationFor: (method: string, path: string) => { operationId: string; template: string } | undefined
  /** Time to read and parse the description, and to index its routes (ms, first build in this process). */
  readonly timings: { loadMs: number; indexMs: number; operations: number }
}

export interface OpenApiValidatorOptions {
  /**
   * Report top-level body properties the operation does not declare. GitHub ignores them, but
   * here they are almost always a misspelt parameter that would silently do nothing. Default true.
   */
  rejectUnknownBodyProperties?: boolean
}

// ---------------------------------------------------------------------------------------------
// Loading and indexing (once per process)

let cachedIndex: Index | undefined
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options']

function loadIndex(): Index {
  if (cachedIndex) return cachedIndex
  const t0 = performance.now()
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')
  const spec = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Json>
    components: { parameters: Record<string, Json>; schemas: Record<string, Json>; requestBodies?: Record<string, Json> }
  }
  const t1 = performance.now()
  const resolve = (node: Json): Json => {
    const ref = node.$ref
    if (typeof ref !== 'string') return node
    const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(ref) ?? []
    const target = (spec.components as Record<string, Record<string, Json> | undefined>)[section ?? '']?.[name ?? '']
    if (!target) throw new Error(`openapi: unresolvable ${ref}`)
    return resolve(target)
  }
  const paths: PathItem[] = []
  let operations = 0
  for (const [template, item] of Object.entries(spec.paths)) {
    const shared = ((item.parameters as Json[] | undefined) ?? []).map(resolve)
    const ops = new Map<string, Operation>()
    const item_: PathItem = { template, segments: [], multi: false, operations: ops }
    for (const method of METHODS) {
      const op = item[method] as Json | undefined
      if (!op) continue
      const own = ((op.parameters as Json[] | undefined) ?? []).map(resolve)
      const byKey = new Map<string, Json>()
      for (const p of [...shared, ...own]) byKey.set(`${String(p.in)}:${String(p.name)}`, p)
      const params: Parameter[] = [...byKey.values()].map((p) => ({
        name: String(p.name),
        in: p.in as Parameter['in'],
        required: p.required === true,
        schema: (p.schema as Json | undefined) ?? {},
        multiSegment: p['x-multi-segment'] === true
      }))
      const requestBody = op.requestBody ? resolve(op.requestBody as Json) : undefined
      const content = requestBody?.content as Record<string, { schema?: Json }> | undefined
      const jsonSchema = content?.['application/json']?.schema
      const responses = new Map<string, Json>()
      for (const [status, response] of Object.entries((op.responses as Record<string, Json> | undefined) ?? {})) {
        const schema = (resolve(response).content as Record<string, { schema?: Json }> | undefined)?.['application/json']?.schema
        if (schema) responses.set(status, schema)
      }
      ops.set(method.toUpperCase(), {
        method: method.toUpperCase(),
        template,
        operationId: String(op.operationId),
        segments: [],
        params,
        body: requestBody ? { required: requestBody.required === true, schema: jsonSchema } : undefined,
        responses
      })
      operations++
    }
    const pathParams = [...ops.values()].flatMap((o) => o.params).filter((p) => p.in === 'path')
    item_.segments = compileTemplate(template, (name) => pathParams.some((p) => p.name === name && p.multiSegment))
    item_.multi = item_.segments.some((s) => 'param' in s && s.multi)
    for (const op of ops.values()) op.segments = item_.segments
    paths.push(item_)
  }
  const t2 = performance.now()
  cachedIndex = { paths, schemas: spec.components.schemas, loadMs: t1 - t0, indexMs: t2 - t1, operations }
  return cachedIndex
}

// ---------------------------------------------------------------------------------------------
// Route matching: the fake's own matcher (literal segments beat parameters, which beat
// multi-segment parameters), so the validator and the fake never resolve a path differently

function findPath(index: Index, path: string): { item: PathItem; params: Record<string, string> } | undefined {
  const actual = splitPath(path)
  let best: { item: PathItem; params: Record<string, string> } | undefined
  for (const item of index.paths) {
    // Cheap length and first-segment checks skip nearly every template before binding.
    if (item.multi ? actual.length < item.segments.length : actual.length !== item.segments.length) continue
    const first = item.segments[0]
    if (first && 'literal' in first && first.literal !== actual[0]) continue
    const params = bindPath(item.segments, actual)
    if (!params) continue
    if (!best || compareSpecificity(item.segments, best.item.segments) < 0) best = { item, params }
  }
  return best
}

// ---------------------------------------------------------------------------------------------
// OpenAPI 3.0 schema -> JSON Schema that ajv accepts

/** Keywords that annotate rather than validate; ajv must be told they exist. */
const ANNOTATIONS = ['example', 'discriminator', 'deprecationDate', 'externalDocs', 'xml']
const SCHEMA_MAPS = ['properties', 'patternProperties']
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf']
const SCHEMA_SINGLES = ['items', 'not', 'additionalProperties']

/**
 * Rewrites component refs to local `$defs` (recording which are needed), turns OpenAPI's
 * `nullable` into a JSON Schema null alternative, and drops `x-` vendor extensions.
 */
function toJsonSchema(node: unknown, needed: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, needed))
  if (typeof node !== 'object' || node === null) return node
  const src = node as Json
  if (typeof src.$ref === 'string') {
    const name = src.$ref.replace('#/components/schemas/', '')
    needed.add(name)
    return { $ref: `#/$defs/${name}` }
  }
  const out: Json = {}
  for (const [key, value] of Object.entries(src)) {
    if (key.startsWith('x-') || key === 'nullable') continue
    if (SCHEMA_MAPS.includes(key) && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v, needed)]))
    } else if (SCHEMA_LISTS.includes(key) || SCHEMA_SINGLES.includes(key)) {
      out[key] = toJsonSchema(value, needed)
    } else {
      out[key] = value
    }
  }
  if (src.nullable !== true) return out
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

/** A self-contained schema: the operation's schema plus, transitively, every component it uses. */
function bundle(schema: Json, components: Record<string, Json>): Json {
  const needed = new Set<string>()
  const root = toJsonSchema(schema, needed) as Json
  const defs: Json = {}
  const queue = [...needed]
  while (queue.length > 0) {
    const name = queue.pop()!
    if (name in defs) continue
    const found = new Set<string>()
    const target = components[name]
    if (!target) throw new Error(`openapi: unknown component schema ${name}`)
    defs[name] = toJsonSchema(target, found)
    for (const f of found) if (!(f in defs)) queue.push(f)
  }
  return Object.keys(defs).length ? { ...root, $defs: defs } : root
}

function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictTuples: false, strictRequired: false, allowUnionTypes: true })
  addFormats(ajv)
  // GitHub's own format for "owner/name".
  ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/)
  for (const keyword of ANNOTATIONS) ajv.addKeyword({ keyword })
  return ajv
}

// ---------------------------------------------------------------------------------------------
// Parameters arrive as strings; coerce to the declared type before checking

function coerce(value: string, schema: Json): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value)
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  if (type === 'array') return value.split(',')
  return value
}

function explain(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const at = `${where}${e.instancePath}`
    if (e.keyword === 'enum') return `${at} must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
    if (e.keyword === 'additionalProperties') return `${at} has unknown property '${(e.params as { additionalProperty: string }).additionalProperty}'`
    return `${at} ${e.message ?? 'is invalid'}`
  })
}

/** Property names an object body may carry, or undefined when the schema allows any. */
function declaredProperties(schema: Json, components: Record<string, Json>): Set<string> | undefined {
  const resolved = typeof schema.$ref === 'string' ? (components[schema.$ref.replace('#/components/schemas/', '')] ?? {}) : schema
  const branches = [resolved, ...SCHEMA_LISTS.flatMap((k) => (Array.isArray(resolved[k]) ? (resolved[k] as Json[]) : []))]
  const names = new Set<string>()
  for (const b of branches) {
    const target = typeof b.$ref === 'string' ? (components[b.$ref.replace('#/components/schemas/', '')] ?? {}) : b
    if (target.additionalProperties !== undefined && target.additionalProperties !== false) return undefined
    for (const name of Object.keys((target.properties as Json | undefined) ?? {})) names.add(name)
  }
  return names.size > 0 ? names : undefined
}

// ---------------------------------------------------------------------------------------------
// The validator

export function createOpenApiValidator(options: OpenApiValidatorOptions = {}): OpenApiValidator {
  const index = loadIndex()
  const rejectUnknown = options.rejectUnknownBodyProperties ?? true
  const ajv = createAjv()
  const bodyValidators = new Map<string, ValidateFunction>()
  const paramValidators = new WeakMap<Json, ValidateFunction>()

  const bodyValidator = (op: Operation, schema: Json): ValidateFunction => {
    let v = bodyValidators.get(op.operationId)
    if (!v) {
      v = ajv.compile(bundle(schema, index.schemas))
      bodyValidators.set(op.operationId, v)
    }
    return v
  }
  const paramValidator = (schema: Json): ValidateFunction => {
    let v = paramValidators.get(schema)
    if (!v) {
      v = ajv.compile(bundle(schema, index.schemas))
      paramValidators.set(schema, v)
    }
    return v
  }

  const checkParam = (p: Parameter, raw: string): string[] => {
    const v = paramValidator(p.schema)
    return v(coerce(raw, p.schema)) ? [] : explain(`${p.in} parameter '${p.name}'`, v.errors)
  }

  const checkBody = (op: Operation, body: unknown): string[] => {
    if (!op.body) return body === undefined ? [] : [`${op.method} ${op.template} takes no request body`]
    if (body === undefined) return op.body.required ? ['request body is required'] : []
    if (!op.body.schema) return []
    const v = bodyValidator(op, op.body.schema)
    const problems = v(body) ? [] : explain('body', v.errors)
    if (rejectUnknown && typeof body === 'object' && body !== null && !Array.isArray(body)) {
      const declared = declaredProperties(op.body.schema, index.schemas)
      if (declared) for (const key of Object.keys(body)) if (!declared.has(key)) problems.push(`body has unknown property '${key}'`)
    }
    return [...new Set(problems)]
  }

  const validate = (req: FakeRequest): string[] => {
    const method = req.method.toUpperCase()
    const found = findPath(index, req.path)
    if (!found) return [`unknown operation: ${method} ${req.path} matches no path in GitHub's REST API`]
    const op = found.item.operations.get(method)
    if (!op) return [`unknown operation: ${found.item.template} has no ${method} (it has ${[...found.item.operations.keys()].join(', ')})`]
    const problems: string[] = []
    for (const p of op.params.filter((x) => x.in === 'path')) {
      const value = found.params[p.name]
      if (value !== undefined) problems.push(...checkParam(p, value))
    }
    const queryParams = op.params.filter((x) => x.in === 'query')
    for (const [name, value] of Object.entries(req.query)) {
      const p = queryParams.find((x) => x.name === name)
      if (!p) problems.push(`unknown query parameter '${name}' for ${op.operationId}`)
      else problems.push(...checkParam(p, value))
    }
    for (const p of queryParams) if (p.required && !(p.name in req.query)) problems.push(`missing required query parameter '${p.name}' for ${op.operationId}`)
    problems.push(...checkBody(op, req.body))
    return problems.map((m) => (m.startsWith('unknown') || m.startsWith('missing') ? m : `${op.operationId}: ${m}`))
  }

  const operationFor = (method: string, path: string) => {
    const found = findPath(index, path)
    const op = found?.item.operations.get(method.toUpperCase())
    return op ? { operationId: op.operationId, template: op.template } : undefined
  }

  const responseValidators = new Map<string, ValidateFunction>()
  const compiled = (key: string, schema: Json): ValidateFunction => {
    let v = responseValidators.get(key)
    if (!v) {
      v = ajv.compile(bundle(schema, index.schemas))
      responseValidators.set(key, v)
    }
    return v
  }

  const validateResponse = (req: { method: string; path: string }, status: number, body: unknown): string[] => {
    const method = req.method.toUpperCase()
    const op = findPath(index, req.path)?.item.operations.get(method)
    if (!op) return [`unknown operation: ${method} ${req.path}`]
    const schema = op.responses.get(String(status))
    if (!schema) return [`${op.operationId}: GitHub documents no JSON response for status ${status}`]
    const v = compiled(`${op.operationId} ${status}`, schema)
    return v(body) ? [] : explain(`${op.operationId} response ${status}`, v.errors)
  }

  const validateSchema = (component: string, value: unknown): string[] => {
    if (!index.schemas[component]) return [`unknown component schema ${component}`]
    const v = compiled(`#${component}`, { $ref: `#/components/schemas/${component}` })
    return v(value) ? [] : explain(component, v.errors)
  }

  return { validate, validateResponse, validateSchema, operationFor, timings: { loadMs: index.loadMs, indexMs: index.indexMs, operations: index.operations } }
}
