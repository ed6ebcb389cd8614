/**
 * The content model of Boligveiviser: one schema per kind of content.
 *
 * Every cross-link is declared once, here in the schema of the entry that points
 * (an example points to phases and factors, a phase to factors, a checklist item to a
 * role and a factor). Reverse links are derived in `src/lib/link-graph.ts`, and every
 * link is checked when the site is built (`src/data/site.ts`), because Astro's
 * `reference()` alone only logs a missing entry and lets the build pass.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LANGUAGES, LEVELS, PUBLISHERS, STATUSES, SIZES } from './lib/vocabulary';

/** Where a text comes from: shown on every page as the credit to the original. */
const source = z.object({
  /** The agency that published the original page. */
  publisher: z.enum(PUBLISHERS),
  /** The title of the original page, as the publisher gave it. */
  title: z.string().min(1),
  /** Address of the publisher or the original page, when known. Never guessed. */
  url: z.url().optional(),
});

/** Fields every published text shares. */
const base = z.object({
  /** Title shown as the page heading. */
  title: z.string().min(1),
  /** Language the text was written in: nb (Bokmål), nn (Nynorsk), sv (Swedish). */
  lang: z.enum(LANGUAGES),
  /** One or two sentences, used in lists and in the page's meta description. */
  summary: z.string().min(1).optional(),
  /** The original this text is published from. */
  source,
  /** When an editor last checked this text against its source. */
  reviewed: z.coerce.date(),
  /**
   * Set when an editor added a short factual text that is not in the source
   * (it must cite its own source in the body), so such pages can be found.
   */
  editorialAddition: z.boolean().default(false),
});

/** One thing a project group can tick off in a phase. */
const checklistItem = z.object({
  /**
   * Stable identity of the item: a reader's ticks are stored under it, so it must never
   * change when the text is reworded, and must be unique across the whole site.
   */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Bruk små bokstaver, tall og bindestrek'),
  /** What is done when the item is ticked, in the language of the phase. */
  text: z.string().min(1),
  /** The role that owns the item. */
  role: reference('roles').optional(),
  /** The success factor the item serves. */
  factor: reference('factors').optional(),
});

/** A link with an optional note saying how the source supports it. */
const linkWithNote = <C extends 'process' | 'factors'>(collection: C) =>
  z.object({
    /** The entry pointed to. */
    to: reference(collection),
    /** How the source supports the link, in the language of the pointing entry. */
    note: z.string().min(1).optional(),
  });

/** Steps, sub-processes and phases of the circular planning process, as one tree. */
const process = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/process' }),
  schema: base.extend({
    /** Depth in the tree: trinn (step), underprosess (of step 4) or fase (of Løsningsfase). */
    level: z.enum(LEVELS),
    /** Position among its siblings, from 1. */
    order: z.number().int().positive(),
    /** The node this one belongs to; steps have none. */
    parent: reference('process').optional(),
    /** Whether the sources give the full guidance or only the title. */
    status: z.enum(STATUSES),
    /** Success factors this node serves. */
    factors: z.array(linkWithNote('factors')).default([]),
    /** Other nodes the guidance points to (for example step 4 to Økonomiplan). */
    related: z.array(linkWithNote('process')).default([]),
    /** What the project group ticks off in this node. */
    checklist: z.array(checklistItem).default([]),
  }),
});

/** The six success factors for good housing-social work. */
const factors = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/factors' }),
  schema: base.extend({
    /** Number of the factor in the source's list (1-6). */
    order: z.number().int().positive(),
    /** The one-line aim of the factor. */
    aim: z.string().min(1),
  }),
});

/** Municipal examples: how a municipality did it. */
const examples = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/examples' }),
  schema: base.extend({
    /** The municipality the example comes from. */
    municipality: reference('municipalities'),
    /** Who was responsible, as the source names it. */
    responsible: z.string().min(1).optional(),
    /** Target group (målgruppe), as the source names it. */
    targetGroup: z.string().min(1).optional(),
    /** The offer (tilbud) described, as the source names it. */
    offer: z.string().min(1).optional(),
    /** The period the plan covers, when the source gives it. */
    planPeriod: z
      .object({ from: z.number().int(), to: z.number().int() })
      .refine((period) => period.to >= period.from, 'Planperioden slutter før den starter')
      .optional(),
    /** The process nodes the example illustrates. */
    phases: z.array(linkWithNote('process')).default([]),
    /** The success factors the example illustrates. */
    factors: z.array(linkWithNote('factors')).default([]),
  }),
});

/** Guidance pages that stand beside the process (Boverket's Genomförandestrategi). */
const guidance = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/guidance' }),
  schema: base.extend({
    /** The process nodes this guidance belongs next to. */
    phases: z.array(linkWithNote('process')).default([]),
    /** The examples the guidance cites. */
    examples: z.array(reference('examples')).default([]),
  }),
});

/** Fixed pages whose text is content: the factor overview, about, accessibility statement. */
const pages = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/pages' }),
  schema: base,
});

/** Roles in a municipal planning project ("hvem gjør hva"). */
const roles = defineCollection({
  loader: file('./content/roles.yaml'),
  schema: z.object({
    /** Name of the role, in Bokmål. */
    name: z.string().min(1),
    /** What the role is responsible for, as the source says it. Absent when it does not. */
    description: z.string().min(1).optional(),
    /** Other names the sources use for the same role. */
    alsoKnownAs: z.array(z.string().min(1)).default([]),
    /** Position in lists. */
    order: z.number().int().positive(),
    /** The page that describes the role. */
    source,
    /** When an editor last checked the description against its source. */
    reviewed: z.coerce.date(),
  }),
});

/** Municipalities the examples come from. */
const municipalities = defineCollection({
  loader: file('./content/municipalities.yaml'),
  schema: z.object({
    /** Name, for example "Stavanger kommune". */
    name: z.string().min(1),
    /** County (fylke) or, in Sweden, län. */
    county: z.string().min(1).optional(),
    /** Where the county comes from when the example's own source does not give it. */
    countySource: z.string().min(1).optional(),
    /** Country. */
    country: z.enum(['Norge', 'Sverige']),
    /** Size class, as Husbanken's example gives it. */
    size: z.enum(SIZES).optional(),
  }),
});

/** Spellings of one word in Bokmål, Nynorsk and Swedish, searched for together. */
const searchVariants = defineCollection({
  loader: file('./content/search-variants.yaml'),
  schema: z.object({
    /** The forms of the word, lower case, one word each. */
    forms: z
      .array(z.string().regex(/^[\p{Ll}\p{N}-]+$/u, 'Én form per linje: små bokstaver, uten mellomrom'))
      .min(2, 'En gruppe trenger minst to former'),
  }),
});

export const collections = {
  process,
  factors,
  examples,
  guidance,
  pages,
  roles,
  municipalities,
  searchVariants,
};
