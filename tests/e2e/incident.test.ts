/**
 * The action, run the way the Actions runner runs it, against the local GitHub stand-in; every
 * request is checked against GitHub's OpenAPI description and any invalid one fails the test.
 * Payloads are GitHub's own examples, moved to a private repo.
 *
 * The runs that test the runner boundary (the first opening: exit code, stderr, masks and logs;
 * the public-repository refusal; an invalid configuration's exit code and error line) start the
 * bundled dist/index.js as a process. The rest test behaviour and call the action's run()
 * in-process with the same environment, event file and GITHUB_OUTPUT (run-action.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { startFakeGitHub, type FakeGitHub } from '../../src/simulate/fake-github/index.js'
import { parseTicks } from '../../src/incident/checklist.js'
import { visibleText } from '../../src/incident/dashboard.js'
import { decodeState, type IncidentState } from '../../src/incident/state.js'
import { createOpenApiValidator } from './openapi.js'
import { examplePayload, withComment, withIssue, withLabel, withSender, type Payload } from './payloads.js'
import { runAction, type ActionRun } from './run-action.js'

const owner = 'acme'
const repo = 'security-incidents'
const BOT = 'github-actions[bot]'
const validator = createOpenApiValidator()

const FORM = [
  '### What did you observe?',
  '',
  'Root shell on build-7 from 203.0.113.7; customer table dumped? cc @ceo',
  '',
  '### When was it detected (UTC)?',
  '',
  '2026-11-22 09:12',
  '',
  '### Is the attack still in progress?',
  '',
  'Yes',
  '',
  '### Severity',
  '',
  'SEV-3 (medium)'
].join('\n')

let gh: FakeGitHub
/** The checked-out repository, as actions/checkout leaves it: config and templates are read from here, not the API. */
let workspace = ''

/** A local stand-in for PagerDuty and Slack that records bodies. */
let hooks: Server
let hookUrl = ''
const hookBodies: { path: string; body: string }[] = []
let hookStatus = 202

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'incident-kit-ws-'))
  mkdirSync(join(workspace, '.git'))
  gh = await startFakeGitHub({ owner, repo, private: true, botLogin: BOT, validate: validator.validate })
  for (const [login, permission] of [
    ['ic-ian', 'admin'],
    ['wendy', 'write'],
    ['rita', 'read'],
    ['alice', 'write']
  ] as const)
    gh.setPermission(login, permission)
  hooks = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      hookBodies.push({ path: req.url ?? '', body })
      res.writeHead(hookStatus, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve))
  hookUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}`
})

afterAll(async () => {
  await gh.close()
  await new Promise((resolve) => hooks.close(resolve))
  rmSync(workspace, { recursive: true, force: true })
})

function issuePayload(action: string, number: number, extra: (p: Payload) => Payload = (p) => p): Payload {
  const base = examplePayload('issues', action, 0, { owner, repo, url: gh.url })
  return extra(withSender(withIssue(base, { issue: gh.issueJson(number) }), 'alice'))
}

/** `user` comments `body` on issue `number`; returns GitHub's issue_comment.created payload for it. */
function commentPayload(number: number, body: string, user: string): Payload {
  const c = gh.as(user).comment(number, body)
  const base = examplePayload('issue_comment', 'created', 0, { owner, repo, url: gh.url })
  return withSender(withComment(withIssue(base, { issue: gh.issueJson(number) }), { comment: gh.commentJson(c.id) }), user)
}

async function run(
  event: string,
  payload: Payload,
  inputs: Record<string, string> = {},
  mode: 'process' | 'in-process' = 'in-process'
): Promise<ActionRun & { writes: string[]; reads: string[] }> {
  gh.resetLog()
  const result = await runAction({ event, payload, apiUrl: gh.url, inputs, workspace, mode })
  const writes = gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)
  const reads = gh.requests.filter((r) => r.method === 'GET').map((r) => `${r.method} ${r.path}`)
  return { ...result, writes, reads }
}

function botComments(n: number) {
  return gh.commentsOn(n).filter((c) => c.user === BOT)
}

function stateOf(n: number): IncidentState {
  const dashboard = botComments(n).find((c) => c.body.includes('incident-kit:kind=dashboard'))
  const state = dashboard ? decodeState(dashboard.body) : undefined
  if (!state) throw new Error(`no state on #${n}`)
  return state
}

