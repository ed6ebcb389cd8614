/**
 * Loads every collection once per build, checks the cross-links and exposes the derived
 * facts (ordering, backlinks) that pages need. A broken link or a duplicate checklist id
 * throws here, which fails the build with the file and the field named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  backlinksTo,
  findBrokenLinks,
  findDuplicateIds,
  findRepeatedLinks,
  type EntryKey,
  type Link,
  type LinkSource,
} from '../lib/link-graph';
import { parentCycles, processOrder } from '../lib/process-tree';
import { findMisplacedPassages, findMissingQuotes, type DeclaredQuote } from '../lib/content/source-checks';
import { isLinkedCollection, overviewOf, pathOf } from '../lib/urls';
import type { Language } from '../lib/vocabulary';

/** What a link to an entry shows: where it goes, its title and the title's language. */
export interface EntrySummary {
  href: string;
  title: string;
  lang: Language;
}

export type ProcessNode = CollectionEntry<'process'>;
export type Factor = CollectionEntry<'factors'>;
export type Example = CollectionEntry<'examples'>;
export type Guidance = CollectionEntry<'guidance'>;
export type Role = CollectionEntry<'roles'>;
export type Municipality = CollectionEntry<'municipalities'>;
export type Passage = CollectionEntry<'passages'>;
export type Addition = CollectionEntry<'additions'>;
export type ChecklistItem = ProcessNode['data']['checklist'][number];

/** Where a quotation or a passage comes from, as a reader sees it: who said it, and where. */
export interface SourceLabel {
  label: string;
  href: string;
}

/** `examples/stavanger` as an entry key. */
export function parseKey(key: string): EntryKey {
  const [collection = '', id = ''] = key.split('/');
  return { collection, id };
}

/** Process nodes as the tree helpers want them: `parent` as a plain id. */
export type OrderedNode = ProcessNode & { order: number; parent?: string | undefined };

interface NotedRef {
  to: EntryKey;
  note?: string | undefined;
  /** For a link to a success factor: which of its bullets applies (1 for the first). */
  point?: number | undefined;
}

const notedLinks = (field: string, refs: readonly NotedRef[]): Link[] =>
  refs.map((ref, index) => ({ field: `${field}[${index}].to`, target: ref.to, note: ref.note }));

/** The links an entry declares, in the shape the link graph checks. */
function linksOf(entry: ProcessNode | Example | Guidance | Passage | Addition): Link[] {
  // Each case narrows `entry` by its collection, so its data has that collection's type.
  switch (entry.collection) {
    case 'process': {
      const node = entry.data;
      return [
        ...(node.parent ? [{ field: 'parent', target: node.parent }] : []),
        ...notedLinks('factors', node.factors),
        ...notedLinks('related', node.related),
        ...node.checklist.flatMap((item, index) => [
          { field: `checklist[${index}].basis.from`, target: parseKey(item.basis.from) },
          ...(item.role ? [{ field: `checklist[${index}].role`, target: item.role }] : []),
          ...(item.factor ? [{ field: `checklist[${index}].factor`, target: item.factor }] : []),
        ]),
      ];
    }
    case 'examples': {
      const example = entry.data;
      return [
        { field: 'municipality', target: example.municipality },
        ...notedLinks('phases', example.phases),
        ...notedLinks('factors', example.factors),
      ];
    }
    case 'guidance': {
      const guidance = entry.data;
      return [
        ...notedLinks('phases', guidance.phases),
        ...guidance.examples.map((ref, index) => ({ field: `examples[${index}]`, target: ref })),
      ];
    }
    case 'passages': {
      const passage = entry.data;
      return [{ field: 'in', target: parseKey(passage.in) }, ...notedLinks('phases', passage.phases)];
    }
    case 'additions':
      return [{ field: 'about', target: entry.data.about }];
  }
}

/** The words of an entry that a quotation may be taken from: its body and the passages it holds. */
function quotableText(
  entry: {
    collection: string;
    id: string;
    body?: string | undefined;
    /** The fields besides the body that hold quotable text, where a kind of entry has them. */
    data: Record<string, unknown> & {
      aim?: string | undefined;
      points?: readonly string[] | undefined;
      description?: string | undefined;
    };
  },
  passages: Passage[],
) {
  const key = `${entry.collection}/${entry.id}`;
  const own = passages.filter((passage) => passage.data.in === key);
  const fields = entry.data;
  return [
    entry.body ?? '',
    fields.aim ?? '',
    ...(fields.points ?? []),
    fields.description ?? '',
    ...own.flatMap((passage) => [passage.data.title ?? '', passage.body ?? '']),
  ].join('\n\n');
}

