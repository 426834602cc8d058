/**
 * How long the issue gets: the dashboard's visible text at opening and however long the
 * incident, and how many comments the bot keeps, whatever people type.
 */
import { describe, expect, it } from '@jest/globals'
import { visibleText, VISIBLE_BUDGET } from '../../../src/incident/dashboard.js'
import { context } from './context.js'
import { BOT, IssueModel } from './github-model.js'

const COMMANDS = ['/status containment under way on db-N', '/timeline now attacker pivoted to db-N', '/ioc 198.51.100.N', '/phse next', '/note N', '/sev 2']

/** `count` ordinary commands by a writer, `perRun` comments per workflow run (the fold does not depend on it). */
function longIncident(count: number, perRun: number): IssueModel {
  const gh = new IssueModel(context())
  gh.run()
  gh.comment('ic-ian', '/ic @ic-ian')
  for (let i = 0; i < count; i++) {
    gh.comment('wendy', COMMANDS[i % COMMANDS.length]!.replace(/N/g, String(i % 250)))
    if (i % perRun === perRun - 1) gh.run()
  }
  gh.run()
  return gh
}

const botComments = (gh: IssueModel) => gh.comments.filter((c) => c.user === BOT)

describe('the issue stays short', () => {
  it('at opening the dashboard shows at most 6,000 characters (the hidden cache aside)', () => {
    const gh = new IssueModel(context())
    gh.run()
    const shown = visibleText(gh.bot('dashboard')!.body).length
    console.info(`dashboard at opening: ${shown} characters shown`)
    expect(shown).toBeLessThanOrEqual(6_000)
  })

  it('after 90 commands: one status comment, one answers comment, at most 8 bot comments, a dashboard within 20,000 characters', () => {
    const gh = longIncident(90, 6)
    console.info(`after 90 commands: ${botComments(gh).length} bot comments, dashboard ${visibleText(gh.bot('dashboard')!.body).length} characters shown`)
    expect(
      botComments(gh)
        .map((c) => /kind=([a-z-]+)/.exec(c.body)?.[1])
        .sort()
    ).toEqual(['answers', 'checklist', 'dashboard', 'status-update'])
    expect(visibleText(gh.bot('dashboard')!.body).length).toBeLessThanOrEqual(VISIBLE_BUDGET)
    // Fifteen `/status`: the latest in full, the others folded below it, in one comment.
    const status = gh.bot('status-update')!.body
    expect(status).toContain('<details><summary>14 earlier status updates</summary>')
    // Fifteen misspelt commands each got an answer, all in one comment.
    expect(gh.replies().filter((r) => r.includes('did you mean `/phase`'))).toHaveLength(15)
  })

  it('after 600 commands: the dashboard stays within 20,000 characters and the oldest entries fill one archive comment, nothing dropped', () => {
    const gh = longIncident(600, 150)
    const dashboard = gh.bot('dashboard')!.body
    console.info(`after 600 commands: ${botComments(gh).length} bot comments, dashboard ${visibleText(dashboard).length} characters shown`)
    expect(visibleText(dashboard).length).toBeLessThanOrEqual(VISIBLE_BUDGET)
    const archives = botComments(gh).filter((c) => c.body.includes('### Archive: '))
    expect(archives).toHaveLength(1)
    expect(botComments(gh)).toHaveLength(5)
    // Each of the 100 attack-timeline entries is either on the dashboard or in the archive.
    const attack = `${visibleText(dashboard)}\n${archives[0]!.body}`.match(/(?<!Attack timeline: )attacker pivoted to db-\d+/g) ?? []
    expect(attack).toHaveLength(100)
  })

  it('a status comment a writer edits is drawn again by the next run, then left alone', () => {
    const gh = new IssueModel(context())
    gh.run()
    gh.comment('wendy', '/status containment under way')
    gh.run()
    const status = gh.bot('status-update')!
    const drawn = status.body
    gh.edit(status.id, drawn.replace('containment under way', 'all clear, nothing to see'))
    gh.run()
    expect(gh.bot('status-update')!.body).toBe(drawn)
    expect(gh.writesOf(gh.run())).toBe(0)
  })

  it('the newest entries come first; older ones are folded', () => {
    const gh = longIncident(30, 6)
    const dashboard = visibleText(gh.bot('dashboard')!.body)
    const response = dashboard.slice(dashboard.indexOf('### Response timeline'), dashboard.indexOf('### Attack timeline'))
    const times = [...response.matchAll(/^\| (\d{4}-\d\d-\d\dT\d\d:\d\dZ) \|/gm)].map((m) => m[1]!)
    expect(times.length).toBeGreaterThan(10)
    expect([...times].sort().reverse()).toEqual(times.slice(0, times.length))
    expect(response.indexOf('earlier entries</summary>')).toBeGreaterThan(0)
  })
})
