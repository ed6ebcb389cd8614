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
import { z } from 'astro/zod';
import { checkedGlob, yamlList } from './lib/content/loaders';
import { isCalendarDate } from './lib/content/calendar-date';
import { LANGUAGES, LEVELS, PLAN_TOOL_PARTS, PUBLISHERS, STATUSES, SIZES } from './lib/vocabulary';

/**
 * A day as an editor writes it, ÅÅÅÅ-MM-DD, that is on the calendar. Front matter arrives as a
 * `Date` (impossible dates are refused before parsing, in `checkedGlob`), YAML data files as text.
 */
const calendarDate = z
  .union([z.date(), z.string().refine(isCalendarDate)], { error: 'Skriv en dato som finnes, som ÅÅÅÅ-MM-DD' })
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

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
  reviewed: calendarDate,
  /**
   * Set when an editor added a short factual text that is not in the source
   * (it must cite its own source in the body), so such pages can be found.
   */
  editorialAddition: z.boolean().default(false),
});

/**
 * Where a quotation is taken from: `<collection>/<id>` of an entry whose text holds it word
 * for word. Only the sources' own texts can be quoted, never what the site's editors added.
 */
export const QUOTABLE_COLLECTIONS = [
  'process',
  'factors',
  'examples',
  'guidance',
  'passages',
  'pages',
  'roles',
] as const;
const quotedFrom = z
  .string()
  .regex(
    new RegExp(`^(?:${QUOTABLE_COLLECTIONS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`),
    `Skriv <samling>/<id>, der samlingen er en av ${QUOTABLE_COLLECTIONS.join(', ')}`,
  );

/** A sentence of the sources, quoted word for word; the build checks that it is there. */
const quotation = z.object({
  /** One continuous stretch of the source text, without elisions. */
  quote: z.string().trim().min(1),
  /** The entry whose text holds the quote, as `<collection>/<id>` (e.g. `examples/stavanger`). */
  from: quotedFrom,
});

/** One thing a project group can tick off in a phase. */
const checklistItem = z.object({
  /**
   * Stable identity of the item: a reader's ticks are stored under it, so it must never
   * change when the text is reworded, and must be unique across the whole site.
   */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Bruk små bokstaver, tall og bindestrek'),
  /** The result the group has reached when the item is ticked, in the language of the phase. */
  text: z.string().trim().min(1),
  /** The sentence of the sources the item is derived from, shown with the item. */
  basis: quotation,
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

/** A link to a success factor, optionally naming the bullet of the factor that applies. */
const factorLink = linkWithNote('factors').extend({
  /** Which of the factor's `points` applies here (1 for the first); shown on the page. */
  point: z.number().int().positive().optional(),
});

/** Steps, sub-processes and phases of the circular planning process, as one tree. */
const process = defineCollection({
  loader: checkedGlob('./content/process'),
  schema: base.extend({
    /** Depth in the tree: trinn (step), underprosess (of step 4) or fase (of Løsningsfase). */
    level: z.enum(LEVELS),
    /** Position among its siblings, from 1. */
    order: z.number().int().positive(),
    /** The node this one belongs to; steps have none. */
    parent: reference('process').optional(),
    /** Whether the sources give the full guidance or only the title. */
    status: z.enum(STATUSES),
    /** Success factors this node serves, with the bullet that applies. */
    factors: z.array(factorLink).default([]),
    /** Other nodes the guidance points to (for example step 4 to Økonomiplan). */
    related: z.array(linkWithNote('process')).default([]),
    /** What the project group ticks off in this node. */
    checklist: z.array(checklistItem).default([]),
    /** The part of the Handlingsplan tool this node's work is written into, linked from its page. */
    planTool: z.enum(PLAN_TOOL_PARTS).optional(),
  }),
});

/** The six success factors for good housing-social work. */
const factors = defineCollection({
  loader: checkedGlob('./content/factors'),
  schema: base.extend({
    /** Number of the factor in the source's list (1-6). */
    order: z.number().int().positive(),
    /** The one-line aim of the factor. */
    aim: z.string().min(1),
    /** The factor's bullets, as the source gives them; phases point to them by number. */
    points: z.array(z.string().min(1)).min(1),
  }),
});

/**
 * A passage of a source text that belongs to one or more process nodes: a section of an
 * example or of Boverket's guidance, or a paragraph of Husbanken's text. It is written once,
 * here; the entry it comes from places it with `<Passage id="…" />`, and the phase pages
 * show it in full, in its own language.
 */
const passages = defineCollection({
  loader: checkedGlob('./content/passages'),
  schema: z.object({
    /** The heading the passage has in its source, when it has one. */
    title: z.string().min(1).optional(),
    /** Language the passage is written in. */
    lang: z.enum(LANGUAGES),
    /** The entry the passage is part of, as `<collection>/<id>`; its page links here. */
    in: z
      .string()
      .regex(
        /^(?:process|examples|guidance)\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'Skriv process/<id>, examples/<id> eller guidance/<id>',
      ),
    /** The process nodes whose pages show the passage. */
    phases: z.array(linkWithNote('process')).min(1),
  }),
});

/** Addresses an editor may cite for a fact the sources do not give. */
const AUTHORITATIVE_HOSTS = ['lovdata.no', 'regjeringen.no', 'stortinget.no'];
const authoritativeUrl = z.url().refine(
  (address) => {
    const host = new URL(address).hostname;
    return AUTHORITATIVE_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
  },
  `Bare sider på ${AUTHORITATIVE_HOSTS.join(', ')} kan brukes som kilde`,
);

/**
 * Short factual texts the site's editors added to a process node where the sources give
 * only its title ("Om trinnet"): the law a plan rests on. Every fact cites an authoritative
 * page; the page marks the text as the editors', not Husbanken's. Never quotable as a basis.
 */
const additions = defineCollection({
  loader: checkedGlob('./content/additions'),
  schema: z.object({
    /** The process node the text is about. */
    about: reference('process'),
    /** The pages that confirm the facts; the text links to them where it uses them. */
    sources: z.array(z.object({ title: z.string().min(1), url: authoritativeUrl })).min(1),
    /** When an editor last checked every fact against its source. */
    reviewed: calendarDate,
  }),
});

/** Terms the sources themselves define, each with its definition quoted from the source. */
const glossary = defineCollection({
  loader: yamlList('./content/glossary.yaml'),
  schema: z.object({
    /** The term as the glossary lists it. */
    term: z.string().min(1),
    /** Forms of the term in running text that link to the definition, lower case. */
    forms: z.array(z.string().min(1)).min(1),
    /** The source's own sentence that defines the term. */
    definition: quotation,
  }),
});

/** Municipal examples: how a municipality did it. */
const examples = defineCollection({
  loader: checkedGlob('./content/examples'),
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
  loader: checkedGlob('./content/guidance'),
  schema: base.extend({
    /** The process nodes this guidance belongs next to. */
    phases: z.array(linkWithNote('process')).default([]),
    /** The examples the guidance cites. */
    examples: z.array(reference('examples')).default([]),
  }),
});

/** Fixed pages whose text is content: the factor overview, about, accessibility statement. */
const pages = defineCollection({
  loader: checkedGlob('./content/pages'),
  schema: base,
});

/** Roles in a municipal planning project ("hvem gjør hva"). */
const roles = defineCollection({
  loader: yamlList('./content/roles.yaml'),
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
    reviewed: calendarDate,
  }),
});

/** Municipalities the examples come from. */
const municipalities = defineCollection({
  loader: yamlList('./content/municipalities.yaml'),
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
  loader: yamlList('./content/search-variants.yaml'),
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
  passages,
  additions,
  glossary,
};
