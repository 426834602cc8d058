/**
 * The checker behind tests/unit/architecture.test.ts. It parses each source file with the
 * TypeScript compiler (never regexes over text) and reports, against a table of rules:
 *   - a pure module that imports I/O (the file system, the network, processes), octokit or
 *     `@actions/*`, or calls `fetch`;
 *   - an import whose arrow points up the layering (a folder importing one above it);
 *   - a write to GitHub (`….rest.<namespace>.<create|update|delete|…>` or a `request('POST …')`)
 *     outside the applier.
 * Every exception is listed in the rules with its reason; an exception that no longer matches
 * anything is reported too, so the lists only shrink.
 */
import ts from 'typescript'
import { posix } from 'node:path'

export interface ImportEdge {
  /** The importing file, e.g. `src/comms/view.ts`. */
  from: string
  specifier: string
  /** For a relative specifier: the file it names (`.js` → `.ts`), e.g. `src/incident/state.ts`. */
  target?: string
  /** The named bindings, when the import lists them (`import { isIP } from 'node:net'`). */
  names?: string[]
  typeOnly: boolean
  line: number
}

export interface GitHubWrite {
  file: string
  /** The enclosing named function, or `(top level)`. */
  fn: string
  /** e.g. `rest.issues.createComment` or `request POST /repos/…`. */
  call: string
  line: number
}

export interface Exception {
  reason: string
}

export interface Rules {
  /** Folder under src/ (or `entry` for src/*.ts) → rank. A file may import its own folder and any lower rank. */
  layers: Record<string, number>
  /** Files whose role is not their folder's: file → layer name. */
  fileLayers: Record<string, { layer: string } & Exception>
  /** Layers whose modules must stay pure. */
  pure: readonly string[]
  /** Modules that are I/O (a `node:` prefix is ignored), and prefixes such as `@octokit/`. */
  ioModules: readonly string[]
  ioPrefixes: readonly string[]
  /** Named imports of an I/O module that do no I/O (e.g. `isIP` from node:net). */
  pureNames: Record<string, readonly string[]>
  /** `file → module` I/O imports allowed in a pure layer. Key: `src/x/y.ts → node:fs`. */
  ioAllowed: Record<string, Exception>
  /** Upward imports that exist today. Key: `src/x/a.ts → src/y/b.ts`. */
  backEdges: Record<string, Exception>
  /** The one module that writes to GitHub. */
  applier: string
  /** Writes elsewhere. Key: `src/x/y.ts fnName rest.ns.method`. */
  writesAllowed: Record<string, Exception>
}

export interface Report {
  violations: string[]
  /** Listed exceptions that matched nothing: remove them. */
  unused: string[]
  edges: ImportEdge[]
}

const lineOf = (sf: ts.SourceFile, node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1

function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const joined = posix.normalize(posix.join(posix.dirname(from), specifier))
  return joined.replace(/\.js$/, '.ts')
}

/** Every import of a file: static imports, `export … from`, `import x = require()`, dynamic `import()`. */
export function readImports(file: string, text: string): ImportEdge[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const edges: ImportEdge[] = []
  const add = (node: ts.Node, specifier: string, typeOnly: boolean, names?: string[]) => {
    const target = resolveRelative(file, specifier)
    edges.push({ from: file, specifier, ...(target ? { target } : {}), ...(names ? { names } : {}), typeOnly, line: lineOf(sf, node) })
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const bindings = clause?.namedBindings
      const names = bindings && ts.isNamedImports(bindings) && !clause.name ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : undefined
      const allTypes = bindings && ts.isNamedImports(bindings) && !clause.name && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)
      add(node, node.moduleSpecifier.text, Boolean(clause?.isTypeOnly || allTypes), names)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.isTypeOnly)
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      add(node, node.moduleReference.expression.text, node.isTypeOnly)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments
      if (arg && ts.isStringLiteralLike(arg)) add(node, arg.text, false)
      else edges.push({ from: file, specifier: '(computed import)', typeOnly: false, line: lineOf(sf, node) })
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return edges
}

function enclosingFunction(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name) return n.name.getText()
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent)) return n.parent.name.getText()
  }
  return '(top level)'
}

const WRITE_METHOD = /^(create|update|delete|add|remove|set|lock|unlock|merge|replace|dismiss|submit|transfer|request[A-Z])/
const WRITE_VERB = /^\s*(POST|PUT|PATCH|DELETE)\s/

