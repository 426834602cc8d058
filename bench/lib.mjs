// Shared by the bench scripts: Node 20 cannot import TypeScript, and `tsc` type-checks the tests
// too, so src/**/*.ts is transpiled file by file with the TypeScript compiler API (no type
// check, well under a second) into bench/out/ (git-ignored) and imported from there.
import { spawnSync } from 'node:child_process'
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

/** The local GitHub stand-in (src/simulate/fake-github.ts, or the folder it is being split into). */
export async function loadFakeGitHub() {
  transpileSources()
  for (const path of ['simulate/fake-github.js', 'simulate/fake-github/index.js']) {
    try {
      return await load(path)
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error
    }
  }
  throw new Error('the fake GitHub was found neither at src/simulate/fake-github.ts nor src/simulate/fake-github/index.ts')
}

/**
 * A Node binary of the given major version: this one when it matches, else the one
 * scripts/node.sh finds or installs ($NODE<major>, the machine's, or a pinned one from the npm
 * registry, cached). Undefined when none is found.
 */
export function findNode(major) {
  if (process.versions.node.split('.')[0] === String(major)) return process.execPath
  const candidates = [process.env[`NODE${major}`], '/usr/bin/node', '/usr/local/bin/node']
  const found = spawnSync('bash', [join(root, 'scripts', 'node.sh'), String(major)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (found.status === 0) candidates.unshift(found.stdout.trim())
  for (const node of candidates.filter(Boolean)) {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' })
    if (version.status === 0 && version.stdout.startsWith(`v${major}.`)) return node
  }
  return undefined
}

export function versionOf(node) {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
}
