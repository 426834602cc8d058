/**
 * The announcement linter, one rule at a time: each rule with a sample that breaks it and
 * one that passes. Samples are built from a good announcement with one thing changed.
 */
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/config/load.js'
import {
  containsDate,
  formatFinding,
  isPrivateAddress,
  lintAnnouncement,
  lintOptionsFromConfig,
  LINT_RULES,
  startsWithDate,
  type LintOptions,
  type LintRule
} from '../../../src/comms/lint.js'

const OPTIONS: LintOptions = lintOptionsFromConfig(defaultConfig(), { codename: 'sapphire-unicorn', parties: ['Acme Cloud'] })

interface Parts {
  title: string
  happened: string
  timeline: string
  involved: string
  doing: string
  youCanDo: string
}

const GOOD: Parts = {
  title: '# Security incident of 22 November 2026',
  happened: 'An attacker used a stolen support token to read customer tickets. We are responsible for protecting that token.',
  timeline: '- 20 November 2026, 02:14 UTC: the attacker signs in.\n- 22 November 2026, 09:58 UTC: we revoke every session.',
  involved: 'Names and email addresses of 4,100 customers.',
  doing: 'Support staff now sign in with hardware security keys.',
  youCanDo: 'Be wary of emails quoting your support tickets.'
}

function announcement(change: Partial<Parts> = {}): string {
  const p = { ...GOOD, ...change }
  return [
    p.title,
    '',
    '## What happened',
    '',
    p.happened,
    '',
    '## Timeline',
    '',
    p.timeline,
    '',
    '## What information was involved',
    '',
    p.involved,
    '',
    '## What we are doing',
    '',
    p.doing,
    '',
    '## What you can do',
    '',
    p.youCanDo,
    ''
  ].join('\n')
}

function rulesFired(markdown: string, options: LintOptions = OPTIONS): LintRule[] {
  return lintAnnouncement(markdown, options).map((f) => f.rule)
}

describe('a good announcement', () => {
  it('has no findings', () => {
    expect(lintAnnouncement(announcement(), OPTIONS)).toEqual([])
  })

  it('documents every rule it can report', () => {
    expect(Object.keys(LINT_RULES).sort()).toEqual(
      [
        'banned-phrase',
        'empty-section',
        'leak-codename',
        'leak-incident-term',
        'leak-internal-host',
        'leak-privilege-marker',
        'leak-private-ip',
        'missing-section',
        'placeholder',
        'third-party-unlinked',
        'timeline-undated',
        'title-date'
      ].sort()
    )
  })
})

describe('title-date: include the date in the title of any announcement', () => {
  it('an announcement without a date in its title fails', () => {
    const findings = lintAnnouncement(announcement({ title: '# Notice of a security incident' }), OPTIONS)
    expect(findings).toEqual([expect.objectContaining({ rule: 'title-date', severity: 'error', line: 1 })])
  })

  it.each(['# Security incident of 22 November 2026', '# Incident report (2026-11-22)', '# Nov 22, 2026: security incident', '# Security update — 22/11/2026'])(
    'accepts the date in "%s"',
    (title) => {
      expect(rulesFired(announcement({ title }))).toEqual([])
    }
  )

  it('reads the first line as the title when there is no heading', () => {
    const text = announcement({ title: 'Notice of data security incident, 3 March 2026' })
    expect(rulesFired(text)).toEqual([])
    expect(rulesFired(announcement({ title: 'Notice of data security incident' }))).toEqual(['title-date'])
  })

  it('a date that does not exist is not a date', () => {
    expect(rulesFired(announcement({ title: '# Security incident of 2026-02-30' }))).toEqual(['title-date'])
  })

  it('only a month and a year is a warning', () => {
    expect(lintAnnouncement(announcement({ title: '# The November 2026 security incident' }), OPTIONS)).toEqual([
      expect.objectContaining({ rule: 'title-date', severity: 'warning' })
    ])
  })
})

