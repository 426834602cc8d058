/**
 * The response checklist: the runbook's steps as GitHub task lists grouped by phase. Every task
 * carries a hidden id (`<!-- i:stop-attack.2 -->`) so a tick maps back to its step, whatever
 * the text says. Ticks are read with a GFM parser and a person's tick is never overwritten.
 */
import type { ListItem } from 'mdast'
import type { ChecklistItem, Phase, Step } from '../config/schema.js'
import { builtinInline } from '../comms/neutralise.js'
import { parseMarkdown } from './markdown.js'

export interface TaskLine {
  id: string
  depth: number
  text: string
  checked: boolean
}

/**
 * A heading of the checklist: a run of consecutive steps of one phase. With the default runbook
 * each phase is one run; a configured checklist that returns to a phase gets a second heading
 * rather than having its steps moved out of the runbook's order.
 */
export interface ChecklistPhaseView {
  id: string
  title: string
  current: boolean
  /** Steps of this heading done (see stepDone) and in all: progress is counted in runbook steps everywhere. */
  done: number
  total: number
  steps: {
    id: string
    /** The step's place in the runbook, 1-based. */
    number: number
    title: string
    summary?: string
    delegateTo?: string
    checked: boolean
    lines: { indent: string; checked: boolean; text: string; id: string }[]
  }[]
}

/**
 * Progress is counted in one unit everywhere (dashboard, checklist, drafts, post-mortem): the
 * runbook's steps. A step is done when its own box is ticked; its sub-items are the runbook's
 * notes on how, and ticking some of them does not make the step done.
 */
export function stepDone(step: Step, ticks: Record<string, boolean>): boolean {
  return ticks[step.id] === true
}

/** How many of `steps` are done, and how many there are. */
export function stepProgress(steps: Step[], ticks: Record<string, boolean>): { done: number; total: number } {
  return { done: steps.filter((s) => stepDone(s, ticks)).length, total: steps.length }
}

/** Every task of a step, depth-first, with ids "step", "step.1", "step.1.2". */
export function tasksOf(step: Step): TaskLine[] {
  const lines: TaskLine[] = [{ id: step.id, depth: 0, text: step.title, checked: false }]
  const walk = (items: ChecklistItem[], prefix: string, depth: number) => {
    items.forEach((item, i) => {
      const id = `${prefix}.${i + 1}`
      const text = typeof item === 'string' ? item : item.text
      lines.push({ id, depth, text, checked: false })
      if (typeof item !== 'string') walk(item.items, id, depth + 1)
    })
  }
  walk(step.items, step.id, 1)
  return lines
}

/**
 * The data the checklist template renders: every step, in the runbook's (the configured) order,
 * under a heading for its phase. Nothing is hidden: the runbook's steps run in parallel as the
 * Incident Commander assigns them, whatever the phase, so "Stop the attack in progress" is
 * visible and tickable from the first minute. The current phase's heading is marked.
 */
export function checklistView(steps: Step[], phases: Phase[], currentPhase: string, ticks: Record<string, boolean>): ChecklistPhaseView[] {
  const titles = new Map(phases.map((p) => [p.id, p.title]))
  const groups: ChecklistPhaseView[] = []
  steps
    .filter((s) => titles.has(s.phase))
    .forEach((step, index) => {
      let group = groups[groups.length - 1]
      if (!group || group.id !== step.phase) {
        group = { id: step.phase, title: titles.get(step.phase) ?? step.phase, current: step.phase === currentPhase, done: 0, total: 0, steps: [] }
        groups.push(group)
      }
      const stepTasks = tasksOf(step)
      group.total += 1
      if (stepDone(step, ticks)) group.done += 1
      group.steps.push({
        id: step.id,
        number: index + 1,
        title: builtinInline(step.title),
        ...(step.summary ? { summary: builtinInline(step.summary) } : {}),
        ...(step.delegateTo ? { delegateTo: builtinInline(step.delegateTo) } : {}),
        checked: Boolean(ticks[step.id]),
        lines: stepTasks.slice(1).map((t) => ({ indent: '  '.repeat(t.depth), checked: Boolean(ticks[t.id]), text: builtinInline(t.text), id: t.id }))
      })
    })
  return groups
}

const ID_RE = /<!--\s*i:([a-z0-9.-]+)\s*-->/

