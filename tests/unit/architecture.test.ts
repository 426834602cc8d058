/**
 * A checked architecture (DESIGN.md "Architecture": functional core, imperative shell).
 *
 * The layering, lowest first; a file may import its own folder and any folder below it:
 *
 *   text < config < comms < incident < runbooks  (the pure core: no I/O, no octokit, no @actions)
 *        < notify < github                       (the shell's doors out: HTTP pages, the GitHub API)
 *        < simulate < cli < entry                (front ends; entry = src/index.ts, main.ts, cli.ts)
 *
 * src/notify is shell, not core: it sends pages with `fetch`. It imports only the plan's types
 * and is called only by src/github/handle.ts.
 *
 * Every exception below exists today and says why. A new forbidden import or write fails this
 * test; an exception that no longer matches anything fails it too, so the lists only shrink.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check, layerCycles, type Rules } from './architecture/checker.js'

const SHARED_WITH_INCIDENT =
  'comms and incident import each other today; comms draws from the incident record (state, plan, clocks, metrics) that should move to a src/core below both'
const CONFIG_NEEDS_DOMAIN =
  'config validates and defaults with domain knowledge (codename words, runbook steps, clock kinds, plan types); the defaults should move down or the validation up'
const CONFIG_NEEDS_TEXT = 'config explains problems with the neutraliser and template checks that live in comms; they belong in src/text'

export const RULES: Rules = {
  layers: { text: 0, config: 1, comms: 2, incident: 3, runbooks: 4, notify: 5, github: 6, simulate: 7, cli: 8, entry: 9 },
  fileLayers: {
    // src/cli/command.ts: "Commands live beside their domain and are listed in dispatch.ts".
    // A command reads files and writes to the terminal, so it is shell code wherever it lives.
    'src/comms/cli.ts': { layer: 'cli', reason: 'the lint-announcement and render commands: read files given on the command line' },
    'src/runbooks/cli.ts': { layer: 'cli', reason: 'the runbooks command: scans a folder given on the command line' },
    'src/simulate/cli.ts': { layer: 'cli', reason: 'the simulate command: writes its transcript to the terminal and files' }
  },
  pure: ['text', 'config', 'comms', 'incident', 'runbooks'],
  ioModules: [
    'node:fs',
    'node:child_process',
    'node:http',
    'node:https',
    'node:http2',
    'node:net',
    'node:tls',
    'node:dgram',
    'node:dns',
    'node:worker_threads',
    'node:readline',
    'tinyglobby'
  ],
  ioPrefixes: ['@octokit/', '@actions/'],
  // Pure checks on IP address text, no sockets.
  pureNames: { 'node:net': ['isIP', 'isIPv4', 'isIPv6', 'BlockList'] },
  ioAllowed: {
    'src/comms/templates.ts → node:fs': {
      reason: 'reads the templates/ folder shipped inside the action (once per process); a user override comes through the shell as text'
    },
    'src/runbooks/scan.ts → node:fs': { reason: 'scans the checked-out workspace: the runbooks are files on disk, not API reads' },
    'src/runbooks/scan.ts → node:fs/promises': { reason: 'scans the checked-out workspace: reads each runbook and CODEOWNERS' },
    'src/runbooks/scan.ts → tinyglobby': { reason: 'scans the checked-out workspace: finds runbooks by glob' }
  },
  backEdges: {
    'src/config/load.ts → src/incident/clocks.ts': { reason: CONFIG_NEEDS_DOMAIN },
    'src/config/load.ts → src/incident/codename.ts': { reason: CONFIG_NEEDS_DOMAIN },
    'src/config/load.ts → src/incident/runbook-steps.ts': { reason: CONFIG_NEEDS_DOMAIN },
    'src/config/pr-check.ts → src/incident/plan.ts': { reason: CONFIG_NEEDS_DOMAIN },
    'src/config/problems.ts → src/incident/model.ts': { reason: CONFIG_NEEDS_DOMAIN },
    'src/config/problems.ts → src/incident/plan.ts': { reason: CONFIG_NEEDS_DOMAIN },
    'src/config/pr-check.ts → src/comms/neutralise.ts': { reason: CONFIG_NEEDS_TEXT },
    'src/config/pr-check.ts → src/comms/variables.ts': { reason: CONFIG_NEEDS_TEXT },
    'src/config/pr-check.ts → src/comms/view.ts': { reason: CONFIG_NEEDS_TEXT },
    'src/config/problems.ts → src/comms/neutralise.ts': { reason: CONFIG_NEEDS_TEXT },
    'src/comms/compose.ts → src/incident/state.ts': { reason: SHARED_WITH_INCIDENT },
    'src/comms/drafts.ts → src/incident/plan.ts': { reason: SHARED_WITH_INCIDENT },
    'src/comms/drafts.ts → src/incident/state.ts': { reason: SHARED_WITH_INCIDENT },
    'src/comms/post-mortem.ts → src/incident/plan.ts': { reason: SHARED_WITH_INCIDENT },
    'src/comms/post-mortem.ts → src/incident/state.ts': { reason: SHARED_WITH_INCIDENT },
    'src/comms/view.ts → src/incident/clocks.ts': { reason: SHARED_WITH_INCIDENT },
    'src/comms/view.ts → src/incident/metrics.ts': { reason: SHARED_WITH_INCIDENT },
    'src/comms/view.ts → src/incident/state.ts': { reason: SHARED_WITH_INCIDENT }
  },
  applier: 'src/github/apply.ts',
  // Every write goes through the applier: a drill's pull request and the setup drill are planned changes too.
  writesAllowed: {}
}

const root = join(import.meta.dirname, '..', '..')

/** Paths relative to the repository root, with forward slashes (`src/comms/view.ts`). */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(path)
    // Declaration files (src/types/*.d.ts) describe modules; they hold no code to layer.
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

