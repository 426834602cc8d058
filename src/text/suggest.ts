/**
 * "Did you mean ...?" for misspelt keys, values and commands: the closest known word by edit
 * distance, offered only when it is close enough to be a plausible typo.
 */

/** Levenshtein distance with adjacent transpositions counted as one edit ("aprove", "phsae"). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/** The known word closest to `word` (case-insensitive), or undefined when none is a plausible typo. */
export function closest(word: string, known: Iterable<string>): string | undefined {
  const w = word.toLowerCase()
  // One edit for short words, two for longer ones, three from ten letters: "trigers", "severty", "reviewedMaxDay".
  const limit = w.length <= 4 ? 1 : w.length < 10 ? 2 : 3
  let best: { word: string; distance: number } | undefined
  for (const candidate of known) {
    if (candidate.toLowerCase() === w) continue
    const distance = editDistance(w, candidate.toLowerCase())
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance }
  }
  return best?.word
}
