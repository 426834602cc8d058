/**
 * Which data variables a handlebars template reads, found from its syntax tree. Used to keep
 * the documented variables (`TEMPLATE_VARIABLES`) honest: a test fails when a template reads
 * something the table does not describe, and a user's override can be checked the same way.
 *
 * Paths are written as the table writes them: inside `{{#each list}}`, `{{field}}` is
 * `list[].field` and `{{this}}` is `list[]`; inside `{{#with obj}}`, `{{field}}` is `obj.field`.
 */
import Handlebars from 'handlebars'
import { helperNames } from './render.js'

export interface VariableUse {
  path: string
  line: number
}

type Node = hbs.AST.Node
type Expression = hbs.AST.Expression

/** Every variable `source` reads, in order of appearance (duplicates kept, each with its line). */
export function templateVariables(source: string, helpers: readonly string[] = helperNames()): VariableUse[] {
  const known = new Set(helpers)
  const uses: VariableUse[] = []
  const program = Handlebars.parse(source)

  const resolve = (path: hbs.AST.PathExpression, scopes: readonly string[]): string | undefined => {
    let parts = path.parts
    let base: string
    if (path.data) {
      // @index, @first, @key … are loop facts, not data; @root.x is the top-level x.
      if (parts[0] !== 'root') return undefined
      parts = parts.slice(1)
      base = ''
    } else {
      base = scopes[Math.max(0, scopes.length - 1 - path.depth)] ?? ''
    }
    if (parts.length === 0) return base === '' ? undefined : base
    return base === '' ? parts.join('.') : `${base}.${parts.join('.')}`
  }

  const expression = (node: Expression, scopes: readonly string[]): void => {
    if (node.type === 'PathExpression') {
      const path = resolve(node as hbs.AST.PathExpression, scopes)
      if (path !== undefined) uses.push({ path, line: node.loc.start.line })
    } else if (node.type === 'SubExpression') {
      call(node as hbs.AST.SubExpression, scopes)
    }
  }

  /** A mustache, block or sub-expression: its head is a helper when it has arguments or is a known helper name. */
  const call = (node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression, scopes: readonly string[]): void => {
    const head = node.path
    const isHelper =
      node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || (head.type === 'PathExpression' && known.has((head as hbs.AST.PathExpression).original))
    if (!isHelper) expression(head, scopes)
    for (const param of node.params) expression(param, scopes)
    for (const pair of node.hash?.pairs ?? []) expression(pair.value, scopes)
  }

  const walk = (node: Node | undefined, scopes: readonly string[]): void => {
    if (!node) return
    switch (node.type) {
      case 'Program':
        for (const statement of (node as hbs.AST.Program).body) walk(statement, scopes)
        return
      case 'MustacheStatement':
        call(node as hbs.AST.MustacheStatement, scopes)
        return
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement
        call(block, scopes)
        const name = (block.path as hbs.AST.PathExpression).original
        const subject = block.params[0]
        let inner = scopes
        if ((name === 'each' || name === 'with') && subject?.type === 'PathExpression') {
          const path = resolve(subject as hbs.AST.PathExpression, scopes) ?? ''
          inner = [...scopes, name === 'each' ? `${path}[]` : path]
        }
        walk(block.program, inner)
        // `{{else}}` runs in the outer context for each/with, and in the same one for if/unless.
        walk(block.inverse, scopes)
        return
      }
      default:
        return
    }
  }

  walk(program, [''])
  return uses
}

/** The uses of `source` that `documented` does not describe, with their lines. */
export function undocumentedVariables(source: string, documented: Readonly<Record<string, string>>): VariableUse[] {
  return templateVariables(source).filter((use) => !(use.path in documented))
}
