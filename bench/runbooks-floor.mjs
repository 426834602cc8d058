// The Node floor for a runbook scan, run from a repository root: list runbooks/**/*.md, read the
// head of each file (as src/runbooks/scan.ts does: one reused buffer, synchronous reads) and count
// the lines matching /Last (Reviewed|Tested)/. No config, no date parsing, no report.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs'
import { join } from 'node:path'

const buffer = Buffer.allocUnsafe(64 * 1024 + 1)
let lines = 0
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) walk(path)
    else if (entry.name.endsWith('.md')) {
      const fd = openSync(path, 'r')
      const n = readSync(fd, buffer, 0, buffer.length, 0)
      closeSync(fd)
      lines += buffer.toString('utf8', 0, n).match(/Last (Reviewed|Tested)/g)?.length ?? 0
    }
  }
}
walk('runbooks')
process.stdout.write(`${lines}\n`)
