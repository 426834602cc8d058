/**
 * Reads what the decide layer needs: the bot's own comments on an issue (the only trusted
 * state), and files (config, template overrides) from the workspace or the contents API.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { CommentSnapshot, Existing } from '../incident/model.js'
import { decodeState, kindOf } from '../incident/state.js'
import { isBot } from '../incident/history.js'
import type { GitHub } from './client.js'

export interface RepoRef {
  owner: string
  repo: string
}

/** True when a comment was written by the action's own identity (a bot login must also be a Bot account). */
export const isOwnComment = isBot

/** Sorts the bot's comments by kind; a dashboard's state is decoded. People's comments are ignored, whatever they contain. */
export function classifyComments(
  comments: { id: number; body?: string | null; user?: { login?: string; type?: string } | null }[],
  botLogin: string
): Existing {
  const existing: Existing = { others: {} }
  for (const c of comments) {
    if (!isOwnComment(c.user, botLogin)) continue
    const body = c.body ?? ''
    const kind = kindOf(body)
    if (!kind || kind === 'reply') continue
    const snapshot: CommentSnapshot = { id: c.id, body, author: c.user?.login ?? '' }
    if (kind === 'dashboard') {
      if (existing.dashboard) continue // the first dashboard wins
      existing.dashboard = snapshot
      const state = decodeState(body)
      if (state) existing.state = state
    } else if (kind === 'checklist') {
      existing.checklist ??= snapshot
    } else {
      existing.others[kind] ??= snapshot
    }
  }
  return existing
}

/** The bot's comments on an issue: one request per 100 comments. */
export async function readExisting(gh: GitHub, ref: RepoRef, issue: number, botLogin: string): Promise<Existing> {
  const comments = await gh.paginate(gh.rest.issues.listComments, { ...ref, issue_number: issue, per_page: 100 })
  return classifyComments(comments, botLogin)
}

/** A text file from the checked-out workspace, else from the repository's default branch; undefined when absent. */
export async function readRepoFile(gh: GitHub, ref: RepoRef, path: string, workspace: string | undefined): Promise<string | undefined> {
  if (workspace && existsSync(join(workspace, '.git'))) {
    const full = join(workspace, path)
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined
  }
  try {
    const res = await gh.rest.repos.getContent({ ...ref, path })
    const data = res.data as { type?: string; content?: string; encoding?: string }
    if (Array.isArray(res.data) || data.type !== 'file' || typeof data.content !== 'string') return undefined
    return Buffer.from(data.content, (data.encoding as BufferEncoding | undefined) ?? 'base64').toString('utf8')
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
}

/** Template overrides (`*.hbs`) from a folder of the workspace, else through the contents API. */
export async function readTemplateOverrides(gh: GitHub, ref: RepoRef, dir: string, workspace: string | undefined): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  if (workspace && existsSync(join(workspace, '.git'))) {
    const full = join(workspace, dir)
    if (!existsSync(full)) return out
    for (const name of readdirSync(full)) if (name.endsWith('.hbs')) out[name] = readFileSync(join(full, name), 'utf8')
    return out
  }
  let listing: unknown
  try {
    listing = (await gh.rest.repos.getContent({ ...ref, path: dir })).data
  } catch (error) {
    if ((error as { status?: number }).status === 404) return out
    throw error
  }
  if (!Array.isArray(listing)) return out
  for (const entry of listing as { name: string; path: string; type: string }[]) {
    if (entry.type !== 'file' || !entry.name.endsWith('.hbs')) continue
    const text = await readRepoFile(gh, ref, entry.path, undefined)
    if (text !== undefined) out[entry.name] = text
  }
  return out
}
