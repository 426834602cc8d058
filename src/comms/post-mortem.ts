/**
 * The post-mortem draft, written when the incident is resolved: as a comment on the incident
 * issue, or as a new issue (config `postMortem.as`). Its follow-up actions are task lists, so
 * the ticks people make are kept when it is re-rendered.
 */
import type { ResolvedConfig } from '../config/load.js'
import type { Change } from '../incident/plan.js'
import { kindMarker, type IncidentState } from '../incident/state.js'
import { clampToLimit, COMMENT_LIMIT, renderWithin } from './compose.js'
import { neutraliseInline } from './neutralise.js'
import { TemplateError, type TemplateSources } from './render.js'
import type { DraftContext } from './drafts.js'
import type { CommsContext } from './view.js'

/** Room for the kind marker and the drill/issue preamble. */
const WRAPPER_ROOM = 1_000

/** The post-mortem markdown (kind marker first), folded to fit one GitHub body. Throws TemplateError on a broken template. */
export function renderPostMortem(state: IncidentState, config: ResolvedConfig, templates: TemplateSources, now: Date, ctx: CommsContext = {}): string {
  const text = renderWithin(COMMENT_LIMIT - WRAPPER_ROOM, 'post-mortem', templates, state, config, now, ctx)
  return clampToLimit(`${kindMarker('post-mortem')}\n\n${text.trimEnd()}\n`)
}

/** The issue title of a post-mortem filed as its own issue. */
export function postMortemTitle(state: IncidentState): string {
  return `${state.drill ? 'DRILL ' : ''}Post-mortem: ${state.codename}`
}

/**
 * The change that writes the post-mortem once the incident is resolved: once only, because
 * from then on it is the team's document (their answers to its prompts must not be
 * overwritten). As an issue, `key` also lets the applier find one it opened before.
 */
export function planPostMortem(state: IncidentState, config: ResolvedConfig, templates: TemplateSources, now: Date, ctx: DraftContext = {}): Change[] {
  const existing = ctx.existing ?? new Set(Object.keys(state.comments))
  if (!state.resolvedAt || existing.has('post-mortem')) return []
  let body: string
  try {
    body = renderPostMortem(state, config, templates, now, ctx)
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    body = `${kindMarker('post-mortem')}\n\n> [!WARNING]\n> The post-mortem could not be rendered: ${neutraliseInline(error.message)}. Fix the template (or remove the override) and re-run.\n`
  }
  if (config.postMortem.as === 'issue') {
    const intro = `Post-mortem of incident #${state.issue}.\n\n`
    return [{ kind: 'create-issue', key: `post-mortem:${state.issue}`, title: postMortemTitle(state), body: intro + body, labels: config.postMortem.labels }]
  }
  return [{ kind: 'upsert-comment', issue: state.issue, comment: 'post-mortem', body, mergeTicks: true }]
}
