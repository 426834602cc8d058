/**
 * `/released`: a person says a draft went out (the announcement published, the internal update
 * sent), with a link or a reference. The bot posting a draft is not a release: the clocks, the
 * dashboard and the post-mortem count only what a person recorded here.
 *
 * Who may: anyone allowed to run commands (`commands.permission`). The gates' approvers already
 * approved the content; the person who publishes it (the Marketing Team, for the announcement)
 * is often not one of them, and must be able to say it is out. What may be released: a draft
 * whose gates are all open and, for the announcement, whose text has no linter errors (the text
 * pasted under the command in a fenced block, or else the draft as it stands). A notice that
 * went out despite errors is still a fact: `--despite-findings` records it, with the count of
 * errors, on the timeline, the dashboard and the post-mortem. Closed gates have no override: an
 * approver opens them (after the fact if need be), so the record says who approved.
 */
import { releaseCheck } from '../comms/drafts.js'
import type { Finding } from '../comms/lint.js'
import { builtinInline, neutraliseInline, quietLogin } from '../comms/neutralise.js'
import { humanDate } from '../comms/time.js'
import { count, draftTitle, releaseText } from '../comms/view.js'
import { OVERRIDE_FLAG, type IncidentCommand } from './commands.js'
import type { RunContext } from './model.js'
import type { IncidentState, Release } from './state.js'

type ReleasedCommand = Extract<IncidentCommand, { name: 'released' }>

export type ReleaseDecision =
  { outcome: 'done'; release: Release; text: string; reply?: string } | { outcome: 'seen'; reply: string } | { outcome: 'refused'; reply: string; text: string }

/** Errors listed in a refusal; the rest are counted. */
const ERRORS_SHOWN = 10

/** The decision on one `/released` command, from the state as it stood when the command was posted. Pure. */
export function decideRelease(state: IncidentState, ctx: RunContext, command: ReleasedCommand, by: string): ReleaseDecision {
  const usage = `\`/released ${command.draft}\``
  const earlier = state.releases.find((r) => r.draft === command.draft)
  if (earlier)
    return {
      outcome: 'seen',
      reply: `${draftTitle(command.draft)} already recorded as released by ${quietLogin(earlier.by)} on ${humanDate(earlier.at)} (${earlier.reference}): nothing changed.`
    }
  const check = releaseCheck(command.draft, state, ctx.config, ctx.templates, new Date(ctx.now), command.text)
  if (!check.ok) return refused(command, 'not approved', `Refused ${usage}: ${check.why}.`)
  if (check.errors.length > 0 && !command.override) {
    const what = command.text === undefined ? 'the draft as it stands' : 'the text under the command'
    return refused(
      command,
      count(check.errors.length, 'linter error'),
      [
        `Refused ${usage}: ${what} has ${count(check.errors.length, 'linter error')}:`,
        '',
        ...errorLines(check.errors),
        '',
        `Write the final text, paste it under the command in a fenced code block (a line of \`~~~\` above it and one below), and say \`/released\` again. ` +
          `If it was already published as it is, record that with \`${OVERRIDE_FLAG}\` after the reference: the errors are counted on the timeline.`
      ].join('\n')
    )
  }
  const overridden = command.override && check.errors.length > 0 ? check.errors.length : undefined
  const release: Release = { draft: command.draft, by, at: ctx.now, reference: neutraliseInline(command.reference, 200), ...(overridden ? { overridden } : {}) }
  return {
    outcome: 'done',
    release,
    // The reference as neutralised once; the timeline's last guard does not escape it again.
    text: releaseText(release),
    ...(overridden ? { reply: `Recorded as released despite ${count(overridden, 'linter error')} (\`${OVERRIDE_FLAG}\`).` } : {})
  }
}

/** A refusal: the reply says it all, the timeline says it in a few words (the timeline shows who beside it). */
function refused(command: ReleasedCommand, why: string, reply: string): ReleaseDecision {
  return { outcome: 'refused', reply, text: `Refused /released ${command.draft} (${why})` }
}

function errorLines(errors: readonly Finding[]): string[] {
  // A message may quote the text a person pasted (its title, a phrase): neutralised, its code spans kept.
  const shown = errors.slice(0, ERRORS_SHOWN).map((f) => `- line ${f.line} \`${f.rule}\`: ${builtinInline(f.message)}`)
  return errors.length > ERRORS_SHOWN ? [...shown, `- … and ${errors.length - ERRORS_SHOWN} more.`] : shown
}
