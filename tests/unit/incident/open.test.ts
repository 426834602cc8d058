import { describe, expect, it } from '@jest/globals'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { codenameFor } from '../../../src/incident/codename.js'
import { visibleText } from '../../../src/incident/dashboard.js'
import { parseTicks } from '../../../src/incident/checklist.js'
import { historyFromTimeline } from '../../../src/incident/history.js'
import type { IssueSnapshot, RunContext } from '../../../src/incident/model.js'
import { INTERNAL_REPO_REFUSAL, PUBLIC_REPO_REFUSAL } from '../../../src/incident/open.js'
import type { Change, Plan } from '../../../src/incident/plan.js'
import { decodeState } from '../../../src/incident/state.js'
import { context } from './context.js'
import { BOT, IssueModel } from './github-model.js'

const bodyOf = (changes: Change[], comment: string) => {
  const c = changes.find((x) => x.kind === 'upsert-comment' && x.comment === comment)
  if (!c || c.kind !== 'upsert-comment') throw new Error(`no ${comment} change`)
  return c.body
}

/** The first run's plan for a freshly filed issue. */
function decideOpen(overrides: Partial<IssueSnapshot> = {}, ctx: RunContext = context()): Plan {
  return new IssueModel(ctx, overrides).decide().plan
}

const kinds = (plan: Plan) => plan.changes.map((c) => (c.kind === 'upsert-comment' ? c.comment : c.kind))

