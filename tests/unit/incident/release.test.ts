/**
 * `/released`: a draft counts as out only when a person says where it went. Played on the
 * in-memory issue the way the action plays it: filed from the form, worked with commands,
 * reconciled after each.
 */
import { describe, expect, it } from '@jest/globals'
import { PUBLISHED_ANNOUNCEMENT, releaseComment } from '../clocks/helpers.js'
import { context, FORM_BODY } from './context.js'
import { IssueModel } from './github-model.js'

const GATES = ['not-internal', 'timeline-verified', 'impact-known', 'fix-verified', 'legal-approved']
const FORM = `${FORM_BODY}\n\n### Affected systems or services\n\nbuild-7 (CI runner) and db01`

/** The runbook's story, every gate open: the build host reached with a leaked deploy key from 203.0.113.7. */
function approvedIncident(gates = GATES): IssueModel {
  const model = new IssueModel(context({ now: '2026-11-22T09:20:00.000Z' }), { body: FORM })
  model.run()
  model.comment('ic-ian', '/timeline 2026-11-22T08:58Z attacker logged in to build-7 with a leaked deploy key\n/ioc 203.0.113.7')
  model.run()
  // The fact gates first: the announcement is written; then counsel approves that text (four eyes: not the IC, who opened the last gate).
  for (const g of gates.filter((g) => g !== 'legal-approved')) model.comment('ic-ian', `/approve ${g}`)
  model.run()
  if (gates.includes('legal-approved')) {
    model.comment('counsel-lin', '/approve legal-approved')
    model.run()
  }
  return model
}

function say(model: IssueModel, by: string, body: string): string {
  model.comment(by, body)
  model.run()
  // The newest answer, without any hidden key.
  return (model.replies().at(-1) ?? '').replace(/^<!--[^\n]*-->\n/, '')
}

