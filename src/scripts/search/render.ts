/** Renders search hits as list items; shared by the header panel and the search page. */
import type { SearchHit, SearchOutcome } from './engine';
import { fill, type SearchStrings } from '../../i18n/nb';
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

/**
 * What a reader needs when the words were not all found: that the hits have most of the
 * words, and a "Mente du …?" link with the site's own spelling. Written into `help`.
 */
export function renderHelp(
  help: HTMLElement,
  outcome: SearchOutcome,
  strings: SearchStrings,
  show: { partial: boolean; browse: boolean },
) {
  const parts: HTMLElement[] = [];
  if (show.partial && outcome.partial)
    parts.push(Object.assign(document.createElement('p'), { textContent: strings.partial }));
  if (outcome.suggestion) {
    const paragraph = document.createElement('p');
    const link = Object.assign(document.createElement('a'), {
      href: `/sok/?q=${encodeURIComponent(outcome.suggestion)}`,
      textContent: `«${outcome.suggestion}»`,
    });
    const [before = '', after = ''] = strings.didYouMean.split('{suggestion}');
    paragraph.append(before, link, after);
    parts.push(paragraph);
  }
  if (show.browse && outcome.total === 0)
    parts.push(Object.assign(document.createElement('p'), { textContent: strings.nothingFound }));
  help.replaceChildren(...parts);
}

/** The status line of a search: the count, and whether the hits have only some of the words or a suggestion's. */
export function describeOutcome(outcome: SearchOutcome, query: string, strings: SearchStrings): string {
  if (outcome.showingSuggestion && outcome.suggestion) {
    return fill(strings.showingSuggestion, { query, suggestion: outcome.suggestion, count: outcome.total });
  }
  // "3 treff for «bolig»", in words a screen reader reads well.
  const counted = fill(query ? strings.countFor : strings.count, { count: outcome.total, query });
  return outcome.partial ? `${counted}. ${strings.partial}` : counted;
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
