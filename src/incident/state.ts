/**
 * The incident's machine state. It lives in the bot's own dashboard comment as a hidden,
 * versioned JSON block; only a comment written by the action's identity is trusted as state.
 */
import { z } from 'zod'
import { visibilitySchema } from './visibility.js'

/**
 * Version 2: the record is folded from GitHub's history on every run; this block is only a
 * cache of it (and of what history cannot tell: ticks by whom, pages sent, reminders, how far
 * the previous run answered). A block of another version is ignored and the record rebuilt.
 */
export const STATE_VERSION = 2
export const STATE_MARKER = 'incident-kit:state'
/** Marks the bot's comments by kind, so they are found again on every run. */
export const KIND_MARKER = 'incident-kit:kind'

export const timelineEntrySchema = z.object({
  /** ISO-8601 UTC. */
  at: z.string(),
  /** Login of the person (or "incident-kit"). */
  by: z.string().optional(),
  /** A short machine kind: opened, phase, gate, gate-refused, role, tick, command, paged, ... */
  kind: z.string(),
  /** Markdown-safe text (neutralised before it was stored). */
  text: z.string(),
  /** De-duplicates replays of the same event. */
  key: z.string().optional()
})
export type TimelineEntry = z.infer<typeof timelineEntrySchema>

/** One hand-over of an evidence item: from the custodian before to `to`, recorded by `by`. */
export const custodyEntrySchema = z.object({
  from: z.string(),
  to: z.string(),
  by: z.string(),
  at: z.string(),
  /** Markdown-safe (neutralised when recorded); "" when none was given. */
  note: z.string()
})
export type CustodyEntry = z.infer<typeof custodyEntrySchema>

/** An evidence item: a disk image, a log export, a memory dump, known by its SHA-256. */
export const evidenceItemSchema = z.object({
  /** "E-" and the first hex digits of the hash (8, more when another item shares them): stable however history is replayed. */
  id: z.string(),
  /** Lower-case hex. */
  sha256: z.string(),
  /** Where it is kept (a URI, path or reference), exactly as typed. */
  where: z.string(),
  /** Markdown-safe description (neutralised when recorded). */
  what: z.string(),
  by: z.string(),
  at: z.string(),
  /** Every hand-over, oldest first; the custodian is the last one's `to`, else `by`. */
  custody: z.array(custodyEntrySchema).default([])
})
export type EvidenceItem = z.infer<typeof evidenceItemSchema>

export const gateStateSchema = z.object({
  open: z.boolean(),
  by: z.string().optional(),
  at: z.string().optional(),
  /** A gate that approves a draft's text: the SHA-256 of the text approved (absent when none was written yet). */
  text: z.string().optional()
})
export type GateState = z.infer<typeof gateStateSchema>

export const releaseSchema = z.object({
  /** The draft: "external-announcement" or "internal-update". */
  draft: z.string(),
  by: z.string(),
  at: z.string(),
  /** Where it went: a link or a few words ("customer e-mail of 25 November"), neutralised. */
  reference: z.string(),
  /** Linter errors a person released it despite (`--despite-findings`); absent when there were none. */
  overridden: z.number().int().optional()
})
export type Release = z.infer<typeof releaseSchema>

