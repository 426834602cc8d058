/**
 * The fake keeps each issue's history as GitHub does — events with actor and time, comments
 * with their edits — and serves it (timeline, events, comments since) in GitHub's published
 * shapes. Times come only from the fake's clock, moved by hand here.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { ROUTES, startFakeGitHub, type FakeGitHub } from '../../src/simulate/fake-github/index.js'
import { manualClock, type ManualClock } from './fake-hooks.js'
import { createOpenApiValidator } from './openapi.js'

const owner = 'acme'
const repo = 'security-incidents'
const bot = 'github-actions[bot]'
const validator = createOpenApiValidator()
const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

let gh: FakeGitHub
let octokit: Octokit
let clock: ManualClock

beforeEach(async () => {
  clock = manualClock('2026-11-22T09:00:00Z')
  gh = await startFakeGitHub({ owner, repo, validate: validator.validate, now: clock.now })
  octokit = new Octokit({ auth: 'ghs_workflow_token', baseUrl: gh.url, log: silent })
  gh.setPermission('dana', 'write')
  gh.setPermission('tom', 'triage')
  gh.setPermission('rita', 'read')
})

afterEach(async () => {
  await gh.close()
})

/** Events as compact "actor event detail" lines, oldest first. */
function story(issue: number): string[] {
  return gh
    .eventsOn(issue)
    .map((e) =>
      [e.createdAt.slice(11, 19), e.actor, e.event, e.label?.name ?? e.assignee ?? (e.rename ? `${e.rename.from} -> ${e.rename.to}` : (e.stateReason ?? ''))]
        .join(' ')
        .trim()
    )
}

function fileIncident(): number {
  return gh.createIssue({ title: 'Strange logins', body: 'Seen at 09:00', user: 'reporter', labels: ['incident', 'sev:2'] }).number
}

describe('recording history', () => {
  it("records the labels an issue is filed with as the author's, at creation time", () => {
    const n = fileIncident()
    expect(story(n)).toEqual(['09:00:00 reporter labeled incident', '09:00:00 reporter labeled sev:2'])
  })

  it("records the labels of an issue filed through the API as the filer's", async () => {
    gh.asUser('pat_rita', 'rita')
    const rita = new Octokit({ auth: 'pat_rita', baseUrl: gh.url, log: silent })
    const { data } = await rita.rest.issues.create({ owner, repo, title: 'Phishing wave', labels: ['incident', 'incident'] })
    expect(story(data.number)).toEqual(['09:00:00 rita labeled incident'])
    expect(gh.violations).toEqual([])
  })

  it("records label changes through the API as the token's identity; a label already on records nothing", async () => {
    const n = fileIncident()
    clock.advance(60)
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: n, labels: ['phase:triage', 'incident'] })
    clock.advance(60)
    await octokit.rest.issues.removeLabel({ owner, repo, issue_number: n, name: 'sev:2' })
    await expect(octokit.rest.issues.removeLabel({ owner, repo, issue_number: n, name: 'sev:2' })).rejects.toMatchObject({ status: 404 })
    clock.advance(60)
    await octokit.rest.issues.setLabels({ owner, repo, issue_number: n, labels: ['incident', 'phase:contain'] })

    expect(story(n).slice(2)).toEqual([
      `09:01:00 ${bot} labeled phase:triage`,
      `09:02:00 ${bot} unlabeled sev:2`,
      `09:03:00 ${bot} unlabeled phase:triage`,
      `09:03:00 ${bot} labeled phase:contain`
    ])
    expect(gh.labelsOf(n)).toEqual(['incident', 'phase:contain'])
    expect(gh.violations).toEqual([])
  })

  it('records closing (with its reason), reopening, assignment and renaming through the API', async () => {
    const n = fileIncident()
    gh.asUser('pat_dana', 'dana')
    const dana = new Octokit({ auth: 'pat_dana', baseUrl: gh.url, log: silent })
    clock.advance(10)
    await dana.rest.issues.update({ owner, repo, issue_number: n, title: 'amber-otter', assignees: ['dana', 'stranger'] })
    clock.advance(10)
    await octokit.rest.issues.update({ owner, repo, issue_number: n, title: 'amber-otter', state: 'closed', state_reason: 'not_planned' })
    await octokit.rest.issues.update({ owner, repo, issue_number: n, state: 'closed' })
    clock.advance(10)
    await dana.rest.issues.update({ owner, repo, issue_number: n, state: 'open' })
    await octokit.rest.issues.addAssignees({ owner, repo, issue_number: n, assignees: ['tom'] })
    await octokit.rest.issues.removeAssignees({ owner, repo, issue_number: n, assignees: ['dana'] })

    expect(story(n).slice(2)).toEqual([
      '09:00:10 dana renamed Strange logins -> amber-otter',
      '09:00:10 dana assigned dana',
      `09:00:20 ${bot} closed not_planned`,
      '09:00:30 dana reopened',
      `09:00:30 ${bot} assigned tom`,
      `09:00:30 ${bot} unassigned dana`
    ])
    expect(gh.issue(n)).toMatchObject({ state: 'open', stateReason: 'reopened', assignees: ['tom'], updatedAt: '2026-11-22T09:00:30Z' })
    expect(gh.violations).toEqual([])
  })

  it("records what a person does, as that person, with GitHub's access rules", () => {
    const n = fileIncident()
    clock.advance(5)
    gh.as('tom').addLabels(n, 'phase:triage', 'incident')
    gh.as('tom').removeLabel(n, 'sev:2')
    gh.as('tom').assign(n, 'dana')
    clock.advance(5)
    gh.as('dana').unassign(n, 'dana')
    gh.as('dana').rename(n, 'amber-otter')
    gh.as('dana').close(n, 'completed')
    clock.advance(5)
    gh.as('reporter').reopen(n)

    expect(story(n).slice(2)).toEqual([
      '09:00:05 tom labeled phase:triage',
      '09:00:05 tom unlabeled sev:2',
      '09:00:05 tom assigned dana',
      '09:00:10 dana unassigned dana',
      '09:00:10 dana renamed Strange logins -> amber-otter',
      '09:00:10 dana closed completed',
      '09:00:15 reporter reopened'
    ])
    expect(() => gh.as('rita').addLabels(n, 'sev:1')).toThrow(/rita cannot label #1: GitHub requires triage access and they have read/)
    expect(() => gh.as('tom').removeLabel(n, 'sev:1')).toThrow(/not on the issue/)
    expect(gh.labelsOf(n)).toEqual(['incident', 'phase:triage'])
  })
})

