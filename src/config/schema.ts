/**
 * The configuration of incident-kit (`.github/incident-kit.yml`): the single source of truth.
 * Types come from `z.infer`, defaults live here, and `schema/incident-kit.schema.json` is
 * generated from this file for editors (`npm run schema`).
 */
import { z } from 'zod'

const login = z
  .string()
  .regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, 'a GitHub login such as "octocat"')
  .transform((s) => s.replace(/^@/, ''))

const teamSlug = z
  .string()
  .regex(/^@?[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'an "org/team-slug" such as "acme/security"')
  .transform((s) => s.replace(/^@/, ''))

export const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const
export const permissionSchema = z.enum(PERMISSIONS)
export type Permission = z.infer<typeof permissionSchema>

const phaseId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id such as "containment"')

/** Who may open a gate: listed users, members of listed teams, or anyone with at least `permission`. */
const approversSchema = z
  .object({
    users: z.array(login).default([]),
    teams: z.array(teamSlug).default([]),
    permission: permissionSchema.nullable().default('maintain')
  })
  .strict()

const gateSchema = z
  .object({
    description: z.string().min(1),
    approvers: approversSchema.default({ users: [], teams: [], permission: 'maintain' })
  })
  .strict()

const checklistItemSchema: z.ZodType<ChecklistItem> = z.lazy(() =>
  z.union([z.string().min(1), z.object({ text: z.string().min(1), items: z.array(checklistItemSchema).default([]) }).strict()])
)
export type ChecklistItem = string | { text: string; items: ChecklistItem[] }

const stepSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id such as "stop-attack"'),
    title: z.string().min(1),
    phase: phaseId,
    delegateTo: z.string().min(1).optional(),
    /** Drops the default entry with this id (only meaningful with an id the defaults have). */
    remove: z.literal(true).optional(),
    summary: z.string().optional(),
    items: z.array(checklistItemSchema).default([])
  })
  .strict()

const phaseSchema = z.object({ id: phaseId, title: z.string().min(1), remove: z.literal(true).optional() }).strict()

const clockSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: z.string().min(1),
    /** The moment the clock starts from. */
    from: z.enum(['opened', 'detected', 'last-status']),
    /** What stops it: a role assigned, a timeline event kind, or a draft posted. */
    until: z.string().min(1),
    hours: z.number().positive(),
    severities: z.array(z.number().int().min(1).max(4)).default([1, 2, 3, 4]),
    owner: z.string().optional(),
    repeat: z.boolean().default(false),
    /** Drops the default entry with this id (only meaningful with an id the defaults have). */
    remove: z.literal(true).optional(),
  })
  .strict()

export const DEFAULT_PHASES = [
  { id: 'triage', title: 'Triage' },
  { id: 'mitigation', title: 'Mitigation' },
  { id: 'containment', title: 'Containment' },
  { id: 'investigation', title: 'Investigation' },
  { id: 'communication', title: 'Communication' },
  { id: 'resolved', title: 'Resolved' }
]

export const DEFAULT_GATES: Record<string, { description: string }> = {
  'not-internal': { description: 'Forensics show the attack was not sourced internally.' },
  'timeline-verified': { description: 'The timeline of the attack is verified.' },
  'impact-known': { description: 'Exactly what was compromised, and how, is known.' },
  'fix-verified': { description: 'The fix is verified: it will not happen again the same way.' },
  'legal-approved': { description: 'Legal counsel approved the external statement.' }
}

const defaultGates = () =>
  Object.fromEntries(
    Object.entries(DEFAULT_GATES).map(([id, g]) => [
      id,
      { description: g.description, approvers: { users: [], teams: [], permission: 'maintain' as const } }
    ])
  )

export const DEFAULT_BANNED_PHRASES = [
  'we take security very seriously',
  'we take security seriously',
  'we take the security of our customers very seriously',
  'security is our top priority',
  'we take your privacy very seriously',
  'your security is our top priority'
]

export const DEFAULT_CLOCKS = [
  { id: 'ic-assigned', title: 'Incident Commander assigned', from: 'opened' as const, until: 'role:ic', hours: 0.25, severities: [1, 2], repeat: false },
  { id: 'status-update', title: 'Status update posted', from: 'last-status' as const, until: 'status', hours: 4, severities: [1, 2, 3, 4], repeat: true },
  { id: 'external-announcement', title: 'External announcement released', from: 'detected' as const, until: 'draft:external-announcement', hours: 72, severities: [1, 2], repeat: false }
]

