/**
 * Innocuous codenames ("sapphire-unicorn") for incidents.
 *
 * A codename is a pure function of (repository id, issue number): identical on every re-run,
 * and unique within the repository without reading any other issue. The issue number indexes a
 * permutation of all adjective x noun pairs, so two issues of one repository never share a name
 * until the pairs run out; after that a cycle number is appended ("sapphire-unicorn-2").
 */
import { ADJECTIVES, NOUNS, deniedStemsIn } from './words.js'

export interface WordLists {
  adjectives: readonly string[]
  nouns: readonly string[]
}

export const DEFAULT_WORDS: WordLists = { adjectives: ADJECTIVES, nouns: NOUNS }

/** The codename of issue `issueNumber` (1-based) in the repository with id `repoId`. */
export function codenameFor(repoId: number, issueNumber: number, words: WordLists = DEFAULT_WORDS): string {
  if (!Number.isInteger(issueNumber) || issueNumber < 1) throw new RangeError(`issue number must be a positive integer, got ${issueNumber}`)
  const size = words.adjectives.length * words.nouns.length
  const index = issueNumber - 1
  const cycle = Math.floor(index / size)
  const slot = permute(index % size, size, seedOf(repoId, size))
  const adjective = words.adjectives[Math.floor(slot / words.nouns.length)]!
  const noun = words.nouns[slot % words.nouns.length]!
  return cycle === 0 ? `${adjective}-${noun}` : `${adjective}-${noun}-${cycle + 1}`
}

/** A bijection on [0, size): multiply by a stride coprime with size, then shift by the repo's seed. */
function permute(index: number, size: number, seed: number): number {
  return (index * strideFor(size) + seed) % size
}

/** The first prime-ish stride near 0.618 * size that shares no factor with size (so every slot is hit once). */
function strideFor(size: number): number {
  let stride = Math.max(1, Math.floor(size * 0.6180339887))
  while (gcd(stride, size) !== 1) stride++
  return stride
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b]
  return a
}

/** Spreads repository ids so neighbouring repositories start at unrelated names. */
function seedOf(repoId: number, size: number): number {
  let h = 2166136261
  for (const ch of String(repoId)) {
    h ^= ch.charCodeAt(0)
    h = Math.imul(h, 16777619) >>> 0
  }
  return h % size
}

/** Problems with a user's word lists: duplicates and alarming words. Empty when usable. */
export function checkWordLists(words: WordLists): string[] {
  const problems: string[] = []
  for (const [name, list] of [
    ['adjectives', words.adjectives],
    ['nouns', words.nouns]
  ] as const) {
    const seen = new Set<string>()
    for (const word of list) {
      if (seen.has(word)) problems.push(`codename.${name}: "${word}" is listed twice`)
      seen.add(word)
      const denied = deniedStemsIn(word)
      if (denied.length > 0) problems.push(`codename.${name}: "${word}" sounds alarming (contains "${denied.join('", "')}")`)
    }
  }
  return problems
}

/** The word lists in effect for a config's `codename` key. */
export function wordListsFrom(config: { adjectives?: string[] | undefined; nouns?: string[] | undefined }): WordLists {
  return { adjectives: config.adjectives ?? ADJECTIVES, nouns: config.nouns ?? NOUNS }
}
