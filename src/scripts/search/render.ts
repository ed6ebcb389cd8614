/** Renders search hits as list items; shared by the header panel and the search page. */
import type { SearchHit } from './engine';
import { LANGUAGE_NAMES, type Language } from '../../lib/vocabulary';

/** The language label a hit shows: none for Bokmål, the interface's own language. */
const languageLabel = (lang: string) => (lang === 'nb' ? undefined : LANGUAGE_NAMES[lang as Language]);

/** Pagefind's excerpt is escaped text with <mark> around matches; keep only those marks. */
function excerptNode(excerpt: string, lang: string): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.lang = lang;
  paragraph.className = 'mt-1 text-slate-800';
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  for (const node of template.content.childNodes) {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else {
      paragraph.append(node.textContent ?? '');
    }
  }
  return paragraph;
}

export function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const meta = document.createElement('p');
  meta.className = 'text-sm text-slate-700';
  meta.textContent = [hit.kind, languageLabel(hit.lang)].filter(Boolean).join(' · ');
  const link = document.createElement('a');
  link.href = hit.url;
  link.lang = hit.lang;
  link.className = 'font-semibold';
  link.textContent = hit.title;
  item.append(meta, link, excerptNode(hit.excerpt, hit.lang));
  return item;
}

/** "3 treff for «bolig»", in words a screen reader reads well. */
export function describeCount(total: number, query: string): string {
  const hits = total === 1 ? '1 treff' : `${total} treff`;
  return query ? `${hits} for «${query}»` : hits;
}

/** Arrow keys move between the links of a result list; returns whether the key was used. */
export function moveFocus(list: HTMLElement, event: KeyboardEvent, from: HTMLElement): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  if (links.length === 0) return false;
  const index = links.indexOf(from as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
  event.preventDefault();
  if (next < 0) return false;
  links[next]!.focus();
  return true;
}