describe('banned-phrase: don\'t say "We take security very seriously"', () => {
  it.each([
    'We take security very seriously.',
    'we TAKE   security\nvery seriously',
    'At Acme we take the security of our customers extremely seriously.',
    'We’re taking your security incredibly seriously.',
    'Your security is our top priority.',
    'Security has always been our top priority.'
  ])('"%s" fails', (sentence) => {
    expect(rulesFired(announcement({ happened: `${GOOD.happened} ${sentence}` }))).toEqual(['banned-phrase'])
  })

  it('names the words it found and the line', () => {
    const text = announcement({ happened: 'First line.\nWe take security\nvery seriously.' })
    const [finding] = lintAnnouncement(text, OPTIONS)
    expect(finding).toMatchObject({ rule: 'banned-phrase', line: 6 })
    expect(finding?.message).toContain('"We take security very seriously"')
  })

  it('passes words that are merely near each other', () => {
    expect(rulesFired(announcement({ happened: 'We take full responsibility. Our security team worked through the night, seriously tired.' }))).toEqual([])
  })

  it('uses the configured list', () => {
    const options = { ...OPTIONS, bannedPhrases: ['out of an abundance of caution'], bannedFamilies: {} }
    expect(rulesFired(announcement({ doing: 'Out of an  abundance of caution we reset passwords.' }), options)).toEqual(['banned-phrase'])
    expect(rulesFired(announcement({ happened: 'We take security very seriously.' }), options)).toEqual([])
  })
})

describe('missing-section and empty-section: the required sections are there and say something', () => {
  it('a missing section fails', () => {
    const text = announcement().replace('## What you can do', '## Questions')
    expect(lintAnnouncement(text, OPTIONS)).toEqual([
      expect.objectContaining({ rule: 'missing-section', message: expect.stringContaining('"What you can do"') })
    ])
  })

  it('an empty section fails at its heading', () => {
    const text = announcement({ doing: '' })
    expect(lintAnnouncement(text, OPTIONS)).toEqual([expect.objectContaining({ rule: 'empty-section', line: 16 })])
  })

  it('matches headings whatever their case, level or punctuation', () => {
    const text = announcement().replace('## What information was involved', '### What information was involved?').replace('## Timeline', '## TIMELINE')
    expect(rulesFired(text)).toEqual([])
  })

  it('uses the configured sections', () => {
    expect(rulesFired(announcement(), { ...OPTIONS, requiredSections: ['Contact'] })).toEqual(['missing-section'])
  })
})

describe('placeholder: nothing unresolved', () => {
  it.each(['TODO: confirm numbers', 'Affected: TBD.', 'Call XXX for help.', 'Write to {{support_email}}.', 'Happened at [insert time].', 'FIXME'])(
    '"%s" fails',
    (text) => {
      expect(rulesFired(announcement({ youCanDo: text }))).toEqual(['placeholder'])
    }
  )

  it('passes masked numbers and links that begin with "Add"', () => {
    expect(rulesFired(announcement({ youCanDo: 'Cards ending XXXX-1234 are not affected. [Add a security key](https://example.com/keys).' }))).toEqual([])
  })
})

describe('leaks: nothing internal goes public', () => {
  it.each(['sapphire-unicorn', 'Sapphire Unicorn', 'SAPPHIRE_UNICORN', 'SapphireUnicorn'])('the codename as "%s" fails', (name) => {
    expect(rulesFired(announcement({ happened: `${GOOD.happened} (${name})` }))).toEqual(['leak-codename'])
  })

  it('a word containing the codename is not the codename', () => {
    expect(rulesFired(announcement({ happened: `${GOOD.happened} sapphireunicorns are fine.` }), { ...OPTIONS, codename: 'sapphire-unicorns-x' })).toEqual([])
  })

  it('"Attorney Work Project" fails, in any case or spacing', () => {
    expect(rulesFired(announcement({ youCanDo: 'attorney  work\nproject' }))).toEqual(['leak-privilege-marker'])
  })

  it.each(['db1.prod.internal', 'https://grafana.corp/d/abc', 'printer.lan', 'mail@ops.local'])('the internal host in "%s" fails', (text) => {
    expect(rulesFired(announcement({ happened: `${GOOD.happened} See ${text}.` }))).toEqual(['leak-internal-host'])
  })

  it('public host names pass, and the patterns come from config', () => {
    expect(rulesFired(announcement({ youCanDo: 'Write to security@acme.example or see https://status.acme.example.' }))).toEqual([])
    expect(rulesFired(announcement({ youCanDo: 'See jump.acme.example.' }), { ...OPTIONS, internalHostPatterns: ['^jump\\.'] })).toEqual(['leak-internal-host'])
  })

  it('an invalid host pattern is reported, naming it', () => {
    expect(() => lintAnnouncement(announcement(), { ...OPTIONS, internalHostPatterns: ['(unclosed'] })).toThrow(
      /"\(unclosed" is not a valid regular expression/
    )
  })

  it.each(['10.1.2.3', '172.20.0.5', '192.168.1.10', '127.0.0.1', '10.0.0.0/8', 'fd12:3456:789a::1', 'fe80::1%eth0', '::ffff:192.168.0.1'])(
    'the private address %s fails',
    (ip) => {
      expect(rulesFired(announcement({ happened: `${GOOD.happened} Host ${ip} was affected.` }))).toEqual(['leak-private-ip'])
    }
  )

  it.each(['203.0.113.7', '172.32.0.1', '2001:db8::1', '09:12:30', '1.2.3.4.5', 'version 10.2.3'])('"%s" passes', (text) => {
    expect(rulesFired(announcement({ happened: `${GOOD.happened} Seen: ${text}.` }))).toEqual([])
  })

  it('decides with node:net, not by the look of the text', () => {
    expect(isPrivateAddress('10.0.0.1')).toBe(true)
    expect(isPrivateAddress('::ffff:10.0.0.1')).toBe(true)
    expect(isPrivateAddress('fc00::1')).toBe(true)
    expect(isPrivateAddress('999.1.1.1')).toBe(false)
    expect(isPrivateAddress('8.8.8.8')).toBe(false)
  })
})