describe('comments and their edits', () => {
  it("lets anyone with write access edit any comment, the bot's included: updated_at moves, created_at does not", async () => {
    const n = fileIncident()
    const { data: dashboard } = await octokit.rest.issues.createComment({ owner, repo, issue_number: n, body: 'state v1' })
    clock.advance(90)
    const edited = gh.as('dana').editComment(dashboard.id, 'state forged')

    expect(edited).toMatchObject({ user: bot, body: 'state forged', createdAt: '2026-11-22T09:00:00Z', updatedAt: '2026-11-22T09:01:30Z' })
    const { data } = await octokit.rest.issues.getComment({ owner, repo, comment_id: dashboard.id })
    expect(data).toMatchObject({ body: 'state forged', created_at: '2026-11-22T09:00:00Z', updated_at: '2026-11-22T09:01:30Z' })
    expect(() => gh.as('tom').editComment(dashboard.id, 'x')).toThrow(
      /tom cannot edit github-actions\[bot\]'s comment .*requires write access and they have triage/
    )
    expect(story(n)).toHaveLength(2)
  })

  it('moves updated_at on an edit through the API too', async () => {
    const n = fileIncident()
    const own = gh.as('rita').comment(n, '/ioc 203.0.113.7')
    clock.advance(30)
    gh.asUser('pat_rita', 'rita')
    const rita = new Octokit({ auth: 'pat_rita', baseUrl: gh.url, log: silent })
    const { data } = await rita.rest.issues.updateComment({ owner, repo, comment_id: own.id, body: '/ioc 203.0.113.8' })
    expect(data).toMatchObject({ created_at: '2026-11-22T09:00:00Z', updated_at: '2026-11-22T09:00:30Z', user: { login: 'rita' } })
  })

  it('lists only comments updated at or after `since`', async () => {
    const n = fileIncident()
    const early = gh.as('dana').comment(n, 'early')
    clock.advance(60)
    gh.as('dana').comment(n, 'later')
    clock.advance(60)
    gh.as('dana').editComment(early.id, 'early, edited')

    const since = async (at: string) => (await octokit.rest.issues.listComments({ owner, repo, issue_number: n, since: at })).data.map((c) => c.body)
    expect(await since('2026-11-22T09:01:00Z')).toEqual(['early, edited', 'later'])
    expect(await since('2026-11-22T09:01:01Z')).toEqual(['early, edited'])
    expect(await since('2026-11-22T09:02:01Z')).toEqual([])
    expect(gh.violations).toEqual([])
  })
})

