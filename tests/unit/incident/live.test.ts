import { describe, expect, it } from '@jest/globals'
import type { ActorFacts } from '../../../src/incident/authz.js'
import { mergeTicks, parseTicks } from '../../../src/incident/checklist.js'
import { archiveComments, COMMENT_LIMIT, renderDashboard } from '../../../src/incident/dashboard.js'
import { decideLive, type LiveEvent } from '../../../src/incident/live.js'
import type { Existing, IssueSnapshot, RunContext } from '../../../src/incident/model.js'
import { decideOpen } from '../../../src/incident/open.js'
import type { Change, Plan } from '../../../src/incident/plan.js'
import { decodeState, type IncidentState } from '../../../src/incident/state.js'
import { classifyComments } from '../../../src/github/read.js'
import { context, issue as issueFixture, NOW } from './context.js'

const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const admin: ActorFacts = { login: 'ic-ian', permission: 'admin', teams: {} }
const writer: ActorFacts = { login: 'wendy', permission: 'write', teams: {} }
const reader: ActorFacts = { login: 'rita', permission: 'read', teams: {} }

/** A tiny stand-in for GitHub's side: the bot's comments and the issue's labels, updated by each plan. */
class Incident {
  comments: { id: number; body: string; user: typeof BOT }[] = []
  issue: IssueSnapshot
  constructor(public ctx: RunContext = context()) {
    this.issue = issueFixture()
    this.applyPlan(decideOpen(this.issue, { others: {} }, ctx))
  }
  get existing(): Existing & { state: IncidentState } {
    const e = classifyComments(this.comments, BOT.login)
    if (!e.state) throw new Error('no state')
    return { ...e, state: e.state }
  }
  get state(): IncidentState {
    return this.existing.state
  }
  body(kind: 'dashboard' | 'checklist'): string {
    return this.existing[kind]!.body
  }
  send(event: LiveEvent, sender: string, actor?: ActorFacts, at = NOW): Plan {
    const plan = decideLive({ event, issue: this.issue, sender, ...(actor ? { actor } : {}), existing: this.existing, ctx: { ...this.ctx, now: at } })
    this.applyPlan(plan)
    return plan
  }
  applyPlan(plan: Plan): void {
    for (const c of plan.changes) {
      if (c.kind === 'upsert-comment') {
        const current = this.comments.find((x) => x.body.includes(`incident-kit:kind=${c.comment}`))
        // Like the applier: a person's ticks in the current body are carried into the rewrite.
        if (current) current.body = c.mergeTicks ? mergeTicks(c.body, current.body) : c.body
        else this.comments.push({ id: 100 + this.comments.length, body: c.body, user: BOT })
      }
      if (c.kind === 'update-issue') {
        if (c.title) this.issue.title = c.title
        if (c.labels) this.issue.labels = c.labels
        if (c.assignees) this.issue.assignees = c.assignees
      }
      if (c.kind === 'add-labels') this.issue.labels = [...new Set([...this.issue.labels, ...c.labels])]
      if (c.kind === 'remove-label') this.issue.labels = this.issue.labels.filter((l) => l !== c.label)
    }
  }
  label(name: string, sender: string, actor?: ActorFacts): Plan {
    this.issue.labels = [...new Set([...this.issue.labels, name])]
    return this.send({ type: 'labeled', label: name }, sender, actor)
  }
  command(id: number, body: string, actor: ActorFacts): Plan {
    return this.send({ type: 'comment', comment: { id, body, author: actor.login } }, actor.login, actor)
  }
}

const kinds = (plan: Plan) => plan.changes.map((c) => c.kind)
const reply = (plan: Plan) => plan.changes.find((c): c is Extract<Change, { kind: 'reply' }> => c.kind === 'reply')?.body ?? ''
const reaction = (plan: Plan) => plan.changes.find((c): c is Extract<Change, { kind: 'react' }> => c.kind === 'react')?.content

