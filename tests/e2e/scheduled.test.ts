/**
 * The scheduled run end to end: runScheduled with the action's own octokit (retry, pagination)
 * over HTTP against the GitHub stand-in, every request checked against GitHub's OpenAPI
 * description. Incidents are seeded as people and the action leave them: filed, reconciled by
 * the action, commands typed by the IC and reconciled again, each at its time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/load.js'
import { builtinTemplates } from '../../src/comms/templates.js'
import { createGitHub, type GitHub } from '../../src/github/client.js'
import { makeRoute, reconcileIssue } from '../../src/github/handle.js'
import type { Inputs } from '../../src/github/inputs.js'
import type { Reporter } from '../../src/github/reporter.js'
import { runScheduled } from '../../src/github/scheduled.js'
import { partsOf } from '../../src/incident/answers.js'
import { decodeMetricsCache, METRICS_LABEL } from '../../src/incident/metrics.js'
import type { RunContext } from '../../src/incident/model.js'
import { decodeState, kindMarker } from '../../src/incident/state.js'
import { startFakeGitHub, type FakeGitHub } from '../../src/simulate/fake-github/index.js'
import { createOpenApiValidator } from './openapi.js'

const owner = 'acme'
const repo = 'security-incidents'
const ref = { owner, repo }
const BOT = 'github-actions[bot]'
const validator = createOpenApiValidator()
const T0 = Date.parse('2026-11-22T12:00:00Z')
const minutes = (m: number) => new Date(T0 + m * 60_000).toISOString()

/** The one clock behind the stand-in's timestamps and the runs' `now`. */
let clock = T0
let gh: FakeGitHub
const config = { ...defaultConfig(), paging: { ...defaultConfig().paging, icTeam: 'acme/incident-commanders' } }

function context(now: string): RunContext {
  return {
    repo: { owner, name: repo, id: 4242, private: true, url: `https://github.com/${owner}/${repo}` },
    config,
    templates: builtinTemplates(),
    now,
    allowPublicRepo: false
  }
}

const logs: string[] = []
const reporter: Reporter = {
  debug: () => {},
  info: (m) => logs.push(m),
  notice: (m) => logs.push(`notice: ${m}`),
  warning: (m) => logs.push(`warning: ${m}`),
  error: (m) => logs.push(`error: ${m}`),
  group: async (_name, fn) => fn(),
  setOutput: () => {},
  setFailed: (m) => logs.push(`failed: ${m}`),
  summary: async () => {}
}

const form = (severity: string) => `### What did you observe?\n\nRoot shell on build-7\n\n### Severity\n\n${severity}`

const inputs = (dryRun: boolean): Inputs => ({
  token: 'ghs_scheduled_e2e',
  configPath: '.github/incident-kit.yml',
  dryRun,
  allowPublicRepo: false,
  botLogin: BOT
})

function client(count?: () => void): GitHub {
  return createGitHub({ token: 'ghs_scheduled_e2e', baseUrl: gh.url, throttling: false, ...(count ? { onRequest: count } : {}) })
}

/** One run of the action for this issue at `now`, as any event on it would wake. */
async function reconcileAt(number: number, now: string): Promise<void> {
  clock = Date.parse(now)
  await reconcileIssue(makeRoute(client(), ref, context(now), inputs(false), reporter, {}), number)
}

interface Seed {
  opened: number
  severity: string
  drill?: boolean
  /** [minutes after T0, command] by the IC; "close" resolves. */
  commands?: [number, string][]
  closed?: boolean
  drafts?: string[]
  /** No dashboard at all: an issue labelled as an incident the action never processed. */
  bare?: boolean
}

/** Files an incident in the stand-in, and plays its response: each act by the IC, then the run it wakes. */
async function seed(s: Seed): Promise<number> {
  const labels = ['incident', ...(s.drill ? ['incident:drill'] : [])]
  clock = Date.parse(minutes(s.opened))
  const issue = gh.createIssue({ title: 'prod box weird', body: form(s.severity), user: 'alice', labels, createdAt: minutes(s.opened) })
  if (s.bare) {
    if (s.closed) gh.as('alice').close(issue.number)
    return issue.number
  }
  await reconcileAt(issue.number, minutes(s.opened))
  for (const [m, body] of s.commands ?? []) {
    clock = Date.parse(minutes(m))
    if (body === 'close') gh.as('ic-ian').close(issue.number)
    else gh.as('ic-ian').comment(issue.number, body)
    await reconcileAt(issue.number, minutes(m))
  }
  for (const kind of s.drafts ?? []) gh.addComment(issue.number, BOT, `${kindMarker(kind as 'external-announcement')}\n\nDraft.`)
  return issue.number
}

let requests = 0
async function scheduled(now: string, dryRun = false) {
  clock = Date.parse(now)
  gh.resetLog()
  requests = 0
  const counted = client(() => requests++)
  const route = makeRoute(counted, ref, context(now), inputs(dryRun), reporter, {})
  const plan = await runScheduled(counted, ref, context(now), { botLogin: BOT, dryRun, reporter, reconcile: (number) => reconcileIssue(route, number) })
  const writes = gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)
  const reads = gh.requests.filter((r) => r.method === 'GET').map((r) => `${r.method} ${r.path}`)
  return { plan, writes, reads, requests }
}