describe('the timeline and the events list', () => {
  it('lists events and comments by time, same-second items in the order they happened, comments as "commented"', async () => {
    const n = fileIncident()
    clock.advance(60)
    const note = gh.as('dana').comment(n, '/ic page')
    gh.as('dana').addLabels(n, 'phase:triage')
    clock.advance(60)
    const gone = gh.as('tom').comment(n, 'oops')
    gh.as('tom').deleteComment(gone.id)
    gh.as('dana').close(n)
    clock.advance(60)
    gh.as('dana').editComment(note.id, '/ic page (edited)')

    const { data } = await octokit.rest.issues.listEventsForTimeline({ owner, repo, issue_number: n })
    expect(data.map((e) => `${'created_at' in e ? e.created_at?.slice(11, 19) : ''} ${e.event}`)).toEqual([
      '09:00:00 labeled',
      '09:00:00 labeled',
      '09:01:00 commented',
      '09:01:00 labeled',
      '09:02:00 closed'
    ])
    expect(data[2]).toMatchObject({
      event: 'commented',
      id: note.id,
      body: '/ic page (edited)',
      user: { login: 'dana' },
      actor: { login: 'dana' },
      created_at: '2026-11-22T09:01:00Z',
      updated_at: '2026-11-22T09:03:00Z',
      author_association: 'COLLABORATOR',
      html_url: `https://github.com/${owner}/${repo}/issues/${n}#issuecomment-${note.id}`,
      issue_url: `${gh.url}/repos/${owner}/${repo}/issues/${n}`,
      reactions: { total_count: 0 }
    })
    expect(data[4]).toMatchObject({ event: 'closed', actor: { login: 'dana' }, state_reason: 'completed', commit_id: null, commit_url: null })

    const events = await octokit.rest.issues.listEvents({ owner, repo, issue_number: n })
    expect(events.data.map((e) => e.event)).toEqual(['labeled', 'labeled', 'labeled', 'closed'])
    expect(events.data[2]).toMatchObject({ actor: { login: 'dana' }, label: { name: 'phase:triage', color: 'ededed' }, created_at: '2026-11-22T09:01:00Z' })
    expect(gh.violations).toEqual([])
  })

  it('pages the timeline with Link headers that octokit follows', async () => {
    const n = fileIncident()
    for (let i = 1; i <= 40; i++) {
      clock.advance(1)
      if (i % 2) gh.as('dana').comment(n, `note ${i}`)
      else gh.as('tom').addLabels(n, `ioc:${i}`)
    }
    const first = await octokit.rest.issues.listEventsForTimeline({ owner, repo, issue_number: n, per_page: 20 })
    expect(first.data).toHaveLength(20)
    expect(first.headers.link).toContain('page=2>; rel="next"')
    expect(first.headers.link).toContain('page=3>; rel="last"')

    gh.resetLog()
    const all = await octokit.paginate(octokit.rest.issues.listEventsForTimeline, { owner, repo, issue_number: n, per_page: 20 })
    expect(all).toHaveLength(42)
    expect(all.map((e) => ('id' in e ? e.id : undefined))).toEqual(gh.timelineJson(n).map((e) => e.id))
    expect(gh.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(gh.violations).toEqual([])
  })

  it('still validates requests: an unknown query parameter is a violation', async () => {
    const n = fileIncident()
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/timeline', { owner, repo, issue_number: n, since: '2026-11-22T09:00:00Z' })
    ).rejects.toMatchObject({ status: 422 })
    expect(gh.violations.map((v) => v.violations)).toEqual([["unknown query parameter 'since' for issues/list-events-for-timeline"]])
  })
})

describe('collaborators and teams', () => {
  it('lists collaborators with their role and permission flags, filtered by permission', async () => {
    const all = await octokit.rest.repos.listCollaborators({ owner, repo, affiliation: 'all', per_page: 100 })
    expect(all.data.map((c) => [c.login, c.role_name, c.permissions?.push, c.permissions?.triage])).toEqual([
      ['dana', 'write', true, true],
      ['tom', 'triage', false, true],
      ['rita', 'read', false, false]
    ])
    const pushers = await octokit.rest.repos.listCollaborators({ owner, repo, permission: 'triage' })
    expect(pushers.data.map((c) => c.login)).toEqual(['dana', 'tom'])
    expect(gh.violations).toEqual([])
  })

  it('lists team members, paged and by role; 403 when the token cannot read teams, 404 for an unknown team', async () => {
    for (const login of ['lena', 'Lou', 'lars']) gh.addTeamMember(owner, 'legal', login)
    gh.addTeamMember(owner, 'legal', 'lisa', 'maintainer')

    const all = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org: owner, team_slug: 'legal', per_page: 3 })
    expect(all.map((m) => m.login)).toEqual(['lena', 'Lou', 'lars', 'lisa'])
    const maintainers = await octokit.rest.teams.listMembersInOrg({ org: owner, team_slug: 'legal', role: 'maintainer' })
    expect(maintainers.data.map((m) => m.login)).toEqual(['lisa'])
    await expect(octokit.rest.teams.listMembersInOrg({ org: owner, team_slug: 'nobody' })).rejects.toMatchObject({ status: 404 })

    gh.setTeamsReadable(false)
    const refused = await octokit.rest.teams.listMembersInOrg({ org: owner, team_slug: 'legal' }).catch((e: unknown) => e)
    expect(refused).toMatchObject({ status: 403, response: { headers: { 'x-accepted-github-permissions': 'members=read' } } })
    expect(gh.violations).toEqual([])
  })
})