describe('phases', () => {
  it('a phase label moves the incident, swaps the label, opens that phase in the checklist and records who and when', () => {
    const inc = new Incident()
    const plan = inc.label('phase:containment', 'wendy')
    expect(plan.changes).toContainEqual({ kind: 'remove-label', issue: 17, label: 'phase:triage' })
    expect(inc.state.phase).toBe('containment')
    expect(inc.body('checklist')).toContain('### Containment (current phase)')
    expect(inc.body('dashboard')).toContain('| **Phase** | Containment |')
    expect(inc.state.timeline.at(-1)).toMatchObject({ kind: 'phase', by: 'wendy', at: NOW, text: expect.stringContaining('Triage → Containment') })
  })

  it('the same phase label again changes nothing', () => {
    const inc = new Incident()
    inc.label('phase:mitigation', 'wendy')
    expect(inc.send({ type: 'labeled', label: 'phase:mitigation' }, 'wendy').changes).toEqual([])
  })

  it('an unknown phase gets a clear reply and changes nothing else', () => {
    const inc = new Incident()
    const plan = inc.label('phase:panic', 'wendy')
    expect(kinds(plan)).toEqual(['reply'])
    expect(reply(plan)).toContain('Unknown phase `panic`')
    expect(inc.state.phase).toBe('triage')
  })

  it('/phase next and /phase <name> move the phase', () => {
    const inc = new Incident()
    inc.command(1, '/phase next', writer)
    expect(inc.state.phase).toBe('mitigation')
    inc.command(2, '/phase investigation', writer)
    expect(inc.state.phase).toBe('investigation')
    expect(inc.issue.labels.filter((l) => l.startsWith('phase:'))).toEqual(['phase:investigation'])
  })

  it('closing resolves the incident and reopening returns it to its last phase', () => {
    const inc = new Incident()
    inc.label('phase:investigation', 'wendy')
    inc.send({ type: 'closed' }, 'ic-ian')
    expect(inc.state.phase).toBe('resolved')
    expect(inc.state.resolvedAt).toBe(NOW)
    inc.send({ type: 'reopened' }, 'ic-ian')
    expect(inc.state.phase).toBe('investigation')
    expect(inc.issue.labels).toContain('phase:investigation')
  })

  it('a person ticked box survives a phase change that rewrites the checklist', () => {
    const inc = new Incident()
    const checklist = inc.comments.find((c) => c.body.includes('kind=checklist'))!
    checklist.body = checklist.body.replace('- [ ] **Assemble the response team**', '- [x] **Assemble the response team**')
    const plan = inc.label('phase:mitigation', 'wendy')
    const write = plan.changes.find((c) => c.kind === 'upsert-comment' && c.comment === 'checklist')
    expect(write).toMatchObject({ mergeTicks: true })
    expect(parseTicks(inc.body('checklist'))['assemble-team']).toBe(true)
    expect(inc.body('checklist')).toContain('### Mitigation (current phase)')
  })

  it('draws a Mermaid chart of phase durations once the phase has changed', () => {
    const inc = new Incident()
    inc.send({ type: 'labeled', label: 'phase:mitigation' }, 'wendy', undefined, '2026-11-22T10:00:00.000Z')
    expect(inc.body('dashboard')).toMatch(/```mermaid\ngantt[\s\S]*Triage \(40m\)[\s\S]*```/)
  })
})

