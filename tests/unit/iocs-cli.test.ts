/**
 * `incident-kit iocs export` end to end: from what `gh issue view N --json comments` prints for a
 * real incident (the action's own dashboard), a saved dashboard body or a state file, to a CSV
 * blocklist or a STIX bundle on standard output or in a file; bad input gets a clear message.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { runCli } from '../../src/cli/dispatch.js'
import { archiveComments } from '../../src/incident/dashboard.js'
import { REPO_ROOT } from '../e2e/run-action.js'
import { BOT, IssueModel } from './incident/github-model.js'

const CLI = join(REPO_ROOT, 'dist', 'cli.js')

async function run(args: string[], stdin?: string, cwd = REPO_ROOT) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    ...(stdin === undefined ? {} : { stdin: Readable.from([stdin]) })
  })
  return { code, stdout, stderr }
}

/** An incident the action has run on, with three indicators, as `gh issue view N --json comments` prints it. */
function incident() {
  const gh = new IssueModel()
  gh.run()
  gh.comment('wendy', '/ioc 203.0.113.7\n/ioc evil[.]example\n/ioc =1+1@evil.example')
  gh.run()
  // gh prints the author of the workflow token's comments as "github-actions", without "[bot]".
  const comments = gh.comments.map((c) => ({ author: { login: c.user === BOT ? 'github-actions' : c.user }, body: c.body, createdAt: c.createdAt }))
  return { gh, json: JSON.stringify({ comments }, null, 2), dashboard: gh.bot('dashboard')!.body }
}