describe("responses match GitHub's published description", () => {
  /** The specific schema each timeline item must satisfy (the route's own schema is a loose anyOf). */
  const TIMELINE_SCHEMAS: Record<string, string> = {
    labeled: 'labeled-issue-event',
    unlabeled: 'unlabeled-issue-event',
    renamed: 'renamed-issue-event',
    assigned: 'timeline-assigned-issue-event',
    unassigned: 'timeline-unassigned-issue-event',
    closed: 'state-change-issue-event',
    reopened: 'state-change-issue-event',
    commented: 'timeline-comment-event'
  }

  /** Fetches first, validates after: compiling schemas blocks the event loop long enough to drop kept-alive sockets. */
  async function fetched(route: string, params: Record<string, unknown>): Promise<{ method: string; path: string; status: number; data: unknown[] }> {
    const res = await octokit.request(route, route.includes('{repo}') ? { owner, repo, ...params } : params)
    return { method: route.split(' ')[0]!, path: new URL(res.url).pathname, status: res.status, data: res.data as unknown[] }
  }

  it('for the timeline, the events list, comments since, collaborators and team members', async () => {
    const n = fileIncident()
    const dash = gh.addComment(n, bot, 'dashboard')
    clock.advance(1)
    gh.as('dana').assign(n, 'tom')
    gh.as('dana').unassign(n, 'tom')
    gh.as('dana').rename(n, 'amber-otter')
    gh.as('tom').removeLabel(n, 'sev:2')
    gh.as('dana').editComment(dash.id, 'tampered')
    gh.as('dana').comment(n, '/ioc 198.51.100.4')
    gh.as('dana').close(n, 'not_planned')
    gh.as('dana').reopen(n)
    gh.addTeamMember(owner, 'legal', 'lena')

    const responses = [
      await fetched('GET /repos/{owner}/{repo}/issues/{issue_number}/timeline', { issue_number: n }),
      await fetched('GET /repos/{owner}/{repo}/issues/{issue_number}/events', { issue_number: n }),
      await fetched('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: n, since: '2026-11-22T09:00:01Z' }),
      await fetched('GET /repos/{owner}/{repo}/collaborators', {}),
      await fetched('GET /orgs/{org}/teams/{team_slug}/members', { org: owner, team_slug: 'legal' })
    ]
    expect(gh.violations).toEqual([])
    for (const r of responses) expect([r.path, validator.validateResponse(r, r.status, r.data)]).toEqual([r.path, []])
    expect(responses.map((r) => r.data.length)).toEqual([10, 8, 2, 3, 1])

    const [timeline, events] = responses.map((r) => r.data as Array<{ event: string }>)
    expect(timeline!.map((e) => e.event)).toEqual([
      'labeled',
      'labeled',
      'commented',
      'assigned',
      'unassigned',
      'renamed',
      'unlabeled',
      'commented',
      'closed',
      'reopened'
    ])
    for (const item of timeline!) expect([item.event, validator.validateSchema(TIMELINE_SCHEMAS[item.event]!, item)]).toEqual([item.event, []])
    const EVENT_SCHEMAS: Record<string, string> = { ...TIMELINE_SCHEMAS, assigned: 'assigned-issue-event', unassigned: 'unassigned-issue-event' }
    for (const item of events!) expect([item.event, validator.validateSchema(EVENT_SCHEMAS[item.event]!, item)]).toEqual([item.event, []])
    // The check has teeth: an event without its actor is refused.
    expect(validator.validateSchema('labeled-issue-event', { ...events![0], actor: undefined })).not.toEqual([])
  })

  it('routes every path the fake serves to the GitHub operation with the same template (one shared matcher)', () => {
    const sample = (template: string) =>
      template.replace(/\{(\w+)\+?\}/g, (_, name: string) => (name === 'path' ? 'runbooks/db.md' : name === 'ref' ? 'heads/main' : `x${name}`))
    const shape = (template: string) => template.replace(/\{\w+\+?\}/g, '{}')
    const mismatched = ROUTES.filter((r) => shape(validator.operationFor(r.method, sample(r.template))?.template ?? '') !== shape(r.template)).map(
      (r) => `${r.method} ${r.template}`
    )
    expect(mismatched).toEqual([])
  })
})