describe('gates', () => {
  it('a gate label added by an approver opens the gate', () => {
    const inc = new Incident()
    inc.label('gate:not-internal', 'ic-ian', admin)
    expect(inc.state.gates['not-internal']).toEqual({ open: true, by: 'ic-ian', at: NOW })
    expect(inc.body('dashboard')).toMatch(/`gate:not-internal` \| ✅ open/)
  })

  it('an unauthorized gate label is reverted, with a reply saying who may approve, and the attempt goes on the timeline', () => {
    const inc = new Incident()
    const plan = inc.label('gate:legal-approved', 'wendy', writer)
    expect(plan.changes).toContainEqual({ kind: 'remove-label', issue: 17, label: 'gate:legal-approved' })
    expect(reply(plan)).toMatch(/Removed `gate:legal-approved`: `@wendy` may not approve `legal-approved`\. Approvers: anyone with maintain access or better\./)
    expect(inc.state.gates['legal-approved']?.open).toBe(false)
    expect(inc.state.timeline.at(-1)).toMatchObject({ kind: 'gate-refused', by: 'wendy' })
  })

  it('approvers can be listed users or team members, whatever their permission', () => {
    const ctx = context()
    ctx.config.gates['legal-approved']!.approvers = { users: ['lena'], teams: ['acme/legal'], permission: null }
    const inc = new Incident(ctx)
    inc.label('gate:legal-approved', 'lena', { login: 'lena', permission: 'read', teams: {} })
    expect(inc.state.gates['legal-approved']?.open).toBe(true)
    const inc2 = new Incident(ctx)
    inc2.label('gate:legal-approved', 'leo', { login: 'leo', permission: 'read', teams: { 'acme/legal': true } })
    expect(inc2.state.gates['legal-approved']?.open).toBe(true)
    const inc3 = new Incident(ctx)
    inc3.label('gate:legal-approved', 'ian', admin)
    expect(inc3.state.gates['legal-approved']?.open).toBe(false)
  })

  it('when the token cannot check team membership it says so plainly and refuses', () => {
    const ctx = context()
    ctx.config.gates['legal-approved']!.approvers = { users: [], teams: ['acme/legal'], permission: null }
    const inc = new Incident(ctx)
    const plan = inc.label('gate:legal-approved', 'leo', { login: 'leo', permission: 'write', teams: { 'acme/legal': 'unknown' } })
    expect(reply(plan)).toContain('could not check membership of `acme/legal`: the token may not read team membership')
    expect(inc.state.gates['legal-approved']?.open).toBe(false)
  })

  it('/approve and /revoke open and close a gate (same authorization) and keep the label in step', () => {
    const inc = new Incident()
    const approve = inc.command(5, '/approve fix-verified', admin)
    expect(approve.changes).toContainEqual({ kind: 'add-labels', issue: 17, labels: ['gate:fix-verified'] })
    expect(reaction(approve)).toBe('+1')
    expect(inc.state.gates['fix-verified']?.open).toBe(true)
    const refused = inc.command(6, '/revoke fix-verified', writer)
    expect(reaction(refused)).toBe('confused')
    expect(inc.state.gates['fix-verified']?.open).toBe(true)
    inc.command(7, '/revoke fix-verified', admin)
    expect(inc.state.gates['fix-verified']?.open).toBe(false)
    expect(inc.issue.labels).not.toContain('gate:fix-verified')
  })

  it('removing a gate label closes the gate; an unauthorized removal is put back', () => {
    const inc = new Incident()
    inc.label('gate:impact-known', 'ic-ian', admin)
    const refused = inc.send({ type: 'unlabeled', label: 'gate:impact-known' }, 'wendy', writer)
    expect(refused.changes).toContainEqual({ kind: 'add-labels', issue: 17, labels: ['gate:impact-known'] })
    expect(inc.state.gates['impact-known']?.open).toBe(true)
    inc.send({ type: 'unlabeled', label: 'gate:impact-known' }, 'ic-ian', admin)
    expect(inc.state.gates['impact-known']?.open).toBe(false)
  })

  it('events in any order converge to the same state', () => {
    const a = new Incident()
    a.label('gate:not-internal', 'ic-ian', admin)
    a.label('phase:containment', 'ic-ian')
    const b = new Incident()
    b.label('phase:containment', 'ic-ian')
    b.label('gate:not-internal', 'ic-ian', admin)
    b.label('gate:not-internal', 'ic-ian', admin)
    expect(b.state.phase).toBe(a.state.phase)
    expect(b.state.gates).toEqual(a.state.gates)
  })
})

