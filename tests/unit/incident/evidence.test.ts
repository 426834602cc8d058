/**
 * The evidence register (runbook: disk images "in read-only cold storage", "cannot be tampered
 * with"): `/evidence` and `/custody` as typed, as folded from GitHub's history, and as shown.
 */
import { describe, expect, it } from '@jest/globals'
import { COMMAND_HELP, parseCommands } from '../../../src/incident/commands.js'
import { archiveComments, renderDashboard } from '../../../src/incident/dashboard.js'
import { custodian, evidenceId } from '../../../src/incident/evidence.js'
import { decodeState } from '../../../src/incident/state.js'
import { context } from './context.js'
import { BOT, IssueModel } from './github-model.js'

const IMG = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
const LOGS = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae'

function opened(): IssueModel {
  const gh = new IssueModel()
  gh.run()
  return gh
}

/** A distinct hash per number, for registers of many items. */
function hashOf(i: number): string {
  return (i.toString(16).padStart(8, '0') + IMG).slice(0, 64)
}

describe('reading /evidence and /custody', () => {
  it('reads the hash (lower-cased), the location exactly as typed, and the description', () => {
    expect(parseCommands(`/evidence ${IMG.toUpperCase()} s3://cold-evidence/img-7.dd disk image of web-3`)).toEqual([
      { name: 'evidence', sha256: IMG, where: 's3://cold-evidence/img-7.dd', what: 'disk image of web-3' }
    ])
  })

  it.each(['s3://cold-evidence/img-7.dd', 'https://vault.example/case/7', '/vault/case-7/img.dd', 'case-7/img.dd', '\\\\nas\\cases\\img.dd', 'SEC-123', '#42'])(
    'accepts the storage location %s',
    (where) => {
      expect(parseCommands(`/evidence ${IMG} ${where} memory dump`)).toEqual([{ name: 'evidence', sha256: IMG, where, what: 'memory dump' }])
    }
  )

  it.each([
    [`/evidence ${IMG.slice(0, 63)} s3://b/k image`, 'is not a SHA-256 (64 hexadecimal characters; 63 given)'],
    [`/evidence ${IMG.slice(0, 63)}z s3://b/k image`, 'is not a SHA-256'],
    [`/evidence ${IMG} somewhere image`, '"somewhere" is not a storage location'],
    [`/evidence ${IMG} "s3://x" image`, 'is not a storage location'],
    [`/evidence ${IMG} s3://cold-evidence/img.dd`, 'usage: `/evidence <sha256> <where> <what>`'],
    ['/evidence', 'usage: `/evidence <sha256> <where> <what>`'],
    ['/custody E-9f86d081', 'usage: `/custody <item> @login [note]`'],
    ['/custody E9 @wendy', '"E9" is not an evidence item'],
    ['/custody E-9f86d081 wendy', '"wendy" is not a @login']
  ])('%s is refused: %s', (line, reason) => {
    const [command] = parseCommands(line)
    expect(command?.name).toBe('invalid')
    expect(command && 'reason' in command ? command.reason : '').toContain(reason)
  })

  it('reads a hand-over by id or by hash, with an optional note', () => {
    expect(parseCommands('/custody E-9F86D081 @wendy sealed bag 44817')).toEqual([
      { name: 'custody', item: 'e-9f86d081', login: 'wendy', note: 'sealed bag 44817' }
    ])
    expect(parseCommands(`/custody ${IMG} @wendy`)).toEqual([{ name: 'custody', item: IMG, login: 'wendy', note: '' }])
  })

  it('/help and "did you mean" know both commands', () => {
    expect(COMMAND_HELP.map(([c]) => c.split(' ')[0])).toEqual(expect.arrayContaining(['/evidence', '/custody']))
    const [command] = parseCommands('/evidance x')
    expect(command && 'reason' in command ? command.reason : '').toContain('did you mean `/evidence`?')
  })
})

describe('ids', () => {
  it('are "E-" and the first 8 hex digits of the hash, longer only when another item has them', () => {
    expect(evidenceId(IMG, [])).toBe('E-9f86d081')
    expect(evidenceId(IMG, [{ id: 'E-9f86d081' }])).toBe('E-9f86d0818')
  })
})

