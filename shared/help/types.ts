/** The sections of "How CAL licensing works"; each id is also the page anchor (`help-<id>`). */
export const helpTopics = [
  'cal-and-server',
  'no-key',
  'user-vs-device',
  'standard-vs-enterprise',
  'versions',
  'who-needs-a-cal',
  'reassignment',
  'proof',
  'other-licenses',
] as const;
export type HelpTopic = (typeof helpTopics)[number];

export type HelpBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** PowerShell to copy; shown as code, never translated. */
  | { kind: 'command'; text: string }
  | { kind: 'table'; head: [string, string]; rows: [string, string][] };

export interface HelpSection {
  id: HelpTopic;
  title: string;
  /** One sentence: what the section answers. */
  summary: string;
  blocks: HelpBlock[];
}

export type HelpContent = Record<HelpTopic, HelpSection>;

/** The page anchor of a topic; the wizard's help links scroll to it. */
export const helpAnchor = (topic: HelpTopic): string => `help-${topic}`;

/** The topic each step of the "Assign a CAL" wizard links to. */
export const wizardStepHelp = {
  server: 'no-key',
  purchase: 'versions',
  person: 'user-vs-device',
  record: 'reassignment',
  verify: 'who-needs-a-cal',
  proof: 'proof',
} as const satisfies Record<string, HelpTopic>;