describe('an incident opens end to end', () => {
  let n = 0
  let first: Awaited<ReturnType<typeof run>>

  beforeAll(async () => {
    n = gh.createIssue({ title: 'prod customer DB dumped??', body: FORM, user: 'alice', labels: ['incident'] }).number
    first = await run('issues', issuePayload('opened', n), {}, 'process')
  })

  it('exits 0 with no invalid request', () => {
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    expect(gh.violations).toEqual([])
  })

  it('retitles the issue to its codename, labels phase and severity, and posts the dashboard and the checklist', () => {
    const issue = gh.issue(n)
    expect(issue.title).toMatch(/^[a-z]+-[a-z]+$/)
    expect(issue.labels).toEqual(['incident', 'phase:triage', 'sev:3'])
    const comments = botComments(n)
    // Every new incident pages (SEV-3 too); with no pager configured, the top of the dashboard says so.
    expect(comments.map((c) => /incident-kit:kind=([a-z-]+)/.exec(c.body)?.[1] ?? 'reply')).toEqual(['dashboard', 'checklist'])
    expect(comments[0]!.body).toContain('> **No Incident Commander has been paged.** No one could be paged (opened as SEV-3)')
    expect(stateOf(n)).toMatchObject({ codename: issue.title, originalTitle: 'prod customer DB dumped??', severity: 3, phase: 'triage' })
    expect(Object.keys(parseTicks(comments[1]!.body)).length).toBeGreaterThan(50)
  })

  it('sets the outputs and writes a job summary', () => {
    expect(first.outputs).toMatchObject({ codename: gh.issue(n).title, phase: 'triage', severity: '3', 'incident-number': String(n), drill: 'false' })
    expect(first.summary).toContain(`## ${gh.issue(n).title}`)
  })

  it('costs three reads (the issue, its history, and who can read it) and four writes', () => {
    expect(first.reads).toEqual([
      `GET /repos/${owner}/${repo}/issues/${n}`,
      `GET /repos/${owner}/${repo}/issues/${n}/timeline`,
      `GET /repos/${owner}/${repo}/collaborators`
    ])
    expect(first.writes).toEqual([
      `PATCH /repos/${owner}/${repo}/issues/${n}`,
      `POST /repos/${owner}/${repo}/issues/${n}/labels`,
      `POST /repos/${owner}/${repo}/issues/${n}/comments`,
      `POST /repos/${owner}/${repo}/issues/${n}/comments`
    ])
  })

  it('changes nothing when the same event comes again', async () => {
    const before = JSON.stringify(gh.commentsOn(n))
    const again = await run('issues', issuePayload('opened', n))
    expect(again.exitCode).toBe(0)
    expect(again.writes).toEqual([])
    expect(JSON.stringify(gh.commentsOn(n))).toBe(before)
    expect(again.outputs.codename).toBe(first.outputs.codename)
  })

  it('prints the plan and writes nothing in dry-run', async () => {
    const m = gh.createIssue({ title: 'dry', body: FORM, user: 'alice', labels: ['incident'] }).number
    const dry = await run('issues', issuePayload('opened', m), { 'dry-run': 'true' })
    expect(dry.exitCode).toBe(0)
    expect(dry.writes).toEqual([])
    expect(JSON.parse(dry.outputs.plan!)).toEqual([
      expect.stringMatching(/^update issue #\d+ title="[a-z]+-[a-z]+"$/),
      expect.stringMatching(/^add labels phase:triage, sev:3 to #\d+$/),
      expect.stringMatching(/^write the dashboard comment/),
      expect.stringMatching(/^write the checklist comment/)
    ])
    expect(dry.stdout).toContain('[dry-run] update issue')
  })

  it('never prints the token (it is only registered as a secret to mask)', () => {
    const printed = first.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect(printed.join('\n')).not.toContain('ghs_')
    expect(first.masks.some((m) => m.startsWith('ghs_'))).toBe(true)
  })

  it('logs no incident details outside debug lines', () => {
    const info = first.stdout.split('\n').filter((line) => !line.startsWith('::debug::') && !line.startsWith('::add-mask::'))
    for (const detail of ['Root shell', 'build-7', '203.0.113.7', 'customer', 'prod customer DB dumped']) expect(info.join('\n')).not.toContain(detail)
  })

  it('reads config and templates through the contents API when the repository is not checked out', async () => {
    const m = gh.createIssue({ title: 'no checkout', body: FORM, user: 'alice', labels: ['incident'] }).number
    gh.resetLog()
    const result = await runAction({ event: 'issues', payload: issuePayload('opened', m), apiUrl: gh.url, mode: 'in-process' })
    expect(result.exitCode).toBe(0)
    expect(gh.requests.filter((r) => r.path.includes('/contents/')).map((r) => r.status)).toEqual([404, 404])
    expect(result.stdout).not.toContain('::error::')
  })
})

describe('a public repository', () => {
  it('is refused with a clear error, a non-zero exit and not one request', async () => {
    const pub = await startFakeGitHub({ owner, repo, private: false, botLogin: BOT, validate: validator.validate })
    try {
      const n = pub.createIssue({ title: 'x', body: FORM, user: 'alice', labels: ['incident'] }).number
      const payload = withSender(withIssue(examplePayload('issues', 'opened', 0, { owner, repo, url: pub.url }), { issue: pub.issueJson(n) }), 'alice')
      ;(payload.repository as Record<string, unknown>).private = false
      ;(payload.repository as Record<string, unknown>).visibility = 'public'
      const result = await runAction({ event: 'issues', payload, apiUrl: pub.url })
      expect(result.exitCode).not.toBe(0)
      expect(result.stdout).toContain('::error::incident-kit refuses to run in a public repository')
      expect(pub.requests).toEqual([])
      expect(pub.issue(n).title).toBe('x')
    } finally {
      await pub.close()
    }
  })

  it('an internal one (readable by the whole enterprise) is refused the same way unless allowed', async () => {
    const n = gh.createIssue({ title: 'internal', body: FORM, user: 'alice', labels: ['incident'] }).number
    const payload = withSender(withIssue(examplePayload('issues', 'opened', 0, { owner, repo, url: gh.url }), { issue: gh.issueJson(n) }), 'alice')
    ;(payload.repository as Record<string, unknown>).private = true
    ;(payload.repository as Record<string, unknown>).visibility = 'internal'
    gh.resetLog()
    const refused = await runAction({ event: 'issues', payload, apiUrl: gh.url })
    expect(refused.exitCode).not.toBe(0)
    expect(refused.stdout).toContain('::error::incident-kit refuses to run in an internal repository')
    expect(gh.requests).toEqual([])
    const allowed = await runAction({ event: 'issues', payload, apiUrl: gh.url, inputs: { 'allow-internal-repo': true } })
    expect(allowed.exitCode).toBe(0)
    expect(gh.issue(n).title).not.toBe('internal')
  })
})

describe('the live incident', () => {
  let n = 0
  beforeAll(async () => {
    n = gh.createIssue({ title: 'weird traffic', body: FORM, user: 'alice', labels: ['incident'] }).number
    const opened = await run('issues', issuePayload('opened', n))
    expect(opened.exitCode).toBe(0)
  })

  const labeled = (label: string, sender: string, action: 'labeled' | 'unlabeled' = 'labeled') => {
    if (action === 'labeled') gh.as(sender).addLabels(n, label)
    else gh.as(sender).removeLabel(n, label)
    return run(
      'issues',
      withLabel(
        issuePayload(action, n, (p) => withSender(p, sender)),
        label
      )
    )
  }
  const comment = (body: string, user: string) => run('issue_comment', commentPayload(n, body, user))

  it('a phase label swaps the phase label and opens that phase: 3 reads (issue, history, collaborators), 3 writes', async () => {
    const result = await labeled('phase:containment', 'wendy')
    expect(result.exitCode).toBe(0)
    expect(gh.issue(n).labels).toEqual(['incident', 'sev:3', 'phase:containment'])
    expect(stateOf(n).phase).toBe('containment')
    expect(result.reads).toHaveLength(3)
    expect(result.writes).toHaveLength(3)
    expect(gh.violations).toEqual([])
  })

  it('an unauthorized gate label is reverted and answered', async () => {
    const result = await labeled('gate:legal-approved', 'wendy')
    expect(result.exitCode).toBe(0)
    expect(gh.issue(n).labels).not.toContain('gate:legal-approved')
    expect(gh.commentsOn(n).at(-1)?.body).toContain('may not approve `legal-approved`')
    expect(stateOf(n).gates['legal-approved']?.open).toBe(false)
    expect(stateOf(n).timeline.at(-1)?.kind).toBe('gate-refused')
  })

  it('a gate label by an approver opens the gate', async () => {
    await labeled('gate:not-internal', 'ic-ian')
    expect(stateOf(n).gates['not-internal']).toMatchObject({ open: true, by: 'ic-ian' })
  })

  it('commands are run, reacted to and recorded: 3 reads and 2 writes for one command', async () => {
    const result = await comment('/ioc 203.0.113.7', 'wendy')
    expect(
      result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::debug::'))
        .join('\n')
    ).not.toContain('203.0.113.7')
    expect(result.exitCode).toBe(0)
    expect(result.reads).toHaveLength(3)
    expect(result.writes).toHaveLength(2)
    expect(JSON.parse(result.outputs.iocs!)).toEqual([{ value: '203.0.113.7', type: 'ipv4' }])
    const last = gh.commentsOn(n).at(-1)!
    expect(gh.requests.some((r) => r.path.endsWith(`/comments/${last.id}/reactions`) && (r.body as { content?: string }).content === '+1')).toBe(true)
  })

  it('evidence is registered and handed over; the outputs carry the register, the CSV blocklist and the STIX bundle', async () => {
    const hash = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
    const result = await comment(`/evidence ${hash} s3://cold-evidence/img-7.dd disk image of web-3\n/custody E-9f86d081 @ic-ian sealed`, 'wendy')
    expect(result.exitCode).toBe(0)
    const logged = result.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::debug::'))
      .join('\n')
    expect(logged).not.toContain(hash)
    expect(logged).not.toContain('cold-evidence')
    expect(JSON.parse(result.outputs.evidence!)).toEqual([
      expect.objectContaining({ id: 'E-9f86d081', sha256: hash, where: 's3://cold-evidence/img-7.dd', recordedBy: 'wendy', custodian: 'ic-ian' })
    ])
    expect(result.outputs['iocs-csv']!.split('\n')).toEqual([
      '"type","value","first_seen","added_by"',
      expect.stringMatching(/^"ipv4","203\.0\.113\.7","[^"]+Z","wendy"$/),
      ''
    ])
    const bundle = JSON.parse(result.outputs['iocs-stix']!) as { type: string; objects: { pattern: string }[] }
    expect(bundle.type).toBe('bundle')
    expect(bundle.objects.map((o) => o.pattern)).toEqual(["[ipv4-addr:value = '203.0.113.7']"])
    expect(stateOf(n).evidence[0]?.custody).toEqual([expect.objectContaining({ from: 'wendy', to: 'ic-ian', by: 'wendy', note: 'sealed' })])
    expect(gh.violations).toEqual([])
  })

  it('a command from a reader is refused with the reason', async () => {
    const result = await comment('/sev 1', 'rita')
    expect(result.exitCode).toBe(0)
    expect(gh.commentsOn(n).at(-1)?.body).toContain('has read access; commands need write or better')
    expect(stateOf(n).severity).toBe(3)
  })

  it('an ordinary comment costs no request', async () => {
    const result = await comment('I think I saw this last week too', 'wendy')
    expect(result.reads).toEqual([])
    expect(result.writes).toEqual([])
  })

  it('a forged dashboard posted by a person has no effect', async () => {
    const forged = botComments(n)
      .find((c) => c.body.includes('kind=dashboard'))!
      .body.replace(/"phase":"containment"/, '"phase":"resolved"')
    gh.setPermission('mallory', 'read')
    await comment(forged, 'mallory')
    const result = await labeled('phase:investigation', 'wendy')
    expect(result.exitCode).toBe(0)
    expect(stateOf(n).phase).toBe('investigation')
    expect(
      stateOf(n)
        .timeline.filter((e) => e.kind === 'phase')
        .map((e) => e.text)
    ).toEqual([expect.stringContaining('Triage → Containment'), expect.stringContaining('Containment → Investigation')])
  })

  it('ticking a checklist box records it: 3 reads; the dashboard, the checklist progress and the draft listing steps taken', async () => {
    const checklist = botComments(n).find((c) => c.body.includes('kind=checklist'))!
    const before = checklist.body
    const after = before.replace(/- \[ \] (\*\*\d+\. Isolate affected instances\*\*)/, '- [x] $1')
    gh.as('wendy').editComment(checklist.id, after)
    const payload = withSender(
      {
        ...withComment(withIssue(examplePayload('issue_comment', 'edited', 0, { owner, repo, url: gh.url }), { issue: gh.issueJson(n) }), {
          comment: gh.commentJson(checklist.id)
        }),
        changes: { body: { from: before } }
      },
      'wendy'
    )
    const result = await run('issue_comment', payload)
    expect(result.exitCode).toBe(0)
    expect(stateOf(n).steps.isolate).toBe(true)
    expect(stateOf(n).timeline.filter((e) => e.kind === 'tick')).toEqual([expect.objectContaining({ by: 'wendy', text: 'Done: Isolate affected instances' })])
    expect(result.reads).toHaveLength(3)
    const kindOfId = (path: string) => /kind=([a-z-]+)/.exec(botComments(n).find((c) => path.endsWith(`/${c.id}`))?.body ?? '')?.[1]
    expect(result.writes.map(kindOfId).sort()).toEqual(['checklist', 'dashboard', 'internal-update'])
  })

  it('paging goes to PagerDuty with the codename and link only', async () => {
    hookBodies.length = 0
    const payload = commentPayload(n, '/ic page', 'wendy')
    const result = await run('issue_comment', payload, { 'pagerduty-routing-key': 'R0UTINGKEY', 'pagerduty-events-url': `${hookUrl}/v2/enqueue` })
    expect(result.exitCode).toBe(0)
    expect(hookBodies).toHaveLength(1)
    const sent = JSON.parse(hookBodies[0]!.body)
    expect(sent).toEqual({
      routing_key: 'R0UTINGKEY',
      event_action: 'trigger',
      dedup_key: gh.issue(n).title,
      // A SEV-3: PagerDuty's severity "warning" (SEV-1 critical, SEV-2 and "not sure" error, SEV-4 info).
      payload: { summary: `${gh.issue(n).title} needs an Incident Commander`, source: 'incident-kit', severity: 'warning' },
      links: [{ href: expect.stringContaining(`/issues/${n}`), text: gh.issue(n).title }]
    })
    for (const detail of ['203.0.113.7', 'customer', 'weird traffic', 'build-7']) expect(hookBodies[0]!.body).not.toContain(detail)
    expect(
      result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n')
    ).not.toContain('R0UTINGKEY')
    expect(result.masks).toContain('R0UTINGKEY')
  })

  it('a failed page is said at the top of the dashboard in the same run, its fallback answered, and not retried by a re-run', async () => {
    hookStatus = 500
    try {
      const payload = commentPayload(n, '/ic page', 'wendy')
      const pager = { 'pagerduty-routing-key': 'R0UTINGKEY', 'pagerduty-events-url': `${hookUrl}/v2/enqueue` }
      hookBodies.length = 0
      await run('issue_comment', payload, pager)
      const attempts = hookBodies.length
      expect(attempts).toBeGreaterThan(0)
      const dashboard = gh.commentsOn(n).find((c) => c.body.includes('incident-kit:kind=dashboard'))!.body
      const top = visibleText(dashboard).split('\n').slice(0, 4).join('\n')
      expect(top).toMatch(
        /> \*\*No Incident Commander has been paged\.\*\* Paging the Incident Commander through PagerDuty \(requested by `@wendy`\) failed: .*500/
      )
      expect(stateOf(n).timeline.filter((e) => e.kind === 'page-failed' && e.by === 'wendy')).toHaveLength(1)
      const answers = gh.commentsOn(n).filter((c) => c.body.includes('incident-kit:kind=answers'))
      expect(answers).toHaveLength(1)
      expect(answers[0]!.body).toContain('Paging through PagerDuty failed')
      // The same event again (a re-run): the page is not tried again, nothing is written.
      const again = await run('issue_comment', payload, pager)
      expect(hookBodies).toHaveLength(attempts)
      expect(again.writes).toEqual([])
    } finally {
      hookStatus = 202
    }
  })

  it('closing resolves the incident and reopening returns it to its last phase', async () => {
    gh.as('ic-ian').close(n)
    // @octokit/webhooks-examples has no issues.closed example: its issues.reopened one, with the action set to closed.
    await run(
      'issues',
      issuePayload('reopened', n, (p) => ({ ...withSender(p, 'ic-ian'), action: 'closed' }))
    )
    expect(stateOf(n).phase).toBe('resolved')
    expect(gh.issue(n).labels).toContain('phase:resolved')
    gh.as('ic-ian').reopen(n)
    await run(
      'issues',
      issuePayload('reopened', n, (p) => withSender(p, 'ic-ian'))
    )
    expect(stateOf(n).phase).toBe('investigation')
    expect(gh.violations).toEqual([])
  })

  it('Slack gets a codename-only notice of a phase change', async () => {
    hookBodies.length = 0
    gh.as('wendy').addLabels(n, 'phase:mitigation')
    const result = await run(
      'issues',
      withLabel(
        issuePayload('labeled', n, (p) => withSender(p, 'wendy')),
        'phase:mitigation'
      ),
      { 'slack-webhook-url': `${hookUrl}/services/T0/B0/X` }
    )
    expect(result.exitCode).toBe(0)
    expect(hookBodies.map((h) => h.path)).toEqual(['/services/T0/B0/X'])
    const codename = gh.issue(n).title
    expect(JSON.parse(hookBodies[0]!.body)).toEqual({
      text: `incident-kit · ${codename}: phase is now Mitigation · <https://github.com/${owner}/${repo}/issues/${n}|open>`
    })
    for (const detail of ['203.0.113.7', 'customer', 'weird traffic', 'build-7']) expect(hookBodies[0]!.body).not.toContain(detail)
    expect(result.masks).toContain(`${hookUrl}/services/T0/B0/X`)
  })
})

describe('approvals bound to the text', () => {
  let n = 0
  const comment = (body: string, user: string) => run('issue_comment', commentPayload(n, body, user))
  const announcement = () => botComments(n).find((c) => c.body.includes('kind=external-announcement'))?.body ?? ''
  const kinds = (result: { writes: string[] }) =>
    result.writes.map((w) => /kind=([a-z-]+)/.exec(botComments(n).find((c) => w.endsWith(`/${c.id}`))?.body ?? '')?.[1] ?? w.split(' ')[0])

  beforeAll(async () => {
    gh.setPermission('counsel-lin', 'maintain')
    n = gh.createIssue({ title: 'exported customers', body: FORM, user: 'alice', labels: ['incident'] }).number
    expect((await run('issues', issuePayload('opened', n))).exitCode).toBe(0)
    await comment('/approve not-internal\n/approve timeline-verified\n/approve impact-known\n/approve fix-verified', 'ic-ian')
  })

  it('legal approves the text it reads, a later fact makes it an earlier text, and approving again: 3 reads each, as for any command', async () => {
    expect(announcement()).toContain('awaiting approval of this text by `legal-approved`')
    const approved = await comment('/approve legal-approved', 'counsel-lin')
    expect(approved.reads).toHaveLength(3)
    expect(kinds(approved).sort()).toEqual(['POST', 'POST', 'dashboard', 'external-announcement'])
    expect(announcement()).toContain('This text is approved')

    const changed = await comment('/timeline 2026-11-22T08:40Z An alert on export volume fired', 'ic-ian')
    expect(changed.reads).toHaveLength(3)
    expect(announcement()).toContain('given for an earlier text (by `@counsel-lin`')

    const again = await comment('/approve legal-approved', 'counsel-lin')
    expect(again.reads).toHaveLength(3)
    expect(announcement()).toContain('This text is approved')
    expect(gh.violations).toEqual([])
  })
})

describe('template overrides from the repository', () => {
  it('a template in .github/incident-kit/templates/ replaces the shipped one; a broken one fails naming template, line and variable', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'incident-kit-override-'))
    try {
      mkdirSync(join(ws, '.git'))
      mkdirSync(join(ws, '.github/incident-kit/templates'), { recursive: true })
      writeFileSync(join(ws, '.github/incident-kit/templates/dashboard.md.hbs'), '# Acme response room: {{codename}}\n\nPhase: {{phase}}\n')
      const n = gh.createIssue({ title: 'override', body: FORM, user: 'alice', labels: ['incident'] }).number
      const ok = await runAction({ event: 'issues', payload: issuePayload('opened', n), apiUrl: gh.url, workspace: ws, mode: 'in-process' })
      expect(ok.exitCode).toBe(0)
      expect(botComments(n).find((c) => c.body.includes('kind=dashboard'))!.body).toContain(`# Acme response room: ${gh.issue(n).title}\n\nPhase: Triage`)

      writeFileSync(join(ws, '.github/incident-kit/templates/dashboard.md.hbs'), '# {{codename}}\n\n{{phsae}}\n')
      const m = gh.createIssue({ title: 'broken override', body: FORM, user: 'alice', labels: ['incident'] }).number
      const broken = await runAction({ event: 'issues', payload: issuePayload('opened', m), apiUrl: gh.url, workspace: ws, mode: 'in-process' })
      expect(broken.exitCode).not.toBe(0)
      expect(broken.stdout).toContain('::error::template dashboard.md.hbs, line 3: variable "phsae" is missing from the data')
      expect(gh.issue(m).title).toBe('broken override')
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })
})

describe('an invalid configuration', () => {
  it('never stops the incident: it opens with the default for that setting, and the problem is annotated and said on the issue', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'incident-kit-badconfig-'))
    try {
      mkdirSync(join(ws, '.git'))
      mkdirSync(join(ws, '.github'))
      writeFileSync(join(ws, '.github/incident-kit.yml'), 'labels:\n  trigger: incident\nrunbooks:\n  reviewedMaxDays: soon\n')
      const n = gh.createIssue({ title: 'bad config', body: FORM, user: 'alice', labels: ['incident'] }).number
      gh.resetLog()
      const result = await runAction({ event: 'issues', payload: issuePayload('opened', n), apiUrl: gh.url, workspace: ws })
      expect(result.exitCode).toBe(0)
      expect(result.stdout).toMatch(
        /::warning .*file=\.github\/incident-kit\.yml,line=4::\.github\/incident-kit\.yml:4: runbooks\.reviewedMaxDays: .*number.*\(got "soon"\)/
      )
      expect(result.stdout).not.toMatch(/\n\s+at /)
      expect(gh.issue(n).title).not.toBe('bad config')
      expect(gh.commentsOn(n).some((c) => c.body.includes('`runbooks.reviewedMaxDays`'))).toBe(true)
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })
})
