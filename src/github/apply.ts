/**
 * The applier: the only place a plan becomes API calls. It skips anything already true (a
 * comment whose body is unchanged, a label already gone), so re-running a plan changes nothing.
 * It never changes what it is given: what it learned (new comment bodies and ids, the numbers of
 * issues and pull requests it opened) comes back in its result.
 */
import { mergeTicks } from '../incident/checklist.js'
import type { Existing } from '../incident/model.js'
import { describeChange, withStatus, type Change, type Plan } from '../incident/plan.js'
import type { CommentKind } from '../incident/state.js'
import type { GitHub } from './client.js'
import type { RepoRef } from './read.js'

export interface ApplyOptions {
  dryRun: boolean
  log: (line: string) => void
  /** Annotations and pages go through these (the action's @actions/core and its notifiers). */
  annotate?: (change: Extract<Change, { kind: 'annotate' }>) => void
  page?: (change: Extract<Change, { kind: 'page' }>) => Promise<void>
}

export interface ApplyResult {
  /** Lines describing what was (or, in dry-run, would be) done. */
  done: string[]
  /** The bot's comments this plan created or edited, by kind, as they now stand. */
  comments: Partial<Record<CommentKind, { id: number; body: string }>>
  /** Issues opened, by the key of their change. */
  issues: Record<string, number>
  /** Proposals made, by the key of their change: the pull request, or the HTTP status that sent it to a comment instead. */
  proposals: Record<string, { pullRequest: number } | { commentedAfter: number }>
}

export async function applyPlan(gh: GitHub, ref: RepoRef, plan: Plan, existing: Existing, options: ApplyOptions): Promise<ApplyResult> {
  const result: ApplyResult = { done: [], comments: {}, issues: {}, proposals: {} }
  for (const change of plan.changes) {
    const line = describeChange(change)
    if (options.dryRun && change.kind !== 'annotate') {
      result.done.push(`[dry-run] ${line}`)
      options.log(`[dry-run] ${line}`)
      continue
    }
    const did = await applyChange(gh, ref, change, existing, options, result)
    if (did) {
      result.done.push(line)
      options.log(line)
    }
  }
  return result
}

function existingComment(existing: Existing, kind: CommentKind) {
  if (kind === 'dashboard') return existing.dashboard
  if (kind === 'checklist') return existing.checklist
  return existing.others[kind]
}

/** The bot's comments once a plan was applied: a second plan in the same run starts from here. */
export function existingAfter(existing: Existing, result: Pick<ApplyResult, 'comments'>): Existing {
  const next: Existing = { ...existing, others: { ...existing.others } }
  for (const [kind, comment] of Object.entries(result.comments) as [CommentKind, { id: number; body: string }][]) {
    const snapshot = { id: comment.id, body: comment.body, author: existingComment(existing, kind)?.author ?? '' }
    if (kind === 'dashboard') next.dashboard = snapshot
    else if (kind === 'checklist') next.checklist = snapshot
    else next.others[kind] = snapshot
  }
  return next
}

