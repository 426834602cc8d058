import { describe, expect, it } from '@jest/globals'
import { applyPlan, existingAfter } from '../../../src/github/apply.js'
import type { GitHub } from '../../../src/github/client.js'
import type { Existing } from '../../../src/incident/model.js'
import { coalesce, type Change, type Plan } from '../../../src/incident/plan.js'

const ref = { owner: 'acme', repo: 'ops' }

/** A stand-in for the octokit client: records each write, answers as GitHub does, or fails with `failWith`. */
function fakeGitHub(failWith: Record<string, number> = {}) {
  const calls: { method: string; params: Record<string, unknown> }[] = []
  let nextId = 500
  const endpoint = (method: string, answer: () => unknown) => async (params: Record<string, unknown>) => {
    calls.push({ method, params })
    if (failWith[method]) throw Object.assign(new Error(`HTTP ${failWith[method]}`), { status: failWith[method] })
    return { data: answer() }
  }
  const gh = {
    rest: {
      issues: {
        createComment: endpoint('issues.createComment', () => ({ id: nextId++ })),
        updateComment: endpoint('issues.updateComment', () => ({})),
        create: endpoint('issues.create', () => ({ number: 42 }))
      },
      git: { createRef: endpoint('git.createRef', () => ({})) },
      repos: { createOrUpdateFileContents: endpoint('repos.createOrUpdateFileContents', () => ({})) },
      pulls: { create: endpoint('pulls.create', () => ({ number: 7 })) }
    }
  }
  return { gh: gh as unknown as GitHub, calls }
}

const plan = (...changes: Change[]): Plan => ({ changes, outputs: {} })
const quiet = { dryRun: false, log: () => {} }