describe('the register, folded from history', () => {
  it('records an item with who and when, held by whoever recorded it, and says so on the response timeline', () => {
    const gh = opened()
    const c = gh.comment('wendy', `/evidence ${IMG} s3://cold-evidence/img-7.dd disk image of web-3`)
    gh.run()
    const [item] = gh.state.evidence
    expect(item).toMatchObject({ id: 'E-9f86d081', sha256: IMG, where: 's3://cold-evidence/img-7.dd', what: 'disk image of web-3', by: 'wendy', custody: [] })
    expect(item!.at).toBe(c.createdAt)
    expect(custodian(item!)).toBe('wendy')
    expect(gh.state.timeline.some((e) => e.kind === 'evidence' && e.by === 'wendy' && e.text.includes('E-9f86d081'))).toBe(true)
    expect(c.reactions).toEqual([{ user: BOT, content: '+1' }])
    expect(gh.replies().some((r) => r.includes('Registered evidence **E-9f86d081**'))).toBe(true)
  })

  it('keeps the chain of custody: each hand-over from the custodian before, with who recorded it and when', () => {
    const gh = opened()
    gh.comment('wendy', `/evidence ${IMG} s3://cold-evidence/img-7.dd disk image of web-3`)
    const first = gh.comment('wendy', '/custody E-9f86d081 @ic-ian shipped to the vault')
    const second = gh.comment('ic-ian', `/custody ${IMG} @mallory for the forensic copy`)
    gh.run()
    const item = gh.state.evidence[0]!
    expect(item.custody).toEqual([
      { from: 'wendy', to: 'ic-ian', by: 'wendy', at: first.createdAt, note: 'shipped to the vault' },
      { from: 'ic-ian', to: 'mallory', by: 'ic-ian', at: second.createdAt, note: 'for the forensic copy' }
    ])
    expect(custodian(item)).toBe('mallory')
    expect(gh.state.timeline.filter((e) => e.kind === 'custody')).toHaveLength(2)
  })

  it('a hand-over to the one who holds the item changes nothing', () => {
    const gh = opened()
    gh.comment('wendy', `/evidence ${IMG} s3://cold-evidence/img-7.dd disk image`)
    const same = gh.comment('wendy', '/custody E-9f86d081 @wendy')
    gh.run()
    expect(gh.state.evidence[0]!.custody).toEqual([])
    expect(same.reactions).toEqual([{ user: BOT, content: 'eyes' }])
  })

  it('replaying the history changes nothing: same ids, same chain, no second reply', () => {
    const gh = opened()
    gh.comment('wendy', `/evidence ${IMG} s3://cold-evidence/img-7.dd disk image`)
    gh.comment('wendy', `/evidence ${LOGS} SEC-2291 access logs`)
    gh.comment('wendy', '/custody E-2c26b46b @ic-ian')
    gh.run()
    const before = gh.state.evidence
    const replies = gh.replies().length
    expect(gh.writesOf(gh.run())).toBe(0)
    expect(gh.state.evidence).toEqual(before)
    expect(gh.replies()).toHaveLength(replies)
  })

  it('a duplicate hash is refused with a reply naming the item that has it', () => {
    const gh = opened()
    gh.comment('wendy', `/evidence ${IMG} s3://cold-evidence/img-7.dd disk image`)
    const again = gh.comment('ic-ian', `/evidence ${IMG} /vault/copy.dd the same image`)
    gh.run()
    gh.run()
    expect(gh.state.evidence).toHaveLength(1)
    expect(again.reactions).toEqual([{ user: BOT, content: 'confused' }])
    const refusals = gh.replies().filter((r) => r.includes('already registered as **E-9f86d081**'))
    expect(refusals).toHaveLength(1)
    expect(refusals[0]).toContain('`s3://cold-evidence/img-7.dd`')
  })

  it('a hand-over of an item not in the register is refused, listing what is', () => {
    const gh = opened()
    gh.comment('wendy', `/evidence ${IMG} s3://cold-evidence/img-7.dd disk image`)
    gh.comment('wendy', '/custody E-deadbeef @ic-ian')
    gh.run()
    expect(gh.replies().some((r) => r.includes('no evidence item `e-deadbeef`') && r.includes('`E-9f86d081`'))).toBe(true)
  })

  it('refuses people without write access, and ignores commands in an edited comment', () => {
    const gh = opened()
    gh.comment('rita', `/evidence ${IMG} s3://cold-evidence/img-7.dd disk image`)
    gh.comment('wendy', `/evidence ${LOGS} SEC-2291 access logs`)
    gh.comment('rita', '/custody E-2c26b46b @rita')
    const edited = gh.comment('wendy', '/custody E-2c26b46b @ic-ian')
    gh.edit(edited.id, '/custody E-2c26b46b @mallory')
    gh.run()
    expect(gh.state.evidence.map((e) => e.id)).toEqual(['E-2c26b46b'])
    expect(gh.state.evidence[0]!.custody).toEqual([])
    expect(gh.state.timeline.filter((e) => e.kind === 'command-refused')).toHaveLength(3)
  })

  it('an item whose comment is edited drops out without renumbering the items after it', () => {
    const gh = opened()
    const first = gh.comment('wendy', `/evidence ${IMG} s3://cold-evidence/img-7.dd disk image`)
    gh.comment('wendy', `/evidence ${LOGS} SEC-2291 access logs`)
    gh.run()
    gh.edit(first.id, `/evidence ${IMG} s3://cold-evidence/img-8.dd disk image`)
    gh.run()
    expect(gh.state.evidence.map((e) => e.id)).toEqual(['E-2c26b46b'])
  })

  it('the evidence output carries the register as JSON, with the custodian', () => {
    const gh = opened()
    gh.comment('wendy', `/evidence ${IMG} s3://cold-evidence/img-7.dd disk image`)
    gh.comment('wendy', '/custody E-9f86d081 @ic-ian sealed')
    const plan = gh.run()
    expect(JSON.parse(plan.outputs.evidence!)).toEqual([
      expect.objectContaining({
        id: 'E-9f86d081',
        sha256: IMG,
        where: 's3://cold-evidence/img-7.dd',
        recordedBy: 'wendy',
        custodian: 'ic-ian',
        custody: [expect.objectContaining({ from: 'wendy', to: 'ic-ian', by: 'wendy', note: 'sealed' })]
      })
    ])
  })
})

