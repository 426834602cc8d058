/**
 * Runs ordered the way GitHub orders them, against the OpenAPI-validated stand-in over real
 * HTTP, with GitHub's own example payloads: bursts whose pending runs GitHub cancels, runs that
 * finish in reverse order, re-runs of old payloads, runs that die after each of their writes,
 * writes that land but answer 502, and people with write access editing the bot's comments.
 * The action runs in-process here (the runner's process boundary is tested in incident.test.ts);
 * each test asserts what a responder sees on the issue afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/load.js'
import { builtinTemplates } from '../../src/comms/templates.js'
import { createGitHub } from '../../src/github/client.js'
import { handleEvent, makeRoute, reconcileIssue } from '../../src/github/handle.js'
import type { Inputs } from '../../src/github/inputs.js'
import type { Reporter } from '../../src/github/reporter.js'
import { decodeState, type IncidentState } from '../../src/incident/state.js'
import { startFakeGitHub, type FakeGitHub } from '../../src/simulate/fake-github/index.js'
import { failNext } from './fake-hooks.js'
import { createOpenApiValidator } from './openapi.js'
import { examplePayload, withComment, withIssue, withLabel, withSender, type Payload } from './payloads.js'

const owner = 'acme'
const repo = 'security-incidents'
const BOT = 'github-actions[bot]'
const validator = createOpenApiValidator()
const FORM = '### What did you observe?\n\nRoot shell on build-7\n\n### Severity\n\nSEV-2 (high)'
const T0 = Date.parse('2026-11-22T09:20:00Z')

let gh: FakeGitHub
let clock = T0
const failures: string[] = []
const reporter: Reporter = {
  debug: () => {},
  info: () => {},
  notice: () => {},
  warning: () => {},
  error: () => {},
  group: async (_name, fn) => fn(),
  setOutput: () => {},
  setFailed: (m) => failures.push(m),
  summary: async () => {}
}
const inputs: Inputs = { token: 'ghs_scenarios', configPath: '.github/incident-kit.yml', dryRun: false, allowPublicRepo: false, botLogin: BOT }

beforeAll(async () => {
  gh = await startFakeGitHub({ owner, repo, private: true, botLogin: BOT, validate: validator.validate, now: () => new Date(clock) })
  for (const [login, permission] of [
    ['ic-ian', 'admin'],
    ['wendy', 'write'],
    ['rita', 'read'],
    ['alice', 'read'],
    ['mallory', 'write']
  ] as const)
    gh.setPermission(login, permission)
})

afterAll(async () => {
  await gh.close()
})

/** GitHub's clock moves a few seconds between acts. */
function later(seconds = 7): void {
  clock += seconds * 1000
}

// -- events, as GitHub delivers them (the payload is a snapshot taken when the event happened)

const target = () => ({ owner, repo, url: gh.url })
const issuePayload = (n: number, action: string, sender: string): Payload => ({
  ...withSender(withIssue(examplePayload('issues', 'reopened', 0, target()), { issue: gh.issueJson(n) }), sender),
  action
})
const labelPayload = (n: number, action: 'labeled' | 'unlabeled', label: string, sender: string) => withLabel(issuePayload(n, action, sender), label)
const commentPayload = (n: number, id: number, sender: string, action = 'created', extra: Record<string, unknown> = {}): Payload => ({
  ...withSender(
    withComment(withIssue(examplePayload('issue_comment', 'created', 0, target()), { issue: gh.issueJson(n) }), { comment: gh.commentJson(id) }),
    sender
  ),
  action,
  ...extra
})

interface Delivery {
  name: string
  payload: Payload
}

/**
 * One workflow run of the action for an event, in-process, at GitHub's current time. With
 * `killAfter`, the run dies after that many writes: every later request fails as if the job
 * were gone (401 is not retried, so the run stops there).
 */
async function run(delivery: Delivery, options: { killAfter?: number } = {}): Promise<void> {
  let writes = 0
  const stop =
    options.killAfter === undefined
      ? () => {}
      : gh.intercept((req, serve) => {
          if (req.method === 'GET' || writes++ < options.killAfter!) return serve()
          return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } }
        })
  try {
    await handleEvent(
      { name: delivery.name, payload: delivery.payload, ref: { owner, repo }, apiUrl: gh.url, serverUrl: 'https://github.com' },
      inputs,
      reporter,
      {
        throttling: false,
        now: () => new Date(clock).toISOString()
      }
    )
  } finally {
    stop()
  }
  later(3)
}

