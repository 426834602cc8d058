/** `incident-kit simulate [--out FILE]`: the whole incident, end to end, in a few seconds. */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from '../cli/command.js'
import { simulate } from './simulate.js'

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'play a whole incident against an in-process GitHub stand-in and write a markdown transcript',
  usage: 'incident-kit simulate [--out FILE] [--until ISO-TIME]',
  async run(args, io) {
    let out = 'incident-kit-simulation.md'
    let until: string | undefined
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--out' && args[i + 1]) out = args[++i]!
      else if (args[i] === '--until' && args[i + 1] && !Number.isNaN(Date.parse(args[i + 1]!))) until = new Date(args[++i]!).toISOString()
      else {
        io.stderr.write(`simulate: unexpected argument "${args[i]}"\nusage: ${this.usage}\n`)
        return 2
      }
    }
    const result = await simulate(until ? { until } : {})
    const path = resolve(io.cwd, out)
    writeFileSync(path, result.transcript)
    for (const r of result.steps) {
      io.stdout.write(`${r.step.at.slice(11, 16)} ${r.step.who.padEnd(7)} ${r.step.what}\n`)
      for (const line of r.log.filter((l) => !/^(incident #|event |\d+ change\(s\) planned)/.test(l))) io.stdout.write(`        → ${line}\n`)
      if (r.failed) io.stdout.write(`        ✗ ${r.failed}\n`)
    }
    const failed = result.steps.filter((r) => r.failed)
    io.stdout.write(`\n${result.steps.length} events, ${result.steps.reduce((n, r) => n + r.requests, 0)} GitHub API requests. Transcript: ${path}\n`)
    return failed.length ? 1 : 0
  }
}