describe('opening an incident', () => {
  const ctx = context()
  const plan = decideOpen()
  const codename = codenameFor(4242, 17)

  it('retitles the issue with its codename and labels the phase and the severity from the form, one request each', () => {
    expect(plan.changes[0]).toEqual({ kind: 'update-issue', issue: 17, title: codename })
    expect(plan.changes[1]).toEqual({ kind: 'add-labels', issue: 17, labels: ['phase:triage', 'sev:2'] })
  })

  it('says at the top of the dashboard, not in a comment, that no one could be paged for a SEV-2 when paging is not configured', () => {
    expect(plan.changes.some((c) => c.kind === 'reply')).toBe(false)
    const top = visibleText(bodyOf(plan.changes, 'dashboard')).split('\n').slice(0, 5).join('\n')
    expect(top).toContain('> **No Incident Commander has been paged.** No one could be paged (opened as SEV-2): no pager is configured')
    expect(decodeState(bodyOf(plan.changes, 'dashboard'))?.timeline.find((e) => e.kind === 'page-failed')?.key).toBe('paged:opened')
  })

  it('mentions the IC team for a SEV-2 when one is configured', () => {
    const config = { ...ctx.config, paging: { ...ctx.config.paging, icTeam: 'acme/incident-commanders' } }
    const paged = decideOpen({}, context({ config }))
    expect(paged.changes.find((c) => c.kind === 'reply')).toMatchObject({
      kind: 'reply',
      body: expect.stringMatching(/\n@acme\/incident-commanders .*Incident Commander is needed/)
    })
    expect(decodeState(bodyOf(paged.changes, 'dashboard'))?.timeline.map((e) => e.kind)).toContain('paged')
  })

  it('pages PagerDuty with the codename and link only when a routing key is configured', () => {
    const paged = decideOpen({}, context({ notify: { pagerduty: true, slack: true } }))
    expect(paged.changes.filter((c) => c.kind === 'page')).toEqual([
      {
        kind: 'page',
        service: 'pagerduty',
        event: 'trigger',
        summary: `${codename} needs an Incident Commander`,
        dedupKey: codename,
        link: 'https://github.com/acme/incidents/issues/17',
        issue: 17,
        fallback: expect.stringContaining('Paging through PagerDuty failed'),
        key: 'paged:opened',
        severity: 2
      },
      {
        kind: 'page',
        service: 'slack',
        event: 'notice',
        summary: `${codename}: opened`,
        dedupKey: codename,
        link: 'https://github.com/acme/incidents/issues/17'
      }
    ])
  })

  it('posts the dashboard with the hidden state, then the checklist', () => {
    expect(kinds(plan)).toEqual(['update-issue', 'add-labels', 'dashboard', 'checklist'])
    const state = decodeState(bodyOf(plan.changes, 'dashboard'))
    expect(state).toMatchObject({ codename, severity: 2, phase: 'triage', drill: false, reporter: 'alice', detectedAt: '2026-11-22T09:12:00.000Z' })
    expect(state?.originalTitle).toBe('prod DB dumped by attacker?? {{codename}}')
  })

  it('keeps the original title in the dashboard, folded and neutralised', () => {
    const dashboard = bodyOf(plan.changes, 'dashboard')
    expect(dashboard).toMatch(/<details><summary>As reported<\/summary>[\s\S]*prod DB dumped by attacker\?\? \{\u2060\{codename\}\u2060\}/)
  })

  it('shows the runbook communication rules, the gates and how to page an IC', () => {
    const dashboard = bodyOf(plan.changes, 'dashboard')
    expect(dashboard).toContain('Attorney Work Project')
    expect(dashboard).toContain('No SMS, except to tell someone to move to a secure channel')
    expect(dashboard).toContain('`/ic page`')
    for (const gate of ['not-internal', 'timeline-verified', 'impact-known', 'fix-verified', 'legal-approved'])
      expect(dashboard).toContain(`\`gate:${gate}\` | 🔒 closed`)
    expect(dashboard).toMatch(/\| Triage ← current \| 0 of 1 \|/)
  })

  it('records on the timeline that the attack is still in progress', () => {
    const state = decodeState(bodyOf(plan.changes, 'dashboard'))
    expect(state?.timeline.map((e) => e.kind)).toEqual(['detected', 'opened', 'note', 'codename', 'page-failed'])
    expect(state?.timeline.find((e) => e.kind === 'note')?.text).toBe('Reporter says the attack is still in progress')
  })

  it('posts the 14 runbook steps in the runbook order, all visible and tickable from the start, grouped by phase', () => {
    const checklist = bodyOf(plan.changes, 'checklist')
    const ticks = parseTicks(checklist)
    const steps = [
      'stop-attack',
      'cut-vector',
      'assemble-team',
      'isolate',
      'attack-timeline',
      'compromised-data',
      'assess-risk',
      'reattack-risk',
      'mitigations',
      'forensics',
      'internal-comms',
      'law-enforcement',
      'external-parties',
      'external-comms'
    ]
    expect(steps.filter((s) => !(s in ticks))).toEqual([])
    expect(Object.values(ticks).every((t) => t === false)).toBe(true)
    // Step boxes appear in the runbook's order, numbered 1 to 14.
    const stepOrder = [...checklist.matchAll(/<!-- i:([a-z-]+) -->/g)].map((m) => m[1])
    expect(stepOrder).toEqual(steps)
    expect(checklist).toMatch(/\*\*1\. Stop the attack in progress\*\*/)
    expect(checklist).toContain('**14. External communication**')
    // Phases group and label the steps; none is folded away.
    expect(checklist).toContain('### Mitigation ·')
    expect(checklist).toContain('### Triage (current phase)')
    expect(checklist.indexOf('### Mitigation')).toBeLessThan(checklist.indexOf('### Triage'))
    expect(checklist).not.toContain('<details>')
    expect(checklist).toContain('_Delegate to: Marketing Team_')
  })

  it('renders every step and sub-item as a tickable box on GitHub, later phases included', () => {
    const html = micromark(bodyOf(plan.changes, 'checklist'), { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })
    const boxes = (html.match(/<input type="checkbox" disabled=""/g) ?? []).length
    expect(boxes).toBe(Object.keys(parseTicks(bodyOf(plan.changes, 'checklist'))).length)
    expect(html).not.toContain('<details>')
    expect(html).toMatch(/<input type="checkbox" disabled="" \/> <strong>1\. Stop the attack in progress<\/strong>/)
  })

  it('renders as real task-list checkboxes on GitHub, with the state hidden', () => {
    const html = micromark(bodyOf(plan.changes, 'checklist'), { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })
    expect((html.match(/<input type="checkbox" disabled=""/g) ?? []).length).toBeGreaterThan(40)
    const dashboardHtml = micromark(bodyOf(plan.changes, 'dashboard'), { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })
    // The state is an HTML comment: present in the source, invisible once rendered.
    expect(dashboardHtml).toContain('<!-- incident-kit:state ')
    expect(dashboardHtml.replace(/<!--[\s\S]*?-->/g, '')).not.toContain('incident-kit:state')
  })

  it('sets the outputs', () => {
    expect(plan.outputs).toMatchObject({ codename, phase: 'triage', severity: '2', 'incident-number': '17', drill: 'false' })
  })

  it('changes nothing when the same event comes again', () => {
    const gh = new IssueModel(ctx)
    gh.run()
    const again = gh.decide().plan
    expect(again.changes).toEqual([])
    expect(again.outputs.codename).toBe(codename)
  })

  it('finishes an opening that was interrupted after the dashboard', () => {
    const gh = new IssueModel(ctx)
    gh.run({ killAfter: kinds(plan).indexOf('dashboard') + 1 })
    expect(kinds(gh.decide().plan)).toEqual(['checklist'])
  })

  it('does not trust a dashboard posted by a person', () => {
    const gh = new IssueModel(ctx)
    gh.comment('mallory', bodyOf(plan.changes, 'dashboard'))
    expect(kinds(gh.decide().plan)).toContain('dashboard')
    gh.run()
    expect(gh.botComments('dashboard')).toHaveLength(1)
  })

  it('does not trust a user account that merely shares the bot name without being a bot', () => {
    const history = historyFromTimeline(
      [
        {
          event: 'commented',
          id: 1,
          created_at: '2026-11-22T09:21:00Z',
          updated_at: '2026-11-22T09:21:00Z',
          user: { login: BOT, type: 'User' },
          body: bodyOf(plan.changes, 'dashboard')
        }
      ],
      BOT
    )
    expect(history.bot).toEqual([])
  })

  it('refuses a public repository without a single write', () => {
    const refused = decideOpen({}, context({ repo: { ...ctx.repo, private: false } }))
    expect(refused.changes).toEqual([])
    expect(refused.failure).toBe(PUBLIC_REPO_REFUSAL)
  })

  it('runs in a public repository only when explicitly allowed', () => {
    const allowed = decideOpen({}, context({ repo: { ...ctx.repo, private: false }, allowPublicRepo: true }))
    expect(allowed.failure).toBeUndefined()
    expect(allowed.changes.length).toBeGreaterThan(0)
  })

  it('refuses an internal repository (readable by the whole enterprise) unless allowed', () => {
    const internal = { ...ctx.repo, private: true, visibility: 'internal' as const }
    expect(decideOpen({}, context({ repo: internal })).failure).toBe(INTERNAL_REPO_REFUSAL)
    expect(decideOpen({}, context({ repo: internal })).changes).toEqual([])
    expect(decideOpen({}, context({ repo: internal, allowInternalRepo: true })).failure).toBeUndefined()
  })

  it('ignores issues that are not incidents', () => {
    expect(decideOpen({ labels: ['bug'] }).changes).toEqual([])
  })

  it('marks a drill in the title and the dashboard', () => {
    const drill = decideOpen({ labels: ['incident', 'incident:drill'] })
    expect(drill.changes[0]).toMatchObject({ kind: 'update-issue', issue: 17, title: `DRILL ${codename}` })
    expect(bodyOf(drill.changes, 'dashboard')).toContain(`# DRILL · ${codename}`)
  })

  it('pages for every severity and for "not sure", with the severity setting the urgency', () => {
    for (const [body, severity] of [
      ['SEV-4 (low)', 4],
      ['Not sure', null]
    ] as const) {
      const plan = decideOpen({ body: `### Severity\n\n${body}` }, context({ notify: { pagerduty: true, slack: false } }))
      expect(plan.changes.filter((c) => c.kind === 'page')).toEqual([expect.objectContaining({ service: 'pagerduty', event: 'trigger', severity })])
    }
    const off = context({ notify: { pagerduty: true, slack: false } })
    off.config = { ...off.config, paging: { ...off.config.paging, unsure: false } }
    expect(decideOpen({ body: '### Severity\n\nNot sure' }, off).changes.some((c) => c.kind === 'page')).toBe(false)
  })

  it('asks for a severity when the reporter was not sure', () => {
    const unsure = decideOpen({ body: '### Severity\n\nNot sure' })
    expect(unsure.changes[1]).toEqual({ kind: 'add-labels', issue: 17, labels: ['phase:triage'] })
    expect(bodyOf(unsure.changes, 'dashboard')).toContain('**Severity not set** · phase **Triage**')
    expect(bodyOf(unsure.changes, 'dashboard')).toContain('Set the severity: `/sev 1` … `/sev 4`.')
  })

  it('does not let reporter text ping, forge state or inject HTML into the dashboard', () => {
    const hostile = decideOpen({ title: '@ceo <!-- incident-kit:state AAAA --> </details>' })
    const dashboard = bodyOf(hostile.changes, 'dashboard')
    expect(dashboard).not.toMatch(/@ceo/)
    expect(dashboard.match(/<!-- incident-kit:state/g)).toHaveLength(1)
    expect(dashboard).toContain('&lt;/details&gt;')
  })
})
