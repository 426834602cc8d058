/**
 * `incident-kit simulate`: plays a whole incident (open → commands → gates → drafts → close)
 * against the in-process GitHub stand-in, with the same code the action runs, and writes a
 * markdown transcript of what a responder would see.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { handleEvent, type EventEnvelope } from '../github/handle.js'
import type { Inputs } from '../github/inputs.js'
import type { Reporter } from '../github/reporter.js'
import { kindOf } from '../incident/state.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github/index.js'

const OWNER = 'acme'
const REPO = 'security-incidents'
const BOT = 'github-actions[bot]'

/** The people of the simulation and their access. */
export const CAST = {
  alice: { permission: 'write', role: 'engineer who reports it' },
  'ic-ian': { permission: 'admin', role: 'Incident Commander' },
  wendy: { permission: 'write', role: 'security engineer' },
  lena: { permission: 'maintain', role: 'legal counsel' },
  rita: { permission: 'read', role: 'a curious reader' }
} as const
type Person = keyof typeof CAST

const CONFIG = `# The simulation's .github/incident-kit.yml
paging:
  icTeam: acme/incident-commanders
drafts:
  externalAnnouncement:
    company: Acme
`

const FORM = [
  '### What did you observe?',
  '',
  'Unknown SSH session as root on build-7, outbound traffic to 203.0.113.7.',
  '',
  '### When was it detected (UTC)?',
  '',
  '2026-11-22 09:12',
  '',
  '### Affected systems or services',
  '',
  'build-7, the deploy pipeline',
  '',
  '### Is the attack still in progress?',
  '',
  'Yes',
  '',
  '### Severity',
  '',
  'SEV-2 (high)',
  '',
  '### Before you submit',
  '',
  '- [X] I did not paste secrets, credentials or customer data into this report.'
].join('\n')

export interface Step {
  at: string
  /** A person, or the scheduled workflow. */
  who: Person | 'schedule'
  what: string
  /** Changes GitHub the way the person would, and returns the webhook event it causes. */
  act: (sim: Simulation) => { name: string; payload: Record<string, unknown> }
}

export interface StepResult {
  step: Step
  outputs: Record<string, string>
  log: string[]
  failed?: string
  pages: { url: string; body: string }[]
  requests: number
}

export interface SimulationResult {
  transcript: string
  steps: StepResult[]
  issue: number
}

/** The running simulation: the fake GitHub, the incident issue, a clock. */
export class Simulation {
  issue = 0
  constructor(readonly gh: FakeGitHub) {}

  payload(action: string, sender: Person, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { action, issue: this.gh.issueJson(this.issue), repository: this.gh.repoJson(), sender: this.gh.userJson(sender), ...extra }
  }

  label(name: string, who: Person) {
    this.gh.as(who).addLabels(this.issue, name)
    return { name: 'issues', payload: this.payload('labeled', who, { label: { name, color: 'ededed' } }) }
  }

  comment(body: string, who: Person) {
    const c = this.gh.as(who).comment(this.issue, body)
    return { name: 'issue_comment', payload: this.payload('created', who, { comment: this.gh.commentJson(c.id) }) }
  }

  tick(stepTitle: string, who: Person) {
    const checklist = this.gh.commentsOn(this.issue).find((c) => c.user === BOT && kindOf(c.body) === 'checklist')
    if (!checklist) throw new Error('the checklist was not posted')
    const before = checklist.body
    const ticked = before.replace(new RegExp(`- \\[ \\] (\\*\\*(?:\\d+\\. )?${stepTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*\\*)`), '- [x] $1')
    if (ticked === before) throw new Error(`the checklist has no open step "${stepTitle}"`)
    this.gh.as(who).editComment(checklist.id, ticked)
    return { name: 'issue_comment', payload: this.payload('edited', who, { comment: this.gh.commentJson(checklist.id), changes: { body: { from: before } } }) }
  }
}

