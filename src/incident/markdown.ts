/** Markdown parsed the way GitHub does (GFM): headings, task lists, code blocks. */
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

const extensions = [gfm()]
const mdastExtensions = [gfmFromMarkdown()]
/** Bodies parsed in this process (a run reads the checklist and the comments more than once). */
const parsed = new Map<string, Root>()
const PARSED_LIMIT = 500

/** The GFM tree of `text`. Trees are shared between callers: read them, never change them. */
export function parseMarkdown(text: string): Readonly<Root> {
  let tree = parsed.get(text)
  if (!tree) {
    if (parsed.size >= PARSED_LIMIT) parsed.clear()
    tree = fromMarkdown(text, { extensions, mdastExtensions })
    parsed.set(text, tree)
  }
  return tree
}

/** The plain text of a node and its children (code and inline code included). */
export function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const n = node as { value?: unknown; children?: unknown[] }
  if (typeof n.value === 'string') return n.value
  return Array.isArray(n.children) ? n.children.map(textOf).join('') : ''
}
