/** Where each kind of entry is published. One place, so links and routes agree. */
const BASE_PATHS = {
  process: '/prosess/',
  factors: '/suksessfaktorer/',
  examples: '/eksempler/',
  guidance: '/veiledning/',
  roles: '/roller/',
} as const;

export type LinkedCollection = keyof typeof BASE_PATHS;

export const isLinkedCollection = (collection: string): collection is LinkedCollection => collection in BASE_PATHS;

/** The path of an entry's page, e.g. `/eksempler/stavanger/`. */
export function pathOf(collection: LinkedCollection, id: string): string {
  return `${BASE_PATHS[collection]}${id}/`;
}

/** The path of a collection's overview page. */
export function overviewOf(collection: LinkedCollection): string {
  return BASE_PATHS[collection];
}

/** The entry published at `path`, when the path is an entry's page. */
export function entryAt(path: string): { collection: LinkedCollection; id: string } | undefined {
  for (const [collection, base] of Object.entries(BASE_PATHS) as [LinkedCollection, string][]) {
    const id = path.startsWith(base) ? path.slice(base.length).replace(/\/$/, '') : '';
    if (id && !id.includes('/')) return { collection, id };
  }
  return undefined;
}