describe('incident-kit iocs export', () => {
  it('reads the issue comments from standard input and prints the CSV blocklist, a formula guarded', async () => {
    const { gh, json } = incident()
    const { code, stdout, stderr } = await run(['iocs', 'export', '--format', 'csv', '-'], json)
    expect(code).toBe(0)
    expect(stdout.split('\r\n')).toEqual([
      '"type","value","first_seen","added_by"',
      expect.stringMatching(/^"ipv4","203\.0\.113\.7","2026-11-22T\d\d:\d\d:\d\dZ","wendy"$/),
      expect.stringMatching(/^"domain","evil\.example",/),
      expect.stringMatching(/^"email","'=1\+1@evil\.example",/),
      ''
    ])
    expect(stderr).toBe(`${gh.state.codename}: 3 indicators exported as csv\n`)
  })

  it('writes the STIX bundle to --out, and a second export writes the same bytes', async () => {
    const { json } = incident()
    const dir = mkdtempSync(join(tmpdir(), 'iocs-'))
    writeFileSync(join(dir, 'comments.json'), json)
    expect((await run(['iocs', 'export', '--format=stix', '--out', 'a.json', 'comments.json'], undefined, dir)).code).toBe(0)
    expect((await run(['iocs', 'export', '-f', 'stix', '-o', 'b.json', 'comments.json'], undefined, dir)).code).toBe(0)
    const a = readFileSync(join(dir, 'a.json'), 'utf8')
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(a)
    const bundle = JSON.parse(a) as { type: string; objects: { pattern: string }[] }
    expect(bundle.type).toBe('bundle')
    expect(bundle.objects.map((o) => o.pattern)).toEqual([
      "[ipv4-addr:value = '203.0.113.7']",
      "[domain-name:value = 'evil.example']",
      "[email-addr:value = '=1+1@evil.example']"
    ])
  })

  it('reads a saved dashboard body and a state file too', async () => {
    const { gh, dashboard } = incident()
    const dir = mkdtempSync(join(tmpdir(), 'iocs-'))
    writeFileSync(join(dir, 'dashboard.md'), dashboard)
    writeFileSync(join(dir, 'state.json'), JSON.stringify(gh.state))
    const fromBody = await run(['iocs', 'export', '--format', 'csv', 'dashboard.md'], undefined, dir)
    const fromState = await run(['iocs', 'export', '--format', 'csv', 'state.json'], undefined, dir)
    expect(fromBody.code).toBe(0)
    expect(fromBody.stdout.split('\r\n')).toHaveLength(5)
    expect(fromState.stdout).toBe(fromBody.stdout)
  })

  it('uses the first dashboard: a comment pasted later with a forged state block does not replace it', async () => {
    const { gh, json } = incident()
    const forged = { ...gh.state, iocs: [{ value: '192.0.2.1', type: 'ipv4', at: '2026-11-22T10:00:00Z' }] }
    const parsed = JSON.parse(json) as { comments: { body: string }[] }
    const { encodeState, kindMarker } = await import('../../src/incident/state.js')
    parsed.comments.push({ body: `${kindMarker('dashboard')}\n${encodeState(forged)}` })
    const { stdout } = await run(['iocs', 'export', '--format', 'csv', '-'], JSON.stringify(parsed))
    expect(stdout).toContain('203.0.113.7')
    expect(stdout).not.toContain('192.0.2.1')
  })

  it('warns when indicators were folded out into archive comments', async () => {
    const { json } = incident()
    const parsed = JSON.parse(json) as { comments: { body: string }[] }
    parsed.comments.push({
      body: archiveComments('amber-heron', {
        response: [],
        attack: [],
        iocs: [{ value: '198.51.100.1', type: 'ipv4', by: 'wendy', at: '2026-11-22T10:00:00Z' }],
        compromised: [],
        evidence: []
      })[0]!
    })
    const { code, stderr } = await run(['iocs', 'export', '--format', 'csv', '-'], JSON.stringify(parsed))
    expect(code).toBe(0)
    expect(stderr).toContain('warning: some indicators were folded out of the dashboard into archive comments')
  })

  it.each([
    [['iocs'], 'missing the subcommand: export'],
    [['iocs', 'import'], 'unknown subcommand "import"'],
    [['iocs', 'export', 'x.json'], 'missing --format (csv or stix)'],
    [['iocs', 'export', '--format', 'xml', 'x.json'], '--format must be csv or stix, not "xml"'],
    [['iocs', 'export', '--format', 'csv'], 'missing the input'],
    [['iocs', 'export', '--format', 'csv', '--colour', 'x.json'], "Unknown option '--colour'"],
    [['iocs', 'export', '--format', 'csv', 'a.json', 'b.json'], 'unexpected argument "b.json"'],
    [['iocs', 'export', '--format', 'csv', 'missing.json'], 'cannot read missing.json: no such file'],
    [['iocs', 'export', '--format', 'csv', 'package.json'], 'package.json is neither a list of comments nor an incident state'],
    [['iocs', 'export', '--format', 'csv', 'README.md'], 'README.md holds no incident-kit state']
  ])('%j is refused: %s', async (args, message) => {
    const { code, stdout, stderr } = await run(args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
    expect(stderr).toContain('usage: incident-kit iocs export')
  })

  it('comments of an issue that is not an incident are refused, saying why', async () => {
    const { code, stderr } = await run(['iocs', 'export', '--format', 'csv', '-'], JSON.stringify({ comments: [{ body: 'hello' }] }))
    expect(code).toBe(2)
    expect(stderr).toContain('none of its 1 comments is an incident-kit dashboard with a readable state')
  })

  it('the bundled CLI reads a pipe and stops quietly when its reader goes away', () => {
    const { json } = incident()
    const dir = mkdtempSync(join(tmpdir(), 'iocs-'))
    writeFileSync(join(dir, 'comments.json'), json)
    const piped = spawnSync(process.execPath, [CLI, 'iocs', 'export', '--format', 'stix', '-'], { input: json, encoding: 'utf8' })
    expect(piped.status).toBe(0)
    expect((JSON.parse(piped.stdout) as { objects: unknown[] }).objects).toHaveLength(3)
    const head = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${CLI}" iocs export --format stix comments.json | head -c 1; echo " status \${PIPESTATUS[0]}" >&2`],
      {
        cwd: dir,
        encoding: 'utf8'
      }
    )
    expect(head.stdout).toBe('{')
    expect(head.stderr).toContain('status 0')
  })
})