describe('on the dashboard', () => {
  it('shows the register in its own section, a description neutralised and a login that does not ping', () => {
    const gh = opened()
    gh.comment('wendy', `/evidence ${IMG} s3://cold-evidence/img-7.dd image of @ic-ian's laptop <b>`)
    gh.comment('wendy', '/custody E-9f86d081 @ic-ian')
    gh.run()
    const body = gh.bot('dashboard')!.body
    expect(body).toContain('### Evidence')
    expect(body).toContain(`| **E-9f86d081** | \`${IMG}\` | \`s3://cold-evidence/img-7.dd\` |`)
    expect(body).not.toContain('<b>')
    expect(body).not.toMatch(/(^|[^`])@ic-ian/m)
    expect(body).not.toMatch(/<details><summary>\d+ items/)
    expect(decodeState(body)?.evidence.map((e) => e.id)).toEqual(['E-9f86d081'])
  })

  it('folds a register of more than five items into <details>', () => {
    const gh = opened()
    gh.comment('wendy', Array.from({ length: 6 }, (_, i) => `/evidence ${hashOf(i)} s3://cold-evidence/img-${i}.dd image ${i}`).join('\n'))
    gh.run()
    const body = gh.bot('dashboard')!.body
    expect(body).toMatch(/<details><summary>6 items: hash, where each is kept, who holds it<\/summary>[\s\S]*\| \*\*E-00000005/)
  })

  it('a register too long for one comment spills into archive comments, nothing dropped', () => {
    const gh = opened()
    const state = structuredClone(gh.state)
    const note = 'x'.repeat(280)
    state.evidence = Array.from({ length: 200 }, (_, i) => ({
      id: `E-${hashOf(i).slice(0, 8)}`,
      sha256: hashOf(i),
      where: `s3://cold-evidence/case-7/${'k'.repeat(200)}-${i}.dd`,
      what: `image ${i} ${note}`,
      by: 'wendy',
      at: '2026-11-22T10:00:00Z',
      custody: [{ from: 'wendy', to: 'ic-ian', by: 'wendy', at: '2026-11-22T11:00:00Z', note }]
    }))
    const ctx = context()
    const rendered = renderDashboard(state, { ...ctx, now: ctx.now, repoUrl: ctx.repo.url })
    expect(rendered.body.length).toBeLessThanOrEqual(65_536)
    expect(rendered.archived.evidence.length).toBeGreaterThan(0)
    expect(rendered.body).toContain(`_${rendered.archived.evidence.length} older items are in the archive comments below._`)
    const archives = archiveComments(state.codename, rendered.archived).filter((b) => b.includes('#### Evidence'))
    for (const archive of archives) expect(archive.length).toBeLessThanOrEqual(65_536)
    const shown = [...archives.join('\n').matchAll(/^\| \*\*(E-[0-9a-f]+)\*\*/gm), ...rendered.body.matchAll(/^\| \*\*(E-[0-9a-f]+)\*\*/gm)].map((m) => m[1])
    expect(new Set(shown)).toEqual(new Set(state.evidence.map((e) => e.id)))
  })
})
