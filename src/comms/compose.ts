/**
 * Renders a communication template from the incident state, and keeps the result inside a
 * GitHub comment: long timelines fold (routine response entries first, then the oldest
 * attack entries) with a sentence saying what was left out, never silently.
 */
import type { ResolvedConfig } from '../config/load.js'
import type { IncidentState } from '../incident/state.js'
import { renderTemplate, type TemplateSources } from './render.js'
import { templateFile, VIEW_MODELS, type CommsContext, type CommsTemplate } from './view.js'

/** GitHub refuses issue and comment bodies longer than this. */
export const COMMENT_LIMIT = 65_536

/** Template `name` rendered with its view model. Throws TemplateError (naming template, line, variable). */
export function renderComms(
  name: CommsTemplate,
  templates: TemplateSources,
  state: IncidentState,
  config: ResolvedConfig,
  now: Date,
  ctx: CommsContext = {}
): string {
  return renderTemplate(templateFile(name), templates, VIEW_MODELS[name](state, config, now, ctx))
}

/**
 * Like `renderComms`, but at most `budget` characters: when the full text is longer, shows as
 * many response-timeline entries as fit, then as many attack-timeline entries, and as a last
 * resort cuts the text with a visible note.
 */
export function renderWithin(
  budget: number,
  name: CommsTemplate,
  templates: TemplateSources,
  state: IncidentState,
  config: ResolvedConfig,
  now: Date,
  ctx: CommsContext = {}
): string {
  const render = (limits: CommsContext['limits']) => renderComms(name, templates, state, config, now, { ...ctx, limits: { ...ctx.limits, ...limits } })
  const full = render({})
  if (full.length <= budget) return full
  const withResponse = largestFitting(state.timeline.length, (n) => render({ response: n }), budget)
  if (withResponse !== undefined) return withResponse
  // The announcement adds the detection to the attack timeline: one entry more than the state holds.
  const withAttack = largestFitting(state.attackTimeline.length + 1, (n) => render({ response: 0, attack: n }), budget)
  return withAttack ?? clampToLimit(render({ response: 0, attack: 0 }), budget)
}

/**
 * The rendering with the largest n in [0, max] whose length fits `budget`, or undefined when
 * even 0 does not. Entries are of similar length, so each probe guesses n by interpolating
 * between the known lengths; every other probe bisects so an uneven timeline stays logarithmic.
 */
function largestFitting(max: number, render: (n: number) => string, budget: number): string | undefined {
  const bottom = render(0)
  if (bottom.length > budget) return undefined
  const top = render(max)
  if (top.length <= budget) return top
  // Invariant: render(lo) fits, render(hi) does not.
  let [lo, loText, hi, hiLength] = [0, bottom, max, top.length]
  for (let probe = 0; hi - lo > 1; probe++) {
    const guess = probe % 2 === 0 ? lo + Math.floor(((budget - loText.length) / (hiLength - loText.length)) * (hi - lo)) : (lo + hi) >> 1
    const mid = Math.min(hi - 1, Math.max(lo + 1, guess))
    const text = render(mid)
    if (text.length <= budget) [lo, loText] = [mid, text]
    else [hi, hiLength] = [mid, text.length]
  }
  return loText
}

/** Cuts `body` to `limit` characters at a line break, saying so at the end (the last resort: nothing goes missing unannounced). */
export function clampToLimit(body: string, limit = COMMENT_LIMIT): string {
  if (body.length <= limit) return body
  const note = (cut: number) =>
    `\n\n> [!WARNING]\n> ${cut.toLocaleString('en-US')} characters did not fit in a GitHub comment and were cut here; the incident record keeps them.\n`
  const room = limit - note(body.length).length
  const end = Math.max(0, body.lastIndexOf('\n', room) > 0 ? body.lastIndexOf('\n', room) : room)
  return body.slice(0, end) + note(body.length - end)
}