/** Writes to GitHub through octokit: `x.rest.<ns>.<write method>` (called or passed) and `x.request('POST …')`. */
export function findGitHubWrites(file: string, text: string): GitHubWrite[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const writes: GitHubWrite[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isPropertyAccessExpression(node.expression.expression)) {
      const method = node.name.text
      const ns = node.expression.name.text
      if (node.expression.expression.name.text === 'rest' && WRITE_METHOD.test(method)) {
        writes.push({ file, fn: enclosingFunction(node), call: `rest.${ns}.${method}`, line: lineOf(sf, node) })
      }
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'request') {
      const [route] = node.arguments
      if (route && ts.isStringLiteralLike(route) && WRITE_VERB.test(route.text)) {
        writes.push({ file, fn: enclosingFunction(node), call: `request ${route.text.trim()}`, line: lineOf(sf, node) })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return writes
}

/** Calls of the global `fetch` (`fetch(…)`, `globalThis.fetch(…)`): network I/O without an import. */
export function findFetchCalls(file: string, text: string): number[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const lines: number[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression
      if (
        (ts.isIdentifier(callee) && callee.text === 'fetch') ||
        (ts.isPropertyAccessExpression(callee) && callee.name.text === 'fetch' && callee.expression.getText(sf) === 'globalThis')
      ) {
        lines.push(lineOf(sf, node))
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return lines
}

/** The layer of a file: its `fileLayers` entry, else its folder under src/, else `entry` for src/*.ts. */
export function layerOf(file: string, rules: Pick<Rules, 'fileLayers'>): string {
  const override = rules.fileLayers[file]
  if (override) return override.layer
  const parts = file.split('/')
  return parts.length > 2 ? parts[1]! : 'entry'
}

function isIo(specifier: string, rules: Rules): boolean {
  const bare = specifier.replace(/^node:/, '')
  return (
    rules.ioModules.some((m) => m.replace(/^node:/, '') === bare || bare.startsWith(`${m.replace(/^node:/, '')}/`)) ||
    rules.ioPrefixes.some((p) => specifier.startsWith(p))
  )
}

/** Checks every file (path → source text) against the rules. */
export function check(files: ReadonlyMap<string, string>, rules: Rules): Report {
  const violations: string[] = []
  const used = new Set<string>()
  const edges: ImportEdge[] = []
  for (const [file, text] of files) {
    const layer = layerOf(file, rules)
    const rank = rules.layers[layer]
    if (rank === undefined) violations.push(`${file}: layer "${layer}" has no rank in the layering`)
    if (rules.fileLayers[file]) used.add(`file:${file}`)
    const pure = rules.pure.includes(layer)
    for (const edge of readImports(file, text)) {
      edges.push(edge)
      if (edge.specifier === '(computed import)') {
        violations.push(`${file}:${edge.line} imports a computed specifier: the checker cannot see where it points`)
        continue
      }
      if (edge.target) {
        const targetLayer = layerOf(edge.target, rules)
        const targetRank = rules.layers[targetLayer]
        if (rank !== undefined && targetRank !== undefined && targetLayer !== layer && targetRank > rank) {
          const key = `${file} → ${edge.target}`
          if (rules.backEdges[key]) used.add(`edge:${key}`)
          else violations.push(`${file}:${edge.line} (${layer}) imports ${edge.target} (${targetLayer}): the arrow points up the layering`)
        }
      } else if (pure && isIo(edge.specifier, rules)) {
        const pureNames = rules.pureNames[edge.specifier]
        if (pureNames && edge.names && edge.names.every((n) => pureNames.includes(n))) continue
        const key = `${file} → ${edge.specifier}`
        if (rules.ioAllowed[key]) used.add(`io:${key}`)
        else
          violations.push(
            `${file}:${edge.line} (pure: ${layer}) imports ${edge.specifier}: I/O belongs in the shell (src/github, src/notify, src/cli, src/simulate)`
          )
      }
    }
    if (pure) {
      for (const line of findFetchCalls(file, text)) {
        const key = `${file} → fetch`
        if (rules.ioAllowed[key]) used.add(`io:${key}`)
        else violations.push(`${file}:${line} (pure: ${layer}) calls fetch: network I/O belongs in the shell`)
      }
    }
    if (file !== rules.applier) {
      for (const write of findGitHubWrites(file, text)) {
        const key = `${file} ${write.fn} ${write.call}`
        if (rules.writesAllowed[key]) used.add(`write:${key}`)
        else violations.push(`${file}:${write.line} (${write.fn}) writes to GitHub with ${write.call}: writes go through the plan and ${rules.applier}`)
      }
    }
  }
  const unused = [
    ...Object.keys(rules.fileLayers)
      .filter((k) => !used.has(`file:${k}`))
      .map((k) => `fileLayers: ${k}`),
    ...Object.keys(rules.backEdges)
      .filter((k) => !used.has(`edge:${k}`))
      .map((k) => `backEdges: ${k}`),
    ...Object.keys(rules.ioAllowed)
      .filter((k) => !used.has(`io:${k}`))
      .map((k) => `ioAllowed: ${k}`),
    ...Object.keys(rules.writesAllowed)
      .filter((k) => !used.has(`write:${k}`))
      .map((k) => `writesAllowed: ${k}`)
  ]
  return { violations, unused, edges }
}

/** Folder-level cycles (strongly connected components of more than one layer) in the import graph. */
export function layerCycles(edges: readonly ImportEdge[], rules: Pick<Rules, 'fileLayers'>): string[][] {
  const graph = new Map<string, Set<string>>()
  for (const e of edges) {
    if (!e.target) continue
    const a = layerOf(e.from, rules)
    const b = layerOf(e.target, rules)
    if (a === b) continue
    if (!graph.has(a)) graph.set(a, new Set())
    graph.get(a)!.add(b)
  }
  // Tarjan's algorithm.
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const sccs: string[][] = []
  const strong = (v: string): void => {
    indices.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        strong(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!))
    }
    if (low.get(v) === indices.get(v)) {
      const scc: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        scc.push(w)
      } while (w !== v)
      if (scc.length > 1) sccs.push(scc.sort())
    }
  }
  for (const v of graph.keys()) if (!indices.has(v)) strong(v)
  return sccs
}
