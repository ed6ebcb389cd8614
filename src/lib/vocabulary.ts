/**
 * Fixed value sets of the content model. The Zod schemas build their enums from these,
 * so the types and the labels below come from one place.
 */

/** Languages a text can be written in. The interface itself is Bokmål. */
export const LANGUAGES = ['nb', 'nn', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  nb: 'bokmål',
  nn: 'nynorsk',
  sv: 'svensk',
};

/** Agencies whose pages the site publishes. */
export const PUBLISHERS = ['Husbanken', 'Boverket'] as const;

/** Depth of a node in the process tree, from the top. */
export const LEVELS = ['trinn', 'underprosess', 'fase'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Record<Level, string> = {
  trinn: 'Trinn',
  underprosess: 'Underprosess',
  fase: 'Fase',
};

/** Whether the sources give a node's full guidance or only its title. */
export const STATUSES = ['full', 'title-only'] as const;

/** Size classes of a municipality, as Husbanken's examples state them. */
export const SIZES = ['Liten', 'Mellomstor', 'Stor'] as const;

/**
 * Parts of the Handlingsplan tool a process node can link to: goals and measures are built
 * in "Bygg planen", then followed up, and their cost summed per budget year.
 */
export const PLAN_TOOL_PARTS = ['goals', 'measures', 'followUp', 'costs'] as const;
export type PlanToolPart = (typeof PLAN_TOOL_PARTS)[number];

/** Where on /handlingsplan/ each part is. */
export const PLAN_TOOL_ANCHORS: Record<PlanToolPart, string> = {
  goals: 'bygg',
  measures: 'bygg',
  followUp: 'oppfolging',
  costs: 'kostnad',
};
