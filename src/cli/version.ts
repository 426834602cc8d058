/**
 * The version of incident-kit: package.json's, written into the bundle by rollup.config.js
 * (which replaces the placeholder below), and read from package.json when run from source.
 */
import { readFileSync } from 'node:fs'
import type { Command } from './command.js'

const BUNDLED: string = '__INCIDENT_KIT_VERSION__'

export function version(): string {
  if (!BUNDLED.startsWith('__')) return BUNDLED
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

export const versionCommand: Command = {
  name: 'version',
  summary: 'print the version of incident-kit (also --version)',
  usage: 'incident-kit version',
  async run(_args, io) {
    io.stdout.write(`incident-kit ${version()}\n`)
    return 0
  }
}
