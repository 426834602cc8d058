/**
 * Drafted communications follow the runbook: internal only once the attack is known not to
 * be internal, law enforcement from the communication phase, the announcement only once
 * every fact is verified and approved, and a draft whose approval is revoked is withdrawn.
 */
import { describe, expect, it } from '@jest/globals'
import { defaultConfig, parseConfig } from '../../../src/config/load.js'
import type { Change } from '../../../src/incident/plan.js'
import { kindMarker, type IncidentState } from '../../../src/incident/state.js'
import { COMMENT_LIMIT } from '../../../src/comms/compose.js'
import { draftReadiness, draftText, planDrafts } from '../../../src/comms/drafts.js'
import { textHash } from '../../../src/comms/approval.js'
import { builtinTemplates } from '../../../src/comms/templates.js'
import { fixtureState, longIncident } from './helpers.js'

type Upsert = Extract<Change, { kind: 'upsert-comment' }>

const NOW = new Date('2026-11-25T18:00:00Z')
const config = defaultConfig()

function drafts(state: IncidentState, existing: string[] = [], cfg = config): Upsert[] {
  return planDrafts(state, cfg, builtinTemplates(), NOW, { existing: new Set(existing) }).filter((c): c is Upsert => c.kind === 'upsert-comment')
}

it('the announcement lint findings are also planned as annotations of the run', () => {
  const state = open(longIncident(3), ...ALL_GATES)
  const notes = planDrafts(state, config, builtinTemplates(), NOW, { existing: new Set() }).filter((c) => c.kind === 'annotate')
  expect(notes.map((n) => (n as { title?: string }).title)).toContain('announcement placeholder')
})

function draft(state: IncidentState, kind: string, existing: string[] = []): Upsert | undefined {
  return drafts(state, existing).find((c) => c.comment === kind)
}

/** An incident in investigation with no gate open: nothing may be said yet. */
function quietIncident(): IncidentState {
  const state = fixtureState('external-announcement')
  state.phase = 'investigation'
  state.gates = {}
  return state
}

function open(state: IncidentState, ...gates: string[]): IncidentState {
  for (const g of gates) state.gates[g] = { open: true, by: 'sofia-sec', at: '2026-11-23T16:20:00Z' }
  return state
}

const ALL_GATES = ['not-internal', 'timeline-verified', 'impact-known', 'fix-verified', 'legal-approved']

describe('before anything is approved', () => {
  it('no draft is written: the attack could be happening internally', () => {
    expect(drafts(quietIncident())).toEqual([])
  })
})

describe('internal update', () => {
  it('is drafted once forensics show the attack was not internal (gate not-internal)', () => {
    const change = draft(open(quietIncident(), 'not-internal'), 'internal-update')
    expect(change).toMatchObject({ kind: 'upsert-comment', issue: 42, comment: 'internal-update' })
    expect(change!.body.startsWith(kindMarker('internal-update'))).toBe(true)
  })

  it('is addressed to drafts.internalUpdate.to, and a handle there is pinged', () => {
    expect(draft(open(quietIncident(), 'not-internal'), 'internal-update')!.body).toContain('addressed to **VP or Director of Engineering**')
    const cfg = parseConfig('drafts:\n  internalUpdate:\n    to: "@acme/eng-directors"\n')
    const body = drafts(open(quietIncident(), 'not-internal'), [], cfg).find((c) => c.comment === 'internal-update')!.body
    expect(body).toContain('addressed to @acme/eng-directors')
  })

  it('carries the email subject "Attorney Work Project" and nothing else', () => {
    const body = draft(open(quietIncident(), 'not-internal'), 'internal-update')!.body
    expect(body).toMatch(/^\*\*Subject:\*\* Attorney Work Project\\$/m)
  })

  it('waits for every gate configured for it', () => {
    const cfg = parseConfig('drafts:\n  internalUpdate:\n    gates: [not-internal, impact-known]\n')
    expect(drafts(open(quietIncident(), 'not-internal'), [], cfg)).toEqual([])
    expect(drafts(open(quietIncident(), 'not-internal', 'impact-known'), [], cfg).map((c) => c.comment)).toEqual(['internal-update'])
  })
})

describe('law enforcement and external parties sheet', () => {
  it('is drafted from the configured phase on, as a task list whose ticks are kept', () => {
    const state = quietIncident()
    expect(draft(state, 'law-enforcement')).toBeUndefined()
    state.phase = 'communication'
    const change = draft(state, 'law-enforcement')
    expect(change).toMatchObject({ comment: 'law-enforcement', mergeTicks: true })
    for (const party of ['local law enforcement', 'national agency', 'operator of 203[.]0[.]113[.]7', 'security company', 'cyber insurance provider']) {
      expect(change!.body).toMatch(new RegExp(`- \\[ \\] [^\\n]*${party.replace(/[[\]().]/g, '\\$&')}`, 'i'))
    }
  })

  it('stays once posted, even if the phase moves back', () => {
    const state = quietIncident()
    state.phase = 'containment'
    expect(draft(state, 'law-enforcement', ['law-enforcement'])).toMatchObject({ comment: 'law-enforcement' })
    expect(draft(state, 'law-enforcement', ['law-enforcement'])!.body).not.toContain('WITHDRAWN')
  })
})

