import { describe, expect, it } from '@jest/globals'
import { eventFromRunner } from '../../../src/github/runner.js'

describe('the event as the runner hands it over', () => {
  const env = { GITHUB_EVENT_NAME: 'issues', GITHUB_REPOSITORY: 'acme/incidents', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '7001' }

  it("links the run's page, so a failure can be said on the incident", () => {
    expect(eventFromRunner(env).runUrl).toBe('https://github.com/acme/incidents/actions/runs/7001')
  })

  it('links the attempt of a re-run', () => {
    expect(eventFromRunner({ ...env, GITHUB_RUN_ATTEMPT: '2' }).runUrl).toBe('https://github.com/acme/incidents/actions/runs/7001/attempts/2')
  })

  it('has no link outside a run', () => {
    expect(eventFromRunner({ GITHUB_EVENT_NAME: 'issues', GITHUB_REPOSITORY: 'acme/incidents' }).runUrl).toBeUndefined()
  })
})
