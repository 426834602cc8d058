/**
 * Legal and regulatory clocks a team switches on under `legal.clocks`: each is an ordinary clock
 * (see src/incident/clocks.ts) that starts at a recorded decision (`/decision <name>`) or filing,
 * runs for the time the law gives and stops when a person records the filing
 * (`/filed <clock id> <reference>`). Each carries the law's reference, an official address and the
 * law's own words. This is data, not legal advice: laws change, and counsel decides what applies.
 */

/** The decisions the law counts from, as `/decision <name>` records them. */
export const LEGAL_DECISIONS: Record<string, string> = {
  'personal-data-breach': 'became aware of a personal-data breach (GDPR Art. 33)',
  'high-risk': 'found a personal-data breach likely to result in a high risk to people (GDPR Art. 34)',
  significant: 'became aware of a significant incident (NIS2 Art. 23)',
  major: 'classified the incident as major (DORA Art. 19)',
  material: 'determined the incident is material (SEC Form 8-K Item 1.05)',
  'phi-breach': 'discovered a breach of unsecured protected health information (HIPAA 45 CFR 164.404)',
  'ca-breach': "discovered a breach of California residents' personal information (Cal. Civ. Code 1798.82)"
}

const GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj'
const NIS2 = 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj'
const DORA = 'https://eur-lex.europa.eu/eli/reg/2022/2554/oj'
const CALIFORNIA = 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82'

/** Each preset, as a clock (the key is its id). */
export const LEGAL_PRESETS = {
  'gdpr-art33': {
    title: 'GDPR Art. 33: supervisory authority notified',
    from: 'decision:personal-data-breach',
    until: 'filing:gdpr-art33',
    hours: 72,
    owner: 'Data protection officer',
    law: {
      reference: 'GDPR (Regulation (EU) 2016/679) Art. 33(1)',
      url: GDPR,
      says: 'without undue delay and, where feasible, not later than 72 hours after having become aware of it'
    }
  },
  'gdpr-art34': {
    title: 'GDPR Art. 34: people affected told',
    from: 'decision:high-risk',
    until: 'filing:gdpr-art34',
    hours: 72,
    target: true,
    owner: 'Data protection officer',
    law: { reference: 'GDPR (Regulation (EU) 2016/679) Art. 34(1)', url: GDPR, says: 'without undue delay' }
  },
  'nis2-early-warning': {
    title: 'NIS2 Art. 23: early warning to the CSIRT or authority',
    from: 'decision:significant',
    until: 'filing:nis2-early-warning',
    hours: 24,
    owner: 'Security lead',
    law: {
      reference: 'NIS2 (Directive (EU) 2022/2555) Art. 23(4)(a)',
      url: NIS2,
      says: 'without undue delay and in any event within 24 hours of becoming aware of the significant incident'
    }
  },
  'nis2-notification': {
    title: 'NIS2 Art. 23: incident notification',
    from: 'decision:significant',
    until: 'filing:nis2-notification',
    hours: 72,
    owner: 'Security lead',
    law: {
      reference: 'NIS2 (Directive (EU) 2022/2555) Art. 23(4)(b)',
      url: NIS2,
      says: 'without undue delay and in any event within 72 hours of becoming aware of the significant incident'
    }
  },
  'nis2-final-report': {
    title: 'NIS2 Art. 23: final report',
    from: 'filing:nis2-notification',
    until: 'filing:nis2-final-report',
    months: 1,
    owner: 'Security lead',
    law: {
      reference: 'NIS2 (Directive (EU) 2022/2555) Art. 23(4)(d)',
      url: NIS2,
      says: 'not later than one month after the submission of the incident notification'
    }
  },
  'sec-8k': {
    title: 'SEC Form 8-K Item 1.05 filed',
    from: 'decision:material',
    until: 'filing:sec-8k',
    businessDays: 4,
    holidays: 'us-federal',
    zone: 'America/New_York',
    owner: 'General counsel',
    law: {
      reference: 'SEC Form 8-K Item 1.05 and General Instruction B.1 (17 CFR 249.308)',
      url: 'https://www.sec.gov/files/form8-k.pdf',
      says: 'within four business days after the registrant determines that a cybersecurity incident is material'
    }
  },
  'hipaa-breach': {
    title: 'HIPAA breach notification to individuals',
    from: 'decision:phi-breach',
    until: 'filing:hipaa-breach',
    days: 60,
    owner: 'Privacy officer',
    law: {
      reference: 'HIPAA Breach Notification Rule, 45 CFR 164.404(b)',
      url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.404',
      says: 'without unreasonable delay and in no case later than 60 calendar days after discovery of a breach'
    }
  },
  'dora-initial': {
    title: 'DORA initial notification of a major incident',
    from: 'decision:major',
    until: 'filing:dora-initial',
    hours: 4,
    notLaterThan: { from: 'detected', hours: 24 },
    owner: 'ICT risk officer',
    law: {
      reference: 'DORA (Regulation (EU) 2022/2554) Art. 19(4)(a); time limits in Delegated Regulation (EU) 2025/301 Art. 5(1)',
      url: DORA,
      says: 'within 4 hours from the classification of the incident as major, but no later than 24 hours from the moment the financial entity has become aware of the incident'
    }
  },
  'ca-1798-82': {
    title: 'California residents notified (Civ. Code 1798.82)',
    from: 'decision:ca-breach',
    until: 'filing:ca-1798-82',
    days: 30,
    owner: 'Privacy officer',
    law: {
      reference: 'California Civil Code 1798.82(a), as amended by SB 446 (2025)',
      url: CALIFORNIA,
      says: 'in the most expedient time possible and without unreasonable delay; since 1 January 2026 within 30 calendar days of discovery or notification of the breach (delay allowed for law enforcement or to determine the scope)'
    }
  },
  'ca-1798-82-ag': {
    title: 'California Attorney General sent a sample notice (over 500 residents)',
    from: 'filing:ca-1798-82',
    until: 'filing:ca-1798-82-ag',
    days: 15,
    owner: 'Privacy officer',
    law: {
      reference: 'California Civil Code 1798.82(f), as amended by SB 446 (2025)',
      url: CALIFORNIA,
      says: 'within 15 calendar days of notifying affected consumers, when more than 500 California residents were notified'
    }
  }
} as const

export type LegalPresetId = keyof typeof LEGAL_PRESETS
export const LEGAL_PRESET_IDS = Object.keys(LEGAL_PRESETS) as [LegalPresetId, ...LegalPresetId[]]
