/**
 * Approvals bound to the text: legal approves the external announcement as it reads when they
 * approve it. A later fact that changes the text makes the approval one of an earlier text
 * (the draft is not ready until it is approved again), and nobody approves a text their own
 * facts changed (four eyes). All of it is folded from the history the run reads anyway.
 */
import { describe, expect, it } from '@jest/globals'
import { draftReadiness, draftText } from '../../../src/comms/drafts.js'
import { textHash } from '../../../src/comms/approval.js'
import { parseConfig } from '../../../src/config/load.js'
import { recordTime } from '../../../src/incident/reconcile.js'
import type { Plan } from '../../../src/incident/plan.js'
import { context } from './context.js'
import { IssueModel } from './github-model.js'

const FACT_GATES = '/approve not-internal\n/approve timeline-verified\n/approve impact-known\n/approve fix-verified'

/** An incident whose facts are verified: the announcement is written for legal to read. */
function verified(ctx = context()): IssueModel {
  const gh = new IssueModel(ctx)
  gh.permissions.set('sofia-sec', 'admin')
  gh.run()
  gh.comment('ic-ian', '/timeline 2026-11-20T02:14Z The attacker signed in with a stolen session token')
  gh.comment('ic-ian', FACT_GATES)
  gh.settle()
  return gh
}

function announcement(gh: IssueModel): string {
  return gh.bot('external-announcement')!.body
}

/** The gate's row in the dashboard's Gates table. */
function gateRow(gh: IssueModel, gate: string): string {
  return gh
    .bot('dashboard')!
    .body.split('\n')
    .find((l) => l.startsWith(`| \`gate:${gate}\``))!
}

/** The announcement's text as the run renders it now, and whether it is ready. */
function readiness(gh: IssueModel): { hash: string; ready: boolean; reasons: string[] } {
  const state = gh.state
  const rendered = draftText('external-announcement', state, gh.ctx.config, gh.ctx.templates, new Date(recordTime(state)), { issueUrl: gh.issue.url })
  if (!('text' in rendered)) throw new Error(rendered.error)
  return { hash: textHash(rendered.text), ...draftReadiness(state, gh.ctx.config, 'external-announcement', rendered.text) }
}

function short(hash: string): string {
  return hash.slice(0, 7)
}

describe('the announcement is written for legal to read before they approve it', () => {
  it('is posted awaiting approval once every fact gate is open, and is ready once legal approves that text', () => {
    const gh = verified()
    const before = readiness(gh)
    expect(before.ready).toBe(false)
    expect(announcement(gh)).toContain(`awaiting approval of this text by \`legal-approved\` (anyone with maintain access or more)`)
    expect(announcement(gh)).toContain(`(text ${short(before.hash)})`)
    expect(gateRow(gh, 'legal-approved')).toContain('🔒 closed')

    gh.comment('counsel-lin', '/approve legal-approved')
    gh.settle()
    const after = readiness(gh)
    expect(after).toEqual({ hash: before.hash, ready: true, reasons: [] })
    expect(gh.state.gates['legal-approved']).toMatchObject({ open: true, by: 'counsel-lin', text: before.hash })
    expect(announcement(gh)).toContain(`This text is approved (text ${short(before.hash)}): approved by \`legal-approved\` (\`@counsel-lin\``)
    expect(gateRow(gh, 'legal-approved')).toMatch(new RegExp(`✅ open \\(\`@counsel-lin\`, [0-9T:-]+Z, text ${short(before.hash)}\\)`))
    expect(gh.writesOf(gh.run())).toBe(0)
  })
})

describe('a changed text needs approving again', () => {
  it('a later /timeline entry makes the approval one of an earlier text; approving again makes the draft ready', () => {
    const gh = verified()
    gh.comment('counsel-lin', '/approve legal-approved')
    gh.settle()
    const approved = readiness(gh).hash
    const approvedAt = gh.state.gates['legal-approved']!.at!.slice(0, 16)

    gh.comment('ic-ian', '/timeline 2026-11-20T03:05Z The attacker downloaded ticket attachments')
    gh.settle()
    const changed = readiness(gh)
    const earlier = `given for an earlier text (by \`@counsel-lin\` at ${approvedAt}Z, text ${short(approved)})`
    expect(changed.hash).not.toBe(approved)
    expect(changed).toMatchObject({ ready: false, reasons: [`the approval of \`legal-approved\` was ${earlier}`] })
    expect(announcement(gh)).toContain('**Not ready: do not send or publish.**')
    expect(announcement(gh)).toContain(`\`legal-approved\`: ${earlier}`)
    expect(gateRow(gh, 'legal-approved')).toContain(`⚠️ ${earlier}`)

    gh.comment('counsel-lin', '/approve legal-approved')
    gh.settle()
    expect(readiness(gh)).toEqual({ hash: changed.hash, ready: true, reasons: [] })
    expect(gh.state.gates['legal-approved']!.text).toBe(changed.hash)
    expect(
      gh.state.timeline.some((e) => e.kind === 'gate' && e.text.includes(`approved again by \`@counsel-lin\``) && e.text.includes(short(changed.hash)))
    ).toBe(true)
    expect(gh.writesOf(gh.run())).toBe(0)
  })

  it('approving the same text again changes nothing (seen)', () => {
    const gh = verified()
    gh.comment('counsel-lin', '/approve legal-approved')
    gh.settle()
    const gate = gh.state.gates['legal-approved']
    const again = gh.comment('counsel-lin', '/approve legal-approved')
    gh.settle()
    expect(gh.state.gates['legal-approved']).toEqual(gate)
    expect(again.reactions.map((r) => r.content)).toEqual(['eyes'])
  })
})

