/**
 * The header search, loaded on first use: results appear under the field as the reader
 * types. Arrow keys move through them, Esc closes the panel and returns focus.
 */
import { runSearch, searchStrings } from './engine';
import { describeOutcome, moveFocus, renderHelp, renderHit } from './render';
import { debounce } from '../debounce';

const PANEL_HITS = 5;
/** Results show at once; the count is announced after this pause, so a screen reader hears it once, not after every letter. */
const ANNOUNCE_PAUSE_MS = 400;

export function enhanceHeaderSearch(form: HTMLFormElement, returnFocusTo: () => HTMLElement | null) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = panel.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const all = panel.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const help = panel.querySelector<HTMLElement>('[data-search-help]')!;
  let latest = 0;
  let announcement = '';
  // The count is announced after a pause, not on every keystroke.
  const announce = debounce(() => (status.textContent = announcement), ANNOUNCE_PAUSE_MS);

  const close = () => {
    panel.hidden = true;
  };

  const update = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      close();
      status.textContent = '';
      return;
    }
    try {
      const outcome = await runSearch({ query, filters: {} }, PANEL_HITS, false);
      const { hits, total } = outcome;
      if (ticket !== latest) return;
      // The reader has moved into the results: a late answer for an earlier keystroke must not
      // swap the list under their focus. Typing again in the field brings the new results.
      if (list.contains(document.activeElement)) return;
      list.dataset.query = query;
      list.replaceChildren(...hits.map(renderHit));
      all.href = `/sok/?q=${encodeURIComponent(query)}`;
      all.hidden = total === 0;
      const strings = await searchStrings();
      renderHelp(help, outcome, strings, { partial: true, browse: false });
      announcement = describeOutcome(outcome, query, strings);
      announce.call();
    } catch {
      if (ticket !== latest) return;
      list.replaceChildren();
      help.replaceChildren();
      announce.cancel();
      status.textContent = form.dataset.loadFailed ?? '';
    }
    panel.hidden = false;
  };

  input.addEventListener('input', () => void update());
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
      (returnFocusTo() ?? input).focus();
      return;
    }
    if (event.target === input && event.key === 'ArrowDown' && !panel.hidden) {
      moveFocus(list, event, input);
    } else if (event.target instanceof HTMLAnchorElement && list.contains(event.target)) {
      if (!moveFocus(list, event, event.target) && event.key === 'ArrowUp') input.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.children.length > 0) panel.hidden = false;
  });
  if (input.value.trim()) void update();
}
