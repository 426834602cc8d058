/**
 * The configuration of incident-kit (`.github/incident-kit.yml`): the single source of truth.
 * Types come from `z.infer`, defaults live here, and `schema/incident-kit.schema.json` is
 * generated from this file for editors (`npm run schema`).
 */
import { z } from 'zod'
import { DURATION_KEYS, HOLIDAY_CALENDARS } from '../text/calendar.js'
import { isKnownZone } from '../text/zone.js'
import { LEGAL_PRESET_IDS } from './legal-presets.js'

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

/** The drafts a gate may approve the text of. */
export const APPROVED_DRAFTS = ['internal-update', 'external-announcement'] as const

const gateSchema = z
  .object({
    description: z.string().min(1),
    approvers: approversSchema.default({ users: [], teams: [], permission: 'maintain' }),
    /** The draft whose text this gate approves: the approval covers that text, and a changed text needs approving again. */
    approves: z.enum(APPROVED_DRAFTS).nullable().optional(),
    /** Text-bound gates only (default true): whoever changed the text since the last approval may not approve it. */
    fourEyes: z.boolean().optional(),
    /** Text-bound gates only: an approval of an earlier text blocks the draft (`block`, the default) or only warns. */
    staleApproval: z.enum(['block', 'warn']).optional()
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

/** Where a clock starts: a moment of the incident, a recorded decision (`/decision <name>`) or a recorded filing. */
const clockStart = z.union([
  z.enum(['opened', 'detected', 'last-status']),
  z.string().regex(/^(decision|filing):[a-z][a-z0-9-]*$/, 'opened, detected, last-status, decision:<name> or filing:<clock id>')
])

/** How long a clock runs: exactly one of hours, calendar days, calendar months or business days. */
const durationFields = {
  hours: z.number().positive().optional(),
  /** Calendar days (24 hours each). */
  days: z.number().int().positive().optional(),
  /** Calendar months: the same day and time, or the month's last day. */
  months: z.number().int().positive().optional(),
  /** Weekdays that are not holidays of `holidays`, counted in `zone`; due at the end of the last one. */
  businessDays: z.number().int().positive().optional(),
  holidays: z.enum(HOLIDAY_CALENDARS).optional(),
  zone: z.string().refine(isKnownZone, 'an IANA time zone such as "America/New_York"').optional()
}

function oneDuration(value: Record<string, unknown>, ctx: z.core.$RefinementCtx): void {
  const set = DURATION_KEYS.filter((k) => value[k] !== undefined)
  if (set.length !== 1)
    ctx.addIssue({ code: 'custom', message: `give exactly one of ${DURATION_KEYS.join(', ')}${set.length ? ` (got ${set.join(' and ')})` : ''}`, input: value })
  else if ((value.holidays !== undefined || value.zone !== undefined) && set[0] !== 'businessDays')
    ctx.addIssue({ code: 'custom', message: 'holidays and zone only apply to businessDays', input: value })
}

const clockFields = {
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string().min(1),
  /** The moment the clock starts from. */
  from: clockStart,
  /** What stops it: a role assigned, a timeline event kind, a draft posted, a filing recorded. */
  until: z.string().min(1),
  ...durationFields,
  /** The deadline is the earlier of this clock's and this one's (DORA: 4 hours from classification, at most 24 from awareness). */
  notLaterThan: z
    .object({ from: clockStart, ...durationFields })
    .strict()
    .superRefine(oneDuration)
    .optional(),
  /** The law the clock comes from, shown beside it. */
  law: z
    .object({
      reference: z.string().min(1),
      url: z.string().regex(/^https:\/\/[^\s<>()]+$/, 'an https:// address'),
      /** The law's own words for the deadline. */
      says: z.string().min(1).optional()
    })
    .strict()
    .optional(),
  /** The law sets no fixed time: the duration is the team's own target, and the clock says so. */
  target: z.boolean().optional(),
  severities: z.array(z.number().int().min(1).max(4)).default([1, 2, 3, 4]),
  owner: z.string().optional(),
  repeat: z.boolean().default(false),
  /** Drops the default entry with this id (only meaningful with an id the defaults have). */
  remove: z.literal(true).optional()
}

const clockSchema = z.object(clockFields).strict().superRefine(oneDuration)

/** What a team may change of a legal preset: anything but its id. */
const presetOverrideSchema = z
  .object({
    title: clockFields.title,
    from: clockFields.from,
    until: clockFields.until,
    ...durationFields,
    notLaterThan: clockFields.notLaterThan,
    law: clockFields.law,
    target: z.boolean(),
    severities: clockFields.severities,
    owner: clockFields.owner
  })
  .partial()
  .strict()

/** Who may record decisions and filings: holders of these incident roles, listed users, team members, or a repository permission. */
const recordersSchema = z
  .object({
    roles: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'a role such as "ic" or "scribe"')).default(['ic', 'deputy', 'scribe']),
    users: z.array(login).default([]),
    teams: z.array(teamSlug).default([]),
    permission: permissionSchema.nullable().default('maintain')
  })
  .strict()