/** Frozen all the way down: a write into it throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

const proposal: Extract<Change, { kind: 'propose-file' }> = {
  kind: 'propose-file',
  key: 'drill-ALPHA',
  path: 'runbooks/security-incident.md',
  content: 'Last Tested: 2026-03-10\n',
  fileSha: 'abc',
  base: 'main',
  baseSha: 'f00',
  branch: 'incident-kit/drill-ALPHA',
  message: 'Last Tested 2026-03-10: drill ALPHA',
  title: 'Runbook: Last Tested 2026-03-10 (drill ALPHA)',
  body: 'The drill ALPHA exercised it.',
  fallback: { issue: 3, body: 'Set its Last Tested date (the token could not open a pull request: {status}).' }
}

describe('the applier', () => {
  it('edits a comment without touching what it was given, and says the new body', async () => {
    const { gh, calls } = fakeGitHub()
    const existing: Existing = deepFreeze({ dashboard: { id: 11, body: 'old', author: 'bot' }, others: {} })
    const changes = deepFreeze([{ kind: 'upsert-comment', issue: 3, comment: 'dashboard', body: 'new' } as Change])
    const result = await applyPlan(gh, ref, plan(...changes), existing, quiet)
    expect(calls).toEqual([{ method: 'issues.updateComment', params: { ...ref, comment_id: 11, body: 'new' } }])
    expect(existing.dashboard?.body).toBe('old')
    expect(result.comments).toEqual({ dashboard: { id: 11, body: 'new' } })
    expect(existingAfter(existing, result).dashboard).toEqual({ id: 11, body: 'new', author: 'bot' })
  })

  it("a second plan built on the first one's result edits the comment the first created, and writes nothing twice", async () => {
    const { gh, calls } = fakeGitHub()
    const existing: Existing = deepFreeze({ others: {} })
    const first = await applyPlan(gh, ref, plan({ kind: 'upsert-comment', issue: 3, comment: 'dashboard', body: 'one' }), existing, quiet)
    const after = existingAfter(existing, first)
    await applyPlan(gh, ref, plan({ kind: 'upsert-comment', issue: 3, comment: 'dashboard', body: 'one' }), after, quiet)
    await applyPlan(gh, ref, plan({ kind: 'upsert-comment', issue: 3, comment: 'dashboard', body: 'two' }), after, quiet)
    expect(calls.map((c) => c.method)).toEqual(['issues.createComment', 'issues.updateComment'])
    expect(calls[1]!.params).toMatchObject({ comment_id: first.comments.dashboard!.id, body: 'two' })
    expect(existing).toEqual({ others: {} })
  })

  it('says the number of an issue it opened, by the key of its change', async () => {
    const { gh } = fakeGitHub()
    const result = await applyPlan(
      gh,
      ref,
      plan({ kind: 'create-issue', key: 'setup-drill', title: 'Drill', body: 'b', labels: ['incident'] }),
      { others: {} },
      quiet
    )
    expect(result.issues).toEqual({ 'setup-drill': 42 })
  })

  it('proposes a file as a branch, the file on it and a pull request', async () => {
    const { gh, calls } = fakeGitHub()
    const result = await applyPlan(gh, ref, plan(deepFreeze({ ...proposal })), { others: {} }, quiet)
    expect(calls).toEqual([
      { method: 'git.createRef', params: { ...ref, ref: 'refs/heads/incident-kit/drill-ALPHA', sha: 'f00' } },
      {
        method: 'repos.createOrUpdateFileContents',
        params: {
          ...ref,
          path: 'runbooks/security-incident.md',
          branch: 'incident-kit/drill-ALPHA',
          message: 'Last Tested 2026-03-10: drill ALPHA',
          content: Buffer.from('Last Tested: 2026-03-10\n').toString('base64'),
          sha: 'abc'
        }
      },
      { method: 'pulls.create', params: { ...ref, head: 'incident-kit/drill-ALPHA', base: 'main', title: proposal.title, body: proposal.body } }
    ])
    expect(result.proposals).toEqual({ 'drill-ALPHA': { pullRequest: 7 } })
  })

  it('posts the fallback, with the status, when the token may not open the pull request', async () => {
    const { gh, calls } = fakeGitHub({ 'pulls.create': 403 })
    const result = await applyPlan(gh, ref, plan(proposal), { others: {} }, quiet)
    expect(calls.at(-1)).toEqual({
      method: 'issues.createComment',
      params: { ...ref, issue_number: 3, body: 'Set its Last Tested date (the token could not open a pull request: HTTP 403).' }
    })
    expect(result.proposals).toEqual({ 'drill-ALPHA': { commentedAfter: 403 } })
  })

  it('lets any other failure of a proposal through', async () => {
    const { gh } = fakeGitHub({ 'git.createRef': 500 })
    await expect(applyPlan(gh, ref, plan(proposal), { others: {} }, quiet)).rejects.toMatchObject({ status: 500 })
  })

  it('writes nothing in a dry run, and learns nothing', async () => {
    const { gh, calls } = fakeGitHub()
    const result = await applyPlan(
      gh,
      ref,
      plan(proposal, { kind: 'create-issue', key: 'k', title: 't', body: 'b', labels: [] }),
      { others: {} },
      { ...quiet, dryRun: true }
    )
    expect(calls).toEqual([])
    expect(result).toEqual({
      done: ['[dry-run] propose runbooks/security-incident.md in a pull request from incident-kit/drill-ALPHA', '[dry-run] open issue "t"'],
      comments: {},
      issues: {},
      proposals: {}
    })
  })
})

describe('coalescing a plan', () => {
  it('merges label changes without changing the planned ones', () => {
    const changes = deepFreeze<Change[]>([
      { kind: 'remove-label', issue: 3, label: 'sev:2' },
      { kind: 'add-labels', issue: 3, labels: ['sev:2', 'phase:triage'] },
      { kind: 'add-labels', issue: 3, labels: ['gate:legal'] }
    ])
    expect(coalesce(changes)).toEqual([{ kind: 'add-labels', issue: 3, labels: ['phase:triage', 'gate:legal'] }])
  })
})