const files = new Map(sourceFiles('src').map((f) => [f, readFileSync(join(root, f), 'utf8')] as const))

describe('the architecture of src/', () => {
  const report = check(files, RULES)

  test('pure modules do no I/O, imports point down the layering, and only the applier writes to GitHub', () => {
    expect(report.violations).toEqual([])
  })

  test('every listed exception is still needed', () => {
    expect(report.unused).toEqual([])
  })

  test("the checker sees the code: today's folder cycle is config, comms and incident", () => {
    expect(report.edges.filter((e) => e.target).length).toBeGreaterThan(200)
    expect(layerCycles(report.edges, RULES)).toEqual([['comms', 'config', 'incident']])
  })

  test('the folder cycles are the listed back-edges, and no others', () => {
    const withoutBackEdges = report.edges.filter((e) => !e.target || !RULES.backEdges[`${e.from} → ${e.target}`])
    expect(layerCycles(withoutBackEdges, RULES)).toEqual([])
  })
})

describe('the checker itself, on in-memory files', () => {
  const rules: Rules = {
    layers: { text: 0, incident: 1, github: 2, entry: 3 },
    fileLayers: {},
    pure: ['text', 'incident'],
    ioModules: ['node:fs', 'node:net'],
    ioPrefixes: ['@octokit/', '@actions/'],
    pureNames: { 'node:net': ['isIP'] },
    ioAllowed: {},
    backEdges: {},
    applier: 'src/github/apply.ts',
    writesAllowed: {}
  }
  const clean: [string, string][] = [
    ['src/text/words.ts', "export const words = ['a']\n"],
    ['src/incident/plan.ts', "import { words } from '../text/words.js'\nimport { isIP } from 'node:net'\nexport const plan = () => [words, isIP('1.2.3.4')]\n"],
    [
      'src/github/apply.ts',
      "import type { Octokit } from '@octokit/rest'\nexport async function apply(gh: Octokit) { await gh.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'b' }) }\n"
    ],
    [
      'src/github/read.ts',
      "import { readFileSync } from 'node:fs'\nexport async function read(gh: any) { await gh.rest.issues.listComments({}); await gh.paginate(gh.rest.issues.listForRepo, {}) ; return readFileSync('x') }\n"
    ],
    ['src/main.ts', "import { apply } from './github/apply.js'\nexport { apply }\n"]
  ]
  const run = (extra: [string, string][], overrides: Partial<Rules> = {}) => check(new Map([...clean, ...extra]), { ...rules, ...overrides })

  test('a clean tree passes', () => {
    expect(run([])).toMatchObject({ violations: [], unused: [] })
  })

  test('a pure module that imports the file system, octokit or @actions, or calls fetch, fails', () => {
    const { violations } = run([
      ['src/incident/disk.ts', "import { readFileSync } from 'node:fs'\nexport const read = () => readFileSync('x')\n"],
      ['src/incident/client.ts', "import type { Octokit } from '@octokit/rest'\nexport type C = Octokit\n"],
      ['src/text/log.ts', "export { info } from '@actions/core'\n"],
      ['src/incident/net.ts', "import { connect } from 'node:net'\nexport const c = connect\n"],
      ['src/incident/page.ts', "export const page = () => fetch('https://example.com')\n"]
    ])
    expect(violations).toEqual([
      expect.stringMatching(/^src\/incident\/disk\.ts:1 \(pure: incident\) imports node:fs/),
      expect.stringMatching(/^src\/incident\/client\.ts:1 \(pure: incident\) imports @octokit\/rest/),
      expect.stringMatching(/^src\/text\/log\.ts:1 \(pure: text\) imports @actions\/core/),
      expect.stringMatching(/^src\/incident\/net\.ts:1 \(pure: incident\) imports node:net/),
      expect.stringMatching(/^src\/incident\/page\.ts:1 \(pure: incident\) calls fetch/)
    ])
  })

  test('an import up the layering fails, static or dynamic, unless it is a listed back-edge', () => {
    const upward: [string, string][] = [
      ['src/text/up.ts', "import { plan } from '../incident/plan.js'\nexport const p = plan\n"],
      ['src/incident/later.ts', "export const load = () => import('../github/apply.js')\n"]
    ]
    expect(run(upward).violations).toEqual([
      expect.stringMatching(/^src\/text\/up\.ts:1 \(text\) imports src\/incident\/plan\.ts \(incident\)/),
      expect.stringMatching(/^src\/incident\/later\.ts:1 \(incident\) imports src\/github\/apply\.ts \(github\)/)
    ])
    const listed = run(upward, { backEdges: { 'src/text/up.ts → src/incident/plan.ts': { reason: 'test' } } })
    expect(listed.violations).toHaveLength(1)
  })

  test('a write to GitHub outside the applier fails, unless listed for that function', () => {
    const writer: [string, string][] = [
      [
        'src/github/drill.ts',
        "export async function propose(gh: any) {\n  await gh.rest.pulls.create({})\n  await gh.request('DELETE /repos/{owner}/{repo}/labels/{name}', {})\n}\n"
      ]
    ]
    expect(run(writer).violations).toEqual([
      expect.stringMatching(/^src\/github\/drill\.ts:2 \(propose\) writes to GitHub with rest\.pulls\.create/),
      expect.stringMatching(/^src\/github\/drill\.ts:3 \(propose\) writes to GitHub with request DELETE/)
    ])
    const listed = run(writer, { writesAllowed: { 'src/github/drill.ts propose rest.pulls.create': { reason: 'test' } } })
    expect(listed.violations).toEqual([expect.stringMatching(/request DELETE/)])
  })

  test("a drill's pull request or the setup drill written outside the applier fails: no exception is left for them", () => {
    expect(RULES.writesAllowed).toEqual({})
    const old: [string, string][] = [
      [
        'src/github/runbooks.ts',
        'export async function proposeDrillDate(gh: any) {\n  await gh.rest.git.createRef({})\n  await gh.rest.repos.createOrUpdateFileContents({})\n  await gh.rest.pulls.create({})\n}\n'
      ],
      ['src/github/setup.ts', 'export async function fileDrill(gh: any) {\n  await gh.rest.issues.create({})\n}\n']
    ]
    expect(run(old, { writesAllowed: RULES.writesAllowed }).violations).toEqual([
      expect.stringContaining('(proposeDrillDate) writes to GitHub with rest.git.createRef'),
      expect.stringContaining('(proposeDrillDate) writes to GitHub with rest.repos.createOrUpdateFileContents'),
      expect.stringContaining('(proposeDrillDate) writes to GitHub with rest.pulls.create'),
      expect.stringContaining('(fileDrill) writes to GitHub with rest.issues.create')
    ])
  })

  test('an exception that matches nothing is reported', () => {
    const report = run([], {
      backEdges: { 'src/text/words.ts → src/github/apply.ts': { reason: 'gone' } },
      ioAllowed: { 'src/incident/plan.ts → node:fs': { reason: 'gone' } },
      writesAllowed: { 'src/github/read.ts read rest.issues.create': { reason: 'gone' } }
    })
    expect(report.unused).toEqual([
      'backEdges: src/text/words.ts → src/github/apply.ts',
      'ioAllowed: src/incident/plan.ts → node:fs',
      'writesAllowed: src/github/read.ts read rest.issues.create'
    ])
  })

  test('folder cycles are found', () => {
    const report = run([['src/text/up.ts', "import type { plan } from '../incident/plan.js'\nexport type P = typeof plan\n"]])
    expect(layerCycles(report.edges, rules)).toEqual([['incident', 'text']])
  })
})
