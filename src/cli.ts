/**
 * `incident-kit` from a terminal: the same code as the action, no GitHub needed.
 * Each command lives beside its domain; this file only dispatches.
 */
import { runCli } from './cli/dispatch.js'

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() })
