import { o as object, b as boolean, a as array, s as string, n as number, _ as _enum, r as record, c as lazy, l as literal, u as union } from './schemas-Dce408B-.js';

/**
 * The configuration of incident-kit (`.github/incident-kit.yml`): the single source of truth.
 * Types come from `z.infer`, defaults live here, and `schema/incident-kit.schema.json` is
 * generated from this file for editors (`npm run schema`).
 */
const login = string()
    .regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, 'a GitHub login such as "octocat"')
    .transform((s) => s.replace(/^@/, ''));
const teamSlug = string()
    .regex(/^@?[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'an "org/team-slug" such as "acme/security"')
    .transform((s) => s.replace(/^@/, ''));
const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'];
const permissionSchema = _enum(PERMISSIONS);
const phaseId = string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id such as "containment"');
/** Who may open a gate: listed users, members of listed teams, or anyone with at least `permission`. */
const approversSchema = object({
    users: array(login).default([]),
    teams: array(teamSlug).default([]),
    permission: permissionSchema.nullable().default('maintain')
})
    .strict();
const gateSchema = object({
    description: string().min(1),
    approvers: approversSchema.default({ users: [], teams: [], permission: 'maintain' })
})
    .strict();
const checklistItemSchema = lazy(() => union([string().min(1), object({ text: string().min(1), items: array(checklistItemSchema).default([]) }).strict()]));
const stepSchema = object({
    id: string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id such as "stop-attack"'),
    title: string().min(1),
    phase: phaseId,
    delegateTo: string().min(1).optional(),
    /** Drops the default entry with this id (only meaningful with an id the defaults have). */
    remove: literal(true).optional(),
    summary: string().optional(),
    items: array(checklistItemSchema).default([])
})
    .strict();
const phaseSchema = object({ id: phaseId, title: string().min(1), remove: literal(true).optional() }).strict();
const clockSchema = object({
    id: string().regex(/^[a-z][a-z0-9-]*$/),
    title: string().min(1),
    /** The moment the clock starts from. */
    from: _enum(['opened', 'detected', 'last-status']),
    /** What stops it: a role assigned, a timeline event kind, or a draft posted. */
    until: string().min(1),
    hours: number().positive(),
    severities: array(number().int().min(1).max(4)).default([1, 2, 3, 4]),
    owner: string().optional(),
    repeat: boolean().default(false),
    /** Drops the default entry with this id (only meaningful with an id the defaults have). */
    remove: literal(true).optional()
})
    .strict();
const DEFAULT_PHASES = [
    { id: 'triage', title: 'Triage' },
    { id: 'mitigation', title: 'Mitigation' },
    { id: 'containment', title: 'Containment' },
    { id: 'investigation', title: 'Investigation' },
    { id: 'communication', title: 'Communication' },
    { id: 'resolved', title: 'Resolved' }
];
const DEFAULT_GATES = {
    'not-internal': { description: 'Forensics show the attack was not sourced internally.' },
    'timeline-verified': { description: 'The timeline of the attack is verified.' },
    'impact-known': { description: 'Exactly what was compromised, and how, is known.' },
    'fix-verified': { description: 'The fix is verified: it will not happen again the same way.' },
    'legal-approved': { description: 'Legal counsel approved the external statement.' }
};
const defaultGates = () => Object.fromEntries(Object.entries(DEFAULT_GATES).map(([id, g]) => [id, { description: g.description, approvers: { users: [], teams: [], permission: 'maintain' } }]));
const DEFAULT_BANNED_PHRASES = [
    'we take security very seriously',
    'we take security seriously',
    'we take the security of our customers very seriously',
    'security is our top priority',
    'we take your privacy very seriously',
    'your security is our top priority'
];
/**
 * Families of stock phrases real notices use instead of facts; "…" stands for up to ten words of one sentence, so
 * "we take … seriously" catches "we take the security of your information very seriously".
 */
const DEFAULT_BANNED_FAMILIES = {
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
};
const DEFAULT_SECTIONS = ['What happened', 'Timeline', 'What information was involved', 'What we are doing', 'What you can do'];
/** Where a notice's date may stand for the title-date rule. */
const datePlaceSchema = _enum(['title', 'under-title', 'dateline', 'first-sentence']);
/** A required section: its heading, or the heading with the other names it may go by. */
const requiredSectionSchema = union([string(), object({ heading: string().min(1), alternatives: array(string().min(1)).default([]) }).strict()]);
const DEFAULT_CLOCKS = [
    { id: 'ic-assigned', title: 'Incident Commander assigned', from: 'opened', until: 'role:ic', hours: 0.25, severities: [1, 2], repeat: false },
    { id: 'status-update', title: 'Status update posted', from: 'last-status', until: 'status', hours: 4, severities: [1, 2, 3, 4], repeat: true },
    {
        id: 'external-announcement',
        title: 'External announcement released',
        from: 'detected',
        until: 'draft:external-announcement',
        hours: 72,
        severities: [1, 2],
        repeat: false
    }
];
const severityLevel = union([literal(1), literal(2), literal(3), literal(4), literal('unknown')]);
const DEFAULT_FORM = {
    severity: { fields: [], levels: {}, scaleStartsAt: 'auto', options: [] },
    detected: { fields: [], assumeZone: 'UTC' }
};
/** How the issue form's answers are read. */
const formSchema = object({
    severity: object({
        /** Labels (or ids) of the dropdown; empty: the first field labelled Severity, Priority, Urgency, Impact or Criticality. */
        fields: array(string().min(1)).default([]),
        /** Option text -> level 1..4 or "unknown"; wins over reading the option's meaning. */
        levels: record(string().min(1), severityLevel).default({}),
        /** Where numbered options start: 0 (P0–P3), 1 (SEV-1–SEV-4), or auto (0 when the option says so). */
        scaleStartsAt: union([literal(0), literal(1), literal('auto')]).default('auto'),
        /** The dropdown's options as in the issue form, most severe first: a list starting at 0 makes the scale 0-based; four wordless options read by their place. */
        options: array(string().min(1)).default([])
    })
        .strict()
        .default(DEFAULT_FORM.severity),
    detected: object({
        /** Labels (or ids) of the detection-time field; empty: the first field whose label mentions "detected" or "detection". */
        fields: array(string().min(1)).default([]),
        /** The zone of a time written without one; null: such a time is reported unreadable. */
        assumeZone: string().min(1).nullable().default('UTC')
    })
        .strict()
        .default(DEFAULT_FORM.detected)
})
    .strict()
    .default(DEFAULT_FORM);
const configSchema = object({
    form: formSchema,
    labels: object({
        trigger: string().min(1).default('incident'),
        drill: string().min(1).default('incident:drill'),
        phasePrefix: string().min(1).default('phase:'),
        severityPrefix: string().min(1).default('sev:'),
        gatePrefix: string().min(1).default('gate:')
    })
        .strict()
        .default({ trigger: 'incident', drill: 'incident:drill', phasePrefix: 'phase:', severityPrefix: 'sev:', gatePrefix: 'gate:' }),
    /** The issue title once the codename is given. `{{codename}}` is replaced; `{{drill}}` is "DRILL " on drills. */
    titleFormat: string()
        .refine((s) => s.includes('{{codename}}'), 'a format containing {{codename}}')
        .default('{{drill}}{{codename}}'),
    codename: object({
        adjectives: array(string().regex(/^[a-z]+$/, 'lowercase letters only'))
            .min(2)
            .optional(),
        nouns: array(string().regex(/^[a-z]+$/, 'lowercase letters only'))
            .min(2)
            .optional()
    })
        .strict()
        .default({}),
    phases: array(phaseSchema).min(2).default(DEFAULT_PHASES),
    /** The runbook's steps as checklist entries; the default is the 14 steps of the security-incident runbook. */
    checklist: array(stepSchema).min(1).optional(),
    gates: record(string().regex(/^[a-z][a-z0-9-]*$/), gateSchema).default(defaultGates),
    drafts: object({
        internalUpdate: object({ gates: array(string()).default(['not-internal']), to: string().default('VP or Director of Engineering') })
            .strict()
            .default({ gates: ['not-internal'], to: 'VP or Director of Engineering' }),
        externalAnnouncement: object({
            gates: array(string()).default(Object.keys(DEFAULT_GATES)),
            owner: string().default('Marketing Team'),
            company: string().default('Our company')
        })
            .strict()
            .default({ gates: Object.keys(DEFAULT_GATES), owner: 'Marketing Team', company: 'Our company' }),
        lawEnforcement: object({ phase: string().default('communication'), to: string().default('VP or Director of Engineering') })
            .strict()
            .default({ phase: 'communication', to: 'VP or Director of Engineering' })
    })
        .strict()
        .default({
        internalUpdate: { gates: ['not-internal'], to: 'VP or Director of Engineering' },
        externalAnnouncement: { gates: Object.keys(DEFAULT_GATES), owner: 'Marketing Team', company: 'Our company' },
        lawEnforcement: { phase: 'communication', to: 'VP or Director of Engineering' }
    }),
    announcement: object({
        bannedPhrases: array(string().min(3)).default(DEFAULT_BANNED_PHRASES),
        /** Family name -> phrases ("…" for up to ten words of one sentence); the findings name the family. */
        bannedFamilies: record(string().min(1), array(string().min(3))).default(DEFAULT_BANNED_FAMILIES),
        requiredSections: array(requiredSectionSchema).default(DEFAULT_SECTIONS),
        /** Where the notice's date counts: the title, the line under it, a dateline, the first sentence. */
        dateIn: array(datePlaceSchema).min(1).default(['title', 'under-title', 'dateline', 'first-sentence']),
        internalHostPatterns: array(string()).default(['\\.internal\\b', '\\.corp\\b', '\\.local\\b', '\\.lan\\b'])
    })
        .strict()
        .default({
        bannedPhrases: DEFAULT_BANNED_PHRASES,
        bannedFamilies: DEFAULT_BANNED_FAMILIES,
        requiredSections: DEFAULT_SECTIONS,
        dateIn: ['title', 'under-title', 'dateline', 'first-sentence'],
        internalHostPatterns: ['\\.internal\\b', '\\.corp\\b', '\\.local\\b', '\\.lan\\b']
    }),
    postMortem: object({ as: _enum(['comment', 'issue']).default('comment'), labels: array(string()).default(['post-mortem']) })
        .strict()
        .default({ as: 'comment', labels: ['post-mortem'] }),
    commands: object({ permission: permissionSchema.default('write') })
        .strict()
        .default({ permission: 'write' }),
    paging: object({
        /** The team mentioned when no PagerDuty routing key is given, e.g. "acme/incident-commanders". */
        icTeam: teamSlug.optional(),
        /** Severities paged when the incident opens or is raised: every one by default (the runbook pages an IC for every security incident). */
        severities: array(number().int().min(1).max(4)).default([1, 2, 3, 4]),
        /** Whether an incident whose severity is not known yet ("not sure") pages: "not sure? trigger the process anyway". */
        unsure: boolean().default(true),
        drills: boolean().default(true)
    })
        .strict()
        .default({ severities: [1, 2, 3, 4], unsure: true, drills: true }),
    runbooks: object({
        paths: array(string().min(1)).min(1).default(['runbooks/**/*.md']),
        /** The runbook this workflow automates, linked from the dashboard. */
        incidentRunbook: string().default('runbooks/security-incident.md'),
        reviewedMaxDays: number().int().positive().default(90),
        testedMaxDays: number().int().positive().default(180),
        /** Globs of review-only documents: they need a Last Reviewed, not a Last Tested. */
        reviewOnly: array(string().min(1)).default([]),
        trackingLabel: string().default('runbook-freshness')
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
    clocks: array(clockSchema).default(DEFAULT_CLOCKS),
    reminders: object({
        /** Drills get reminder comments too (their clocks are always shown on the dashboard). */
        drills: boolean().default(false)
    })
        .strict()
        .default({ drills: false })
})
    .strict();

export { DEFAULT_BANNED_FAMILIES as D, DEFAULT_BANNED_PHRASES as a, DEFAULT_CLOCKS as b, configSchema as c, DEFAULT_PHASES as d };