function file(): number {
  later()
  const n = gh.createIssue({ title: 'root shell on build-7', body: FORM, user: 'alice', labels: ['incident'] }).number
  return n
}

async function opened(): Promise<number> {
  const n = file()
  await run({ name: 'issues', payload: issuePayload(n, 'opened', 'alice') })
  return n
}

// -- what a responder sees

const bot = (n: number) => gh.commentsOn(n).filter((c) => c.user === BOT)
const kindOf = (body: string) => /incident-kit:kind=([a-z-]+)/.exec(body)?.[1]
const stateOf = (n: number): IncidentState => decodeState(bot(n).find((c) => kindOf(c.body) === 'dashboard')!.body)!

/** Everything a responder would notice, without the ids and times that differ from one issue to the next. */
function seen(n: number) {
  const issue = gh.issue(n)
  const state = stateOf(n)
  const keys = bot(n).flatMap((c) => [...c.body.matchAll(/incident-kit:key=([a-z0-9:._-]+)/gi)].map((m) => m[1]))
  return {
    title: issue.title,
    labels: [...issue.labels].sort(),
    state: issue.state,
    assignees: [...issue.assignees].sort(),
    comments: bot(n)
      .map((c) => kindOf(c.body) ?? 'reply')
      .sort(),
    replies: keys.map((k) => k!.replace(/\d{6,}/g, '#')).sort(),
    record: {
      phase: state.phase,
      severity: state.severity,
      gates: Object.fromEntries(Object.entries(state.gates).map(([g, v]) => [g, { open: v.open, by: v.by }])),
      roles: state.roles,
      iocs: state.iocs.map((i) => i.value),
      steps: state.steps,
      timeline: state.timeline.map((e) => e.kind)
    }
  }
}

const writesOf = () => gh.requests.filter((r) => r.method !== 'GET')

describe('a run that dies after any of its writes is finished by the next run, with no duplicate', () => {
  /** The acts before the event, the event itself, and the event that wakes the next run. */
  const events: [string, (n: number) => Delivery][] = [
    [
      'a phase label',
      (n) => (gh.as('wendy').addLabels(n, 'phase:containment'), { name: 'issues', payload: labelPayload(n, 'labeled', 'phase:containment', 'wendy') })
    ],
    [
      'a gate label by an approver',
      (n) => (gh.as('ic-ian').addLabels(n, 'gate:not-internal'), { name: 'issues', payload: labelPayload(n, 'labeled', 'gate:not-internal', 'ic-ian') })
    ],
    [
      'an unauthorized gate label',
      (n) => (gh.as('wendy').addLabels(n, 'gate:legal-approved'), { name: 'issues', payload: labelPayload(n, 'labeled', 'gate:legal-approved', 'wendy') })
    ],
    ['/ic @ic-ian', (n) => ({ name: 'issue_comment', payload: commentPayload(n, gh.as('ic-ian').comment(n, '/ic @ic-ian').id, 'ic-ian') })],
    ['closing by the IC', (n) => (gh.as('ic-ian').close(n), { name: 'issues', payload: issuePayload(n, 'closed', 'ic-ian') })],
    ['closing by the reporter (read access)', (n) => (gh.as('alice').close(n), { name: 'issues', payload: issuePayload(n, 'closed', 'alice') })]
  ]
  const tally = { points: 0, converged: 0 }

  it('opening: every kill point converges', async () => {
    const clean = file()
    gh.resetLog()
    await run({ name: 'issues', payload: issuePayload(clean, 'opened', 'alice') })
    const writes = writesOf().length
    const expected = seen(clean)
    for (let k = 0; k < writes; k++) {
      const n = file()
      await run({ name: 'issues', payload: issuePayload(n, 'opened', 'alice') }, { killAfter: k })
      await run({ name: 'issues', payload: issuePayload(n, 'opened', 'alice') }) // "Re-run failed jobs"
      tally.points++
      const after = seen(n)
      if (JSON.stringify({ ...after, title: '' }) === JSON.stringify({ ...expected, title: '' })) tally.converged++
      expect({ ...after, title: '' }).toEqual({ ...expected, title: '' })
    }
  })

  for (const [name, act] of events) {
    it(`${name}: every kill point converges`, async () => {
      const clean = await opened()
      later()
      const delivery = act(clean)
      gh.resetLog()
      await run(delivery)
      const writes = writesOf().length
      expect(writes).toBeGreaterThan(0)
      const expected = seen(clean)
      for (let k = 0; k < writes; k++) {
        const n = await opened()
        later()
        const d = act(n)
        await run(d, { killAfter: k })
        await run(d) // the same payload again, as "Re-run failed jobs" delivers it
        tally.points++
        const after = seen(n)
        const same = (x: ReturnType<typeof seen>) => JSON.stringify({ ...x, title: '' })
        if (same(after) === same(expected)) tally.converged++
        expect({ ...after, title: '' }).toEqual({ ...expected, title: '' })
      }
    })
  }

  it('all of them together', () => {
    console.info(`kill points: ${tally.converged} of ${tally.points} converge after the next run`)
    expect(tally.points).toBeGreaterThanOrEqual(20)
    expect(tally.converged).toBe(tally.points)
  })
})

