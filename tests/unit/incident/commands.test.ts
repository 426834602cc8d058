import { describe, expect, it } from '@jest/globals'
import type { Table } from 'mdast'
import { builtinInline, quietLogin } from '../../../src/comms/neutralise.js'
import { COMMAND_HELP, helpTable, parseCommands } from '../../../src/incident/commands.js'
import { checklistView } from '../../../src/incident/checklist.js'
import { parseMarkdown, textOf } from '../../../src/incident/markdown.js'
import { RUNBOOK_STEPS } from '../../../src/incident/runbook-steps.js'
import { DEFAULT_PHASES } from '../../../src/config/schema.js'

describe('commands are read only from what GitHub shows as paragraphs', () => {
  it('reads one command per line of a paragraph', () => {
    expect(parseCommands('Taking this.\n/ic @ic-ian\n/sev 2\n\n!ic page')).toEqual([
      { name: 'ic-assign', login: 'ic-ian' },
      { name: 'sev', severity: 2 },
      { name: 'ic-page' }
    ])
  })

  it.each([
    ['a fenced code block', '```\n/sev 1\n```'],
    ['a tilde fence', '~~~md\n/sev 1\n~~~'],
    ['an indented code block', 'text\n\n    /sev 1'],
    ['an HTML comment', '<!-- /sev 1 -->'],
    ['a multi-line HTML comment', '<!--\nnote\n/sev 1\n-->'],
    ['an inline HTML comment running over lines', 'hello <!--\n/sev 1\n-->'],
    ['a <pre> block', '<pre>\n/sev 1\n</pre>'],
    ['a block quote', '> /sev 1'],
    ['a lazy block quote continuation', '> quoted\n/sev 1'],
    ['a code span running over lines', 'see `\n/sev 1\n` here']
  ])('never from %s', (_what, body) => {
    expect(parseCommands(body)).toEqual([])
  })

  it('still reads commands after a code block', () => {
    expect(parseCommands('```\n/sev 1\n```\n\n/sev 3')).toEqual([{ name: 'sev', severity: 3 }])
  })
})

describe('a misspelt command gets an answer', () => {
  it.each([
    ['/phse next', 'phase'],
    ['/aprove legal-approved', 'approve'],
    ['/timline now x', 'timeline'],
    ['/stauts all good', 'status'],
    ['/release external-announcement https://status.example.com/x', 'released']
  ])('%s suggests /%s', (line, suggestion) => {
    const [command] = parseCommands(line)
    expect(command).toMatchObject({ name: 'invalid' })
    expect(command && 'reason' in command ? command.reason : '').toContain(`did you mean \`/${suggestion}\`?`)
  })

  it("another bot's command is left alone", () => {
    expect(parseCommands('/cc @octocat\n/assign me\n/deploy prod')).toEqual([])
  })
})

describe('what a person typed is never echoed raw in a reason', () => {
  it.each(['/role @everyone @ic-ian', '/ioc <b>@everyone</b>'])('%s', (line) => {
    const [command] = parseCommands(line)
    const reason = command && 'reason' in command ? command.reason : ''
    expect(reason).not.toMatch(/@everyone|<b>/)
  })
})

describe('logins', () => {
  it('the bot prints a login in a code span: no ping, no invisible characters', () => {
    expect(quietLogin('ic-ian')).toBe('`@ic-ian`')
    expect(quietLogin('ic-ian')).not.toMatch(/[\u2060\u200b-\u200d]/)
  })

  it('a login copied from the bot works in /ic and /role, with or without backticks', () => {
    expect(parseCommands(`/ic ${quietLogin('ic-ian')}`)).toEqual([{ name: 'ic-assign', login: 'ic-ian' }])
    expect(parseCommands('/ic @ic-ian')).toEqual([{ name: 'ic-assign', login: 'ic-ian' }])
    expect(parseCommands(`/role scribe ${quietLogin('jlee')}`)).toEqual([{ name: 'role', role: 'scribe', login: 'jlee' }])
  })
})

describe('/released', () => {
  it('reads the draft, the reference (a link or words) and the override flag', () => {
    expect(parseCommands('/released external-announcement https://status.example.com/2026-11-22')).toEqual([
      { name: 'released', draft: 'external-announcement', reference: 'https://status.example.com/2026-11-22', override: false }
    ])
    expect(parseCommands('/released internal-update e-mail to the leads --despite-findings')).toEqual([
      { name: 'released', draft: 'internal-update', reference: 'e-mail to the leads', override: true }
    ])
  })

  it('takes the text as released from the first fenced block of the comment, never a quote or a block inside a list', () => {
    const body =
      '/released external-announcement https://x.example/a\n\n> ```\n> quoted\n> ```\n\n~~~markdown\n# Notice of 22 November 2026\n~~~\n\n```\nsecond\n```'
    expect(parseCommands(body)).toEqual([
      { name: 'released', draft: 'external-announcement', reference: 'https://x.example/a', override: false, text: '# Notice of 22 November 2026' }
    ])
  })

  it.each([
    ['/released', /usage: `\/released <external-announcement\|internal-update>/],
    ['/released external-announcement', /say where it went/],
    ['/released announcment https://x', /unknown draft `announcment`/],
    ['/released external-anouncement https://x', /did you mean `external-announcement`\?/],
    ['/released law-enforcement called them', /tick each contact/]
  ])('%s is answered with what is missing', (line, reason) => {
    const [command] = parseCommands(line)
    expect(command).toMatchObject({ name: 'invalid' })
    expect(command && 'reason' in command ? command.reason : '').toMatch(reason)
  })
})

describe('/help', () => {
  it('is a GFM table in which every row keeps its command and description', () => {
    const tree = parseMarkdown(helpTable())
    expect(tree.children).toHaveLength(1)
    const table = tree.children[0] as Table
    expect(table.type).toBe('table')
    expect(table.children).toHaveLength(COMMAND_HELP.length + 1)
    table.children.slice(1).forEach((row, i) => {
      expect(row.children).toHaveLength(2)
      expect(textOf(row.children[0])).toBe(COMMAND_HELP[i]![0])
      expect(textOf(row.children[1]).length).toBeGreaterThan(5)
    })
  })
})

describe('built-in text is not escaped as if a person typed it', () => {
  it('keeps code spans as code, and still neutralises the rest', () => {
    expect(builtinInline('Keep track of all IP addresses involved (`/ioc`).')).toBe('Keep track of all IP addresses involved (`/ioc`).')
    expect(builtinInline('ask @security <b>now</b>')).not.toMatch(/@security|<b>/)
    expect(builtinInline('a lone ` backtick')).toBe('a lone \\` backtick')
  })

  it('the checklist shows no literal backticks', () => {
    const view = checklistView(RUNBOOK_STEPS, DEFAULT_PHASES, 'triage', {})
    const texts = view.flatMap((p) => p.steps.flatMap((s) => [s.title, s.summary ?? '', ...s.lines.map((l) => l.text)]))
    expect(texts.join('\n')).not.toContain('\\`')
    expect(texts.some((t) => t.includes('`/ioc`'))).toBe(true)
  })
})
