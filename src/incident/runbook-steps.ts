/**
 * The 14 steps of the security-incident runbook, in the runbook's order (stop the attack comes
 * first), each in the phase it belongs to, with the runbook's own sub-items and "Delegate to"
 * owners. The default checklist.
 */
import type { Step } from '../config/schema.js'

export const RUNBOOK_STEPS: Step[] = [
  {
    id: 'stop-attack',
    phase: 'mitigation',
    title: 'Stop the attack in progress',
    summary: 'Stop the attack as quickly as you can, via any means necessary.',
    items: [
      'Shut down the instance from the provider console (do not delete or terminate: forensics needs it).',
      {
        text: 'If logged into the box:',
        items: [
          'Re-instate the default firewall rules to restrict traffic.',
          'Kill any active session you think is an attacker.',
          'Change the root password and lock out all other users.',
          'Shut the machine down.'
        ]
      }
    ]
  },
  {
    id: 'cut-vector',
    phase: 'mitigation',
    title: 'Cut off the attack vector',
    summary: 'Identify the likely attack vectors and fix them so they cannot be re-exploited immediately.',
    items: [
      'Third-party provider suspected: delete all accounts except those of people physically present; rotate passwords and MFA tokens.',
      'Service application suspected: disable the relevant code paths, or shut the service down.'
    ]
  },
  {
    id: 'assemble-team',
    phase: 'triage',
    title: 'Assemble the response team',
    summary: 'Keep details private to the responders until you are confident the attack is not being triggered internally.',
    items: [
      'Page an Incident Commander if not already done so; they appoint the usual incident command roles.',
      'Use the innocuous codename for chats and documents.',
      'Start the voice call if not already in progress.',
      'Set up the chat room using the codename of the incident.',
      {
        text: 'Invite all responders to the voice call and chat room.',
        items: [
          'The security team.',
          'A representative for any affected services.',
          'Executive stakeholders and legal counsel, at the earliest opportunity, after operational responders.'
        ]
      },
      'Do not communicate with anyone not on the response team until forensics has been performed.',
      'Prefix all emails and chat topics with "Attorney Work Project".'
    ]
  },
  {
    id: 'isolate',
    phase: 'containment',
    title: 'Isolate affected instances',
    summary: 'Isolate affected instances and image them to read-only cold storage for forensics.',
    items: [
      'Block the IP addresses of affected instances from all other hosts.',
      'Turn off and shut down the instances if not done to stop the attack.',
      'Take a disk image of every attached disk; ship it to read-only, tamper-proof, off-site cold storage; register it with its SHA-256 (`/evidence`) and each hand-over (`/custody`).'
    ]
  },
  {
    id: 'attack-timeline',
    phase: 'investigation',
    title: 'Identify the timeline of the attack',
    items: [
      'Reconnaissance the attacker performed before the attack started.',
      'When the attacker gained access to the system.',
      'What actions the attacker performed, and when.',
      'How long the attacker had access before detection, and before they were kicked out.',
      'Queries the attacker ran on databases.',
      'Whether the attacker still has access through another back door; monitor logs.'
    ]
  },
  {
    id: 'compromised-data',
    phase: 'investigation',
    title: 'Identify compromised data',
    items: [
      {
        text: 'Data compromised during the attack:',
        items: [
          'Was any data exfiltrated from a database?',
          'Which keys on the system are now considered compromised?',
          'Could the attacker map out other components of the system?'
        ]
      },
      'Exactly what customer data has been compromised, if any.'
    ]
  },
  {
    id: 'assess-risk',
    phase: 'investigation',
    title: 'Assess risk to other systems',
    items: [
      'Does the attacker have enough information to find another way in?',
      'Passwords or keys stored on the host are compromised, however they were stored.',
      'Accounts used in the attack rotate their keys and passwords on every other system.'
    ]
  },
  {
    id: 'reattack-risk',
    phase: 'investigation',
    title: 'Assess risk of re-attack',
    items: ['Monitor for any attempt to regain access.', 'Confirm the attack vector stays closed.']
  },
  {
    id: 'mitigations',
    phase: 'investigation',
    title: 'Apply additional mitigations, additions to monitoring, etc.',
    items: [
      'Rotate any compromised data.',
      'Add alerting that would notify of a similar breach.',
      'Block the IP addresses associated with the attack.',
      'Revoke compromised keys and credentials immediately.'
    ]
  },
  {
    id: 'forensics',
    phase: 'investigation',
    title: 'Forensic analysis of compromised systems',
    summary: 'Once the systems are secured and monitoring would detect another attack.',
    items: [
      'Comb the read-only images and access logs for more information.',
      'Identify exactly what happened, how, and how to prevent it in future.',
      'Keep track of all IP addresses involved (`/ioc`).',
      'Monitor logs for attempts to regain access.'
    ]
  },
  {
    id: 'internal-comms',
    phase: 'communication',
    title: 'Internal communication',
    delegateTo: 'VP or Director of Engineering',
    summary: 'Only once forensics show the attack was not sourced internally (gate `not-internal`).',
    items: ["Don't go into too much detail.", 'Overview the timeline.', 'Discuss mitigation steps taken.', 'Follow up with more information once it is known.']
  },
  {
    id: 'law-enforcement',
    phase: 'communication',
    title: 'Involve law enforcement',
    delegateTo: 'VP or Director of Engineering',
    items: ['Contact local law enforcement.', 'Contact the national law-enforcement agency (in the US, the FBI).', 'Contact the cyber insurance provider.']
  },
  {
    id: 'external-parties',
    phase: 'communication',
    title: 'Reach out to external parties that may have been used as a vector',
    delegateTo: 'VP or Director of Engineering',
    items: [
      'Contact operators of any systems used in the attack: theirs may be compromised too.',
      'Contact security companies to help assess risk and PR next steps.'
    ]
  },
  {
    id: 'external-comms',
    phase: 'communication',
    title: 'External communication',
    delegateTo: 'Marketing Team',
    summary: 'Only once every fact is verified (all announcement gates open).',
    items: [
      'Include the date in the title of the announcement.',
      'Don\'t say "We take security very seriously".',
      'Be honest, accept responsibility, present the facts and how we will prevent it in future.',
      'Be as detailed as possible with the timeline and with what was compromised.',
      "Don't name and shame external parties (unless they disclosed publicly: link to it).",
      'Release as soon as possible, preferably within a few days of the compromise.',
      "If possible, contact customers' security teams before the public notice."
    ]
  }
]