/** The script: a SEV-2 from report to post-mortem, with a refused approval on the way. */
export function script(): Step[] {
  return [
    {
      at: '2026-11-22T09:20:00Z',
      who: 'alice',
      what: 'files the "Security incident" form (SEV-2, attack in progress)',
      act: (sim) => {
        sim.issue = sim.gh.createIssue({ title: 'root shell on build-7, prod keys maybe stolen', body: FORM, user: 'alice', labels: ['incident'] }).number
        return { name: 'issues', payload: sim.payload('opened', 'alice') }
      }
    },
    {
      at: '2026-11-22T09:37:00Z',
      who: 'schedule',
      what: 'runs: no Incident Commander 17 minutes after a SEV-2 report',
      act: (sim) => ({ name: 'schedule', payload: { schedule: '*/15 * * * *', repository: sim.gh.repoJson(), sender: sim.gh.userJson(BOT) } })
    },
    {
      at: '2026-11-22T09:39:00Z',
      who: 'ic-ian',
      what: 'takes command and appoints a scribe',
      act: (sim) => sim.comment('/ic @ic-ian\n/role scribe @wendy', 'ic-ian')
    },
    {
      at: '2026-11-22T09:41:00Z',
      who: 'wendy',
      what: 'records the attack timeline and indicators',
      act: (sim) =>
        sim.comment(
          [
            '/timeline 2026-11-22T08:55Z reconnaissance: port scans from 203.0.113.7',
            '/timeline 2026-11-22T09:05Z attacker logged in to build-7 with a leaked deploy key',
            '/ioc 203.0.113.7',
            '/ioc updates-cdn.example'
          ].join('\n'),
          'wendy'
        )
    },
    { at: '2026-11-22T09:43:00Z', who: 'wendy', what: 'ticks "Assemble the response team"', act: (sim) => sim.tick('Assemble the response team', 'wendy') },
    { at: '2026-11-22T09:45:00Z', who: 'wendy', what: 'adds the label phase:mitigation', act: (sim) => sim.label('phase:mitigation', 'wendy') },
    { at: '2026-11-22T09:47:00Z', who: 'rita', what: 'tries `/approve not-internal`', act: (sim) => sim.comment('/approve not-internal', 'rita') },
    {
      at: '2026-11-22T09:48:00Z',
      who: 'wendy',
      what: 'adds the label gate:not-internal (she is not an approver)',
      act: (sim) => sim.label('gate:not-internal', 'wendy')
    },
    { at: '2026-11-22T10:05:00Z', who: 'ic-ian', what: 'moves to containment', act: (sim) => sim.comment('/phase containment', 'ic-ian') },
    { at: '2026-11-22T11:30:00Z', who: 'ic-ian', what: 'moves to investigation', act: (sim) => sim.label('phase:investigation', 'ic-ian') },
    {
      at: '2026-11-22T14:10:00Z',
      who: 'wendy',
      what: 'records what was compromised and a status',
      act: (sim) =>
        sim.comment(
          '/compromised email addresses and hashed passwords of 1,204 customers\n/status Attacker locked out; deploy keys rotated; forensics under way',
          'wendy'
        )
    },
    {
      at: '2026-11-22T16:00:00Z',
      who: 'ic-ian',
      what: 'opens gate not-internal: forensics show an outside attacker',
      act: (sim) => sim.label('gate:not-internal', 'ic-ian')
    },
    {
      at: '2026-11-23T10:00:00Z',
      who: 'ic-ian',
      what: 'moves to communication and opens three gates',
      act: (sim) => sim.comment('/phase communication\n/approve timeline-verified\n/approve impact-known\n/approve fix-verified', 'ic-ian')
    },
    { at: '2026-11-23T15:00:00Z', who: 'lena', what: 'approves the external statement', act: (sim) => sim.comment('/approve legal-approved', 'lena') },
    {
      at: '2026-11-23T15:30:00Z',
      who: 'wendy',
      what: 'tries `/released external-announcement` on the draft as it stands (refused: its TODOs are unwritten)',
      act: (sim) => sim.comment('/released external-announcement https://status.example.com/2026-11-22', 'wendy')
    },
    {
      at: '2026-11-23T17:00:00Z',
      who: 'wendy',
      what: 'publishes the finished announcement and records it with the text as published',
      act: (sim) => sim.comment(`/released external-announcement https://status.example.com/2026-11-22\n\n~~~markdown\n${PUBLISHED}\n~~~`, 'wendy')
    },
    {
      at: '2026-11-24T09:00:00Z',
      who: 'ic-ian',
      what: 'closes the issue',
      act: (sim) => {
        sim.gh.as('ic-ian').close(sim.issue)
        return { name: 'issues', payload: sim.payload('closed', 'ic-ian') }
      }
    }
  ]
}

/** The announcement as the Marketing Team finished it: the facts in public words, no host, address or codename. */
const PUBLISHED = [
  '# Security incident of 22 November 2026',
  '',
  '## What happened',
  '',
  'An attacker used a leaked deployment key to sign in to one of our build servers and read data from our customer database. Keeping that key safe was our responsibility.',
  '',
  '## Timeline',
  '',
  '- 22 November 2026, 08:55 UTC: the attacker probes our network.',
  '- 22 November 2026, 09:05 UTC: the attacker signs in to a build server.',
  '- 22 November 2026, 09:12 UTC: we detect the sign-in and begin our response.',
  '',
  '## What information was involved',
  '',
  'The email addresses and hashed passwords of 1,204 customers.',
  '',
  '## What we are doing',
  '',
  'We revoked every deployment key, moved deployments to short-lived credentials and added alerts on build-server sign-ins.',
  '',
  '## What you can do',
  '',
  'Affected customers will be asked to choose a new password at their next sign-in. Questions: security@example.com.'
].join('\n')