describe('bursts: GitHub keeps one pending run per group and cancels the older ones', () => {
  it('5 ticks, 3 gate labels and 3 commands within seconds, of which only the last run executes: nothing lost, nothing doubled', async () => {
    const n = await opened()
    const checklist = bot(n).find((c) => kindOf(c.body) === 'checklist')!
    const deliveries: Delivery[] = []
    for (const step of ['assemble-team', 'stop-attack', 'cut-vector', 'isolate', 'forensics']) {
      later(2)
      const before = gh.comments.get(checklist.id)!.body
      const after = before.replace(new RegExp(`- \\[ \\](.*<!-- i:${step} -->)`), '- [x]$1')
      gh.as('wendy').editComment(checklist.id, after)
      deliveries.push({ name: 'issue_comment', payload: commentPayload(n, checklist.id, 'wendy', 'edited', { changes: { body: { from: before } } }) })
    }
    for (const gate of ['not-internal', 'timeline-verified', 'impact-known']) {
      later(1)
      gh.as('ic-ian').addLabels(n, `gate:${gate}`)
      deliveries.push({ name: 'issues', payload: labelPayload(n, 'labeled', `gate:${gate}`, 'ic-ian') })
    }
    const commands = ['/ioc 203.0.113.7', '/role scribe @wendy', '/timeline 2026-11-22T09:05Z first login from 203.0.113.7']
    for (const body of commands) {
      later(1)
      deliveries.push({ name: 'issue_comment', payload: commentPayload(n, gh.as('wendy').comment(n, body).id, 'wendy') })
    }
    await run(deliveries.at(-1)!) // the only run GitHub did not cancel
    const state = stateOf(n)
    const lost = [
      ...['assemble-team', 'stop-attack', 'cut-vector', 'isolate', 'forensics'].filter((s) => !state.steps[s]),
      ...['not-internal', 'timeline-verified', 'impact-known'].filter((g) => !state.gates[g]?.open),
      ...(state.iocs.length === 1 ? [] : ['ioc']),
      ...(state.roles.scribe === 'wendy' ? [] : ['role']),
      ...(state.attackTimeline.length === 1 ? [] : ['timeline'])
    ]
    expect({ tried: deliveries.length, lost }).toEqual({ tried: 11, lost: [] })
    expect(state.timeline.filter((e) => e.kind === 'tick')).toHaveLength(5)
    expect(bot(n).filter((c) => kindOf(c.body) === 'internal-update')).toHaveLength(1)
    // The cancelled runs' payloads, delivered late (re-runs): they only say who ticked; run again, they change nothing.
    for (const d of deliveries.slice(0, -1)) await run(d)
    expect(
      stateOf(n)
        .timeline.filter((e) => e.kind === 'tick')
        .map((e) => e.by)
    ).toEqual(['wendy', 'wendy', 'wendy', 'wendy', 'wendy'])
    const before = JSON.stringify(gh.commentsOn(n))
    gh.resetLog()
    for (const d of deliveries) await run(d)
    expect(writesOf()).toEqual([])
    expect(JSON.stringify(gh.commentsOn(n))).toBe(before)
  })
})

