/**
 * Where templates come from: the built-in `templates/` folder shipped with the action, with a
 * user's override of the same name (from `.github/incident-kit/templates/` in their repo) on top.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TemplateSources } from './render.js'

export const OVERRIDE_DIR = '.github/incident-kit/templates'
/** Files that only the shipped folder has: any one identifies it (each is written by a different part of the kit). */
const MARKER_FILES = ['dashboard.md.hbs', 'external-announcement.md.hbs']

/** Finds the shipped `templates/` folder by walking up from this module (src/ in tests, dist/ when bundled). */
export function builtinTemplateDir(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start
  for (;;) {
    const candidate = join(dir, 'templates')
    if (MARKER_FILES.some((file) => existsSync(join(candidate, file)))) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`the templates/ folder of incident-kit was not found above ${start}`)
    dir = parent
  }
}

/** Every `*.hbs` file of a folder, by file name. */
export function readTemplateDir(dir: string): TemplateSources {
  const sources: TemplateSources = {}
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.hbs')) sources[name] = readFileSync(join(dir, name), 'utf8')
  }
  return sources
}

let builtin: TemplateSources | undefined

/** The shipped templates (read once per process). */
export function builtinTemplates(): TemplateSources {
  builtin ??= readTemplateDir(builtinTemplateDir())
  return builtin
}

/** Shipped templates with the user's overrides on top; an override of an unknown name is kept (a user may add partials). */
export function withOverrides(overrides: TemplateSources): TemplateSources {
  return { ...builtinTemplates(), ...overrides }
}