describe('commands', () => {
  it('are refused for people without write access, with the reason', () => {
    const inc = new Incident()
    const plan = inc.command(9, '/sev 1', reader)
    expect(reaction(plan)).toBe('confused')
    expect(reply(plan)).toContain('has read access; commands need write or better')
    expect(inc.state.severity).toBe(2)
  })

  it('/ic @login appoints and assigns the Incident Commander; /role appoints the others', () => {
    const inc = new Incident()
    const plan = inc.command(10, '/ic @ic-ian\n/role scribe @sam', writer)
    expect(plan.changes).toContainEqual({ kind: 'update-issue', issue: 17, assignees: ['ic-ian'] })
    expect(inc.state.roles).toEqual({ ic: 'ic-ian', scribe: 'sam' })
    expect(inc.body('dashboard')).toContain('| **Incident Commander** | `@ic-ian` |')
    expect(reaction(plan)).toBe('+1')
  })

  it('/sev changes the severity label and pages for SEV-1', () => {
    const ctx = context({ notify: { pagerduty: true, slack: false } })
    const inc = new Incident(ctx)
    const plan = inc.command(11, '/sev 1', writer)
    expect(plan.changes).toContainEqual({ kind: 'remove-label', issue: 17, label: 'sev:2' })
    expect(plan.changes).toContainEqual({ kind: 'add-labels', issue: 17, labels: ['sev:1'] })
    expect(inc.state.severity).toBe(1)
  })

  it('/ic page and the runbook\'s !ic page page the Incident Commander', () => {
    const inc = new Incident(context({ notify: { pagerduty: true, slack: false } }))
    const plan = inc.command(12, '!ic page', writer)
    expect(plan.changes.find((c) => c.kind === 'page')).toMatchObject({ service: 'pagerduty', event: 'trigger', dedupKey: inc.state.codename })
  })

  it('/timeline builds the attack timeline in time order, backdating allowed', () => {
    const inc = new Incident()
    inc.command(13, '/timeline 2026-11-22T09:05Z attacker gained access\n/timeline 2026-11-21 23:40 reconnaissance scans from 203.0.113.7\n/timeline now kicked out', writer)
    expect(inc.state.attackTimeline.map((e) => [e.at, e.text])).toEqual([
      ['2026-11-21T23:40:00.000Z', 'reconnaissance scans from 203.0.113.7'],
      ['2026-11-22T09:05:00.000Z', 'attacker gained access'],
      [NOW, 'kicked out']
    ])
  })

  it('/ioc tracks each indicator once and exposes them as an output', () => {
    const inc = new Incident()
    const plan = inc.command(14, '/ioc 203.0.113.7\n/ioc evil[.]example\n/ioc 203.0.113.7\n/ioc d41d8cd98f00b204e9800998ecf8427e', writer)
    expect(inc.state.iocs.map((i) => [i.value, i.type])).toEqual([
      ['203.0.113.7', 'ipv4'],
      ['evil.example', 'domain'],
      ['d41d8cd98f00b204e9800998ecf8427e', 'md5']
    ])
    expect(JSON.parse(plan.outputs.iocs!)).toHaveLength(3)
  })

  it('a command it cannot read gets a one-line reason and a 😕', () => {
    const inc = new Incident()
    const plan = inc.command(15, '/ioc not-an-indicator!!', writer)
    expect(reaction(plan)).toBe('confused')
    expect(reply(plan)).toContain('is not an IP address, domain, hash, URL or email address')
  })

  it('/help lists the commands and gets a 👀', () => {
    const inc = new Incident()
    const plan = inc.command(16, '/help', writer)
    expect(reaction(plan)).toBe('eyes')
    expect(reply(plan)).toContain('`/timeline <ISO time\\|now> <what happened>`')
  })

  it('the same comment delivered twice is handled once', () => {
    const inc = new Incident()
    inc.command(17, '/compromised customer emails', writer)
    expect(inc.command(17, '/compromised customer emails', writer).changes).toEqual([])
  })

  it('commands in code blocks and quotes are not run', () => {
    const inc = new Incident()
    expect(inc.command(18, '```\n/sev 1\n```\n> /phase next', writer).changes).toEqual([])
  })

  it('user text in commands is neutralised before it reaches the dashboard', () => {
    const inc = new Incident()
    inc.command(19, '/status containing @ceo <!-- incident-kit:state AAAA --> {{x}}', writer)
    const dashboard = inc.body('dashboard')
    expect(dashboard).not.toContain('@ceo')
    expect(dashboard.match(/<!-- incident-kit:state/g)).toHaveLength(1)
  })
})