describe("third-party-unlinked: don't name and shame, unless they disclosed (then link to it)", () => {
  it('a party named without a link fails', () => {
    expect(rulesFired(announcement({ happened: 'The flaw was in Acme Cloud, our hosting provider.' }))).toEqual(['third-party-unlinked'])
  })

  it('a party named beside a link to somebody else fails', () => {
    expect(rulesFired(announcement({ happened: 'The flaw was in Acme Cloud ([news](https://news.example.com/x)).' }))).toEqual(['third-party-unlinked'])
  })

  it.each([
    'The flaw was in Acme Cloud, which [disclosed it](https://status.acmecloud.example/2026-11).',
    'The flaw was in [Acme Cloud’s own notice](https://news.example.com/acme-notice).',
    'The flaw was in Acme\nCloud, see <https://acme-cloud.example/security/2026-11>.'
  ])('passes "%s"', (text) => {
    expect(rulesFired(announcement({ happened: text }))).toEqual([])
  })

  it('the link must be in the same paragraph', () => {
    const text = announcement({ happened: 'The flaw was in Acme Cloud.\n\nSee [Acme Cloud](https://acmecloud.example/disclosure).' })
    expect(lintAnnouncement(text, OPTIONS)).toEqual([expect.objectContaining({ rule: 'third-party-unlinked', line: 5 })])
  })
})

describe('timeline-undated: be as detailed as possible with the timeline', () => {
  it('an entry without a date fails at its line', () => {
    const text = announcement({ timeline: '- 20 November 2026: the attacker signs in.\n- Later that day: we revoke every session.' })
    expect(lintAnnouncement(text, OPTIONS)).toEqual([expect.objectContaining({ rule: 'timeline-undated', line: 10 })])
  })

  it('accepts bold dates, ISO times, weekdays, numbered lists and tables', () => {
    const timelines = [
      '- **20 November 2026, 02:14 UTC**: signs in.',
      '1. 2026-11-20T02:14Z signs in.',
      '- Friday, 20 November 2026: signs in.',
      '| When | What |\n|---|---|\n| Nov 20, 2026 | signs in |'
    ]
    for (const timeline of timelines) expect(rulesFired(announcement({ timeline }))).toEqual([])
  })

  it('a table row without a date fails', () => {
    expect(rulesFired(announcement({ timeline: '| When | What |\n|---|---|\n| morning | signs in |' }))).toEqual(['timeline-undated'])
  })
})

describe('dates', () => {
  it.each(['2026-11-22', '22 November 2026', '22nd Nov. 2026', 'November 22, 2026', '2026/11/22', '11/22/2026'])('"%s" is a date', (text) => {
    expect(containsDate(`On ${text} we`)).toBe(true)
    expect(startsWithDate(`${text}: x`)).toBe(true)
  })

  it.each(['2026-13-01', '31 April 2026', 'November 2026', '22 November', '20261122'])('"%s" is not a full date', (text) => {
    expect(containsDate(text)).toBe(false)
  })
})

describe('output', () => {
  it('formats a finding as FILE:LINE rule-id message', () => {
    expect(formatFinding('notice.md', { rule: 'placeholder', severity: 'error', message: 'unresolved', line: 3 })).toBe('notice.md:3 placeholder unresolved')
    expect(formatFinding('n.md', { rule: 'title-date', severity: 'warning', message: 'no day', line: 1 })).toBe('n.md:1 title-date warning: no day')
  })

  it('sorts findings by line', () => {
    const text = announcement({ title: '# Notice', youCanDo: 'TODO' })
    expect(lintAnnouncement(text, OPTIONS).map((f) => f.line)).toEqual([1, 22])
  })
})