export const DEFAULT_RECORDERS = { roles: ['ic', 'deputy', 'scribe'], users: [] as string[], teams: [] as string[], permission: 'maintain' as const }

export const DEFAULT_PHASES = [
  { id: 'triage', title: 'Triage' },
  { id: 'mitigation', title: 'Mitigation' },
  { id: 'containment', title: 'Containment' },
  { id: 'investigation', title: 'Investigation' },
  { id: 'communication', title: 'Communication' },
  { id: 'resolved', title: 'Resolved' }
]

export const DEFAULT_GATES: Record<string, { description: string; approves?: (typeof APPROVED_DRAFTS)[number] }> = {
  'not-internal': { description: 'Forensics show the attack was not sourced internally.' },
  'timeline-verified': { description: 'The timeline of the attack is verified.' },
  'impact-known': { description: 'Exactly what was compromised, and how, is known.' },
  'fix-verified': { description: 'The fix is verified: it will not happen again the same way.' },
  'legal-approved': { description: 'Legal counsel approved the external statement.', approves: 'external-announcement' }
}

const defaultGates = () =>
  Object.fromEntries(
    Object.entries(DEFAULT_GATES).map(([id, g]) => [
      id,
      {
        description: g.description,
        approvers: { users: [], teams: [], permission: 'maintain' as const },
        ...(g.approves ? { approves: g.approves } : {})
      }
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

/**
 * Families of stock phrases real notices use instead of facts; "…" stands for up to ten words of one sentence, so
 * "we take … seriously" catches "we take the security of your information very seriously".
 */
export const DEFAULT_BANNED_FAMILIES: Record<string, string[]> = {
  'take seriously': ['take … seriously', 'treat … seriously'],
  'top priority': [
    'our top priority',
    'our highest priority',
    'our number one priority',
    'our first priority',
    'our greatest priority',
    'our main priority',
    'a top priority for us'
  ],
  'utmost importance': ['utmost importance', 'paramount importance', 'of the highest importance', 'is paramount to us'],
  'committed to protecting': [
    'we are committed to protecting',
    'we remain committed to protecting',
    'deeply committed to … privacy',
    'deeply committed to … security'
  ],
  'sophisticated attack': ['highly sophisticated attack', 'highly sophisticated cyberattack', 'sophisticated cyber attack', 'sophisticated criminal attack']
}

export const DEFAULT_SECTIONS = ['What happened', 'Timeline', 'What information was involved', 'What we are doing', 'What you can do']

/** Where a notice's date may stand for the title-date rule. */
export const datePlaceSchema = z.enum(['title', 'under-title', 'dateline', 'first-sentence'])
export type DatePlace = z.infer<typeof datePlaceSchema>

/** A required section: its heading, or the heading with the other names it may go by. */
const requiredSectionSchema = z.union([z.string(), z.object({ heading: z.string().min(1), alternatives: z.array(z.string().min(1)).default([]) }).strict()])
export type RequiredSection = z.infer<typeof requiredSectionSchema>

export const DEFAULT_CLOCKS = [
  { id: 'ic-assigned', title: 'Incident Commander assigned', from: 'opened' as const, until: 'role:ic', hours: 0.25, severities: [1, 2], repeat: false },
  { id: 'status-update', title: 'Status update posted', from: 'last-status' as const, until: 'status', hours: 4, severities: [1, 2, 3, 4], repeat: true },
  {
    id: 'external-announcement',
    title: 'External announcement released',
    from: 'detected' as const,
    until: 'released:external-announcement',
    hours: 72,
    severities: [1, 2],
    repeat: false
  }
]

const severityLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('unknown')])

const DEFAULT_FORM = {
  severity: { fields: [] as string[], levels: {} as Record<string, 1 | 2 | 3 | 4 | 'unknown'>, scaleStartsAt: 'auto' as const, options: [] as string[] },
  detected: { fields: [] as string[], assumeZone: 'UTC' as string | null }
}

/** How the issue form's answers are read. */
const formSchema = z
  .object({
    severity: z
      .object({
        /** Labels (or ids) of the dropdown; empty: the first field labelled Severity, Priority, Urgency, Impact or Criticality. */
        fields: z.array(z.string().min(1)).default([]),
        /** Option text -> level 1..4 or "unknown"; wins over reading the option's meaning. */
        levels: z.record(z.string().min(1), severityLevel).default({}),
        /** Where numbered options start: 0 (P0–P3), 1 (SEV-1–SEV-4), or auto (0 when the option says so). */
        scaleStartsAt: z.union([z.literal(0), z.literal(1), z.literal('auto')]).default('auto'),
        /** The dropdown's options as in the issue form, most severe first: a list starting at 0 makes the scale 0-based; four wordless options read by their place. */
        options: z.array(z.string().min(1)).default([])
      })
      .strict()
      .default(DEFAULT_FORM.severity),
    detected: z
      .object({
        /** Labels (or ids) of the detection-time field; empty: the first field whose label mentions "detected" or "detection". */
        fields: z.array(z.string().min(1)).default([]),
        /** The zone of a time written without one; null: such a time is reported unreadable. */
        assumeZone: z.string().min(1).nullable().default('UTC')
      })
      .strict()
      .default(DEFAULT_FORM.detected)
  })
  .strict()
  .default(DEFAULT_FORM)

export const configSchema = z
  .object({
    form: formSchema,
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
        adjectives: z
          .array(z.string().regex(/^[a-z]+$/, 'lowercase letters only'))
          .min(2)
          .optional(),
        nouns: z
          .array(z.string().regex(/^[a-z]+$/, 'lowercase letters only'))
          .min(2)
          .optional()
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
        /** Family name -> phrases ("…" for up to ten words of one sentence); the findings name the family. */
        bannedFamilies: z.record(z.string().min(1), z.array(z.string().min(3))).default(DEFAULT_BANNED_FAMILIES),
        requiredSections: z.array(requiredSectionSchema).default(DEFAULT_SECTIONS),
        /** Where the notice's date counts: the title, the line under it, a dateline, the first sentence. */
        dateIn: z.array(datePlaceSchema).min(1).default(['title', 'under-title', 'dateline', 'first-sentence']),
        internalHostPatterns: z.array(z.string()).default(['\\.internal\\b', '\\.corp\\b', '\\.local\\b', '\\.lan\\b'])
      })
      .strict()
      .default({
        bannedPhrases: DEFAULT_BANNED_PHRASES,
        bannedFamilies: DEFAULT_BANNED_FAMILIES,
        requiredSections: DEFAULT_SECTIONS,
        dateIn: ['title', 'under-title', 'dateline', 'first-sentence'],
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
        /** Severities paged when the incident opens or is raised: every one by default (the runbook pages an IC for every security incident). */
        severities: z.array(z.number().int().min(1).max(4)).default([1, 2, 3, 4]),
        /** Whether an incident whose severity is not known yet ("not sure") pages: "not sure? trigger the process anyway". */
        unsure: z.boolean().default(true),
        drills: z.boolean().default(true)
      })
      .strict()
      .default({ severities: [1, 2, 3, 4], unsure: true, drills: true }),
    /**
     * Who may read the incident: the response team. Each list, when absent, is every gate's approver
     * teams (and `paging.icTeam`) or users. Readers beyond the team are warned of on the dashboard.
     */
    visibility: z
      .object({
        responseTeams: z.array(teamSlug).optional(),
        responseUsers: z.array(login).optional()
      })
      .strict()
      .default({}),
    runbooks: z
      .object({
        paths: z.array(z.string().min(1)).min(1).default(['runbooks/**/*.md']),
        /** The runbook this workflow automates, linked from the dashboard. */
        incidentRunbook: z.string().default('runbooks/security-incident.md'),
        reviewedMaxDays: z.number().int().positive().default(90),
        testedMaxDays: z.number().int().positive().default(180),
        /** Globs of review-only documents: they need a Last Reviewed, not a Last Tested. */
        reviewOnly: z.array(z.string().min(1)).default([]),
        trackingLabel: z.string().default('runbook-freshness')
      })
      .strict()
      .default({
        paths: ['runbooks/**/*.md'],
        incidentRunbook: 'runbooks/security-incident.md',
        reviewedMaxDays: 90,
        testedMaxDays: 180,
        reviewOnly: [],
        trackingLabel: 'runbook-freshness'
      }),
    clocks: z.array(clockSchema).default(DEFAULT_CLOCKS),
    legal: z
      .object({
        /** Presets switched on: `true`, or the keys to change (owner, title, duration, …). */
        clocks: z.partialRecord(z.enum(LEGAL_PRESET_IDS), z.union([z.literal(true), presetOverrideSchema])).default({}),
        recorders: recordersSchema.default(DEFAULT_RECORDERS)
      })
      .strict()
      .default({ clocks: {}, recorders: DEFAULT_RECORDERS }),
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
export type PresetOverride = z.infer<typeof presetOverrideSchema>
export type Recorders = z.infer<typeof recordersSchema>

/** Validates one clock as the config does (legal presets are clocks too). */
export function parseClock(raw: unknown): Clock {
  return clockSchema.parse(raw)
}