describe('runs out of order and re-runs of old payloads', () => {
  it('a gate label added then removed stays closed, whichever run finishes last', async () => {
    const n = await opened()
    gh.as('ic-ian').addLabels(n, 'gate:not-internal')
    const added = { name: 'issues', payload: labelPayload(n, 'labeled', 'gate:not-internal', 'ic-ian') }
    later()
    gh.as('ic-ian').removeLabel(n, 'gate:not-internal')
    const removed = { name: 'issues', payload: labelPayload(n, 'unlabeled', 'gate:not-internal', 'ic-ian') }
    await run(removed)
    await run(added) // finishes last
    expect(stateOf(n).gates['not-internal']?.open).toBe(false)
    expect(gh.issue(n).labels).not.toContain('gate:not-internal')
    await run(added) // "Re-run failed jobs" on the old gate-label run
    expect(stateOf(n).gates['not-internal']?.open).toBe(false)
    expect(gh.issue(n).labels).not.toContain('gate:not-internal')
  })

  it('/revoke followed within seconds by another comment leaves the gate closed and the internal update withdrawn', async () => {
    const n = await opened()
    await run({ name: 'issue_comment', payload: commentPayload(n, gh.as('ic-ian').comment(n, '/approve not-internal').id, 'ic-ian') })
    expect(bot(n).find((c) => kindOf(c.body) === 'internal-update')).toBeDefined()
    gh.as('ic-ian').comment(n, '/revoke not-internal')
    later(2)
    const next = gh.as('wendy').comment(n, '/ioc 198.51.100.4')
    await run({ name: 'issue_comment', payload: commentPayload(n, next.id, 'wendy') })
    expect(stateOf(n).gates['not-internal']?.open).toBe(false)
    expect(gh.issue(n).labels).not.toContain('gate:not-internal')
    expect(bot(n).find((c) => kindOf(c.body) === 'internal-update')!.body).toContain('WITHDRAWN')
  })
})

describe('writes that land but answer 502', () => {
  it('a dashboard posted twice by the retry is found and removed by the next run, keeping the oldest', async () => {
    const n = file()
    const isDashboard = (req: { method: string; body: unknown }) =>
      req.method === 'POST' && String((req.body as { body?: string } | undefined)?.body).includes('incident-kit:kind=dashboard')
    failNext(gh, isDashboard, 502, {}, { afterApplying: true })
    await run({ name: 'issues', payload: issuePayload(n, 'opened', 'alice') })
    const dashboards = () => bot(n).filter((c) => kindOf(c.body) === 'dashboard')
    expect(dashboards()).toHaveLength(2)
    const oldest = dashboards()[0]!.id
    await run({ name: 'issue_comment', payload: commentPayload(n, gh.as('wendy').comment(n, '/ioc 192.0.2.4').id, 'wendy') })
    expect(dashboards().map((c) => c.id)).toEqual([oldest])
    expect(bot(n).filter((c) => kindOf(c.body) === 'checklist')).toHaveLength(1)
    expect(stateOf(n).iocs.map((i) => i.value)).toEqual(['192.0.2.4'])
  })
})

describe('an insider with write access', () => {
  it('who edits the hidden state to open every gate opens none; the edit is said on the incident and on the timeline', async () => {
    const n = await opened()
    const dashboard = bot(n).find((c) => kindOf(c.body) === 'dashboard')!
    const state = stateOf(n)
    for (const g of Object.keys(state.gates)) state.gates[g] = { open: true, by: 'mallory', at: state.openedAt }
    const forged = dashboard.body.replace(
      /<!-- incident-kit:state [A-Za-z0-9+/=]+ -->/,
      `<!-- incident-kit:state ${Buffer.from(JSON.stringify(state)).toString('base64')} -->`
    )
    later()
    gh.as('mallory').editComment(dashboard.id, forged)
    await run({ name: 'issue_comment', payload: commentPayload(n, gh.as('wendy').comment(n, '/ioc 192.0.2.8').id, 'wendy') })
    const forgedAccepted = Object.values(stateOf(n).gates).filter((g) => g.open).length
    expect(forgedAccepted).toBe(0)
    expect(bot(n).some((c) => kindOf(c.body) === 'internal-update' || kindOf(c.body) === 'external-announcement')).toBe(false)
    expect(stateOf(n).timeline.some((e) => e.kind === 'tamper')).toBe(true)
    expect(bot(n).some((c) => c.body.includes('edited outside incident-kit'))).toBe(true)
  })

  it('whose command comment is edited by someone else after it ran no longer counts', async () => {
    const n = await opened()
    const c = gh.as('wendy').comment(n, 'first look: nothing yet')
    later()
    gh.as('mallory').editComment(c.id, '/approve not-internal')
    await run({ name: 'issue_comment', payload: commentPayload(n, c.id, 'mallory', 'edited') })
    await run({ name: 'issue_comment', payload: commentPayload(n, gh.as('wendy').comment(n, '/ioc 192.0.2.9').id, 'wendy') })
    expect(stateOf(n).gates['not-internal']?.open).toBe(false)
  })
})

