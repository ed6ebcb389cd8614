/**
 * Links inside the built site that lead nowhere: to a page that was not built, or to an
 * `#anchor` that is not an id on its page. Plain data in, problems out, unit tested.
 */
import type { Element, Root, RootContent } from 'hast';

export interface BuiltPage {
  /** The page's path on the site, e.g. `/prosess/forfase/`. */
  path: string;
  tree: Root;
}

export interface DeadLink {
  page: string;
  href: string;
  reason: 'page' | 'anchor';
}

function elements(node: Root | RootContent, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, found);
  return found;
}

/**
 * Dead links of every page. `exists(path)` says whether a file outside the pages (an image,
 * a JSON file) is there. Links with a scheme (https:, mailto:) are not ours to check.
 */
export function findDeadLinks(pages: readonly BuiltPage[], exists: (path: string) => boolean): DeadLink[] {
  const idsOf = new Map(
    pages.map((page) => [page.path, new Set(elements(page.tree).flatMap((element) => (element.properties['id'] ? [String(element.properties['id'])] : [])))]),
  );
  return pages.flatMap((page) =>
    elements(page.tree)
      .filter((element) => element.tagName === 'a' && typeof element.properties['href'] === 'string')
      .flatMap((link): DeadLink[] => {
        const href = String(link.properties['href']);
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return [];
        const url = new URL(href, `https://boligveiviser.invalid${page.path}`);
        const path = decodeURIComponent(url.pathname);
        const ids = idsOf.get(path) ?? idsOf.get(`${path}/`);
        if (!ids && !exists(path)) return [{ page: page.path, href, reason: 'page' }];
        const anchor = decodeURIComponent(url.hash.slice(1));
        // "#" alone and Pagefind's "#:~:text=" fragments name no element.
        if (anchor === '' || anchor.startsWith(':~:')) return [];
        return ids && !ids.has(anchor) ? [{ page: page.path, href, reason: 'anchor' }] : [];
      }),
  );
}
