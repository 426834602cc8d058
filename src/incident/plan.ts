/**
 * A plan is what the decide layer wants changed, with no I/O: the applier in `src/github/`
 * turns it into the fewest API calls, or prints it in dry-run. An empty plan means "nothing to do".
 */
import type { CommentKind } from './state.js'

export type Reaction = '+1' | 'eyes' | 'confused'

export type Change =
  /** Edit the incident issue: title and/or open-closed state and/or assignees. */
  | { kind: 'update-issue'; issue: number; title?: string; labels?: string[]; state?: 'open' | 'closed'; assignees?: string[] }
  | { kind: 'add-labels'; issue: number; labels: string[] }
  | { kind: 'remove-label'; issue: number; label: string }
  /**
   * Create the bot's comment of this kind, or edit it in place when it exists and differs.
   * With `mergeTicks`, the ticks a person made in the current body are carried into the new one.
   */
  | { kind: 'upsert-comment'; issue: number; comment: CommentKind; body: string; mergeTicks?: boolean }
  /** A one-off reply (refusals, reminders): always a new comment. */
  | { kind: 'reply'; issue: number; body: string }
  /** The bot's comment carrying `key` (archives): created, or edited when it differs. */
  | { kind: 'keyed-comment'; issue: number; key: string; body: string }
  /** Remove one of the bot's comments (a duplicate left by a write that succeeded but answered an error). */
  | { kind: 'delete-comment'; commentId: number }
  | { kind: 'react'; commentId: number; content: Reaction }
  /** Restore a person's comment (a checklist whose ticks were reverted). */
  | { kind: 'edit-comment'; commentId: number; body: string }
  | { kind: 'create-issue'; key: string; title: string; body: string; labels: string[] }
  | { kind: 'update-tracking-issue'; number: number; title?: string; body?: string; state?: 'open' | 'closed' }
  /** A page or notice outside GitHub; `fallback` is posted in the issue if it fails. */
  | {
      kind: 'page'
      service: 'pagerduty' | 'slack'
      summary: string
      dedupKey: string
      link: string
      event: 'trigger' | 'resolve' | 'notice'
      issue?: number
      fallback?: string
      /** The timeline entry this page is recorded as (`paged:…`): a failed page is noted there. */
      key?: string
      /** The incident's severity (null: not known yet): it sets the page's urgency. */
      severity?: 1 | 2 | 3 | 4 | null
    }
  | { kind: 'annotate'; level: 'notice' | 'warning' | 'error'; message: string; file?: string; line?: number; title?: string }
  /**
   * Propose a file's new content as a pull request: a branch from `baseSha`, the file written on
   * it (`fileSha`: the version it replaces), the pull request to `base`. When the token may not
   * (HTTP 403, 404 or 422), `fallback` is posted on the issue instead, `{status}` in it replaced by the status.
   */
  | {
      kind: 'propose-file'
      key: string
      path: string
      content: string
      fileSha?: string
      base: string
      baseSha: string
      branch: string
      message: string
      title: string
      body: string
      fallback: { issue: number; body: string }
    }
  /** Create a repository label (setup); one that already exists is left alone. */
  | { kind: 'create-label'; name: string; color: string; description: string }

export interface Plan {
  changes: Change[]
  /** Action outputs to set (strings). */
  outputs: Record<string, string>
  /** Markdown for the job summary. */
  summary?: string
  /** A failure to report after the (empty) plan, e.g. a refused public repository. */
  failure?: string
}

export function emptyPlan(): Plan {
  return { changes: [], outputs: {} }
}

/** A short human line per change, for dry-run logs and the `plan` output. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'update-issue':
      return `update issue #${change.issue}${change.title !== undefined ? ` title="${change.title}"` : ''}${change.labels ? ` labels=${change.labels.join(',')}` : ''}${change.state ? ` state=${change.state}` : ''}${change.assignees ? ` assignees=${change.assignees.join(',')}` : ''}`
    case 'add-labels':
      return `add labels ${change.labels.join(', ')} to #${change.issue}`
    case 'remove-label':
      return `remove label ${change.label} from #${change.issue}`
    case 'upsert-comment':
      return `write the ${change.comment} comment on #${change.issue} (${change.body.length} chars)`
    case 'reply':
      // Not the text: replies can quote what people typed, and logs carry no incident details.
      return `reply on #${change.issue} (${change.body.length} chars)`
    case 'keyed-comment':
      return `write the ${change.key} comment on #${change.issue} (${change.body.length} chars)`
    case 'delete-comment':
      return `delete duplicate comment ${change.commentId}`
    case 'react':
      return `react ${change.content} to comment ${change.commentId}`
    case 'edit-comment':
      return `restore comment ${change.commentId}`
    case 'create-issue':
      return `open issue "${change.title}"`
    case 'update-tracking-issue':
      return `update issue #${change.number}${change.state ? ` state=${change.state}` : ''}`
    case 'page':
      return `${change.service} ${change.event}: ${change.summary}`
    case 'create-label':
      return `create label ${change.name}`
    case 'propose-file':
      return `propose ${change.path} in a pull request from ${change.branch}`
    case 'annotate':
      return `${change.level}${change.file ? ` ${change.file}${change.line ? `:${change.line}` : ''}` : ''}: ${change.message}`
  }
}

/** A fallback comment with the HTTP status that made it one: "… (the token could not …: HTTP 403):". */
export function withStatus(body: string, status: number | undefined): string {
  return body.replace('{status}', `HTTP ${status ?? '?'}`)
}

/**
 * Fewer requests for the same effect: label additions to one issue become one request, and a
 * label both added and removed in one plan is left alone.
 */
export function coalesce(changes: Change[]): Change[] {
  const out: Change[] = []
  for (const change of changes) {
    if (change.kind === 'add-labels') {
      let labels = change.labels
      const removed = out.findIndex((c) => c.kind === 'remove-label' && c.issue === change.issue && labels.includes(c.label))
      if (removed >= 0) {
        const label = (out[removed] as { label: string }).label
        out.splice(removed, 1)
        labels = labels.filter((l) => l !== label)
        if (labels.length === 0) continue
      }
      const earlier = out.find((c): c is Extract<Change, { kind: 'add-labels' }> => c.kind === 'add-labels' && c.issue === change.issue)
      if (earlier) {
        earlier.labels = [...new Set([...earlier.labels, ...labels])]
        continue
      }
      out.push({ ...change, labels: [...labels] })
      continue
    }
    if (change.kind === 'remove-label') {
      const added = out.find(
        (c): c is Extract<Change, { kind: 'add-labels' }> => c.kind === 'add-labels' && c.issue === change.issue && c.labels.includes(change.label)
      )
      if (added) {
        added.labels = added.labels.filter((l) => l !== change.label)
        if (added.labels.length === 0) out.splice(out.indexOf(added), 1)
        continue
      }
      if (out.some((c) => c.kind === 'remove-label' && c.issue === change.issue && c.label === change.label)) continue
    }
    out.push(change)
  }
  return out
}