async function load() {
  const [process, factors, examples, guidance, roles, municipalities, pages, passages, additions, glossary] =
    await Promise.all([
      getCollection('process'),
      getCollection('factors'),
      getCollection('examples'),
      getCollection('guidance'),
      getCollection('roles'),
      getCollection('municipalities'),
      getCollection('pages'),
      getCollection('passages'),
      getCollection('additions'),
      getCollection('glossary'),
    ]);

  const fileOf = (entry: { collection: string; id: string; filePath?: string | undefined }) =>
    entry.filePath ?? `${entry.collection}/${entry.id}`;
  const sources: LinkSource[] = [
    ...[...process, ...examples, ...guidance, ...passages, ...additions].map((entry) => ({
      collection: entry.collection,
      id: entry.id,
      filePath: fileOf(entry),
      links: linksOf(entry),
    })),
    ...glossary.map((term) => ({
      collection: term.collection,
      id: term.id,
      filePath: `${fileOf(term)} (${term.id})`,
      links: [{ field: 'definition.from', target: parseKey(term.data.definition.from) }],
    })),
  ];
  const existing = [process, factors, examples, guidance, roles, municipalities, pages, passages]
    .flat()
    .map(({ collection, id }) => ({ collection, id }));
  const checklistIds = process.flatMap((node) =>
    node.data.checklist.map((item, index) => ({
      id: item.id,
      filePath: node.filePath ?? node.id,
      field: `checklist[${index}].id`,
    })),
  );
  const quotable = new Map(
    [...process, ...factors, ...examples, ...guidance, ...pages, ...passages, ...roles].map((entry) => [
      `${entry.collection}/${entry.id}`,
      quotableText(entry, passages),
    ]),
  );
  const quotes: DeclaredQuote[] = [
    ...process.flatMap((node) =>
      node.data.checklist.map((item, index) => ({
        ...item.basis,
        filePath: fileOf(node),
        field: `checklist[${index}].basis.quote`,
      })),
    ),
    ...glossary.map((term) => ({
      ...term.data.definition,
      filePath: `${fileOf(term)} (${term.id})`,
      field: 'definition.quote',
    })),
  ];
  const bodies = [...process, ...examples, ...guidance].map((entry) => ({
    key: `${entry.collection}/${entry.id}`,
    filePath: fileOf(entry),
    body: entry.body ?? '',
  }));
  const cycles = parentCycles(
    process.map((node) => ({ ...node, order: node.data.order, parent: node.data.parent?.id })),
  );
  const problems = [
    ...cycles.map(({ node, chain }) => `${fileOf(node)}: feltet "parent" går i ring: ${chain.join(' → ')}`),
    ...findBrokenLinks(sources, existing),
    ...findRepeatedLinks(sources),
    ...findDuplicateIds(checklistIds),
    ...findMissingQuotes(quotes, (key) => quotable.get(key)),
    ...findMisplacedPassages(
      passages.map((passage) => ({ id: passage.id, in: passage.data.in, filePath: fileOf(passage) })),
      bodies,
    ),
  ];
  if (problems.length > 0) {
    throw new Error(`Feil i innholdet (${problems.length}):\n- ${problems.join('\n- ')}`);
  }

  const ordered: OrderedNode[] = processOrder(
    process.map((node) => ({ ...node, order: node.data.order, parent: node.data.parent?.id })),
  );
  const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

  const summaries = new Map<string, EntrySummary>();
  for (const entry of [...process, ...factors, ...examples, ...guidance]) {
    if (!isLinkedCollection(entry.collection)) continue;
    const { title, lang } = entry.data;
    summaries.set(`${entry.collection}/${entry.id}`, { href: pathOf(entry.collection, entry.id), title, lang });
  }
  for (const role of roles) {
    summaries.set(`roles/${role.id}`, { href: pathOf('roles', role.id), title: role.data.name, lang: 'nb' });
  }

  /** Link text and address of an entry that is known to exist (links were checked above). */
  const describe = (key: EntryKey): EntrySummary => {
    const summary = summaries.get(`${key.collection}/${key.id}`);
    if (!summary) throw new Error(`Ingen side for ${key.collection}/${key.id}`);
    return summary;
  };

  const municipalityName = (example: Example) =>
    municipalities.find((entry) => entry.id === example.data.municipality.id)?.data.name ?? example.data.title;

  /** Who said a quoted text and where a reader finds it: the municipality, or the agency and page. */
  const sourceOf = (key: string): SourceLabel => {
    const { collection, id } = parseKey(key);
    if (collection === 'passages') {
      const passage = passages.find((entry) => entry.id === id)!;
      const whole = sourceOf(passage.data.in);
      return { label: whole.label, href: `${whole.href}#${passage.id}` };
    }
    if (collection === 'examples') {
      const example = examples.find((entry) => entry.id === id)!;
      return { label: municipalityName(example), href: pathOf('examples', id) };
    }
    if (collection === 'pages') {
      const page = pages.find((entry) => entry.id === id)!;
      // The source pages' texts (factor introduction, the law section) are shown on the factor overview.
      return { label: `${page.data.source.publisher}: ${page.data.title}`, href: overviewOf('factors') };
    }
    if (collection === 'roles') {
      const role = roles.find((entry) => entry.id === id)!;
      return { label: `${role.data.source.publisher}: ${role.data.name}`, href: pathOf('roles', id) };
    }
    const entry = [...process, ...factors, ...guidance].find(
      (candidate) => `${candidate.collection}/${candidate.id}` === key,
    )!;
    return { label: `${entry.data.source.publisher}: ${entry.data.title}`, href: pathOf(entry.collection, entry.id) };
  };
  /** The bullet of a factor a link names, in the factor's language. */
  const factorPoint = (link: NotedRef) => {
    const factor =
      link.to.collection === 'factors' && link.point ? factors.find((entry) => entry.id === link.to.id) : undefined;
    const text = factor?.data.points[link.point! - 1];
    return factor && text ? { text, lang: factor.data.lang } : undefined;
  };
  /** The language of a quoted entry's text. */
  const langOf = (key: string): Language => {
    const { collection, id } = parseKey(key);
    const entry = [...process, ...factors, ...examples, ...guidance, ...pages, ...passages].find(
      (candidate) => candidate.collection === collection && candidate.id === id,
    );
    return entry?.data.lang ?? 'nb';
  };

  return {
    process: ordered,
    factors: factors.sort(byOrder),
    examples: examples.sort((a, b) => a.data.title.localeCompare(b.data.title, 'nb')),
    guidance,
    roles: roles.sort(byOrder),
    municipalities,
    pages,
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'nb')),
    sourceOf,
    langOf,
    /** The passages a process node's page shows, in the order of the files. */
    passagesFor: (nodeId: string) =>
      passages.filter((passage) => passage.data.phases.some((link) => link.to.id === nodeId)),
    /** The editors' text about a process node, if there is one. */
    additionFor: (nodeId: string) => additions.find((addition) => addition.data.about.id === nodeId),
    /**
     * Declared links as list items: each target with the note, in the pointing entry's language,
     * and for a factor link with a `point`, that bullet quoted from the factor's own file.
     */
    linkItems: (links: readonly NotedRef[], lang: Language) =>
      links.map((link) => ({ entry: describe(link.to), note: link.note, noteLang: lang, quote: factorPoint(link) })),
    /**
     * Links into `target` from one collection (and, if given, one field) as list items: each
     * source entry with its note, in the source's language.
     */
    backlinkItems: (target: EntryKey, collection: string, fieldPrefix = '') =>
      backlinksTo(sources, target)
        .filter((link) => link.from.collection === collection && link.field.startsWith(fieldPrefix))
        .map((link) => {
          const entry = describe(link.from);
          return { entry, note: link.note, noteLang: entry.lang };
        }),
    describe,
  };
}

export type Site = Awaited<ReturnType<typeof load>>;

let cached: Promise<Site> | undefined;

/** The whole site's content, loaded and checked once per build. */
export function loadSite(): Promise<Site> {
  // In `astro dev` content changes between requests, so only a build reuses the result.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
