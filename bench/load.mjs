#!/usr/bin/env node
// Module load time of the action's bundle beside a bare `node -e 0`, on Node 20 (the oldest the
// CLI supports) and Node 24 (action.yml's `runs: using: node24`; see scripts/node.sh 24).
// The bundle is started as the runner starts it but with an empty environment, so it loads
// everything it imports at top level and stops at the first input it reads (no token): what is
// measured is Node's start plus the bundle's load. Samples of the commands are interleaved so that
// a busy machine slows them alike; figures are medians (and minimums), printed, never asserted.
//
//   node bench/load.mjs [--runs 21] [--file dist/index.js] [--file other.js ...]
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { findNode, median, root, versionOf } from './lib.mjs'

export function measureLoad({ runs = 21, files = [resolve(root, 'dist/index.js')] } = {}) {
  const rows = []
  for (const major of [20, 24]) {
    const node = findNode(major)
    if (!node) {
      rows.push({ major, missing: true })
      continue
    }
    const commands = [{ label: 'node -e 0', args: ['-e', '0'] }, ...files.map((file) => ({ label: relative(root, file), args: [file] }))]
    const samples = commands.map(() => [])
    for (let i = 0; i < runs + 2; i++) {
      commands.forEach((command, k) => {
        const t0 = performance.now()
        spawnSync(node, command.args, { env: { PATH: process.env.PATH }, stdio: 'ignore' })
        if (i >= 2) samples[k].push(performance.now() - t0) // two warm-up rounds
      })
    }
    const bare = median(samples[0])
    commands.forEach((command, k) =>
      rows.push({
        major,
        version: versionOf(node),
        label: command.label,
        ms: median(samples[k]),
        min: Math.min(...samples[k]),
        beyond: median(samples[k]) - bare
      })
    )
  }
  return rows
}

export function printLoad(rows, runs) {
  console.log(`Median (min) of ${runs} starts each, interleaved; "load" is the median beyond \`node -e 0\`.\n`)
  console.log('| node | what | median ms | min ms | load ms |')
  console.log('|---|---|---:|---:|---:|')
  for (const r of rows) {
    if (r.missing) console.log(`| ${r.major} | (no Node ${r.major} found: run scripts/node.sh 24 or set NODE${r.major}) | | | |`)
    else console.log(`| ${r.version} | ${r.label} | ${r.ms.toFixed(0)} | ${r.min.toFixed(0)} | ${r.label === 'node -e 0' ? '' : r.beyond.toFixed(0)} |`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 21
  const files = args.flatMap((a, i) => (a === '--file' ? [resolve(args[i + 1])] : []))
  for (const file of files) if (!existsSync(file)) throw new Error(`${file} not found`)
  printLoad(measureLoad({ runs, ...(files.length ? { files } : {}) }), runs)
}