describe('checklist ticks', () => {
  const tick = (body: string, id: string) => body.replace(new RegExp(`- \\[ \\] (.*<!-- i:${id.replace('.', '\\.')} -->)`), '- [x] $1')

  it('a tick records "done by @user at time" on the timeline and updates progress', () => {
    const inc = new Incident()
    const before = inc.body('checklist')
    const after = tick(before, 'assemble-team.1')
    const plan = inc.send({ type: 'checklist-edited', commentId: 101, before, after }, 'wendy', writer)
    expect(kinds(plan)).toEqual(['upsert-comment'])
    expect(inc.state.steps['assemble-team.1']).toBe(true)
    expect(inc.state.timeline.at(-1)).toMatchObject({ kind: 'tick', by: 'wendy', at: NOW, text: expect.stringContaining('Done: Assemble the response team → Page an Incident Commander') })
    expect(inc.body('dashboard')).toMatch(/\| Triage ← current \| 1\/\d+ \|/)
  })

  it('the same edit delivered twice changes nothing the second time', () => {
    const inc = new Incident()
    const before = inc.body('checklist')
    const after = tick(before, 'assemble-team')
    inc.send({ type: 'checklist-edited', commentId: 101, before, after }, 'wendy', writer)
    expect(inc.send({ type: 'checklist-edited', commentId: 101, before, after }, 'wendy', writer).changes).toEqual([])
  })

  it('ticks by people without write access are reverted and reported', () => {
    const inc = new Incident()
    const before = inc.body('checklist')
    const after = tick(before, 'assemble-team')
    const plan = inc.send({ type: 'checklist-edited', commentId: 101, before, after }, 'rita', reader)
    const restore = plan.changes.find((c) => c.kind === 'edit-comment')
    expect(restore).toMatchObject({ kind: 'edit-comment', commentId: 101 })
    expect(parseTicks((restore as { body: string }).body)['assemble-team']).toBe(false)
    expect(reply(plan)).toContain('Reverted 1 checklist change(s)')
    expect(inc.state.steps['assemble-team']).toBeUndefined()
  })
})

