// Shared by the bench scripts: Node 20 cannot import TypeScript, and `tsc` type-checks the tests
// too, so src/**/*.ts is transpiled file by file with the TypeScript compiler API (no type
// check, well under a second) into bench/out/ (git-ignored) and imported from there.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'bench', 'out')
let transpiled = false

export function transpileSources() {
  if (transpiled) return
  rmSync(out, { recursive: true, force: true })
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]))
  for (const file of walk(join(root, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: file
    })
    const target = join(out, relative(join(root, 'src'), file)).replace(/\.ts$/, '.js')
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, outputText)
  }
  transpiled = true
}

/** Imports a transpiled module by its path under src/ ("simulate/fake-github/index.js"). */
export async function load(path) {
  transpileSources()
  return import(pathToFileURL(join(out, path)).href)
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
