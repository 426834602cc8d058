#!/usr/bin/env node
// What dist/index.js (or dist/cli.js) is made of: rebuilds the bundle in memory with
// rollup.config.js and prints the rendered size of each package and of each src/ folder.
//
//   node bench/bundle.mjs [index|cli] [--top 30]
import { rollup } from 'rollup'
import configs from '../rollup.config.js'

const args = process.argv.slice(2)
const which = args.find((a) => a === 'index' || a === 'cli') ?? 'index'
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 30
const config = configs.find((c) => c.input === `src/${which}.ts`)

/** "undici", "@octokit/core", "src/incident", or a rollup virtual module. */
function owner(id) {
  const i = id.lastIndexOf('node_modules/')
  if (i >= 0) {
    const parts = id.slice(i + 'node_modules/'.length).split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  const src = id.indexOf('/src/')
  if (src >= 0)
    return `src/${id
      .slice(src + 5)
      .split('/')[0]
      .replace(/\.ts$/, '.ts')}`
  return id.replace(/\0/g, '')
}

const bundle = await rollup({ ...config, onwarn: () => {} })
const { output } = await bundle.generate(config.output)
const sizes = new Map()
let total = 0
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue
  for (const [id, m] of Object.entries(chunk.modules)) {
    sizes.set(owner(id), (sizes.get(owner(id)) ?? 0) + m.renderedLength)
    total += m.renderedLength
  }
}
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`
console.log(`dist/${which}.js: ${kib(total)} of modules in ${output.filter((c) => c.type === 'chunk').length} chunk(s)\n`)
for (const [name, size] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${kib(size).padStart(9)}  ${((100 * size) / total).toFixed(1).padStart(5)}%  ${name}`)
}