describe('the dashboard under load', () => {
  it('stays under GitHub\'s 65,536-character limit with 2,000 timeline entries, folding the oldest and keeping the state', () => {
    const inc = new Incident()
    const state = structuredClone(inc.state)
    for (let i = 0; i < 2000; i++) state.timeline.push({ at: new Date(Date.parse(NOW) + i * 60_000).toISOString(), by: 'wendy', kind: i % 2 ? 'tick' : 'command', text: `entry number ${i} with some words of detail` })
    const { body, state: kept } = renderDashboard(state, { ...inc.ctx, repoUrl: inc.ctx.repo.url })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const decoded = decodeState(body)!
    expect(decoded).toEqual(kept)
    expect(decoded.folded!.count + decoded.timeline.length).toBe(state.timeline.length)
    expect(body).toMatch(/\d+ older entries \(.*\) are folded/)
    expect(decoded.timeline.at(-1)?.text).toBe('entry number 1999 with some words of detail')
  })

  it('with 2,000 attack-timeline entries too, the oldest fold out into archive comments that keep them in full', () => {
    const inc = new Incident()
    const state = structuredClone(inc.state)
    for (let i = 0; i < 2000; i++) {
      const at = new Date(Date.parse(NOW) + i * 60_000).toISOString()
      state.timeline.push({ at, by: 'wendy', kind: 'tick', text: `response ${i} with some words of detail` })
      state.attackTimeline.push({ at, by: 'wendy', kind: 'attack', text: `attacker step ${i} on build-7 with some words` })
    }
    const { body, state: kept, archived } = renderDashboard(state, { ...inc.ctx, repoUrl: inc.ctx.repo.url })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(kept.attackTimeline.length + archived.attack.length).toBe(2000)
    expect(kept.timeline.length + archived.response.length).toBe(state.timeline.length)
    const archives = archiveComments(kept.codename, archived)
    expect(archives.every((a) => a.length <= COMMENT_LIMIT)).toBe(true)
    const archivedText = archives.join('\n')
    for (const e of [...archived.attack, ...archived.response]) expect(archivedText).toContain(e.text)
    expect(body).toMatch(/\d+ earlier entries \(.*\) are kept in full in the archive comments/)
  })

  it('the checklist is re-created if it was deleted', () => {
    const inc = new Incident()
    inc.comments = inc.comments.filter((c) => !c.body.includes('kind=checklist'))
    const plan = inc.label('phase:mitigation', 'wendy')
    expect(plan.changes.filter((c) => c.kind === 'upsert-comment').map((c) => (c as { comment: string }).comment)).toEqual(['dashboard', 'checklist'])
  })
})

describe('request economy', () => {
  it('label changes of one plan become one request per kind, and cancelling pairs vanish', async () => {
    const { coalesce } = await import('../../../src/incident/plan.js')
    expect(
      coalesce([
        { kind: 'add-labels', issue: 1, labels: ['a'] },
        { kind: 'remove-label', issue: 1, label: 'old' },
        { kind: 'add-labels', issue: 1, labels: ['b', 'old'] },
        { kind: 'add-labels', issue: 1, labels: ['c'] },
        { kind: 'remove-label', issue: 1, label: 'c' }
      ])
    ).toEqual([{ kind: 'add-labels', issue: 1, labels: ['a', 'b'] }])
  })

  it('/phase with three approvals adds all gate labels in one request', () => {
    const inc = new Incident()
    const plan = inc.command(40, '/phase communication\n/approve timeline-verified\n/approve impact-known', admin)
    expect(plan.changes.filter((c) => c.kind === 'add-labels')).toEqual([{ kind: 'add-labels', issue: 17, labels: ['phase:communication', 'gate:timeline-verified', 'gate:impact-known'] }])
  })
})

