/** The repository itself, the rate limit, file contents, branches and pull requests. */
import { createHash } from 'node:crypto'
import { commitJson, fileJson, pullJson, refJson, repoJson } from '../json.js'
import { bodyObject, paged, type Ctx } from '../routing.js'
import type { Store } from '../store.js'
import type { FakeReply, IssueRecord } from '../types.js'
import { gitBlobSha, HttpError, notFound, unprocessable, validationFailed } from '../util.js'

export function getRateLimit(c: Ctx): FakeReply {
  const core = { limit: 5000, used: c.s.rateUsed, remaining: 5000 - c.s.rateUsed, reset: c.s.rateReset }
  const fresh = (limit: number) => ({ limit, used: 0, remaining: limit, reset: c.s.rateReset })
  return { status: 200, body: { resources: { core, search: fresh(30), graphql: fresh(5000), integration_manifest: fresh(5000) }, rate: core } }
}

export function getRepo(c: Ctx): FakeReply {
  return { status: 200, body: repoJson(c.s) }
}

export function getContent(c: Ctx): FakeReply {
  const ref = c.query.ref ?? c.s.o.defaultBranch
  const commit = c.s.resolveRef(ref)
  if (!commit) throw notFound(`No commit found for the ref ${ref}`)
  const path = c.params.path!.replace(/^\/+|\/+$/g, '')
  const text = commit.files.get(path)
  if (text !== undefined) return { status: 200, body: fileJson(c.s, path, text, ref) }
  // A directory answers with its entries, one level deep, as GitHub does.
  const prefix = `${path}/`
  const entries = new Map<string, unknown>()
  for (const [file, content] of commit.files) {
    if (!file.startsWith(prefix)) continue
    const [name, ...deeper] = file.slice(prefix.length).split('/')
    const entryPath = `${prefix}${name}`
    if (deeper.length === 0) {
      const { content: _omit, encoding: _enc, ...entry } = fileJson(c.s, entryPath, content, ref)
      entries.set(entryPath, entry)
    } else if (!entries.has(entryPath)) {
      entries.set(entryPath, {
        type: 'dir',
        name,
        path: entryPath,
        sha: createHash('sha1').update(`tree ${entryPath}`).digest('hex'),
        size: 0,
        url: `${c.s.repoApi}/contents/${entryPath}?ref=${ref}`,
        html_url: `${c.s.repoHtml}/tree/${ref}/${entryPath}`,
        git_url: null,
        download_url: null
      })
    }
  }
  if (entries.size === 0) throw notFound()
  return { status: 200, body: [...entries.values()] }
}

export function putContent(c: Ctx): FakeReply {
  const b = bodyObject(c)
  if (typeof b.message !== 'string') throw validationFailed('Commit', 'message', 'missing_field')
  if (typeof b.content !== 'string') throw validationFailed('Commit', 'content', 'missing_field')
  const branch = typeof b.branch === 'string' ? b.branch : c.s.o.defaultBranch
  const path = c.params.path!.replace(/^\/+|\/+$/g, '')
  const current = c.s.resolveRef(branch)?.files.get(path)
  if (current !== undefined && b.sha === undefined) throw unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.')
  if (current !== undefined && b.sha !== gitBlobSha(current)) {
    throw new HttpError(409, {
      message: `${path} does not match ${String(b.sha)}`,
      documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
      status: '409'
    })
  }
  const text = Buffer.from(b.content, 'base64').toString('utf8')
  const commit = c.s.commitFile(branch, path, text, b.message, c.actor)
  const { content: _omit, encoding: _enc, ...content } = fileJson(c.s, path, text, branch)
  return { status: current === undefined ? 201 : 200, body: { content, commit: commitJson(c.s, commit) } }
}

export function getRef(c: Ctx): FakeReply {
  const m = /^heads\/(.+)$/.exec(c.params.ref!)
  if (!m || !c.s.branches.has(m[1]!)) throw notFound()
  return { status: 200, body: refJson(c.s, m[1]!) }
}

