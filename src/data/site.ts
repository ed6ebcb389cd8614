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
import { processOrder } from '../lib/process-tree';
import { isLinkedCollection, pathOf } from '../lib/urls';
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
export type ChecklistItem = ProcessNode['data']['checklist'][number];

/** Process nodes as the tree helpers want them: `parent` as a plain id. */
export type OrderedNode = ProcessNode & { order: number; parent?: string | undefined };

interface NotedRef {
  to: EntryKey;
  note?: string | undefined;
}

const notedLinks = (field: string, refs: readonly NotedRef[]): Link[] =>
  refs.map((ref, index) => ({ field: `${field}[${index}].to`, target: ref.to, note: ref.note }));

/** The links an entry declares, in the shape the link graph checks. */
function linksOf(entry: ProcessNode | Example | Guidance): Link[] {
  const { data } = entry;
  switch (entry.collection) {
    case 'process': {
      const node = entry.data as ProcessNode['data'];
      return [
        ...(node.parent ? [{ field: 'parent', target: node.parent }] : []),
        ...notedLinks('factors', node.factors),
        ...notedLinks('related', node.related),
        ...node.checklist.flatMap((item, index) => [
          ...(item.role ? [{ field: `checklist[${index}].role`, target: item.role }] : []),
          ...(item.factor ? [{ field: `checklist[${index}].factor`, target: item.factor }] : []),
        ]),
      ];
    }
    case 'examples': {
      const example = data as Example['data'];
      return [
        { field: 'municipality', target: example.municipality },
        ...notedLinks('phases', example.phases),
        ...notedLinks('factors', example.factors),
      ];
    }
    case 'guidance': {
      const guidance = data as Guidance['data'];
      return [
        ...notedLinks('phases', guidance.phases),
        ...guidance.examples.map((ref, index) => ({ field: `examples[${index}]`, target: ref })),
      ];
    }
  }
}

async function load() {
  const [process, factors, examples, guidance, roles, municipalities, pages] = await Promise.all([
    getCollection('process'),
    getCollection('factors'),
    getCollection('examples'),
    getCollection('guidance'),
    getCollection('roles'),
    getCollection('municipalities'),
    getCollection('pages'),
  ]);

  const sources: LinkSource[] = [...process, ...examples, ...guidance].map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    filePath: entry.filePath ?? `${entry.collection}/${entry.id}`,
    links: linksOf(entry),
  }));
  const existing = [process, factors, examples, guidance, roles, municipalities]
    .flat()
    .map(({ collection, id }) => ({ collection, id }));
  const checklistIds = process.flatMap((node) =>
    node.data.checklist.map((item, index) => ({
      id: item.id,
      filePath: node.filePath ?? node.id,
      field: `checklist[${index}].id`,
    })),
  );
  const problems = [
    ...findBrokenLinks(sources, existing),
    ...findRepeatedLinks(sources),
    ...findDuplicateIds(checklistIds),
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

  return {
    process: ordered,
    factors: factors.sort(byOrder),
    examples: examples.sort((a, b) => a.data.title.localeCompare(b.data.title, 'nb')),
    guidance,
    roles: roles.sort(byOrder),
    municipalities,
    pages,
    /** Declared links as list items: each target with the note, in the pointing entry's language. */
    linkItems: (links: readonly NotedRef[], lang: Language) =>
      links.map((link) => ({ entry: describe(link.to), note: link.note, noteLang: lang })),
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
