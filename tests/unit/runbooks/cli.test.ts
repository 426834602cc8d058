import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from '@jest/globals'
import { runbooksCommand } from '../../../src/runbooks/cli.js'

const fixtures = fileURLToPath(new URL('../../fixtures/runbooks', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'runbooks-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

async function run(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: fixtures }
  const code = await runbooksCommand.run(args, io)
  return { code, stdout, stderr }
}

describe('incident-kit runbooks', () => {
  it('exits 0 when every runbook is fresh', async () => {
    const { code, stdout } = await run('fresh', '--now', '2026-03-10')
    expect(code).toBe(0)
    expect(stdout).toContain('Every runbook is fresh.')
  })

  it('exits 1 when a runbook is stale or broken, and prints the report', async () => {
    const { code, stdout } = await run('mixed', '--now', '2026-03-10')
    expect(code).toBe(1)
    expect(stdout).toContain('## Runbook freshness')
    expect(stdout).toContain('| runbooks/security-incident.md:3 | Last Reviewed is a placeholder |')
  })

  it('prints JSON with --json', async () => {
    const { code, stdout } = await run('mixed', '--json', '--now=2026-03-10')
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report.counts).toEqual({ checked: 7, fresh: 2, stale: 2, broken: 3 })
    expect(report.findings[0]).toMatchObject({ file: 'runbooks/future.md', kind: 'future', line: 3 })
  })

  it('uses the limits of --config', async () => {
    writeFileSync(join(scratch, 'strict.yml'), 'runbooks:\n  reviewedMaxDays: 5\n')
    const { code, stdout } = await run('fresh', '--json', '--now', '2026-03-10', '--config', join(scratch, 'strict.yml'))
    expect(code).toBe(1)
    expect(JSON.parse(stdout).findings[0]).toMatchObject({ kind: 'review-overdue', limitDays: 5 })
  })

  it('exits 2 on bad usage, naming the argument', async () => {
    expect(await run('mixed', '--now', '2026-02-30')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--now: expected a date such as 2026-03-10, got "2026-02-30"')
    })
    expect(await run('mixed', '--now')).toMatchObject({ code: 2, stderr: expect.stringContaining('--now: expected a date such as 2026-03-10, got nothing') })
    expect(await run('mixed', '--verbose')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option "--verbose"') })
    expect(await run('mixed', 'fresh')).toMatchObject({ code: 2, stderr: expect.stringContaining('one directory only') })
    expect(await run('nowhere')).toMatchObject({ code: 2, stderr: expect.stringContaining('dir: "nowhere" is not a directory') })
    expect(await run('mixed', '--config', 'missing.yml')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--config: cannot read "missing.yml": ENOENT')
    })
  })

  it('exits 2 on a config that is not valid, with the config error', async () => {
    writeFileSync(join(scratch, 'bad.yml'), 'runbooks:\n  reviewedMaxDays: soon\n')
    const { code, stderr } = await run('mixed', '--config', join(scratch, 'bad.yml'))
    expect(code).toBe(2)
    expect(stderr).toMatch(/bad\.yml:2: runbooks\.reviewedMaxDays/)
  })

  it('prints its usage with --help', async () => {
    expect(await run('--help')).toMatchObject({ code: 0, stdout: 'usage: incident-kit runbooks [dir] [--json] [--now YYYY-MM-DD] [--config FILE]\n' })
  })

  it('accepts the runbooks folder itself, not only the repository root', async () => {
    const root = await run('mixed', '--json', '--now', '2026-03-10')
    const folder = await run(join('mixed', 'runbooks'), '--json', '--now', '2026-03-10')
    expect(folder.code).toBe(1)
    expect(JSON.parse(folder.stdout)).toEqual(JSON.parse(root.stdout))
  })

  it('finding no runbook is an error, not a pass', async () => {
    const { code, stdout, stderr } = await run('mixed/notes', '--now', '2026-03-10')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^runbooks: no runbook found: no file under .*notes matches runbooks\/\*\*\/\*\.md/)
  })
})
