/** <print-view>: fills the print table from saved progress and keeps the municipality's name. */
import { progressOf } from '../../lib/checklist/store';
import { formatDate, problemNotice, sharedStore } from './shared-store';
import { text } from '../client-strings';
import { keepMunicipality } from './municipality-field';

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
    keepMunicipality(this, store);
    const button = this.querySelector<HTMLButtonElement>('[data-print-button]')!;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
