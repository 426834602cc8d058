import { describe, expect, it } from '@jest/globals'
import { answerFor, parseDetectedAt, parseFormAnswers, parseSeverity } from '../../../src/incident/form.js'

const body = [
  '### What did you observe?',
  '',
  'Root login on build-7 at 09:10 from 203.0.113.7',
  '',
  '### When was it detected (UTC)?',
  '',
  '2026-11-22 09:12',
  '',
  '### Affected systems or services',
  '',
  '_No response_',
  '',
  '### Severity',
  '',
  'SEV-2 (high)'
].join('\n')

describe('the issue form', () => {
  it('is read answer by answer, with empty answers blank', () => {
    const answers = parseFormAnswers(body)
    expect(answers['What did you observe?']).toBe('Root login on build-7 at 09:10 from 203.0.113.7')
    expect(answers['Affected systems or services']).toBe('')
    expect(answerFor(answers, /severity/i)).toBe('SEV-2 (high)')
  })

  it.each([
    ['SEV-1', 1],
    ['SEV-1 (critical)', 1],
    ['Sev 1', 1],
    ['sev:2', 2],
    ['1 - critical', 1],
    ['S3', 3],
    ['High', 2],
    ['sev 4 (low)', 4],
    ['Not sure', null],
    ['', null],
    ['whenever', null]
  ])('reads severity %p as %p', (text, level) => {
    expect(parseSeverity(text)).toBe(level)
  })

  it('reads the detection time in UTC', () => {
    expect(parseDetectedAt('2026-11-22 09:12')).toBe('2026-11-22T09:12:00.000Z')
    expect(parseDetectedAt('2026-11-22T09:12Z')).toBe('2026-11-22T09:12:00.000Z')
    expect(parseDetectedAt('2026-11-22')).toBe('2026-11-22T00:00:00.000Z')
  })

  it('does not invent a detection time from nonsense or impossible dates', () => {
    expect(parseDetectedAt('this morning')).toBeUndefined()
    expect(parseDetectedAt('2026-02-30 10:00')).toBeUndefined()
  })
})
