/**
 * The file-system side of runbook freshness: list the runbooks matching the configured globs,
 * read the head of each with bounded concurrency, and keep only the findings. A text is dropped
 * as soon as its dates are read, so memory stays flat however many runbooks a repository has.
 */
import fs from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { glob } from 'tinyglobby'
import type { Config } from '../config/schema.js'
import { CODEOWNERS_LOCATIONS, ownersOf, parseCodeOwners, type CodeOwners } from './codeowners.js'
import { dayNumber, parseRunbookDates } from './dates.js'
import { addToTally, assessRunbook, emptyTally, unreadableRunbook, type FreshnessTally } from './freshness.js'

/**
 * How much of each runbook is read. Front matter, the g3doc comment and the "Last Reviewed" line
 * sit at the top; 64 KiB holds a whole runbook of ordinary length (so a footer is found too), and
 * only a longer file is read in part.
 */
export const HEAD_BYTES = 64 * 1024
/** Files open at once: enough to keep the thread pool busy, far below any descriptor limit. */
export const SCAN_CONCURRENCY = 32

export interface ScanOptions {
  /** The repository root: globs and reported paths are relative to it. */
  dir: string
  runbooks: Pick<Config['runbooks'], 'paths' | 'reviewedMaxDays' | 'testedMaxDays'>
  /** Today, YYYY-MM-DD (UTC). */
  today: string
  codeowners?: CodeOwners
  concurrency?: number
  headBytes?: number
}

/** Scans every runbook under `dir`; the findings are the problems, fresh runbooks are counted. */
export async function scanRunbooks(options: ScanOptions): Promise<FreshnessTally> {
  const today = dayNumber(options.today)
  if (today === undefined) throw new Error(`today must be a date such as 2026-03-10, got "${options.today}"`)
  const headBytes = options.headBytes ?? HEAD_BYTES
  const files = await glob([...options.runbooks.paths], { cwd: options.dir, onlyFiles: true, followSymbolicLinks: false })
  const tally = emptyTally()
  let next = 0
  const worker = async () => {
    // One buffer per worker, reused for every file it reads: one byte more than the head tells a
    // file that was cut from one that fits exactly.
    const buffer = Buffer.allocUnsafe(headBytes + 1)
    while (next < files.length) {
      const file = files[next++]!
      const fallbackOwners = options.codeowners ? ownersOf(options.codeowners, file) : []
      let bytes: number
      try {
        bytes = await readHead(join(options.dir, file), buffer)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        // Deleted since it was listed: it is no longer a runbook.
        if (code === 'ENOENT') continue
        addToTally(tally, [unreadableRunbook(file, code ?? String(error), fallbackOwners)])
        continue
      }
      const truncated = bytes > headBytes
      const text = buffer.toString('utf8', 0, Math.min(bytes, headBytes))
      const assessOptions = {
        today,
        reviewedMaxDays: options.runbooks.reviewedMaxDays,
        testedMaxDays: options.runbooks.testedMaxDays,
        fallbackOwners,
        ...(truncated ? { readBytes: headBytes } : {})
      }
      addToTally(tally, assessRunbook(file, parseRunbookDates(text), assessOptions))
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency ?? SCAN_CONCURRENCY, files.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return tally
}

/**
 * Reads up to `buffer.length` bytes from the start of a file; returns how many were read. Uses the
 * callback API: a FileHandle costs more than the read itself at 20,000 small files.
 */
async function readHead(path: string, buffer: Buffer): Promise<number> {
  const fd = await new Promise<number>((resolve, reject) => fs.open(path, 'r', (error, fd) => (error ? reject(error) : resolve(fd))))
  try {
    let total = 0
    while (total < buffer.length) {
      const bytesRead = await new Promise<number>((resolve, reject) =>
        fs.read(fd, buffer, total, buffer.length - total, total, (error, n) => (error ? reject(error) : resolve(n)))
      )
      if (bytesRead === 0) break
      total += bytesRead
    }
    return total
  } finally {
    fs.close(fd, () => {})
  }
}

/** The repository's CODEOWNERS, from the first place GitHub looks that has one. */
export async function readCodeOwners(dir: string): Promise<CodeOwners | undefined> {
  for (const location of CODEOWNERS_LOCATIONS) {
    try {
      return parseCodeOwners(await readFile(join(dir, location), 'utf8'))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return undefined
}
