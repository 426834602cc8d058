/** The comms commands from a terminal: what a person sees, and the exit codes scripts rely on. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import type { CliIo } from '../../../src/cli/command.js'
import { lintAnnouncementCommand, renderCommand } from '../../../src/comms/cli.js'
import { COMMS_FIXTURES } from './helpers.js'

const NOTICES = join(process.cwd(), 'tests/fixtures/notices')
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'incident-kit-cli-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

async function run(command: typeof renderCommand, args: string[], cwd = NOTICES): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = { stdout: { write: (c: string) => (out += c) }, stderr: { write: (c: string) => (err += c) }, cwd }
  const code = await command.run(args, io)
  return { code, out, err }
}

describe('incident-kit lint-announcement', () => {
  it('prints FILE:LINE rule-id message for each finding and fails on errors', async () => {
    const { code, out } = await run(lintAnnouncementCommand, ['07-leaks.md', '--codename', 'amber-heron'])
    expect(code).toBe(1)
    expect(out.split('\n').filter(Boolean)).toEqual([
      '07-leaks.md:5 leak-internal-host internal host name "db-replica-2.prod.internal" must not appear in a public announcement',
      '07-leaks.md:6 leak-codename the internal codename "amber heron" must not appear in a public announcement',
      '07-leaks.md:10 leak-private-ip private IP address "10.20.4.17" must not appear in a public announcement',
      '07-leaks.md:12 leak-private-ip private IP address "fe80::1ff:fe23:4567:890a" must not appear in a public announcement',
      '07-leaks.md:26 leak-privilege-marker "Attorney Work Project" marks internal, privileged material: remove it'
    ])
  })

  it('passes a good notice with exit 0 and no output', async () => {
    const { code, out, err } = await run(lintAnnouncementCommand, ['01-good-support-dashboard.md', '--party', 'Helpdeskly'])
    expect({ code, out }).toEqual({ code: 0, out: '' })
    expect(err).toBe('01-good-support-dashboard.md: 0 errors, 0 warnings\n')
  })

  it('exits 0 on warnings alone', async () => {
    const { code, out } = await run(lintAnnouncementCommand, ['10-month-only-title.md'])
    expect(code).toBe(0)
    expect(out).toMatch(/^10-month-only-title\.md:1 title-date warning: /)
  })

  it('names third parties with --party', async () => {
    const { out } = await run(lintAnnouncementCommand, ['08-names-vendor.md', '--party=Snowfall Data'])
    expect(out).toContain('08-names-vendor.md:6 third-party-unlinked "Snowfall Data" is named without a link')
  })

  it('uses --config, and the repository config when there is one', async () => {
    const dir = workspace({
      'notice.md': '# Incident of 1 May 2026\n\nSorry.\n',
      '.github/incident-kit.yml': 'announcement:\n  requiredSections: []\n',
      'strict.yml': 'announcement:\n  requiredSections: [Contact]\n'
    })
    expect((await run(lintAnnouncementCommand, ['notice.md'], dir)).code).toBe(0)
    const strict = await run(lintAnnouncementCommand, ['notice.md', '--config', 'strict.yml'], dir)
    expect(strict.out).toBe('notice.md:1 missing-section the required section "Contact" is missing: add a "## Contact" heading\n')
  })

  it.each([
    [[], 'missing the FILE argument'],
    [['a.md', 'b.md'], 'unexpected argument "b.md"'],
    [['a.md', '--codename'], '--codename needs a value'],
    [['a.md', '--colour', 'red'], 'unknown option --colour'],
    [['nowhere.md'], 'cannot read announcement nowhere.md: no such file'],
    [['01-good-support-dashboard.md', '--config', 'missing.yml'], 'cannot read config missing.yml']
  ])('bad usage %j exits 2 naming the argument', async (args, message) => {
    const { code, err } = await run(lintAnnouncementCommand, args)
    expect(code).toBe(2)
    expect(err).toContain(`lint-announcement: ${message}`)
    expect(err).toContain('usage: incident-kit lint-announcement FILE')
  })

  it('a broken config is a usage error naming file, line and key', async () => {
    const dir = workspace({ 'n.md': '# x\n', 'bad.yml': 'announcement:\n  bannedPhrases: nope\n' })
    const { code, err } = await run(lintAnnouncementCommand, ['n.md', '--config', 'bad.yml'], dir)
    expect(code).toBe(2)
    expect(err).toMatch(/bad\.yml:2: announcement\.bannedPhrases/)
  })
})

describe('incident-kit render', () => {
  const state = join(COMMS_FIXTURES, 'status-update/state.json')

  it('prints the rendered markdown', async () => {
    const { code, out } = await run(renderCommand, ['status-update', '--state', state, '--now', '2026-11-22T12:00Z'])
    expect(code).toBe(0)
    expect(out).toMatch(/^### Status: amber-heron — SEV 1, Containment\n/)
  })

  it('accepts the template file name too, and a user override folder', async () => {
    const dir = workspace({ 'mine/status-update.md.hbs': 'Ours: {{codename}}\n' })
    const { out } = await run(renderCommand, ['status-update.md.hbs', '--state', state, '--templates', 'mine'], dir)
    expect(out).toBe('Ours: amber-heron\n')
  })

  it('names template, line and variable when the template asks for something missing', async () => {
    const dir = workspace({ 'mine/post-mortem.md.hbs': '# {{codename}}\n\n{{lessons}}\n' })
    const { code, err } = await run(renderCommand, ['post-mortem', '--state', state, '--templates', 'mine'], dir)
    expect(code).toBe(1)
    expect(err).toBe('render: template post-mortem.md.hbs, line 3: variable "lessons" is missing from the data\n')
  })

  it.each([
    [[], 'missing the TEMPLATE argument'],
    [['dashboard', '--state', 's.json'], 'unknown TEMPLATE "dashboard"'],
    [['post-mortem'], 'missing --state STATE.json'],
    [['post-mortem', '--state', 'nowhere.json'], 'cannot read state nowhere.json'],
    [['post-mortem', '--state', state, '--now', 'yesterday'], '--now expects an ISO time']
  ])('bad usage %j exits 2 naming the argument', async (args, message) => {
    const { code, err } = await run(renderCommand, args)
    expect(code).toBe(2)
    expect(err).toContain(`render: ${message}`)
  })

  it('a file that is not an incident state is named with what is wrong', async () => {
    const dir = workspace({ 's.json': '{"v": 2, "codename": 7}' })
    const { code, err } = await run(renderCommand, ['post-mortem', '--state', 's.json'], dir)
    expect(code).toBe(2)
    expect(err).toMatch(/render: s\.json is not an incident state: codename: /)
  })
})