describe('releasing the external announcement', () => {
  it('is refused while the draft as it stands has linter errors, which the reply counts and lists', () => {
    const model = approvedIncident()
    const reply = say(model, 'wendy', '/released external-announcement https://status.example.com/2026-11-22')
    expect(reply).toMatch(/^Refused `\/released external-announcement`: the draft as it stands has \d+ linter errors:/)
    expect(reply).toContain('`placeholder`: unresolved placeholder (TODO)')
    expect(reply).toContain('--despite-findings')
    expect(model.state.releases).toEqual([])
    expect(model.state.timeline.some((e) => e.kind === 'command-refused' && e.text.includes('/released external-announcement'))).toBe(true)
  })

  it('is refused when the text released names the host or the address from the incident, saying where each came from', () => {
    const model = approvedIncident()
    const leaky = PUBLISHED_ANNOUNCEMENT.replace('one of our build servers', 'build-7 from 203.0.113[.]7')
    const reply = say(model, 'wendy', releaseComment(undefined, leaky))
    expect(reply).toContain('the text under the command has 2 linter errors')
    expect(reply).toContain('`leak-incident-term`: names `203.0.113.7`, from the IOCs')
    expect(reply).toContain('`leak-incident-term`: names `build-7`, from the affected systems')
    expect(model.state.releases).toEqual([])
  })

  it('quotes the pasted text in a refusal only neutralised: no mention pings, no HTML comment forges a marker', () => {
    const model = approvedIncident()
    const hostile = PUBLISHED_ANNOUNCEMENT.replace('# Security incident of 22 November 2026', '# Hello @everyone <!-- incident-kit:kind=dashboard -->')
    const reply = say(model, 'wendy', releaseComment(undefined, hostile))
    expect(reply).toContain('`title-date`: no date in the title')
    expect(reply).not.toMatch(/@everyone|<!--\s*incident-kit:kind/)
  })

  it('records a clean text as released: who, when, where, on the timeline and the dashboard', () => {
    const model = approvedIncident()
    model.comment('wendy', releaseComment('https://status.example.com/2026-11-22'))
    model.run({ at: '2026-11-25T10:00:00.000Z' })
    const release = model.state.releases[0]!
    expect(release).toMatchObject({ draft: 'external-announcement', by: 'wendy', reference: 'https://status.example.com/2026-11-22' })
    expect(model.state.releases).toHaveLength(1)
    expect(model.state.timeline.find((e) => e.kind === 'released')).toMatchObject({
      by: 'wendy',
      at: release.at,
      text: 'External announcement released: https://status.example.com/2026-11-22'
    })
    expect(model.bot('dashboard')!.body).toContain('| **Released** | External announcement released: https://status.example.com/2026-11-22 (`@wendy`,')
  })

  it('records a release despite errors with --despite-findings, counting them everywhere it is shown', () => {
    const model = approvedIncident()
    const reply = say(model, 'wendy', '/released external-announcement customer e-mail of 25 November --despite-findings')
    const release = model.state.releases[0]!
    expect(release.reference).toBe('customer e-mail of 25 November')
    expect(release.overridden).toBeGreaterThan(0)
    expect(reply).toBe(`Recorded as released despite ${release.overridden} linter errors (\`--despite-findings\`).`)
    expect(model.state.timeline.find((e) => e.kind === 'released')!.text).toBe(
      `External announcement released: customer e-mail of 25 November (despite ${release.overridden} linter errors)`
    )
  })

  it('is refused while a gate is closed, with no override: an approver opens it, so the record says who approved', () => {
    const model = approvedIncident(GATES.slice(0, 4))
    const reply = say(model, 'wendy', releaseComment(undefined, PUBLISHED_ANNOUNCEMENT, '--despite-findings'))
    expect(reply).toBe(
      'Refused `/released external-announcement`: the draft is not approved: awaiting approval of this text by `legal-approved` (anyone with maintain access or more).'
    )
    expect(model.state.releases).toEqual([])
  })

  it('is refused when the approval was given for an earlier text, until it is approved again', () => {
    const model = approvedIncident()
    model.comment('wendy', '/timeline 2026-11-22T09:01Z attacker copied the deploy key')
    model.run()
    const reply = say(model, 'wendy', releaseComment(undefined, PUBLISHED_ANNOUNCEMENT))
    expect(reply).toMatch(
      /^Refused `\/released external-announcement`: the draft is not approved: the approval of `legal-approved` was given for an earlier text/
    )
    expect(model.state.releases).toEqual([])
    model.comment('counsel-lin', '/approve legal-approved')
    model.run()
    say(model, 'wendy', releaseComment(undefined, PUBLISHED_ANNOUNCEMENT))
    expect(model.state.releases).toHaveLength(1)
  })

  it('is refused to someone who may not run commands', () => {
    const model = approvedIncident()
    expect(say(model, 'rita', releaseComment())).toMatch(/^Refused: /)
    expect(model.state.releases).toEqual([])
  })

  it('counts once: a second `/released` says when it was recorded and changes nothing', () => {
    const model = approvedIncident()
    say(model, 'wendy', releaseComment())
    const first = model.state.releases
    const reply = say(model, 'ic-ian', releaseComment('https://blog.example.com/again'))
    expect(reply).toMatch(
      /^External announcement already recorded as released by `@wendy` on .*\(https:\/\/status\.example\.com\/2026-11-22\): nothing changed\.$/
    )
    expect(model.state.releases).toEqual(first)
  })

  it('changes nothing when the same event comes again', () => {
    const model = approvedIncident()
    say(model, 'wendy', releaseComment())
    const plan = model.run()
    expect(model.writesOf(plan)).toBe(0)
  })
})

describe('the other drafts', () => {
  it('the internal update is released once its gate is open; it is not linted (it may name hosts)', () => {
    const model = approvedIncident(['not-internal'])
    say(model, 'wendy', '/released internal-update e-mail to the engineering leads about build-7')
    expect(model.state.releases).toMatchObject([{ draft: 'internal-update', by: 'wendy', reference: 'e-mail to the engineering leads about build-7' }])
  })

  it('the law enforcement sheet is not released: its contacts are ticked', () => {
    const model = approvedIncident()
    expect(say(model, 'wendy', '/released law-enforcement called the FBI')).toContain('the law enforcement sheet is not released: tick each contact in it')
  })
})