export const configSchema = z
  .object({
    labels: z
      .object({
        trigger: z.string().min(1).default('incident'),
        drill: z.string().min(1).default('incident:drill'),
        phasePrefix: z.string().min(1).default('phase:'),
        severityPrefix: z.string().min(1).default('sev:'),
        gatePrefix: z.string().min(1).default('gate:')
      })
      .strict()
      .default({ trigger: 'incident', drill: 'incident:drill', phasePrefix: 'phase:', severityPrefix: 'sev:', gatePrefix: 'gate:' }),
    /** The issue title once the codename is given. `{{codename}}` is replaced; `{{drill}}` is "DRILL " on drills. */
    titleFormat: z
      .string()
      .refine((s) => s.includes('{{codename}}'), 'a format containing {{codename}}')
      .default('{{drill}}{{codename}}'),
    codename: z
      .object({
        adjectives: z.array(z.string().regex(/^[a-z]+$/, 'lowercase letters only')).min(2).optional(),
        nouns: z.array(z.string().regex(/^[a-z]+$/, 'lowercase letters only')).min(2).optional()
      })
      .strict()
      .default({}),
    phases: z.array(phaseSchema).min(2).default(DEFAULT_PHASES),
    /** The runbook's steps as checklist entries; the default is the 14 steps of the security-incident runbook. */
    checklist: z.array(stepSchema).min(1).optional(),
    gates: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), gateSchema).default(defaultGates),
    drafts: z
      .object({
        internalUpdate: z
          .object({ gates: z.array(z.string()).default(['not-internal']), to: z.string().default('VP or Director of Engineering') })
          .strict()
          .default({ gates: ['not-internal'], to: 'VP or Director of Engineering' }),
        externalAnnouncement: z
          .object({
            gates: z.array(z.string()).default(Object.keys(DEFAULT_GATES)),
            owner: z.string().default('Marketing Team'),
            company: z.string().default('Our company')
          })
          .strict()
          .default({ gates: Object.keys(DEFAULT_GATES), owner: 'Marketing Team', company: 'Our company' }),
        lawEnforcement: z
          .object({ phase: z.string().default('communication'), to: z.string().default('VP or Director of Engineering') })
          .strict()
          .default({ phase: 'communication', to: 'VP or Director of Engineering' })
      })
      .strict()
      .default({
        internalUpdate: { gates: ['not-internal'], to: 'VP or Director of Engineering' },
        externalAnnouncement: { gates: Object.keys(DEFAULT_GATES), owner: 'Marketing Team', company: 'Our company' },
        lawEnforcement: { phase: 'communication', to: 'VP or Director of Engineering' }
      }),
    announcement: z
      .object({
        bannedPhrases: z.array(z.string().min(3)).default(DEFAULT_BANNED_PHRASES),
        requiredSections: z
          .array(z.string())
          .default(['What happened', 'Timeline', 'What information was involved', 'What we are doing', 'What you can do']),
        internalHostPatterns: z.array(z.string()).default(['\\.internal\\b', '\\.corp\\b', '\\.local\\b', '\\.lan\\b'])
      })
      .strict()
      .default({
        bannedPhrases: DEFAULT_BANNED_PHRASES,
        requiredSections: ['What happened', 'Timeline', 'What information was involved', 'What we are doing', 'What you can do'],
        internalHostPatterns: ['\\.internal\\b', '\\.corp\\b', '\\.local\\b', '\\.lan\\b']
      }),
    postMortem: z
      .object({ as: z.enum(['comment', 'issue']).default('comment'), labels: z.array(z.string()).default(['post-mortem']) })
      .strict()
      .default({ as: 'comment', labels: ['post-mortem'] }),
    commands: z
      .object({ permission: permissionSchema.default('write') })
      .strict()
      .default({ permission: 'write' }),
    paging: z
      .object({
        /** The team mentioned when no PagerDuty routing key is given, e.g. "acme/incident-commanders". */
        icTeam: teamSlug.optional(),
        severities: z.array(z.number().int().min(1).max(4)).default([1, 2]),
        drills: z.boolean().default(true)
      })
      .strict()
      .default({ severities: [1, 2], drills: true }),
    runbooks: z
      .object({
        paths: z.array(z.string().min(1)).min(1).default(['runbooks/**/*.md']),
        /** The runbook this workflow automates, linked from the dashboard. */
        incidentRunbook: z.string().default('runbooks/security-incident.md'),
        reviewedMaxDays: z.number().int().positive().default(90),
        testedMaxDays: z.number().int().positive().default(180),
        trackingLabel: z.string().default('runbook-freshness')
      })
      .strict()
      .default({
        paths: ['runbooks/**/*.md'],
        incidentRunbook: 'runbooks/security-incident.md',
        reviewedMaxDays: 90,
        testedMaxDays: 180,
        trackingLabel: 'runbook-freshness'
      }),
    clocks: z.array(clockSchema).default(DEFAULT_CLOCKS),
    reminders: z
      .object({
        /** Drills get reminder comments too (their clocks are always shown on the dashboard). */
        drills: z.boolean().default(false)
      })
      .strict()
      .default({ drills: false })
  })
  .strict()

export type ConfigInput = z.input<typeof configSchema>
export type Config = z.infer<typeof configSchema>
export type Gate = Config['gates'][string]
export type Approvers = Gate['approvers']
export type Step = z.infer<typeof stepSchema>
export type Phase = z.infer<typeof phaseSchema>
export type Clock = z.infer<typeof clockSchema>
