/**
 * The labels incident-kit uses, from the configuration, with colours and descriptions: what
 * `mode: setup` creates so nobody makes 19 labels by hand. Pure.
 */
import type { ResolvedConfig } from '../config/load.js'
import type { Change } from './plan.js'

export interface LabelSpec {
  name: string
  /** Six hex digits, no "#". */
  color: string
  /** At most 100 characters (GitHub's limit). */
  description: string
}

const SEVERITY = ['b60205', 'd93f0b', 'fbca04', '0e8a16'] as const
const SEVERITY_WORDS = ['critical', 'high', 'medium', 'low'] as const

/** Every label the configuration makes incident-kit read or write, in a stable order. */
export function labelsFor(config: ResolvedConfig): LabelSpec[] {
  const { labels } = config
  const specs: LabelSpec[] = [
    { name: labels.trigger, color: 'b60205', description: 'A security incident, tracked by incident-kit' },
    { name: labels.drill, color: 'c5def5', description: 'A drill of the security-incident process (incident-kit)' },
    ...config.phases.map((p, i) => ({
      name: `${labels.phasePrefix}${p.id}`,
      color: i === config.phases.length - 1 ? '0e8a16' : '1d76db',
      description: `Incident phase: ${p.title}`
    })),
    ...SEVERITY.map((color, i) => ({ name: `${labels.severityPrefix}${i + 1}`, color, description: `Severity ${i + 1} (${SEVERITY_WORDS[i]})` })),
    ...Object.entries(config.gates).map(([id, gate]) => ({ name: `${labels.gatePrefix}${id}`, color: '5319e7', description: `Gate: ${gate.description}` })),
    ...config.postMortem.labels.map((name) => ({ name, color: 'bfd4f2', description: 'Post-mortem of a security incident (incident-kit)' })),
    { name: config.runbooks.trackingLabel, color: 'fef2c0', description: 'Runbooks that need review or a drill (incident-kit)' }
  ]
  const seen = new Set<string>()
  return specs
    .filter((s) => {
      const key = s.name.toLowerCase()
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map((s) => ({ ...s, description: s.description.length > 100 ? `${s.description.slice(0, 99)}…` : s.description }))
}

/** The labels to create: those missing from the repository (names compare case-insensitively, as on GitHub). A label that exists is left as its owner made it. */
export function planLabels(wanted: readonly LabelSpec[], existing: readonly { name: string }[]): Extract<Change, { kind: 'create-label' }>[] {
  const have = new Set(existing.map((l) => l.name.toLowerCase()))
  return wanted.filter((l) => !have.has(l.name.toLowerCase())).map((l) => ({ kind: 'create-label', name: l.name, color: l.color, description: l.description }))
}