/** The reminders the scheduled runs posted (the response's own replies carry other keys). */
/** The reminders the bot gave on an incident: answers in its one answers comment. */
const botReplies = (n: number) =>
  gh
    .commentsOn(n)
    .filter((c) => c.user === BOT && c.body.includes('incident-kit:kind=answers'))
    .flatMap((c) => partsOf(c.body))
    .filter((p) => p.keys.some((k) => k.startsWith('remind:')))
const dashboardOf = (n: number) => decodeState(gh.commentsOn(n).find((c) => c.body.includes('incident-kit:kind=dashboard'))!.body)!
const trackingIssues = () => [...gh.issues.values()].filter((i) => i.labels.includes(METRICS_LABEL) && i.user === BOT)

const n: Record<string, number> = {}

beforeAll(async () => {
  gh = await startFakeGitHub({ owner, repo, private: true, botLogin: BOT, validate: validator.validate, now: () => new Date(clock) })
  gh.setPermission('ic-ian', 'admin')
  clock = T0 - 90 * 24 * 3_600_000
  // Closed incidents of the last months, with full responses.
  n.septemberSev1 = await seed({
    opened: -80 * 1440,
    severity: 'SEV-1 (critical)',
    closed: true,
    commands: [
      [-80 * 1440 + 9, '/ic @ic-ian'],
      [-80 * 1440 + 30, '/phase containment'],
      [-80 * 1440 + 300, 'close']
    ]
  })
  n.octoberSev2 = await seed({
    opened: -40 * 1440,
    severity: 'SEV-2 (high)',
    closed: true,
    commands: [
      [-40 * 1440 + 20, '/ic @ic-ian'],
      [-40 * 1440 + 2_000, 'close']
    ]
  })
  n.octoberSev3 = await seed({ opened: -35 * 1440, severity: 'SEV-3 (medium)', closed: true, commands: [[-35 * 1440 + 60, 'close']] })
  n.drillClosed = await seed({
    opened: -20 * 1440,
    severity: 'SEV-1 (critical)',
    drill: true,
    closed: true,
    commands: [
      [-20 * 1440 + 4, '/ic @ic-ian'],
      [-20 * 1440 + 90, 'close']
    ]
  })
  n.bare = await seed({ opened: -10 * 1440, severity: 'SEV-4 (low)', closed: true, bare: true })
  // A person's issue that looks like the tracking issue: never trusted.
  gh.createIssue({
    title: 'Incident metrics',
    body: '<!-- incident-kit:metrics -->\n<!-- incident-kit:metrics-cache v1 full=zzzzz listed=zzzzz floor=\n-->',
    user: 'mallory',
    labels: [METRICS_LABEL]
  })
  clock = T0 - 3 * 3_600_000
  // Open incidents.
  n.noIc = await seed({ opened: -60, severity: 'SEV-2 (high)' })
  n.fine = await seed({ opened: -30, severity: 'SEV-3 (medium)', commands: [[-25, '/ic @ic-ian']] })
  n.drill = await seed({ opened: -120, severity: 'SEV-1 (critical)', drill: true })
  n.noStatus = await seed({
    opened: -400,
    severity: 'SEV-1 (critical)',
    commands: [
      [-395, '/ic @ic-ian'],
      [-300, '/status isolating build-7']
    ],
    drafts: ['internal-update']
  })
})

afterAll(async () => {
  await gh.close()
})