describe('the reporter', () => {
  it('with read access closes a SEV-1: it is reopened with a one-line reply, and PagerDuty is not told it resolved', async () => {
    const n = file()
    gh.issue(n).body = FORM.replace('SEV-2 (high)', 'SEV-1 (critical)')
    const pages: unknown[] = []
    const fetch = async (_url: unknown, init?: { body?: unknown }) => {
      pages.push(JSON.parse(String(init?.body)))
      return new Response('{"status":"success"}', { status: 202 })
    }
    const paging: Inputs = { ...inputs, pagerdutyRoutingKey: 'R0UTING' }
    const event = (d: Delivery) =>
      handleEvent({ name: d.name, payload: d.payload, ref: { owner, repo }, apiUrl: gh.url, serverUrl: 'https://github.com' }, paging, reporter, {
        throttling: false,
        now: () => new Date(clock).toISOString(),
        fetch: fetch as typeof globalThis.fetch
      })
    await event({ name: 'issues', payload: issuePayload(n, 'opened', 'alice') })
    later()
    gh.as('alice').close(n)
    await event({ name: 'issues', payload: issuePayload(n, 'closed', 'alice') })
    expect(gh.issue(n).state).toBe('open')
    expect(stateOf(n).phase).toBe('triage')
    expect(pages.map((p) => (p as { event_action: string }).event_action)).toEqual(['trigger'])
    expect(bot(n).at(-1)!.body).toMatch(/Refused closing the issue by `?@?.?alice/)
  })
})

describe('a scheduled run late by hours, racing an issue run', () => {
  it('writes nothing when the issue changed after it read it: the newer run writes what it saw', async () => {
    const n = await opened()
    later(3 * 3600) // the schedule: a clock is overdue, a reminder is due
    const client = createGitHub({ token: 'ghs_scenarios', baseUrl: gh.url, throttling: false })
    const ctx = {
      repo: { owner, name: repo, id: 1, private: true, url: `https://github.com/${owner}/${repo}` },
      config: defaultConfig(),
      templates: builtinTemplates(),
      now: new Date(clock).toISOString(),
      allowPublicRepo: false
    }
    const route = makeRoute(client, { owner, repo }, ctx, inputs, reporter, {})
    // While the scheduled run reads the history, a responder moves the phase (and their own run follows).
    const stop = gh.intercept((req, serve) => {
      const reply = serve()
      if (req.method === 'GET' && req.path.endsWith(`/issues/${n}/timeline`)) gh.as('wendy').addLabels(n, 'phase:containment')
      return reply
    })
    gh.resetLog()
    const raced = await reconcileIssue(route, n, undefined, { guard: true })
    stop()
    expect(raced.plan.changes).toEqual([])
    expect(writesOf()).toEqual([])
    expect(gh.issue(n).labels).toContain('phase:containment')
    await run({ name: 'issues', payload: labelPayload(n, 'labeled', 'phase:containment', 'wendy') })
    expect(stateOf(n).phase).toBe('containment')
    expect(gh.issue(n).labels.filter((l) => l.startsWith('phase:'))).toEqual(['phase:containment'])
    // Unraced, the scheduled run writes its reminder.
    later(3600)
    const quiet = await reconcileIssue(makeRoute(client, { owner, repo }, { ...ctx, now: new Date(clock).toISOString() }, inputs, reporter, {}), n, undefined, {
      guard: true
    })
    expect(quiet.plan.changes.some((c) => c.kind === 'reply')).toBe(true)
  })
})

describe('a run that fails', () => {
  it('says so on the incident, with a link to the run, and the next run catches up', async () => {
    const n = await opened()
    const c = gh.as('wendy').comment(n, '/ioc 192.0.2.77')
    failNext(gh, `GET /repos/${owner}/${repo}/issues/${n}/timeline`, 401)
    const payload = commentPayload(n, c.id, 'wendy')
    failures.length = 0
    await handleEvent(
      {
        name: 'issue_comment',
        payload,
        ref: { owner, repo },
        apiUrl: gh.url,
        serverUrl: 'https://github.com',
        runUrl: 'https://github.com/acme/security-incidents/actions/runs/42'
      },
      inputs,
      reporter,
      { throttling: false, now: () => new Date(clock).toISOString() }
    )
    expect(failures).toHaveLength(1)
    const note = bot(n).at(-1)!.body
    expect(note).toContain('incident-kit could not finish handling the last event ([the run](https://github.com/acme/security-incidents/actions/runs/42))')
    expect(note).toContain('GitHub API error 401')
    later()
    await run({ name: 'issue_comment', payload })
    expect(stateOf(n).iocs.map((i) => i.value)).toEqual(['192.0.2.77'])
  })
})
