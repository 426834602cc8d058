/**
 * Approvals bound to a draft's text. A gate with `approves: <draft>` approves that draft's text
 * as it stood when the approval was given: the fold records the SHA-256 of the text then, and a
 * draft whose text has changed since needs approving again. Pure: the hashes come from texts
 * the record renders, never from anything stored outside GitHub's history.
 */
import { createHash } from 'node:crypto'
import type { ResolvedConfig } from '../config/load.js'
import type { Approvers } from '../config/schema.js'
import { quietLogin } from './neutralise.js'
import { isoMinute } from './time.js'

export type ApprovedDraft = 'internal-update' | 'external-announcement'

/** The gates a draft waits for that approve its text (in the order the draft lists them). */
export function textBoundGates(config: ResolvedConfig, kind: string): string[] {
  const listed =
    kind === 'internal-update' ? config.drafts.internalUpdate.gates : kind === 'external-announcement' ? config.drafts.externalAnnouncement.gates : []
  return listed.filter((g) => config.gates[g]?.approves === kind)
}

/** Whether the four-eyes rule holds for a gate: on by default for a text-bound gate. */
export function fourEyes(config: ResolvedConfig, gate: string): boolean {
  const g = config.gates[gate]
  return Boolean(g?.approves) && g?.fourEyes !== false
}

/** The SHA-256 of a draft's text (lower-case hex). */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** The hash as shown: its first seven digits, like a short commit. */
export function shortHash(hash: string): string {
  return hash.slice(0, 7)
}

/** Who may open a gate, in words: the listed people and teams, or anyone with a permission. */
export function approversText(approvers: Approvers): string {
  const who = [
    ...approvers.users.map(quietLogin),
    ...approvers.teams.map((t) => `team \`${t}\``),
    ...(approvers.permission ? [`anyone with ${approvers.permission} access or more`] : [])
  ]
  if (who.length === 0) return 'no one (the configuration names no approver)'
  return who.length === 1 ? who[0]! : `${who.slice(0, -1).join(', ')} or ${who.at(-1)}`
}

/** Where a text-bound gate stands against the current text. */
export type ApprovalStatus = { state: 'awaiting' } | { state: 'current'; hash: string } | { state: 'earlier'; by: string; at: string; hash: string | undefined }

/** A gate as the record holds it (the incident's GateState: comms reads it by shape, below the incident layer). */
interface RecordedGate {
  open: boolean
  by?: string | undefined
  at?: string | undefined
  text?: string | undefined
}

export function approvalStatus(gate: RecordedGate | undefined, currentHash: string): ApprovalStatus {
  if (!gate?.open) return { state: 'awaiting' }
  if (gate.text === currentHash) return { state: 'current', hash: currentHash }
  return { state: 'earlier', by: gate.by ?? '', at: gate.at ?? '', hash: gate.text }
}

/** "given for an earlier text (by `x` at 2026-11-22 09:12, text abc1234)". */
export function earlierText(status: Extract<ApprovalStatus, { state: 'earlier' }>): string {
  const by = status.by ? `by ${quietLogin(status.by)}` : 'by someone'
  const at = status.at ? ` at ${isoMinute(status.at)}` : ''
  const text = status.hash ? `text ${shortHash(status.hash)}` : 'before the text was written'
  return `given for an earlier text (${by}${at}, ${text})`
}

/** "awaiting approval of this text by `legal-approved` (anyone with maintain access or more)". */
export function awaitingText(config: ResolvedConfig, gate: string): string {
  const approvers = config.gates[gate]?.approvers
  return `awaiting approval of this text by \`${gate}\` (${approvers ? approversText(approvers) : 'no one'})`
}
