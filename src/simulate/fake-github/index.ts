/**
 * An in-memory stand-in for the part of GitHub's REST API that incident-kit uses, served over
 * real HTTP (127.0.0.1, ephemeral port) so the action's own octokit stack — retry, throttling,
 * pagination, URL encoding — runs unchanged against it. The CLI's `simulate` command plays a
 * whole incident against it; the end-to-end tests plug an OpenAPI check into `validate`.
 *
 * Response shapes follow GitHub's (ids, node_id, html_url, timestamps, user and label objects,
 * reaction summaries), and so do the awkward answers the action must cope with: 404 for a label
 * that is not on the issue, 404 for a non-collaborator's permission, 403 "Resource not
 * accessible by integration" for a token that cannot read teams, 422 for duplicates.
 *
 * It keeps each issue's history as GitHub does — labeled/unlabeled/closed/reopened/assigned/
 * unassigned/renamed events with actor and time, and comments — whoever causes a change: a
 * request, a seeding helper, or a person acted as with `as(login)`.
 *
 * Layout: types (public records), store (state and every change), json (GitHub's shapes),
 * routing (template matching shared with the OpenAPI validator, pagination), routes/ (handlers
 * by area), person (acting as someone), server (HTTP, seeding, inspection, `intercept`).
 */
export { FakeGitHub, startFakeGitHub } from './server.js'
export { ROUTES } from './routes/index.js'
export { Person, type CloseReason } from './person.js'
export { bindPath, compareSpecificity, compileTemplate, splitPath, type Segment } from './routing.js'
export { gitBlobSha, isoSeconds, nodeId, REACTION_CONTENTS } from './util.js'
export type * from './types.js'