export const stateSchema = z.object({
  v: z.literal(STATE_VERSION),
  codename: z.string(),
  issue: z.number().int(),
  originalTitle: z.string(),
  severity: z.number().int().min(1).max(4).nullable(),
  phase: z.string(),
  /** Every phase entered, oldest first (the first is the phase the incident opened in). */
  phaseHistory: z.array(z.object({ phase: z.string(), at: z.string() })).default([]),
  /** The phase before resolution, restored when the issue is reopened. */
  previousPhase: z.string().optional(),
  drill: z.boolean(),
  openedAt: z.string(),
  detectedAt: z.string().optional(),
  reporter: z.string(),
  roles: z.record(z.string(), z.string()).default({}),
  gates: z.record(z.string(), gateStateSchema).default({}),
  /** Step id -> done, mirrored from the checklist comment. */
  steps: z.record(z.string(), z.boolean()).default({}),
  timeline: z.array(timelineEntrySchema).default([]),
  /** Older response-timeline entries folded into counts per kind, when the comment grows too large. */
  folded: z.object({ count: z.number().int(), from: z.string(), to: z.string(), kinds: z.record(z.string(), z.number()) }).optional(),
  attackTimeline: z.array(timelineEntrySchema).default([]),
  /** Older attack-timeline entries folded out of the dashboard (posted in full in an archive comment). */
  attackFolded: z.object({ count: z.number().int(), from: z.string(), to: z.string() }).optional(),
  iocs: z.array(z.object({ value: z.string(), type: z.string(), by: z.string().optional(), at: z.string() })).default([]),
  compromised: z.array(z.object({ text: z.string(), by: z.string().optional(), at: z.string() })).default([]),
  /** The evidence register (`/evidence`, `/custody`), in the order items were recorded. */
  evidence: z.array(evidenceItemSchema).default([]),
  status: z.object({ text: z.string(), by: z.string().optional(), at: z.string() }).optional(),
  /**
   * Decisions the law counts from (`/decision <name> [time]`), by name: when the decision was made
   * (it may be backdated), who recorded it and when. A withdrawn decision is removed (the timeline keeps both).
   */
  decisions: z.record(z.string(), z.object({ at: z.string(), by: z.string().optional(), recordedAt: z.string() })).optional(),
  /** Filings recorded with `/filed <clock id> [time] <reference>`, by clock id. */
  filings: z.record(z.string(), z.object({ at: z.string(), by: z.string().optional(), recordedAt: z.string(), reference: z.string() })).optional(),
  /** The report's "Affected systems" answer as filed (read for the announcement linter's sensitive terms; never published). */
  affected: z.string().optional(),
  /** Drafts a person said were sent or published (`/released`), oldest first: the clocks stop at the first of each draft. */
  releases: z.array(releaseSchema).default([]),
  /** Ids of the bot's other comments (checklist, drafts, post-mortem). */
  comments: z.record(z.string(), z.number().int()).default({}),
  /** Reminder bookkeeping for clocks: clock id -> ISO time of the last reminder. */
  reminded: z.record(z.string(), z.string()).default({}),
  /** Who could read the incident when it opened (checked once; GitHub's history cannot give it back). */
  visibility: visibilitySchema.optional(),
  /** The runbook the incident followed: its path and the commit it was read at, recorded once at opening. */
  runbook: z.object({ path: z.string(), sha: z.string(), url: z.string() }).optional(),
  resolvedAt: z.string().optional(),
  /** How far the last run answered (the newest fact's time, and the ids of that second): those facts get no new reaction, page or notice. */
  seenUntil: z.object({ at: z.string(), ids: z.array(z.string()) }).optional()
})
export type IncidentState = z.infer<typeof stateSchema>

/** Timeline kinds GitHub's history cannot give back: carried from one verified dashboard to the next, never folded away. */
export const CACHED_KINDS: readonly string[] = ['tick', 'tick-reverted', 'paged', 'page-failed', 'drill', 'clock-missed']

const BLOCK_RE = new RegExp(`<!--\\s*${STATE_MARKER}\\s+([A-Za-z0-9+/=]+)\\s*-->`)

/**
 * Encodes the state as an HTML comment. Base64 keeps "-->" and markdown out of the JSON, so
 * no text inside the state can end the comment early or render.
 */
export function encodeState(state: IncidentState): string {
  return `<!-- ${STATE_MARKER} ${Buffer.from(JSON.stringify(state), 'utf8').toString('base64')} -->`
}

/** Reads the state block from a comment body; undefined when absent, malformed or of another version. */
export function decodeState(body: string): IncidentState | undefined {
  const match = BLOCK_RE.exec(body)
  if (!match) return undefined
  try {
    const json: unknown = JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8'))
    const parsed = stateSchema.safeParse(json)
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export type CommentKind =
  'dashboard' | 'checklist' | 'answers' | 'status-update' | 'internal-update' | 'law-enforcement' | 'external-announcement' | 'post-mortem' | 'reply'

export function kindMarker(kind: CommentKind): string {
  return `<!-- ${KIND_MARKER}=${kind} -->`
}

export function kindOf(body: string): CommentKind | undefined {
  const m = new RegExp(`<!--\\s*${KIND_MARKER}=([a-z-]+)\\s*-->`).exec(body)
  return m ? (m[1] as CommentKind) : undefined
}
