/**
 * The only script every page loads (about 1 kB). It starts what a page may need, and fetches
 * the code for it only when it is used:
 * - the header search, on focus of its field or the shortcut Ctrl/Cmd+K (a modifier key, so no
 *   single key press moves focus: WCAG 2.1.4);
 * - marking of searched words, when the reader came from a search result;
 * - progress badges in the process navigation, when the reader has saved progress.
 */
import { HIGHLIGHT_PARAM } from './search/engine-constants';
import { STORAGE_KEY } from '../lib/checklist/storage-key';

function startHeaderSearch() {
  const form = document.querySelector<HTMLFormElement>('[data-header-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  let returnFocusTo: HTMLElement | null = null;
  const enhance = () => {
    void import('./search/header-search').then(({ enhanceHeaderSearch }) =>
      enhanceHeaderSearch(form, () => returnFocusTo),
    );
  };
  input.addEventListener('focus', enhance, { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const active = document.activeElement;
    returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : null;
    input.focus();
    input.select();
  });
}

function markSearchedWords() {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const url = '/pagefind/pagefind-highlight.js';
  // Pagefind's own script, built beside the site: no types ship with it.
  type Highlighter = new (options: { highlightParam: string; addStyles: boolean; markContext: string }) => unknown;
  void (import(/* @vite-ignore */ url) as Promise<{ default: Highlighter }>).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: '#hovedinnhold' });
  });
}

function showSavedProgress() {
  // Pages with a checklist draw the badges themselves, from the same store.
  if (!document.querySelector('[data-progress-for]') || document.querySelector('phase-checklist')) return;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    return; // Storage blocked: nothing saved to show.
  }
  if (saved) void import('./checklist/progress-badges').then(({ showProgressBadges }) => showProgressBadges(saved));
}

startHeaderSearch();
markSearchedWords();
showSavedProgress();