describe('external announcement', () => {
  it('is drafted once the four fact gates are open, for legal to read; ready once legal approves that very text', () => {
    const state = open(quietIncident(), ...ALL_GATES.slice(0, 3))
    expect(draft(state, 'external-announcement')).toBeUndefined()
    open(state, 'fix-verified')
    const awaiting = draft(state, 'external-announcement')!.body
    expect(awaiting.startsWith(kindMarker('external-announcement'))).toBe(true)
    const rendered = draftText('external-announcement', state, config, builtinTemplates(), NOW, {})
    if (!('text' in rendered)) throw new Error(rendered.error)
    const hash = textHash(rendered.text)
    expect(awaiting).toContain(
      `**Not ready: do not send or publish.** This text is (text ${hash.slice(0, 7)}): awaiting approval of this text by \`legal-approved\` (anyone with maintain access or more).`
    )
    expect(draftReadiness(state, config, 'external-announcement', rendered.text)).toEqual({
      ready: false,
      reasons: ['awaiting approval of this text by `legal-approved` (anyone with maintain access or more)']
    })
    state.gates['legal-approved'] = { open: true, by: 'counsel-lin', at: '2026-11-24T09:00:00Z', text: hash }
    expect(draft(state, 'external-announcement')!.body).toContain(
      `This text is approved (text ${hash.slice(0, 7)}): approved by \`legal-approved\` (\`@counsel-lin\`, 2026-11-24T09:00Z).`
    )
    expect(draftReadiness(state, config, 'external-announcement', rendered.text)).toEqual({ ready: true, reasons: [] })
  })

  it('an approval of an earlier text blocks the draft, or only warns under staleApproval: warn', () => {
    const state = open(quietIncident(), ...ALL_GATES.slice(0, 4))
    state.gates['legal-approved'] = { open: true, by: 'counsel-lin', at: '2026-11-24T09:00:00Z', text: textHash('the text legal read') }
    const rendered = draftText('external-announcement', state, config, builtinTemplates(), NOW, {})
    if (!('text' in rendered)) throw new Error(rendered.error)
    const earlier =
      'the approval of `legal-approved` was given for an earlier text (by `@counsel-lin` at 2026-11-24T09:00Z, text ' +
      textHash('the text legal read').slice(0, 7) +
      ')'
    expect(draftReadiness(state, config, 'external-announcement', rendered.text)).toEqual({ ready: false, reasons: [earlier] })
    expect(draft(state, 'external-announcement')!.body).toContain('**Not ready: do not send or publish.**')
    const warn = parseConfig('gates:\n  legal-approved:\n    staleApproval: warn\n')
    expect(draftReadiness(state, warn, 'external-announcement', rendered.text)).toEqual({ ready: true, reasons: [earlier] })
  })

  it('carries the date in its title', () => {
    expect(draft(open(quietIncident(), ...ALL_GATES), 'external-announcement')!.body).toContain('\n# Security incident of 22 November 2026\n')
  })

  it('has the lint results appended under it', () => {
    const body = draft(open(quietIncident(), ...ALL_GATES), 'external-announcement')!.body
    const report = body.slice(body.indexOf('### Announcement check'))
    expect(report).toContain('line 5 `placeholder`: unresolved placeholder (TODO)')
    expect(body.indexOf('### Announcement check')).toBeGreaterThan(body.indexOf('## What you can do'))
  })

  it('copies nothing responders wrote: the timeline keeps its times, its text is left for a person (an internal host typed into /timeline)', () => {
    const state = open(quietIncident(), ...ALL_GATES)
    state.attackTimeline.push({ at: '2026-11-20T04:00:00Z', by: 'sofia-sec', kind: 'attack', text: 'Queries against support-db.prod.internal (10.4.0.12)' })
    state.iocs.push({ value: 'Helpdeskly', type: 'party', at: '2026-11-24T10:00:00Z' })
    state.compromised.push({ text: 'Session tokens issued by the Helpdeskly widget', at: '2026-11-24T10:00:00Z' })
    const body = draft(state, 'external-announcement')!.body
    const announcement = body.slice(body.indexOf('# Security incident'), body.indexOf('### Announcement check'))
    expect(announcement).toContain('- **20 November 2026, 04:00 UTC**: TODO: what happened, in public words.')
    for (const internal of ['support-db', '10.4.0.12', 'Helpdeskly', 'Session tokens', 'sofia-sec', state.codename])
      expect(announcement).not.toContain(internal)
    // The report shows the TODOs that block its release, and no leak: the template inserted none.
    expect(body).toContain('`placeholder`')
    expect(body).not.toMatch(/`leak-|`third-party-unlinked`/)
  })
})

describe('a revoked gate', () => {
  it('withdraws a posted draft: a clear banner, the text kept folded', () => {
    const state = open(quietIncident(), ...ALL_GATES)
    state.gates['legal-approved'] = { open: false, by: 'counsel-lin', at: '2026-11-26T08:00:00Z' }
    const change = draft(state, 'external-announcement', ['external-announcement'])!
    expect(change.body.startsWith(kindMarker('external-announcement'))).toBe(true)
    expect(change.body).toContain('**WITHDRAWN: do not send or publish.**')
    expect(change.body).toContain('gate `legal-approved` was closed by `@counsel-lin` on 26 November 2026, 08:00 UTC')
    expect(change.body).toMatch(/<details><summary>The withdrawn draft, for reference only<\/summary>\n\n# Security incident of 22 November 2026/)
    expect(change.body).not.toContain('### Announcement check')
  })

  it('withdraws the internal update too', () => {
    const state = quietIncident()
    state.gates['not-internal'] = { open: false, by: 'sofia-sec', at: '2026-11-24T08:00:00Z' }
    expect(draft(state, 'internal-update', ['internal-update'])!.body).toContain('WITHDRAWN')
  })

  it('writes nothing for a draft that was never posted', () => {
    const state = quietIncident()
    state.gates['not-internal'] = { open: false, by: 'sofia-sec', at: '2026-11-24T08:00:00Z' }
    expect(drafts(state)).toEqual([])
  })

  it('knows which drafts exist from the state when the caller does not say', () => {
    const state = quietIncident()
    state.gates['not-internal'] = { open: false, at: '2026-11-24T08:00:00Z' }
    state.comments['internal-update'] = 2001
    expect(planDrafts(state, config, builtinTemplates(), NOW)).toEqual([expect.objectContaining({ comment: 'internal-update' })])
  })
})

describe('every run', () => {
  it('renders the same bodies for the same state, whatever the time (a re-run changes nothing)', () => {
    const state = open(fixtureState('external-announcement'), ...ALL_GATES)
    const later = planDrafts(state, config, builtinTemplates(), new Date('2027-01-01T00:00:00Z'), { existing: new Set() }).filter(
      (c) => c.kind === 'upsert-comment'
    )
    expect(later).toEqual(drafts(state))
    expect(later.map((c) => (c as Upsert).comment)).toEqual(['internal-update', 'law-enforcement', 'external-announcement'])
  })

  it('marks drills', () => {
    const state = open(quietIncident(), 'not-internal')
    state.drill = true
    const body = draft(state, 'internal-update')!.body
    expect(body).toContain('**DRILL.**')
  })

  it('a broken override shows its error in the draft, naming template, line and variable', () => {
    const templates = { ...builtinTemplates(), 'internal-update.md.hbs': 'Hello\n{{nobody}}\n' }
    const [change] = planDrafts(open(quietIncident(), 'not-internal'), config, templates, NOW, { existing: new Set() }) as Upsert[]
    expect(change!.body).toContain('template internal-update.md.hbs, line 2: variable "nobody" is missing from the data')
  })

  it('keeps a draft of a 2,000-entry incident inside a GitHub comment, saying what it left out', () => {
    const state = open(longIncident(2000), ...ALL_GATES)
    const all = drafts(state)
    for (const change of all) expect(change.body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const announcement = all.find((c) => c.comment === 'external-announcement')!.body
    expect(announcement).toMatch(/TODO: \d+ further entries of the incident record did not fit here/)
    expect(announcement).toContain('### Announcement check')
  })
})

describe('drafts freeze once the incident is resolved', () => {
  const resolved = () => {
    const state = open(quietIncident(), ...ALL_GATES)
    state.phase = 'resolved'
    state.resolvedAt = '2026-11-25T12:00:00Z'
    return state
  }

  it('a draft already posted is not re-rendered: it keeps matching what was sent', () => {
    const state = resolved()
    expect(drafts(state, ['internal-update', 'law-enforcement', 'external-announcement'])).toEqual([])
    // Even when the record changes after resolution (a late status, a new fact).
    state.timeline.push({ at: '2026-11-25T13:00:00Z', kind: 'status', by: 'ic-ian', text: 'All clear' })
    expect(drafts(state, ['internal-update', 'law-enforcement', 'external-announcement'])).toEqual([])
  })

  it('a draft never posted before resolution is still drafted', () => {
    expect(drafts(resolved(), ['internal-update']).map((c) => c.comment)).toEqual(['law-enforcement', 'external-announcement'])
  })

  it('reopened, the drafts follow the record again', () => {
    const state = resolved()
    delete state.resolvedAt
    state.phase = 'communication'
    expect(drafts(state, ['internal-update', 'law-enforcement', 'external-announcement']).map((c) => c.comment)).toEqual([
      'internal-update',
      'law-enforcement',
      'external-announcement'
    ])
  })

  it('a gate revoked after resolution still withdraws a posted draft', () => {
    const state = resolved()
    state.gates['legal-approved'] = { open: false, by: 'counsel-lin', at: '2026-11-26T08:00:00Z' }
    const withdrawn = drafts(state, ['internal-update', 'external-announcement'])
    expect(withdrawn.map((c) => c.comment)).toEqual(['law-enforcement', 'external-announcement'])
    expect(withdrawn.find((c) => c.comment === 'external-announcement')!.body).toContain('WITHDRAWN')
  })
})