export function createRef(c: Ctx): FakeReply {
  const b = bodyObject(c)
  const m = typeof b.ref === 'string' ? /^refs\/heads\/(.+)$/.exec(b.ref) : null
  if (!m) throw unprocessable('Reference name is invalid')
  if (typeof b.sha !== 'string' || !c.s.commits.has(b.sha)) throw unprocessable('Object does not exist')
  if (c.s.branches.has(m[1]!)) throw unprocessable('Reference already exists')
  c.s.branches.set(m[1]!, b.sha)
  return { status: 201, body: refJson(c.s, m[1]!) }
}

function pulls(s: Store): IssueRecord[] {
  return [...s.issues.values()].filter((i) => i.pull !== undefined)
}

export function listPulls(c: Ctx): FakeReply {
  const state = c.query.state ?? 'open'
  const head = c.query.head?.replace(/^[^:]+:/, '')
  const items = pulls(c.s)
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => head === undefined || i.pull!.head === head)
    .filter((i) => c.query.base === undefined || i.pull!.base === c.query.base)
    .sort((a, b) => b.number - a.number)
  return paged(c, items, (i) => pullJson(c.s, i))
}

export function createPull(c: Ctx): FakeReply {
  const b = bodyObject(c)
  if (typeof b.title !== 'string') throw validationFailed('PullRequest', 'title', 'missing_field')
  const head = typeof b.head === 'string' ? b.head.replace(/^[^:]+:/, '') : ''
  const base = typeof b.base === 'string' ? b.base : ''
  if (!c.s.branches.has(head)) throw validationFailed('PullRequest', 'head', 'invalid')
  if (!c.s.branches.has(base)) throw validationFailed('PullRequest', 'base', 'invalid')
  if (c.s.branches.get(head) === c.s.branches.get(base)) throw validationFailed('PullRequest', 'head', 'custom', `No commits between ${base} and ${head}`)
  if (pulls(c.s).some((i) => i.state === 'open' && i.pull!.head === head && i.pull!.base === base)) {
    throw validationFailed('PullRequest', 'head', 'custom', `A pull request already exists for ${c.s.o.owner}:${head}.`)
  }
  const issue = c.s.addIssue(
    { title: b.title, body: typeof b.body === 'string' ? b.body : null, user: c.actor },
    { head, base, draft: b.draft === true, merged: false }
  )
  return { status: 201, body: pullJson(c.s, issue), headers: { location: `${c.s.repoApi}/pulls/${issue.number}` } }
}

function pullOr404(c: Ctx): IssueRecord {
  const issue = c.s.issueOr404(c.params.pull_number!)
  if (!issue.pull) throw notFound()
  return issue
}

export function getPull(c: Ctx): FakeReply {
  return { status: 200, body: pullJson(c.s, pullOr404(c)) }
}

/** Counts lines present on one side only; enough for additions/deletions figures. */
function lineDelta(before: string, after: string): { additions: number; deletions: number } {
  const count = (text: string) => {
    const m = new Map<string, number>()
    for (const line of text === '' ? [] : text.split('\n')) m.set(line, (m.get(line) ?? 0) + 1)
    return m
  }
  const a = count(before)
  const b = count(after)
  let additions = 0
  let deletions = 0
  for (const [line, n] of b) additions += Math.max(0, n - (a.get(line) ?? 0))
  for (const [line, n] of a) deletions += Math.max(0, n - (b.get(line) ?? 0))
  return { additions, deletions }
}

export function listPullFiles(c: Ctx): FakeReply {
  const pull = pullOr404(c).pull!
  const head = c.s.resolveRef(pull.head)?.files ?? new Map<string, string>()
  const base = c.s.resolveRef(pull.base)?.files ?? new Map<string, string>()
  const paths = [...new Set([...head.keys(), ...base.keys()])].sort()
  const changed = paths.filter((p) => head.get(p) !== base.get(p))
  return paged(c, changed, (path) => {
    const before = base.get(path)
    const after = head.get(path)
    const { additions, deletions } = lineDelta(before ?? '', after ?? '')
    const sha = after === undefined ? '0000000000000000000000000000000000000000' : gitBlobSha(after)
    return {
      sha,
      filename: path,
      status: before === undefined ? 'added' : after === undefined ? 'removed' : 'modified',
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${c.s.repoHtml}/blob/${pull.head}/${path}`,
      raw_url: `${c.s.repoHtml}/raw/${pull.head}/${path}`,
      contents_url: `${c.s.repoApi}/contents/${path}?ref=${pull.head}`
    }
  })
}