describe('four eyes: nobody approves a text their own facts changed', () => {
  it('refuses the approver who wrote the last change, says who may approve instead, and puts it on the timeline', () => {
    const gh = verified()
    gh.comment('counsel-lin', '/timeline 2026-11-20T03:05Z The attacker downloaded ticket attachments\n/approve legal-approved')
    gh.settle()
    expect(gh.state.gates['legal-approved']?.open).not.toBe(true)
    const reply = gh.replies().join('\n')
    expect(reply).toContain(
      'Refused `/approve legal-approved`: the four-eyes rule: `@counsel-lin` changed the external-announcement text since it was last approved'
    )
    expect(reply).toContain('someone else must approve it (anyone with maintain access or more, other than `@ic-ian`)')
    expect(gh.state.timeline.some((e) => e.kind === 'gate-refused' && e.by === 'counsel-lin')).toBe(true)

    gh.comment('sofia-sec', '/approve legal-approved')
    gh.settle()
    expect(readiness(gh).ready).toBe(true)
    expect(gh.state.gates['legal-approved']).toMatchObject({ open: true, by: 'sofia-sec' })
  })

  it('whoever opened the gate that let the text be written produced it too', () => {
    const gh = verified()
    gh.comment('ic-ian', '/approve legal-approved')
    gh.settle()
    expect(gh.state.gates['legal-approved']?.open).not.toBe(true)
    expect(gh.replies().join('\n')).toContain('the four-eyes rule: `@ic-ian` changed the external-announcement text')
  })

  it('fourEyes: false lets the author approve their own text', () => {
    const config = parseConfig('gates:\n  legal-approved:\n    fourEyes: false\n')
    const gh = verified(context({ config }))
    gh.comment('ic-ian', '/approve legal-approved')
    gh.settle()
    expect(readiness(gh).ready).toBe(true)
  })
})

describe('an approval by label behaves the same', () => {
  it('records the text at the label event; a changed text shows as earlier; the author’s label is removed', () => {
    const gh = verified()
    gh.label('gate:legal-approved', 'counsel-lin')
    gh.settle()
    const approved = readiness(gh)
    expect(approved.ready).toBe(true)
    expect(gh.state.gates['legal-approved']!.text).toBe(approved.hash)

    gh.comment('ic-ian', '/compromised Names and email addresses of 4,100 customers')
    gh.settle()
    expect(readiness(gh).ready).toBe(false)
    expect(gateRow(gh, 'legal-approved')).toContain('⚠️ given for an earlier text (by `@counsel-lin`')

    const author = verified()
    author.label('gate:legal-approved', 'ic-ian')
    author.settle()
    expect(author.issue.labels).not.toContain('gate:legal-approved')
    expect(author.replies().join('\n')).toContain('Removed `gate:legal-approved`: the four-eyes rule')
  })
})

describe('no request is added', () => {
  /** What a run changes, by kind: the same kinds and as many with the text bound as without. */
  function kinds(plan: Plan): string[] {
    return plan.changes.filter((c) => c.kind !== 'annotate').map((c) => (c.kind === 'upsert-comment' ? `${c.kind}:${c.comment}` : c.kind))
  }

  it('the approval run writes what opening an unbound gate writes, and replaying the same history twice writes nothing', () => {
    const bound = verified()
    bound.comment('counsel-lin', '/approve legal-approved')
    const boundPlan = bound.run()
    const unbound = verified(context({ config: parseConfig('gates:\n  legal-approved:\n    approves: null\n') }))
    unbound.comment('counsel-lin', '/approve legal-approved')
    const unboundPlan = unbound.run()
    expect(kinds(boundPlan).sort()).toEqual(kinds(unboundPlan).sort())
    expect(bound.writesOf(bound.run())).toBe(0)
    expect(bound.writesOf(bound.run())).toBe(0)
  })
})
