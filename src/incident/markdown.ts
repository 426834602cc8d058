/** Markdown parsed the way GitHub does (GFM): headings, task lists, code blocks. */
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

/** The plain text of a node and its children (code and inline code included). */
export function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const n = node as { value?: unknown; children?: unknown[] }
  if (typeof n.value === 'string') return n.value
  return Array.isArray(n.children) ? n.children.map(textOf).join('') : ''
}
