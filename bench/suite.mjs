#!/usr/bin/env node
// `npm test` as CI runs it: wall time and CPU time (user + system, jest's workers included) of the
// whole suite, on Node 20 and on Node 24 when found (scripts/node.sh 24). Opt-in because it takes
// a minute or more a run: `npm run bench -- --suite`, or `node bench/suite.mjs [--node 20|24]`.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { findNode, root, versionOf } from './lib.mjs'

/** Runs `npm test` with `node` first on PATH; resolves with wall and CPU seconds and the closing line. */
export function timeSuite(node) {
  return new Promise((resolve) => {
    const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` }
    const started = process.hrtime.bigint()
    // /usr/bin/time reports what every process below it used (jest's workers are waited for).
    const timed = existsSync('/usr/bin/time')
    const child = spawn(timed ? '/usr/bin/time' : 'npm', timed ? ['-f', '%e %U %S %M', 'npm', 'test', '--silent'] : ['test', '--silent'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('close', (status) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9
      const [, user, sys] = (timed ? out.trim().split('\n').pop() : '').split(' ').map(Number)
      const closing = out.split('\n').find((l) => /^tests: \d+ passed, \d+ failed/.test(l)) ?? out.split('\n').find((l) => l.startsWith('Tests:')) ?? ''
      resolve({ node: versionOf(node), status, wall, cpu: timed ? user + sys : NaN, closing: closing.trim() })
    })
  })
}

export function printSuite(rows) {
  console.log('| node | npm test wall s | CPU s (user+sys) | exit | tests |')
  console.log('|---|---:|---:|---:|---|')
  for (const r of rows) console.log(`| ${r.node} | ${r.wall.toFixed(1)} | ${Number.isNaN(r.cpu) ? '-' : r.cpu.toFixed(1)} | ${r.status} | ${r.closing} |`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const majors = args.includes('--node') ? [Number(args[args.indexOf('--node') + 1])] : [20, 24]
  const rows = []
  for (const major of majors) {
    const node = findNode(major)
    if (node) rows.push(await timeSuite(node))
    else console.log(`(no Node ${major} found: run scripts/node.sh 24 or set NODE${major})`)
  }
  console.log(`npm test in ${join(root)}\n`)
  printSuite(rows)
}
