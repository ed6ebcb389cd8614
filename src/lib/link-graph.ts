/**
 * The cross-link graph of the site. Each entry declares its outgoing links once; this
 * module checks that every link points to an entry that exists and derives the reverse
 * links ("examples that show this factor"). Plain data, no Astro, so it is unit tested.
 */

/** Identifies an entry of a collection. */
export interface EntryKey {
  collection: string;
  id: string;
}

/** One declared link, with the field it was declared in (for error messages). */
export interface Link {
  /** Path of the field in the front matter, e.g. `phases[2].to`. */
  field: string;
  target: EntryKey;
  note?: string | undefined;
}

/** An entry with the file it comes from and the links it declares. */
export interface LinkSource extends EntryKey {
  filePath: string;
  links: Link[];
}

/** A checklist item id, with where it was declared. */
export interface DeclaredId {
  id: string;
  filePath: string;
  field: string;
}

/** A link pointing into an entry, seen from the target. */
export interface Backlink {
  from: EntryKey;
  field: string;
  note?: string | undefined;
}

const keyOf = ({ collection, id }: EntryKey) => `${collection}/${id}`;

/** One message per link whose target does not exist, naming the file and the field. */
export function findBrokenLinks(sources: readonly LinkSource[], existing: readonly EntryKey[]) {
  const known = new Set(existing.map(keyOf));
  return sources.flatMap((source) =>
    source.links
      .filter((link) => !known.has(keyOf(link.target)))
      .map(
        (link) =>
          `${source.filePath}: feltet "${link.field}" peker til "${link.target.id}", ` +
          `som ikke finnes i samlingen "${link.target.collection}".`,
      ),
  );
}

/** A field that is one element of a list of links, like `phases[2].to` or `examples[0]`. */
const LIST_LINK = /^(\w+)\[\d+\](?:\.to)?$/;

/**
 * One message per entry that links to the same target twice in the same list of links
 * (two checklist items may of course share a role).
 */
export function findRepeatedLinks(sources: readonly LinkSource[]) {
  return sources.flatMap((source) => {
    const seen = new Map<string, string>();
    return source.links.flatMap((link) => {
      const list = LIST_LINK.exec(link.field)?.[1];
      if (list === undefined) return [];
      const key = `${list} ${keyOf(link.target)}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, link.field);
        return [];
      }
      return [
        `${source.filePath}: feltet "${link.field}" peker til "${link.target.id}" ` +
          `en gang til (første gang i "${first}").`,
      ];
    });
  });
}

/** One message per checklist id declared more than once anywhere on the site. */
export function findDuplicateIds(ids: readonly DeclaredId[]) {
  const firstSeen = new Map<string, DeclaredId>();
  return ids.flatMap((declared) => {
    const first = firstSeen.get(declared.id);
    if (!first) {
      firstSeen.set(declared.id, declared);
      return [];
    }
    return [
      `${declared.filePath}: feltet "${declared.field}" har id "${declared.id}", som allerede ` +
        `brukes i ${first.filePath} (feltet "${first.field}"). Id-er i sjekklister må være unike.`,
    ];
  });
}

/** Every link that points at `target`, in the order the sources were given. */
export function backlinksTo(sources: readonly LinkSource[], target: EntryKey): Backlink[] {
  const wanted = keyOf(target);
  return sources.flatMap((source) =>
    source.links
      .filter((link) => keyOf(link.target) === wanted)
      .map((link) => ({ from: { collection: source.collection, id: source.id }, field: link.field, note: link.note })),
  );
}
