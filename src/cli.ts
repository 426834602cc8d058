/**
 * `incident-kit` from a terminal: the same code as the action, no GitHub needed.
 * Each command lives beside its domain; this file only dispatches.
 */
import { runCli } from './cli/dispatch.js'

// `incident-kit runbooks . | head`: the reader has gone, so the output is no longer wanted. Stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() })
