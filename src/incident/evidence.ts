/**
 * The evidence register (runbook, "Isolate Affected Instances": disk images in read-only cold
 * storage that "cannot be tampered with"). Each item is known by its SHA-256, so anyone can
 * check the image in the vault is the one recorded; every hand-over is kept, so the chain of
 * custody can be shown. Pure: the fold calls these with the facts GitHub recorded.
 */
import { neutraliseInline, quietLogin } from '../comms/neutralise.js'
import type { EvidenceItem, IncidentState } from './state.js'

/** The shortest id length: "E-" and 8 hex digits of the hash. */
const ID_DIGITS = 8

/**
 * The id of a new item: "E-" and the first 8 hex digits of its hash, more when an item already
 * holds that id. Derived from the hash, not the order, so an earlier item whose comment was
 * edited (and so no longer counts) does not renumber the items after it.
 */
export function evidenceId(sha256: string, existing: readonly Pick<EvidenceItem, 'id'>[]): string {
  const taken = new Set(existing.map((e) => e.id.toLowerCase()))
  for (let digits = ID_DIGITS; digits < sha256.length; digits++) {
    const id = `E-${sha256.slice(0, digits)}`
    if (!taken.has(id.toLowerCase())) return id
  }
  return `E-${sha256}`
}

/** The item an id or hash names (ids compare case-insensitively). */
export function findEvidence(items: readonly EvidenceItem[], ref: string): EvidenceItem | undefined {
  const wanted = ref.toLowerCase()
  return items.find((e) => e.id.toLowerCase() === wanted || e.sha256 === wanted)
}

/** Who holds the item now: the last hand-over's receiver, else whoever recorded it. */
export function custodian(item: EvidenceItem): string {
  return item.custody.at(-1)?.to ?? item.by
}

export type EvidenceResult = { outcome: 'recorded'; item: EvidenceItem } | { outcome: 'duplicate'; item: EvidenceItem }

/** Records an item; a hash already in the register is refused, naming the item that has it. */
export function recordEvidence(state: IncidentState, entry: { sha256: string; where: string; what: string }, by: string, at: string): EvidenceResult {
  const existing = state.evidence.find((e) => e.sha256 === entry.sha256)
  if (existing) return { outcome: 'duplicate', item: existing }
  const item: EvidenceItem = {
    id: evidenceId(entry.sha256, state.evidence),
    sha256: entry.sha256,
    where: entry.where,
    what: neutraliseInline(entry.what),
    by,
    at,
    custody: []
  }
  state.evidence.push(item)
  return { outcome: 'recorded', item }
}

export type CustodyResult = { outcome: 'handed-over'; item: EvidenceItem; from: string } | { outcome: 'same'; item: EvidenceItem } | { outcome: 'unknown' }

/** Records a hand-over of `ref` to `to`; handing an item to the one who holds it changes nothing. */
export function handOver(state: IncidentState, ref: string, to: string, note: string, by: string, at: string): CustodyResult {
  const item = findEvidence(state.evidence, ref)
  if (!item) return { outcome: 'unknown' }
  const from = custodian(item)
  if (from.toLowerCase() === to.toLowerCase()) return { outcome: 'same', item }
  item.custody.push({ from, to, by, at, note: neutraliseInline(note) })
  return { outcome: 'handed-over', item, from }
}

/** A location as shown in markdown: in a code span, where a backtick could end the span early. */
export function shownLocation(where: string): string {
  return `\`${where.replace(/`/g, "'")}\``
}

/** The reply to a duplicate `/evidence`: which item already has that hash. */
export function duplicateReply(item: EvidenceItem): string {
  return `Refused \`/evidence\`: this SHA-256 is already registered as **${item.id}** (${shownLocation(item.where)}, recorded by ${quietLogin(item.by)}). Use \`/custody ${item.id} @login\` to record a hand-over.`
}

/** The reply to `/custody` naming no item in the register. */
export function unknownItemReply(ref: string, items: readonly EvidenceItem[]): string {
  const known = items.map((e) => `\`${e.id}\``).join(', ')
  return `Refused \`/custody\`: no evidence item \`${neutraliseInline(ref, 80)}\`. ${known ? `The register holds ${known}.` : 'The register is empty: record an item with `/evidence <sha256> <where> <what>` first.'}`
}

/** The custody chain as one line: "`alice` → `wendy` (2026-11-22T10:00Z) → …". */
export function custodyChain(item: EvidenceItem, time: (iso: string) => string): string {
  return [quietLogin(item.by), ...item.custody.map((c) => `${quietLogin(c.to)} (${time(c.at)}${c.note ? `, ${c.note}` : ''})`)].join(' → ')
}