describe('drafts follow the gates', () => {
  const upserts = (plan: Plan) => plan.changes.filter((c): c is Extract<Change, { kind: 'upsert-comment' }> => c.kind === 'upsert-comment').map((c) => c.comment)

  it('the internal update is drafted once not-internal opens, and withdrawn when it is revoked', () => {
    const inc = new Incident()
    expect(upserts(inc.label('phase:investigation', 'wendy'))).not.toContain('internal-update')
    expect(upserts(inc.label('gate:not-internal', 'ic-ian', admin))).toContain('internal-update')
    const draft = inc.comments.find((c) => c.body.includes('kind=internal-update'))!
    expect(draft.body).toContain('Attorney Work Project')
    inc.command(50, '/revoke not-internal', admin)
    expect(inc.comments.find((c) => c.body.includes('kind=internal-update'))!.body).toMatch(/WITHDRAWN/)
  })

  it('the external announcement waits for all five gates, then carries the date in its title', () => {
    const inc = new Incident()
    inc.command(51, '/approve not-internal\n/approve timeline-verified\n/approve impact-known\n/approve fix-verified', admin)
    expect(inc.comments.some((c) => c.body.includes('kind=external-announcement'))).toBe(false)
    inc.command(52, '/approve legal-approved', admin)
    const announcement = inc.comments.find((c) => c.body.includes('kind=external-announcement'))!.body
    expect(announcement).toMatch(/22 November 2026/)
  })

  it('closing drafts the post-mortem once, linked from the dashboard', () => {
    const inc = new Incident()
    const closed = inc.send({ type: 'closed' }, 'ic-ian')
    expect(upserts(closed)).toContain('post-mortem')
    expect(inc.body('dashboard')).toContain('| **Post-mortem** | drafted in a comment below |')
    inc.send({ type: 'reopened' }, 'ic-ian')
    expect(upserts(inc.send({ type: 'closed' }, 'ic-ian'))).not.toContain('post-mortem')
  })

  it('/status posts a status update', () => {
    const inc = new Incident()
    expect(reply(inc.command(53, '/status attacker locked out', writer))).toMatch(/### Status: .*\n\nattacker locked out/)
  })
})

describe('reading ticks', () => {
  it('reads [x] and [X], nested tasks, and ignores code blocks that merely contain "- [ ]"', () => {
    const body = [
      '- [X] **Step** <!-- i:a -->',
      '  - [x] sub <!-- i:a.1 -->',
      '  - [ ] sub two <!-- i:a.2 -->',
      '',
      '```',
      '- [x] fake <!-- i:b -->',
      '```',
      '',
      '    - [x] indented code <!-- i:c -->'
    ].join('\n')
    expect(parseTicks(body)).toEqual({ a: true, 'a.1': true, 'a.2': false })
  })

  it('an announcement draft\'s lint findings also become annotations of the run', () => {
    const inc = new Incident()
    const plan = inc.command(60, '/approve not-internal\n/approve timeline-verified\n/approve impact-known\n/approve fix-verified\n/approve legal-approved', admin)
    const notes = plan.changes.filter((c) => c.kind === 'annotate')
    expect(notes.length).toBeGreaterThan(0)
    expect(notes[0]).toMatchObject({ kind: 'annotate', title: expect.stringMatching(/^announcement /), message: expect.stringMatching(/announcement draft, line \d+: /) })
  })
})

describe('merging ticks', () => {
  it('keeps ticks matched by text in documents without hidden ids', () => {
    const current = '## Sheet\n\n- [x] Call the police\n- [ ] Call the insurer\n\n```\n- [x] Call the insurer\n```\n'
    const next = '## Sheet (updated)\n\n- [ ] Call the police\n- [ ] Call the insurer\n- [ ] Call the operator of 203.0.113.7\n'
    expect(mergeTicks(next, current)).toBe('## Sheet (updated)\n\n- [x] Call the police\n- [ ] Call the insurer\n- [ ] Call the operator of 203.0.113.7\n')
  })
})

describe('redelivered events', () => {
  it('an unauthorized gate label delivered twice is answered once', () => {
    const inc = new Incident()
    inc.issue.labels.push('gate:legal-approved')
    const event = { type: 'labeled' as const, label: 'gate:legal-approved' }
    const first = decideLive({ event, eventKey: 'labeled:gate:legal-approved:wendy:2026-11-22T09:21:00Z', issue: inc.issue, sender: 'wendy', actor: writer, existing: inc.existing, ctx: inc.ctx })
    inc.applyPlan(first)
    expect(first.changes.filter((c) => c.kind === 'reply')).toHaveLength(1)
    const again = decideLive({ event, eventKey: 'labeled:gate:legal-approved:wendy:2026-11-22T09:21:00Z', issue: inc.issue, sender: 'wendy', actor: writer, existing: inc.existing, ctx: inc.ctx })
    expect(again.changes.map((c) => c.kind)).toEqual(['remove-label'])
  })
})
