/**
 * The search page as a custom element: runs the search in the URL, shows results and
 * facets with counts, and keeps the URL in step so searches can be shared and walked back.
 */
import type { FacetKey } from '../../lib/search/facets';
import { hasFilters, readSearchState, writeSearchState, type SearchState } from '../../lib/search/url-state';
import { runSearch, searchStrings, type SearchOutcome } from './engine';
import { describeOutcome, moveFocus, renderHelp, renderHit } from './render';
import { chosenIn, idsFromLabels, labelsFromIds } from '../facet-boxes';
import { debounce } from '../debounce';

const TYPING_PAUSE_MS = 200;

export class SearchPage extends HTMLElement {
  #input!: HTMLInputElement;
  #results!: HTMLUListElement;
  #status!: HTMLElement;
  #clear!: HTMLButtonElement;
  #help!: HTMLElement;
  #latest = 0;
  /** Typing pauses before the URL and results follow. */
  #typing = debounce(() => this.#commit('replace'), TYPING_PAUSE_MS);
  /** Whether the next status should first say that the filters were cleared. */
  #announceCleared = false;
  /** Whether the current history entry was made while typing, so further typing replaces it. */
  #typingEntry = false;

  connectedCallback() {
    this.hidden = false;
    document.querySelector<HTMLElement>('[data-needs-script]')?.remove();
    this.#input = this.querySelector('input[name="q"]')!;
    this.#results = this.querySelector('[data-search-results]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#clear = this.querySelector('[data-clear]')!;
    this.#help = this.querySelector('[data-search-help]')!;

    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push');
    });
    this.#input.addEventListener('input', () => {
      this.#typing.call();
    });
    this.querySelector('[data-facets]')!.addEventListener('change', () => this.#commit('push'));
    // The button hides itself once no filter is set: focus goes to the filters' heading, so it
    // does not fall to the page, and the status says what happened (WCAG 2.4.3, 4.1.3).
    this.#clear.addEventListener('click', () => {
      for (const box of this.#checkboxes()) box.checked = false;
      this.#announceCleared = true;
      this.querySelector<HTMLElement>('#filtre-overskrift')!.focus();
      this.#commit('push');
    });
    this.#results.addEventListener('keydown', (event) => {
      if (event.target instanceof HTMLElement) moveFocus(this.#results, event, event.target);
    });
    window.addEventListener('popstate', () => {
      this.#typingEntry = false;
      void this.#show(this.#fromUrl());
    });
    void this.#show(this.#fromUrl());
  }

  #fromUrl(): SearchState {
    const inUrl = readSearchState(new URLSearchParams(location.search));
    const state = { ...inUrl, filters: labelsFromIds(inUrl.filters, this.#checkboxes()) };
    this.#input.value = state.query;
    return state;
  }

  #checkboxes() {
    return [...this.querySelectorAll<HTMLInputElement>('[data-facet] input[type="checkbox"]')];
  }

  #fromForm(): SearchState {
    return { query: this.#input.value.trim(), filters: chosenIn(this.#checkboxes()) };
  }

  #commit(mode: 'push' | 'replace') {
    const state = this.#fromForm();
    const search = writeSearchState({ ...state, filters: idsFromLabels(state.filters, this.#checkboxes()) }).toString();
    const url = `${location.pathname}${search ? `?${search}` : ''}`;
    // Typing makes one history entry, updated as the reader types; it never replaces the
    // search before it, so the back button returns there.
    const replace = mode === 'replace' && this.#typingEntry;
    if (url !== `${location.pathname}${location.search}`)
      history[replace ? 'replaceState' : 'pushState'](null, '', url);
    this.#typingEntry = mode === 'replace';
    void this.#show(state);
  }

  async #show(state: SearchState) {
    const ticket = ++this.#latest;
    if (!state.query && !hasFilters(state)) {
      // Nothing asked: no search, the server's counts of all pages stand.
      this.#results.replaceChildren();
      this.#help.replaceChildren();
      this.#status.textContent = `${this.#clearedNotice()}${this.dataset.prompt}`;
      this.#renderFacets(state, { hits: [], total: 0, counts: {}, partial: false });
      this.#clear.hidden = true;
      return;
    }
    let outcome: SearchOutcome;
    try {
      outcome = await runSearch(state);
    } catch {
      if (ticket === this.#latest) this.#status.textContent = this.dataset.loadFailed ?? '';
      return;
    }
    if (ticket !== this.#latest) return;
    this.#renderFacets(state, outcome);
    this.#clear.hidden = !hasFilters(state);
    if (!state.query && !hasFilters(state)) return;
    this.#results.replaceChildren(...outcome.hits.map(renderHit));
    const strings = await searchStrings();
    this.#status.textContent = `${this.#clearedNotice()}${describeOutcome(outcome, state.query, strings)}`;
    renderHelp(this.#help, outcome, strings, { partial: false, browse: true });
  }

  /** "Alle filtre er fjernet. " once, right after the reader cleared the filters. */
  #clearedNotice(): string {
    const notice = this.#announceCleared ? `${this.dataset.filtersCleared} ` : '';
    this.#announceCleared = false;
    return notice;
  }

  /** Ticks the chosen values and shows each value's count among the results. */
  #renderFacets(state: SearchState, { counts }: SearchOutcome) {
    const browsing = !state.query && !hasFilters(state);
    for (const box of this.#checkboxes()) {
      box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
      const count = box.parentElement!.querySelector<HTMLElement>('[data-count]')!;
      count.textContent = browsing ? count.dataset.all! : String(counts[box.name]?.[box.value] ?? 0);
    }
  }
}
