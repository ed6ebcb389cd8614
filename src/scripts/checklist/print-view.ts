/** <print-view>: fills the print table from saved progress and keeps the municipality's name. */
import { progressOf } from '../../lib/checklist/store';
import { formatDate, problemNotice, sharedStore } from './shared-store';
import { text } from '../client-strings';

export class PrintView extends HTMLElement {
  connectedCallback() {
    const store = sharedStore();
    const { progress } = store;
    this.querySelector('[data-needs-script]')?.remove();
    // Unreadable progress would print as all "Nei" without a word: say so, on paper too.
    if (store.problem && store.problem !== 'full') {
      const notice = this.querySelector('[data-store-notice]')!;
      void problemNotice(store).then(
        (message) => (notice.textContent = `${text('checklist.printUnreadable')} ${message}`),
      );
    }
    const only = new URLSearchParams(location.search).get('fase');
    for (const section of this.querySelectorAll<HTMLElement>('[data-print-phase]')) {
      section.hidden = Boolean(only) && section.dataset.printPhase !== only;
      const rows = [...section.querySelectorAll<HTMLTableRowElement>('tr[data-item-id]')];
      for (const row of rows) {
        const state = progress.items[row.dataset.itemId!];
        const cell = (name: string) => row.querySelector<HTMLElement>(`[data-cell="${name}"]`)!;
        cell('checked').textContent = text(state?.checked ? 'print.checked' : 'print.unchecked');
        cell('note').textContent = state?.note ?? '';
        cell('changed').textContent = state ? formatDate(new Date(state.changedAt)) : '';
      }
      const { done, total, lastChanged } = progressOf(
        progress,
        rows.map((row) => row.dataset.itemId!),
      );
      section.querySelector('[data-phase-summary]')!.textContent =
        `${text('checklist.progress', { done, total })}.` +
        (lastChanged ? ` ${text('checklist.lastChanged', { date: formatDate(lastChanged) })}.` : '');
    }
    this.querySelector('[data-today]')!.textContent = formatDate(new Date());
    const name = this.querySelector<HTMLInputElement>('#kommunenavn')!;
    name.value = progress.municipality ?? '';
    const saveName = () => {
      const municipality = name.value.trim() || undefined;
      if (municipality !== store.progress.municipality) store.update((current) => ({ ...current, municipality }));
    };
    name.addEventListener('change', saveName);
    // Typed and the page left at once (reload, close): the name is saved all the same.
    window.addEventListener('pagehide', saveName);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') saveName();
    });
    const button = this.querySelector<HTMLButtonElement>('[data-print-button]')!;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