describe('the first scheduled run (no cache yet)', () => {
  let run: Awaited<ReturnType<typeof scheduled>>

  beforeAll(async () => {
    run = await scheduled(minutes(0))
  })

  it('makes only requests GitHub documents, in the shapes it accepts', () => {
    expect(gh.violations).toEqual([])
    expect(gh.unhandled).toEqual([])
    expect(logs.filter((l) => /^(warning|failed)/.test(l))).toEqual([])
  })

  it('reminds the IC team of the missing Incident Commander, in one comment', () => {
    const replies = botReplies(n.noIc!)
    expect(replies).toHaveLength(1)
    expect(replies[0]!.body).toContain(
      '**Incident Commander assigned**: due 2026-11-22T11:15Z, overdue by 45m. @acme/incident-commanders: appoint one with `/ic @login`'
    )
  })

  it('reminds the IC of the overdue status update', () => {
    expect(botReplies(n.noStatus!).map((c) => c.body)).toEqual([
      expect.stringContaining('**Status update posted**: due 2026-11-22T11:00Z, overdue by 1h. @ic-ian: post one')
    ])
  })

  it('records the reminders in the dashboard state, edited in place', () => {
    expect(dashboardOf(n.noIc!).reminded).toEqual({ 'ic-assigned': minutes(0) })
    expect(gh.commentsOn(n.noIc!).filter((c) => c.body.includes('incident-kit:kind=dashboard'))).toHaveLength(1)
    expect(gh.commentsOn(n.noIc!).find((c) => c.body.includes('incident-kit:kind=dashboard'))!.body).toContain('❌ overdue by 45m, reminded 2026-11-22T12:00Z')
  })

  it('pings nobody on a drill, but its dashboard shows the missed clocks', () => {
    expect(botReplies(n.drill!)).toEqual([])
    expect(
      dashboardOf(n.drill!)
        .timeline.filter((e) => e.kind === 'clock-missed')
        .map((e) => e.text)
    ).toEqual(['Clock missed: Incident Commander assigned (due 2026-11-22T10:15Z)'])
  })

  it('leaves an incident with every clock on time alone', () => {
    expect(run.writes.filter((w) => w.includes(`/issues/${n.fine}/`))).toEqual([])
    expect(botReplies(n.fine!)).toEqual([])
  })

  it('opens one tracking issue with the report, ignoring the look-alike a person filed', () => {
    const [tracking] = trackingIssues()
    expect(trackingIssues()).toHaveLength(1)
    expect(tracking!.body).toContain('## Incident metrics')
    expect(tracking!.body).toContain('**6 incidents** since 2026-09 (3 still open), and 2 drills reported apart below')
    expect(tracking!.body).toContain('```mermaid\n%%{init')
    const cache = decodeMetricsCache(tracking!.body ?? '')!
    expect(cache.entries.map((e) => [e.issue, e.metrics === null])).toEqual([
      [n.septemberSev1, false],
      [n.octoberSev2, false],
      [n.octoberSev3, false],
      [n.drillClosed, false],
      [n.bare, true]
    ])
    expect(cache.fullAt).toBe(minutes(0))
  })

  it('writes the report to the job summary and sets outputs', () => {
    expect(run.plan.summary).toContain('4 open incident(s) checked: 3 overdue clock(s), reminders posted on 2 incident(s)')
    expect(run.plan.summary).toContain('## Incident metrics')
    expect(run.plan.outputs).toEqual({ 'overdue-clocks': '3', reminders: '2', 'open-incidents': '4' })
  })

  it("reads each incident once: the list, every open incident's history, every closed incident's comments", () => {
    expect(run.reads.filter((r) => r.endsWith('/timeline'))).toHaveLength(4)
    expect(run.reads.filter((r) => r.endsWith('/comments'))).toHaveLength(5)
    expect(run.requests).toBe(run.reads.length + run.writes.length)
  })
})

describe('later runs', () => {
  it('the same moment again: no write at all, and no closed incident read', async () => {
    const again = await scheduled(minutes(0))
    expect(again.writes).toEqual([])
    expect(again.reads.filter((r) => r.endsWith('/timeline'))).toEqual(
      [n.noIc, n.fine, n.drill, n.noStatus].map((i) => `GET /repos/${owner}/${repo}/issues/${i}/timeline`)
    )
    expect(again.reads.filter((r) => r.endsWith('/comments'))).toEqual([])
    // The tracking issue, open incidents (2 labels), closed incidents updated since (2 labels), and for each of the
    // 4 open incidents the issue and its timeline, plus the collaborators once (two incidents have commands to authorize).
    expect(again.requests).toBe(14)
    expect(gh.violations).toEqual([])
  })

  it('20 minutes on: nothing yet (the next reminder of a 15-minute clock waits at least half an hour)', async () => {
    const later = await scheduled(minutes(20))
    expect(later.writes).toEqual([])
  })

  it('50 minutes on: the Incident Commander reminder once more, nothing else; still one answers comment', async () => {
    const later = await scheduled(minutes(50))
    expect(botReplies(n.noIc!)).toHaveLength(2)
    expect(botReplies(n.noStatus!)).toHaveLength(1)
    expect(later.writes.filter((w) => w.startsWith('POST'))).toEqual([`POST /repos/${owner}/${repo}/issues/${n.noIc}/comments`])
    expect(gh.commentsOn(n.noIc!).filter((c) => c.body.includes('incident-kit:kind=answers'))).toHaveLength(1)
  })

  it('a closed incident that changes is read again, once', async () => {
    clock = Date.parse(minutes(55))
    gh.addComment(n.octoberSev3!, 'alice', 'Post-mortem follow-up: done.')
    const first = await scheduled(minutes(60))
    expect(first.reads.filter((r) => r.includes(`/issues/${n.octoberSev3}/comments`))).toHaveLength(1)
    const second = await scheduled(minutes(61))
    expect(second.reads.filter((r) => r.includes(`/issues/${n.octoberSev3}/comments`))).toHaveLength(0)
  })

  it('a dry run writes nothing and says what it would do', async () => {
    const dry = await scheduled(minutes(400), true)
    expect(dry.writes).toEqual([])
    expect(dry.plan.changes.some((c) => c.kind === 'reply')).toBe(true)
    expect(gh.violations).toEqual([])
  })
})
