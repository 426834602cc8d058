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

export interface ChecklistPhaseView {
  id: string
  title: string
  current: boolean
  open: boolean
  done: number
  total: number
  steps: { id: string; title: string; summary?: string; delegateTo?: string; checked: boolean; lines: { indent: string; checked: boolean; text: string; id: string }[] }[]
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

/** The data the checklist template renders: phases in order, the current one and earlier ones open. */
export function checklistView(steps: Step[], phases: Phase[], currentPhase: string, ticks: Record<string, boolean>): ChecklistPhaseView[] {
  const currentIndex = phases.findIndex((p) => p.id === currentPhase)
  return phases
    .map((phase, index) => {
      const phaseSteps = steps.filter((s) => s.phase === phase.id)
      const tasks = phaseSteps.flatMap(tasksOf)
      return {
        id: phase.id,
        title: phase.title,
        current: phase.id === currentPhase,
        open: index <= currentIndex,
        done: tasks.filter((t) => ticks[t.id]).length,
        total: tasks.length,
        steps: phaseSteps.map((step) => ({
          id: step.id,
          title: builtinInline(step.title),
          ...(step.summary ? { summary: builtinInline(step.summary) } : {}),
          ...(step.delegateTo ? { delegateTo: builtinInline(step.delegateTo) } : {}),
          checked: Boolean(ticks[step.id]),
          lines: tasksOf(step)
            .slice(1)
            .map((t) => ({ indent: '  '.repeat(t.depth), checked: Boolean(ticks[t.id]), text: builtinInline(t.text), id: t.id }))
        }))
      }
    })
    .filter((p) => p.total > 0)
}

const ID_RE = /<!--\s*i:([a-z0-9.-]+)\s*-->/

/**
 * The ticks of a checklist body: task id -> checked. Read with a GFM parser, so `[x]` and `[X]`,
 * nested lists and code blocks that merely contain "- [ ]" are all handled as GitHub shows them.
 */
export function parseTicks(body: string): Record<string, boolean> {
  const ticks: Record<string, boolean> = {}
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'listItem') {
      const item = node as ListItem
      if (typeof item.checked === 'boolean') {
        const id = idOfItem(item, body)
        if (id) ticks[id] = item.checked
      }
    }
    for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) visit(child)
  }
  visit(parseMarkdown(body))
  return ticks
}

/** The hidden id on the first line of a task item (the html node of its first paragraph). */
function idOfItem(item: ListItem, body: string): string | undefined {
  const first = item.children[0]
  if (!first || first.type !== 'paragraph') return undefined
  const start = first.position?.start.offset
  const end = first.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const firstLine = body.slice(start, end).split('\n')[0] ?? ''
  return ID_RE.exec(firstLine)?.[1]
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

const TASK_LINE = /^(\s*(?:[-*+]|\d+[.)]) )\[( |x|X)\](.*)$/

/** How a task is recognised across rewrites: its hidden id, else its text. */
function taskKey(rest: string): string {
  return ID_RE.exec(rest)?.[1] ?? `text:${rest.replace(/\s+/g, ' ').trim()}`
}

/** Task key -> checked, for every real task item (GFM parser: code blocks and quotes that merely look like tasks are skipped). */
function ticksByKey(body: string): Map<string, boolean> {
  const lines = body.split('\n')
  const ticks = new Map<string, boolean>()
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { line: number } } }) => {
    if (node.type === 'listItem' && typeof (node as ListItem).checked === 'boolean' && node.position) {
      const m = TASK_LINE.exec(lines[node.position.start.line - 1] ?? '')
      if (m) ticks.set(taskKey(m[3]!), (node as ListItem).checked === true)
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child)
  }
  visit(parseMarkdown(body))
  return ticks
}

/**
 * Carries the ticks of `current` (what people see and may have just changed) into `next` (what
 * the action wants to write), so a rewrite never undoes a person's tick. Tasks are matched by
 * hidden id where they carry one (the checklist), else by their text (drafts, the post-mortem).
 */
export function mergeTicks(next: string, current: string): string {
  const ticks = ticksByKey(current)
  const wanted = new Set(ticksByKey(next).keys())
  return next
    .split('\n')
    .map((line) => {
      const m = TASK_LINE.exec(line)
      if (!m) return line
      const key = taskKey(m[3]!)
      if (!wanted.has(key) || !ticks.has(key)) return line
      return `${m[1]}[${ticks.get(key) ? 'x' : ' '}]${m[3]}`
    })
    .join('\n')
}

/** Step title (or sub-item text) for a task id, for timeline lines. */
export function taskTitle(steps: Step[], id: string): string | undefined {
  for (const step of steps) {
    const found = tasksOf(step).find((t) => t.id === id)
    if (found) return found.depth === 0 ? found.text : `${step.title} → ${found.text}`
  }
  return undefined
}