function recorder(log: string[], outputs: Record<string, string>, failures: string[]): Reporter {
  return {
    debug: () => {},
    info: (m) => log.push(m),
    notice: (m) => log.push(`notice: ${m}`),
    warning: (m) => log.push(`warning: ${m}`),
    error: (m) => log.push(`error: ${m}`),
    group: async (name, fn) => {
      log.push(name)
      return fn()
    },
    setOutput: (name, value) => {
      outputs[name] = value
    },
    setFailed: (m) => failures.push(m),
    summary: async () => {}
  }
}

/** Runs the script (up to `until`, an ISO time, when given: the incident as it stood then) and returns the transcript (markdown). */
export async function simulate(options: { until?: string } = {}): Promise<SimulationResult> {
  const steps = script().filter((s) => !options.until || Date.parse(s.at) <= Date.parse(options.until))
  let clock = script()[0]!.at
  const gh = await startFakeGitHub({ owner: OWNER, repo: REPO, private: true, botLogin: BOT, now: () => new Date(clock) })
  const workspace = mkdtempSync(join(tmpdir(), 'incident-kit-sim-'))
  try {
    mkdirSync(join(workspace, '.git'))
    mkdirSync(join(workspace, '.github'))
    writeFileSync(join(workspace, '.github', 'incident-kit.yml'), CONFIG)
    for (const [login, who] of Object.entries(CAST)) gh.setPermission(login, who.permission)
    const sim = new Simulation(gh)
    const inputs: Inputs = {
      token: 'simulated-token',
      configPath: '.github/incident-kit.yml',
      dryRun: false,
      allowPublicRepo: false,
      botLogin: BOT,
      pagerdutyRoutingKey: 'simulated-routing-key',
      pagerdutyUrl: 'https://events.pagerduty.com/v2/enqueue',
      slackWebhookUrl: 'https://hooks.slack.com/services/simulated'
    }
    const results: StepResult[] = []
    for (const step of steps) {
      clock = step.at
      const event = step.act(sim)
      const log: string[] = []
      const outputs: Record<string, string> = {}
      const failures: string[] = []
      const pages: { url: string; body: string }[] = []
      const recordPage: typeof fetch = async (url, init) => {
        pages.push({ url: String(url), body: String(init?.body ?? '') })
        return new Response('{}', { status: 202 })
      }
      gh.resetLog()
      const envelope: EventEnvelope = { ...event, ref: { owner: OWNER, repo: REPO }, apiUrl: gh.url, serverUrl: 'https://github.com', workspace }
      await handleEvent(envelope, inputs, recorder(log, outputs, failures), {
        throttling: false,
        now: () => new Date(step.at).toISOString(),
        fetch: recordPage
      })
      results.push({ step, outputs, log, pages, requests: gh.requests.length, ...(failures.length ? { failed: failures.join('; ') } : {}) })
    }
    return { transcript: transcript(sim, results), steps: results, issue: sim.issue }
  } finally {
    await gh.close()
    rmSync(workspace, { recursive: true, force: true })
  }
}

function transcript(sim: Simulation, results: StepResult[]): string {
  const issue = sim.gh.issue(sim.issue)
  const lines = [
    `# Simulated incident: ${issue.title}`,
    '',
    'Played by `incident-kit simulate` against an in-process GitHub stand-in, with the same code the action runs.',
    '',
    '| Who | Access | Role |',
    '|---|---|---|',
    ...Object.entries(CAST).map(([login, who]) => `| ${login} | ${who.permission} | ${who.role} |`),
    '',
    '## What happened, step by step',
    ''
  ]
  for (const r of results) {
    lines.push(`### ${r.step.at.slice(0, 16).replace('T', ' ')} UTC · ${r.step.who} ${r.step.what}`, '')
    const done = r.log.filter((l) => !/^(incident #|event |\d+ change\(s\) planned)/.test(l))
    for (const l of done) lines.push(`- ${l}`)
    for (const p of r.pages) lines.push(`- sent to ${new URL(p.url).host}: \`${p.body.replace(/"routing_key":"[^"]*"/, '"routing_key":"***"')}\``)
    if (r.failed) lines.push(`- **failed:** ${r.failed}`)
    lines.push(`- ${r.requests} GitHub API request(s)`, '')
  }
  lines.push('## The issue at the end', '', `Title: **${issue.title}** · state: ${issue.state} · labels: ${issue.labels.map((l) => `\`${l}\``).join(', ')}`, '')
  for (const c of sim.gh.commentsOn(sim.issue)) {
    const kind = c.user === BOT ? (kindOf(c.body) ?? 'reply') : undefined
    lines.push(`### Comment by ${c.user}${kind ? ` (${kind})` : ''}`, '', c.body, '', '---', '')
  }
  return lines.join('\n')
}