/** A task item as GitHub shows it: where its box is in the source, and what the person sees after it. */
export interface TaskBox {
  /** Offset of the character inside the brackets (" ", "x" or "X"); replacing it ticks or unticks the box. */
  offset: number
  checked: boolean
  /** The first line of the item's text after the box, line ending excluded. */
  firstLine: string
}

type Node = { type: string; children?: Node[]; position?: { start: { offset?: number }; end: { offset?: number } } }

/**
 * Every real task item of a body, in source order. The GFM parser decides what is a task (any
 * spacing the spec allows after the bullet or the box, tabs, `\r\n` line endings, quotes, ordered
 * lists; code blocks that merely contain "- [ ]" are not tasks); the box is the last "[" between
 * the item's start and its first paragraph, which is where the parser took the box from.
 */
export function taskBoxes(body: string): TaskBox[] {
  // A run reads the same checklist again and again (its ticks, each merge, a revert): the parse,
  // the dear part, is done once per body (parseMarkdown keeps the trees); the walk is cheap.
  const boxes: TaskBox[] = []
  const visit = (node: Node) => {
    if (node.type === 'listItem' && typeof (node as unknown as ListItem).checked === 'boolean') {
      const box = boxOf(node, body)
      if (box) boxes.push(box)
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(parseMarkdown(body) as unknown as Node)
  return boxes
}

function boxOf(item: Node, body: string): TaskBox | undefined {
  const first = item.children?.[0]
  const itemStart = item.position?.start.offset
  const textStart = first?.position?.start.offset
  const textEnd = first?.position?.end.offset
  if (first?.type !== 'paragraph' || itemStart === undefined || textStart === undefined || textEnd === undefined) return undefined
  // Only spacing, a line break or a quote's ">" can stand between the bullet and the box.
  const box = /\[[ xX]\]/g
  box.lastIndex = itemStart
  const open = box.exec(body)?.index
  if (open === undefined || open > textStart || /[^\s>\-*+.)\d]/.test(body.slice(itemStart, open))) return undefined
  return {
    offset: open + 1,
    checked: body[open + 1] !== ' ',
    firstLine:
      body
        .slice(Math.max(textStart, open + 3), textEnd)
        .trimStart()
        .split(/\r?\n|\r/)[0] ?? ''
  }
}

/**
 * The ticks of a checklist body: task id -> checked. Read with a GFM parser, so `[x]` and `[X]`,
 * nested lists and code blocks that merely contain "- [ ]" are all handled as GitHub shows them.
 */
export function parseTicks(body: string): Record<string, boolean> {
  const ticks: Record<string, boolean> = {}
  for (const box of taskBoxes(body)) {
    const id = ID_RE.exec(box.firstLine)?.[1]
    if (id) ticks[id] = box.checked
  }
  return ticks
}

export interface TickChange {
  id: string
  checked: boolean
}

/** What changed between two versions of the checklist (an `issue_comment.edited` payload's from/to). */
export function diffTicks(before: Record<string, boolean>, after: Record<string, boolean>): TickChange[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...ids].filter((id) => Boolean(before[id]) !== Boolean(after[id]) && id in after).map((id) => ({ id, checked: Boolean(after[id]) }))
}

/** How a task is recognised across rewrites: its hidden id, else its text (whitespace folded). */
export function taskKey(firstLine: string): string {
  return ID_RE.exec(firstLine)?.[1] ?? `text:${firstLine.replace(/\s+/g, ' ').trim()}`
}

/**
 * Carries the ticks of `current` (what people see and may have just changed) into `next` (what
 * the action wants to write), so a rewrite never undoes a person's tick. Tasks are matched by
 * hidden id where they carry one (the checklist), else by their text (drafts, the post-mortem).
 * Only the box characters change: line endings, spacing and everything else in `next` are kept.
 */
export function mergeTicks(next: string, current: string): string {
  const ticks = new Map(taskBoxes(current).map((b) => [taskKey(b.firstLine), b.checked]))
  let out = next
  for (const box of taskBoxes(next)) {
    const wanted = ticks.get(taskKey(box.firstLine))
    if (wanted === undefined || wanted === box.checked) continue
    out = `${out.slice(0, box.offset)}${wanted ? 'x' : ' '}${out.slice(box.offset + 1)}`
  }
  return out
}

/** Step title (or sub-item text) for a task id, for timeline lines. */
export function taskTitle(steps: Step[], id: string): string | undefined {
  for (const step of steps) {
    const found = tasksOf(step).find((t) => t.id === id)
    if (found) return found.depth === 0 ? found.text : `${step.title} → ${found.text}`
  }
  return undefined
}
