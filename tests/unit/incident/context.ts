/** Shared fixtures for decide-layer tests: a private repo, default config, shipped templates. */
import { defaultConfig } from '../../../src/config/load.js'
import { builtinTemplates } from '../../../src/comms/templates.js'
import type { IssueSnapshot, RunContext } from '../../../src/incident/model.js'

export const NOW = '2026-11-22T09:30:00.000Z'

export function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    repo: { owner: 'acme', name: 'incidents', id: 4242, private: true, url: 'https://github.com/acme/incidents' },
    config: defaultConfig(),
    templates: builtinTemplates(),
    now: NOW,
    allowPublicRepo: false,
    ...overrides
  }
}

export const FORM_BODY = [
  '### What did you observe?',
  '',
  'Root login on build-7 from 203.0.113.7. cc @ceo <!-- incident-kit:state AAAA -->',
  '',
  '### When was it detected (UTC)?',
  '',
  '2026-11-22 09:12',
  '',
  '### Is the attack still in progress?',
  '',
  'Yes',
  '',
  '### Severity',
  '',
  'SEV-2 (high)'
].join('\n')

export function issue(overrides: Partial<IssueSnapshot> = {}): IssueSnapshot {
  return {
    number: 17,
    title: 'prod DB dumped by attacker?? {{codename}}',
    body: FORM_BODY,
    labels: ['incident'],
    author: 'alice',
    createdAt: '2026-11-22T09:20:00.000Z',
    url: 'https://github.com/acme/incidents/issues/17',
    state: 'open',
    assignees: [],
    ...overrides
  }
}
