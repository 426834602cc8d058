/**
 * The incident's sensitive terms and the linter rule that keeps them out of the public
 * announcement: the runbook's story of a build host reached with a leaked deploy key.
 */
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/config/load.js'
import { announcementLintOptions } from '../../../src/comms/drafts.js'
import { lintAnnouncement } from '../../../src/comms/lint.js'
import { renderComms } from '../../../src/comms/compose.js'
import { findTerms, incidentTerms, termsIn, TERM_SOURCES, undefang } from '../../../src/comms/sensitive.js'
import { builtinTemplates } from '../../../src/comms/templates.js'
import { stateSchema, type IncidentState } from '../../../src/incident/state.js'

/** Filed from the form, worked for two days: what responders wrote is full of internal names. */
function buildHostIncident(): IncidentState {
  return stateSchema.parse({
    v: 2,
    codename: 'amber-heron',
    issue: 42,
    originalTitle: 'root on a build box',
    severity: 1,
    phase: 'communication',
    drill: false,
    openedAt: '2026-11-22T09:20:00Z',
    detectedAt: '2026-11-22T09:12:00Z',
    reporter: 'alice',
    affected: 'build-7 (CI runner), the `artifact-store` bucket, db01 and prod-api; jump host bastion.corp.example.com, 10.20.0.7',
    gates: Object.fromEntries(
      ['not-internal', 'timeline-verified', 'impact-known', 'fix-verified', 'legal-approved'].map((g) => [
        g,
        { open: true, by: 'ic-ian', at: '2026-11-24T10:00:00Z' }
      ])
    ),
    attackTimeline: [
      { at: '2026-11-22T08:58:00Z', by: 'sofia-sec', kind: 'attack', text: 'attacker logged in to build-7 with a leaked deploy key from 203.0.113.7' },
      {
        at: '2026-11-22T09:05:00Z',
        by: 'sofia-sec',
        kind: 'attack',
        text: 'pulled secrets from vault-2 and sent them to hxxps://paste.evil-example[.]net/raw/x1'
      },
      { at: '2026-11-22T09:40:00Z', by: 'sofia-sec', kind: 'attack', text: 'Scanned under CVE-2024-3094 with log4j payloads (SHA256 in the IOCs)' }
    ],
    iocs: [
      { value: '203.0.113.7', type: 'ipv4', at: '2026-11-22T10:00:00Z' },
      { value: 'evil-example.net', type: 'domain', at: '2026-11-22T10:01:00Z' },
      { value: '44d88612fea8a8f36de82e1278abb02f', type: 'md5', at: '2026-11-22T10:02:00Z' },
      { value: 'Helpdeskly', type: 'party', at: '2026-11-22T10:03:00Z' }
    ],
    compromised: [{ text: 'CI secrets of build-9, mailer creds ops-alerts@acme-mail.example', at: '2026-11-22T12:00:00Z' }],
    timeline: [
      { at: '2026-11-22T09:20:00Z', by: 'alice', kind: 'opened', text: 'Incident reported as SEV-1' },
      { at: '2026-11-22T09:25:00Z', by: 'ic-ian', kind: 'severity', text: 'Severity unset → SEV-1' },
      { at: '2026-11-22T11:00:00Z', by: 'ic-ian', kind: 'status', text: 'Status: 198.51.100.23 blocked at the edge; SEV-1 stays' }
    ]
  })
}

const termsOf = (state: IncidentState) => new Map(incidentTerms(state).map((t) => [t.term, t.source]))

describe('the incident names its sensitive terms', () => {
  const terms = termsOf(buildHostIncident())

  it('takes every IOC value as recorded, but not a third party (the third-party rule handles those)', () => {
    expect(terms.get('203.0.113.7')).toBe(TERM_SOURCES.iocs)
    expect(terms.get('evil-example.net')).toBe(TERM_SOURCES.iocs)
    expect(terms.get('44d88612fea8a8f36de82e1278abb02f')).toBe(TERM_SOURCES.iocs)
    expect(terms.has('Helpdeskly')).toBe(false)
  })

  it('takes hosts, addresses and bare host names from the affected systems', () => {
    for (const host of ['build-7', 'artifact-store', 'db01', 'prod-api', 'bastion.corp.example.com', '10.20.0.7'])
      expect(terms.get(host)).toBe(TERM_SOURCES.affected)
  })

  it('takes network names and numbered host names from the attack timeline and the compromised data, undefanged', () => {
    expect(terms.get('vault-2')).toBe(TERM_SOURCES.attack)
    expect(terms.get('https://paste.evil-example.net/raw/x1')).toBe(TERM_SOURCES.attack)
    expect(terms.get('build-9')).toBe(TERM_SOURCES.compromised)
    expect(terms.get('ops-alerts@acme-mail.example')).toBe(TERM_SOURCES.compromised)
  })

  it('takes only network names from the response timeline, whose other words are the bot’s own', () => {
    expect(terms.get('198.51.100.23')).toBe(TERM_SOURCES.response)
    expect(terms.has('SEV-1')).toBe(false)
  })

  it('leaves public technical words alone: CVE ids, common names with digits, dates, plain words', () => {
    for (const word of ['CVE-2024-3094', 'log4j', 'SHA256', '2026-11-22', 'CI', 'runner', 'bucket', 'attacker']) expect(terms.has(word)).toBe(false)
  })

  it('names each term once, from the first place it was recorded', () => {
    const all = incidentTerms(buildHostIncident()).map((t) => t.term.toLowerCase())
    expect(new Set(all).size).toBe(all.length)
  })
})

