/**
 * The pull-request check of incident-kit's own files: the configuration and the template
 * overrides a change touches, annotated with file and line before they are merged. Pure: the
 * shell hands in the changed files' text. An error fails the check (it would leave a setting at
 * its default, or a template unrenderable); a warning does not.
 */
import Handlebars from 'handlebars'
import { neutraliseInline } from '../comms/neutralise.js'
import { templateVariables } from '../comms/variables.js'
import { COMMS_TEMPLATES, TEMPLATE_VARIABLES } from '../comms/view.js'
import { emptyPlan, type Change, type Plan } from '../incident/plan.js'
import { closest } from '../text/suggest.js'
import { DEFAULT_CONFIG_PATH, formatProblem, loadConfig } from './load.js'

export const TEMPLATE_OVERRIDE_DIR = '.github/incident-kit/templates'

export interface ChangedConfigFile {
  /** Relative to the repository root. */
  path: string
  /** The text after the change; absent for a deleted file. */
  text?: string | undefined
}

export interface ConfigCheckInput {
  files: ChangedConfigFile[]
  /** The `config-path` input. */
  configPath?: string
  /** The shipped templates by file name: which names an override can replace, and what they read. */
  builtin: Readonly<Record<string, string>>
}

type Annotation = Extract<Change, { kind: 'annotate' }>

/** Annotations for the changed config file and template overrides, failing on errors. */
export function planPullRequestConfigCheck(input: ConfigCheckInput): Plan {
  const configPath = input.configPath ?? DEFAULT_CONFIG_PATH
  const plan = emptyPlan()
  const failing = new Set<string>()
  let checked = 0
  for (const file of input.files) {
    if (file.text === undefined) continue
    let found: Annotation[]
    if (file.path === configPath) found = checkConfigText(file.path, file.text)
    else if (file.path.startsWith(`${TEMPLATE_OVERRIDE_DIR}/`) && file.path.endsWith('.hbs')) found = checkTemplate(file.path, file.text, input.builtin)
    else continue
    checked++
    plan.changes.push(...found)
    if (found.some((a) => a.level === 'error')) failing.add(file.path)
  }
  plan.outputs = { 'config-files-changed': String(checked), 'config-files-failing': String(failing.size) }
  if (failing.size > 0) {
    plan.failure = `incident-kit configuration changed here has errors: ${[...failing].join(', ')} (see the annotations)`
    const lines = plan.changes
      .filter((c): c is Annotation => c.kind === 'annotate' && c.level === 'error')
      .map((a) => `- \`${a.file}${a.line ? `:${a.line}` : ''}\` ${neutraliseInline(a.message, 300)}`)
    plan.summary = ['## incident-kit configuration', '', `${plan.failure}.`, '', ...lines].join('\n')
  }
  return plan
}

function checkConfigText(path: string, text: string): Annotation[] {
  return loadConfig(text, path).problems.map((p) => ({
    kind: 'annotate',
    level: 'error',
    title: 'incident-kit configuration',
    message: formatProblem(p).slice(`${p.file}${p.line ? `:${p.line}` : ''}: `.length),
    file: path,
    ...(p.line ? { line: p.line } : {})
  }))
}

/** Syntax, the name (an override replaces a shipped template of the same name) and the variables it reads. */
function checkTemplate(path: string, source: string, builtin: Readonly<Record<string, string>>): Annotation[] {
  const name = path.slice(TEMPLATE_OVERRIDE_DIR.length + 1)
  const at = (level: Annotation['level'], message: string, line?: number): Annotation => ({
    kind: 'annotate',
    level,
    title: 'incident-kit template',
    message,
    file: path,
    ...(line ? { line } : {})
  })
  try {
    Handlebars.parse(source)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const line = Number(/on line (\d+)/.exec(message)?.[1]) || undefined
    return [at('error', `not a valid handlebars template: ${message.split('\n').slice(-1)[0]}`, line)]
  }
  if (!(name in builtin)) {
    const suggestion = closest(name, Object.keys(builtin))
    return [at('warning', `incident-kit renders no template named "${name}", so this file is not used${suggestion ? `; did you mean "${suggestion}"?` : ''}`)]
  }
  const comms = COMMS_TEMPLATES.find((t) => `${t}.md.hbs` === name)
  // Comms templates have a documented set of variables; for the others, what the shipped one reads is known to exist.
  const known: readonly string[] = comms ? Object.keys(TEMPLATE_VARIABLES[comms]) : templateVariables(builtin[name]!).map((u) => u.path)
  const out: Annotation[] = []
  const seen = new Set<string>()
  for (const use of templateVariables(source)) {
    if (known.includes(use.path) || seen.has(use.path)) continue
    seen.add(use.path)
    const suggestion = closest(use.path, known)
    const hint = suggestion ? `; did you mean "${suggestion}"?` : ''
    out.push(
      comms
        ? at('error', `"${use.path}" is not a variable of ${name} (rendering would fail)${hint}`, use.line)
        : at('warning', `"${use.path}" is not read by the shipped ${name}; check that it exists${hint}`, use.line)
    )
  }
  return out
}