async function applyChange(gh: GitHub, ref: RepoRef, change: Change, existing: Existing, options: ApplyOptions, result: ApplyResult): Promise<boolean> {
  switch (change.kind) {
    case 'update-issue': {
      await gh.rest.issues.update({
        ...ref,
        issue_number: change.issue,
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.labels ? { labels: change.labels } : {}),
        ...(change.state ? { state: change.state } : {}),
        ...(change.assignees ? { assignees: change.assignees } : {})
      })
      return true
    }
    case 'add-labels':
      await gh.rest.issues.addLabels({ ...ref, issue_number: change.issue, labels: change.labels })
      return true
    case 'remove-label':
      try {
        await gh.rest.issues.removeLabel({ ...ref, issue_number: change.issue, name: change.label })
        return true
      } catch (error) {
        if ((error as { status?: number }).status === 404) return false // already gone: the goal is met
        throw error
      }
    case 'upsert-comment': {
      const current = existingComment(existing, change.comment)
      if (!current) {
        const res = await gh.rest.issues.createComment({ ...ref, issue_number: change.issue, body: change.body })
        result.comments[change.comment] = { id: res.data.id, body: change.body }
        return true
      }
      // Ticks are merged from the body read at the start of this run, so a person's tick is kept.
      const body = change.mergeTicks ? mergeTicks(change.body, current.body) : change.body
      if (body === current.body) return false
      await gh.rest.issues.updateComment({ ...ref, comment_id: current.id, body })
      result.comments[change.comment] = { id: current.id, body }
      return true
    }
    case 'reply':
      await gh.rest.issues.createComment({ ...ref, issue_number: change.issue, body: change.body })
      return true
    case 'keyed-comment': {
      const current = existing.keyed?.[change.key]
      if (!current) {
        await gh.rest.issues.createComment({ ...ref, issue_number: change.issue, body: change.body })
        return true
      }
      if (current.body === change.body) return false
      await gh.rest.issues.updateComment({ ...ref, comment_id: current.id, body: change.body })
      return true
    }
    case 'delete-comment':
      try {
        await gh.rest.issues.deleteComment({ ...ref, comment_id: change.commentId })
        return true
      } catch (error) {
        if ((error as { status?: number }).status === 404) return false // already gone
        throw error
      }
    case 'edit-comment':
      await gh.rest.issues.updateComment({ ...ref, comment_id: change.commentId, body: change.body })
      return true
    case 'react':
      await gh.rest.reactions.createForIssueComment({ ...ref, comment_id: change.commentId, content: change.content })
      return true
    case 'create-issue': {
      const res = await gh.rest.issues.create({ ...ref, title: change.title, body: change.body, labels: change.labels })
      result.issues[change.key] = res.data.number
      options.log(`opened issue #${res.data.number}`)
      return true
    }
    case 'propose-file':
      return proposeFile(gh, ref, change, result)
    case 'update-tracking-issue':
      await gh.rest.issues.update({
        ...ref,
        issue_number: change.number,
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.body !== undefined ? { body: change.body } : {}),
        ...(change.state ? { state: change.state } : {})
      })
      return true
    case 'page':
      if (!options.page) return false
      try {
        await options.page(change)
        return true
      } catch (error) {
        options.log(`${change.service} failed: ${error instanceof Error ? error.message : String(error)}`)
        // Said in the issue at once, with the fallback, so nobody waits for a page that never came.
        if (change.fallback && change.issue !== undefined) {
          await gh.rest.issues.createComment({
            ...ref,
            issue_number: change.issue,
            body: `${change.fallback}\n\n<sub>${change.service}: ${error instanceof Error ? error.message : 'failed'}</sub>`
          })
        }
        return false
      }
    case 'annotate':
      options.annotate?.(change)
      return false
    case 'create-label':
      try {
        await gh.rest.issues.createLabel({ ...ref, name: change.name, color: change.color, description: change.description })
        return true
      } catch (error) {
        if ((error as { status?: number }).status === 422) return false // created meanwhile: the goal is met
        throw error
      }
  }
}

/** A branch from the base, the file written on it, the pull request; the fallback comment when the token may not. */
async function proposeFile(gh: GitHub, ref: RepoRef, change: Extract<Change, { kind: 'propose-file' }>, result: ApplyResult): Promise<boolean> {
  try {
    await gh.rest.git.createRef({ ...ref, ref: `refs/heads/${change.branch}`, sha: change.baseSha })
    await gh.rest.repos.createOrUpdateFileContents({
      ...ref,
      path: change.path,
      branch: change.branch,
      message: change.message,
      content: Buffer.from(change.content, 'utf8').toString('base64'),
      ...(change.fileSha ? { sha: change.fileSha } : {})
    })
    const pr = await gh.rest.pulls.create({ ...ref, head: change.branch, base: change.base, title: change.title, body: change.body })
    result.proposals[change.key] = { pullRequest: pr.data.number }
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== 403 && status !== 404 && status !== 422) throw error
    // The token may not push or open pull requests: say the exact change instead.
    await gh.rest.issues.createComment({ ...ref, issue_number: change.fallback.issue, body: withStatus(change.fallback.body, status) })
    result.proposals[change.key] = { commentedAfter: status }
    return true
  }
}