describe('finding the terms in a text', () => {
  const terms = [
    { term: '203.0.113.7', source: 'the IOCs' },
    { term: 'build-7', source: 'the affected systems' },
    { term: 'http://evil.example/x', source: 'the IOCs' }
  ]

  it('matches in any case and in defanged spellings', () => {
    const text = 'Seen from 203.0.113[.]7\nthen BUILD-7 rebooted\nfetched hxxp://evil[.]example/x'
    expect(findTerms(text, terms).map((m) => [m.line, m.term, m.found])).toEqual([
      [1, '203.0.113.7', '203.0.113.7'],
      [2, 'build-7', 'BUILD-7'],
      [3, 'http://evil.example/x', 'http://evil.example/x']
    ])
  })

  it('matches whole names only: build-70, ci-build-7 and 203.0.113.70 are other names', () => {
    expect(findTerms('build-70, ci-build-7 and 203.0.113.70 and 1203.0.113.7', terms)).toEqual([])
  })

  it('matches a name at the end of a sentence, in a code span or in a link', () => {
    expect(findTerms('It was build-7.', terms)).toHaveLength(1)
    expect(findTerms('the host `build-7`', terms)).toHaveLength(1)
    expect(findTerms('[details](https://203.0.113.7/report)', terms)).toHaveLength(1)
  })

  it('reads defanged text back to the live spelling', () => {
    expect(undefang('hxxps://a(.)b[.]c/x and u[@]d[dot]com and 1.2.3[.]4')).toBe('https://a.b.c/x and u@d.com and 1.2.3.4')
  })

  it('takes nothing bare from a text when told so', () => {
    expect(termsIn('moved build-7 to db01', 'x', 'none')).toEqual([])
    expect(termsIn('moved build-7 to prod-api', 'x', 'numbered').map((t) => t.term)).toEqual(['build-7'])
  })
})

describe('the announcement linter with the incident’s terms', () => {
  const state = buildHostIncident()
  const config = defaultConfig()
  const options = announcementLintOptions(state, config)
  const clean = [
    '# Security incident of 22 November 2026',
    '',
    '## What happened',
    '',
    'An attacker used a leaked deployment key to reach one of our build servers. Keeping that key safe was our responsibility.',
    '',
    '## Timeline',
    '',
    '- 22 November 2026, 08:58 UTC: the attacker signs in to a build server.',
    '',
    '## What information was involved',
    '',
    'Build secrets, now rotated. No customer data.',
    '',
    '## What we are doing',
    '',
    'Deploy keys are now short-lived.',
    '',
    '## What you can do',
    '',
    'Nothing is needed from you.'
  ].join('\n')
  const leaks = (text: string) => lintAnnouncement(text, options).filter((f) => f.rule === 'leak-incident-term')

  it('passes a notice written in public words', () => {
    expect(lintAnnouncement(clean, options)).toEqual([])
  })

  it('reports the runbook story’s host and address, each with where it came from', () => {
    const text = clean.replace('one of our build servers', 'build-7 from 203.0.113.7')
    expect(leaks(text).map((f) => [f.line, f.severity, f.message])).toEqual([
      [5, 'error', 'names `203.0.113.7`, from the IOCs: describe it in public words, or leave it out'],
      [5, 'error', 'names `build-7`, from the affected systems: describe it in public words, or leave it out']
    ])
  })

  it('reports a defanged or upper-case spelling the same way', () => {
    const text = clean.replace('a build server', 'BUILD-7 (203.0.113[.]7)')
    expect(leaks(text).map((f) => [f.line, f.message])).toEqual([
      [9, 'names `203.0.113.7`, from the IOCs: describe it in public words, or leave it out'],
      [9, 'names `build-7`, from the affected systems: describe it in public words, or leave it out']
    ])
  })

  it('does not report the shipped template: it inserts none of what responders wrote', () => {
    const draft = renderComms('external-announcement', builtinTemplates(), state, config, new Date('2026-11-25T00:00:00Z'))
    const findings = lintAnnouncement(draft, options)
    expect(findings.filter((f) => f.rule.startsWith('leak-'))).toEqual([])
    // What it leaves for a person blocks the release until written.
    expect(findings.some((f) => f.rule === 'placeholder' && f.severity === 'error')).toBe(true)
  })
})
