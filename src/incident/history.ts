/**
 * What GitHub itself recorded about an incident issue, as plain facts: label, close and reopen
 * events with their actor and time, people's comments with their author and times, and the
 * bot's own comments. These are immutable and attributed, unlike the text of any comment, so
 * the record is folded from them (fold.ts) on every run, whatever event woke it.
 */
import { kindOf, type CommentKind } from './state.js'

/** A person's act, in GitHub's order. `id` is stable across runs ("e123" for events, "c456" for comments). */
export type Fact =
  | { type: 'label'; id: string; at: string; by: string; label: string; added: boolean }
  | { type: 'closed' | 'reopened'; id: string; at: string; by: string }
  | {
      type: 'comment'
      id: string
      commentId: number
      at: string
      by: string
      body: string
      /** True when the text changed after it was posted: its commands no longer count. */
      edited: boolean
    }

/** A comment written by the action's identity, found again by its kind and key markers. */
export interface BotComment {
  id: number
  body: string
  kind: CommentKind | undefined
  /** What the comment answers (`incident-kit:key=…` markers): one reply can answer several facts. */
  keys: string[]
  createdAt: string
  updatedAt: string
}

/** What the bot itself did to the issue (its own events are effects, not facts). */
export interface BotEvent {
  type: 'label' | 'renamed' | 'closed' | 'reopened'
  at: string
  label?: string
  added?: boolean
  from?: string
  to?: string
}

export interface History {
  facts: Fact[]
  bot: BotComment[]
  botEvents: BotEvent[]
}

/** A timeline item as GitHub's REST API returns it (GET /repos/{owner}/{repo}/issues/{n}/timeline); only the fields used. */
export interface TimelineItem {
  event?: string
  id?: number
  created_at?: string
  updated_at?: string
  actor?: { login?: string; type?: string } | null
  user?: { login?: string; type?: string } | null
  label?: { name?: string }
  rename?: { from?: string; to?: string }
  body?: string | null
}

export const KEY_MARKER = 'incident-kit:key'

/** The hidden marker that says what a bot comment answers. Keys are made by the action: [a-z0-9:._-] only. */
export function keyMarker(key: string): string {
  return `<!-- ${KEY_MARKER}=${key.replace(/[^a-z0-9:._-]/gi, '-')} -->`
}

export function keysOf(body: string): string[] {
  return [...body.matchAll(new RegExp(`<!--\\s*${KEY_MARKER}=([a-z0-9:._-]+)\\s*-->`, 'gi'))].map((m) => m[1]!)
}

/** Whether `user` is the action's own identity (a `[bot]` login must also be a Bot account). */
export function isBot(user: { login?: string; type?: string } | null | undefined, botLogin: string): boolean {
  if (!user?.login || user.login !== botLogin) return false
  return !botLogin.endsWith('[bot]') || user.type === 'Bot'
}

/**
 * Sorts GitHub's timeline into people's facts, the bot's comments and the bot's own events.
 * Items are ordered by GitHub's time, ties by kind of id then id, so every run folds the same
 * sequence however the pages arrived.
 */
export function historyFromTimeline(items: readonly TimelineItem[], botLogin: string): History {
  const history: History = { facts: [], bot: [], botEvents: [] }
  for (const item of items) {
    const at = item.created_at ?? ''
    if (item.event === 'commented') {
      const author = item.user ?? item.actor
      const body = item.body ?? ''
      if (isBot(author, botLogin)) {
        history.bot.push({ id: item.id ?? 0, body, kind: kindOf(body), keys: keysOf(body), createdAt: at, updatedAt: item.updated_at ?? at })
      } else if (author?.login) {
        history.facts.push({ type: 'comment', id: `c${item.id}`, commentId: item.id ?? 0, at, by: author.login, body, edited: (item.updated_at ?? at) !== at })
      }
      continue
    }
    const by = item.actor?.login
    if (!by) continue
    const mine = isBot(item.actor, botLogin)
    if ((item.event === 'labeled' || item.event === 'unlabeled') && item.label?.name) {
      const added = item.event === 'labeled'
      if (mine) history.botEvents.push({ type: 'label', at, label: item.label.name, added })
      else history.facts.push({ type: 'label', id: `e${item.id}`, at, by, label: item.label.name, added })
    } else if (item.event === 'closed' || item.event === 'reopened') {
      if (mine) history.botEvents.push({ type: item.event, at })
      else history.facts.push({ type: item.event, id: `e${item.id}`, at, by })
    } else if (item.event === 'renamed' && mine) {
      history.botEvents.push({
        type: 'renamed',
        at,
        ...(item.rename?.from !== undefined ? { from: item.rename.from } : {}),
        ...(item.rename?.to !== undefined ? { to: item.rename.to } : {})
      })
    }
  }
  history.facts.sort(byGitHubOrder)
  history.bot.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id)
  return history
}

function byGitHubOrder(a: Fact, b: Fact): number {
  return a.at.localeCompare(b.at) || a.id.localeCompare(b.id, 'en', { numeric: true })
}
