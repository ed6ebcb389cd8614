/**
 * <my-progress>: the role filter, export (JSON, CSV), import and share links with a
 * preview that asks to merge or replace, and reset of everything with undo. Bad input gets
 * a plain message and leaves the saved state exactly as it was.
 */
import { readShareFragment, shareFragment, toCsv, toJson, type ImportResult } from '../../lib/checklist/transfer';
import type { ProgressKey } from '../../i18n/nb';
import { planTree, statusCounts } from '../../lib/plan/plan';
import { formatDate, sharedStore } from './shared-store';
import { resetWithUndo } from './reset-with-undo';
import { loadCatalog, say } from './catalog';
import { download } from '../download';

export class MyProgress extends HTMLElement {
  #store = sharedStore();

  connectedCallback() {
    for (const hidden of this.querySelectorAll<HTMLElement>(
      ':scope > [data-enhanced-only], section[data-enhanced-only]',
    ))
      hidden.hidden = false;
    this.#setUpRoleFilter();
    this.#showPlanStatus();
    this.#store.subscribe(() => this.#showPlanStatus());
    this.querySelector('[data-download="json"]')!.addEventListener('click', () =>
      download('boligveiviser-fremdrift.json', toJson(this.#store.progress), 'application/json'),
    );
    this.querySelector('[data-download="csv"]')!.addEventListener(
      'click',
      () =>
        void loadCatalog().then((items) =>
          download('boligveiviser-fremdrift.csv', toCsv(this.#store.progress, items, formatDate), 'text/csv'),
        ),
    );
    this.querySelector<HTMLInputElement>('[data-import-file]')!.addEventListener(
      'change',
      (event) => void this.#importFile(event),
    );
    this.querySelector('[data-share]')!.addEventListener('click', () => this.#share());
    this.querySelector('[data-reset-all]')!.addEventListener('click', () => this.#confirmResetAll());
    this.#openShareLink();
    // A share link opened while this page is open changes only the fragment: no reload.
    window.addEventListener('hashchange', () => this.#openShareLink());
  }

  #openShareLink() {
    const shared = readShareFragment(location.hash);
    if (!shared) return;
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    void this.#offer(shared, 'import.fromLink');
  }

  /** The ids of the items the page shows. */
  #shownIds(): string[] {
    return [...this.querySelectorAll<HTMLLIElement>('li[data-item-id]')].map((item) => item.dataset.itemId!);
  }

  /** The action plan's status counts, from the same store; the words come with the catalog, fetched only if there is a plan. */
  #showPlanStatus() {
    const { plan } = this.#store.progress;
    const line = this.querySelector('[data-plan-status] span')!;
    if (planTree(plan).length === 0) {
      line.textContent = '';
      return;
    }
    void (async () => {
      const counts = await say('plan.counts', statusCounts(plan));
      line.textContent = await say('plan.status.summary', { counts });
    })();
  }

  #setUpRoleFilter() {
    const select = this.querySelector<HTMLSelectElement>('#rollefilter')!;
    const status = this.querySelector<HTMLElement>('[data-filter-status]')!;
    const apply = () => {
      const role = select.value;
      const items = [...this.querySelectorAll<HTMLLIElement>('li[data-item-id]')];
      for (const item of items) item.hidden = Boolean(role) && item.dataset.role !== role;
      for (const block of this.querySelectorAll<HTMLElement>('[data-phase-block]')) {
        block.hidden = [...block.querySelectorAll<HTMLLIElement>('li[data-item-id]')].every((item) => item.hidden);
      }
      const shown = items.filter((item) => !item.hidden).length;
      if (!role) status.textContent = '';
      else
        void say('progress.filterStatus', { shown, total: items.length }).then(
          (message) => (status.textContent = message),
        );
    };
    select.value = new URLSearchParams(location.search).get('rolle') ?? '';
    select.addEventListener('change', () => {
      const url = new URL(location.href);
      if (select.value) url.searchParams.set('rolle', select.value);
      else url.searchParams.delete('rolle');
      history.replaceState(null, '', url);
      apply();
    });
    apply();
  }

  #message(key: ProgressKey, values?: Record<string, string | number>) {
    void say(key, values).then((message) => (this.querySelector('[data-transfer-message]')!.textContent = message));
  }

  async #importFile(event: Event) {
    const { readImportFile } = await import('./import-offer');
    const result = await readImportFile(event.target as HTMLInputElement);
    if (result) void this.#offer(result, 'import.fromFile');
  }

  async #offer(result: ImportResult, fromKey: 'import.fromFile' | 'import.fromLink') {
    const dialog = this.querySelector<HTMLDialogElement>('dialog[data-import-dialog]')!;
    // Import code is fetched when a file or a link is to be read, not with the page.
    const { offerImport } = await import('./import-offer');
    const { key, values } = await offerImport(dialog, this.#store, result, fromKey);
    this.#message(key, values);
  }

  #share() {
    const link = `${location.origin}/min-fremdrift/#${shareFragment(this.#store.progress)}`;
    const field = this.querySelector<HTMLInputElement>('#delingslenke')!;
    field.value = link;
    this.querySelector<HTMLElement>('[data-share-result]')!.hidden = false;
    field.focus();
    field.select();
    // Without the clipboard API (older browsers, pages not served over HTTPS) the reader copies it.
    if (!('clipboard' in navigator)) {
      this.#message('share.noClipboard');
      return;
    }
    navigator.clipboard.writeText(link).then(
      () => this.#message('share.copied'),
      () => this.#message('share.copyYourself'),
    );
  }

  #confirmResetAll() {
    resetWithUndo(
      this.querySelector<HTMLDialogElement>('dialog[data-reset-dialog="all"]')!,
      this.querySelector<HTMLElement>('[data-reset-all-undo]')!,
      this.#shownIds(),
      () => this.querySelector<HTMLElement>('[data-reset-all]')!.focus(),
    );
  }
}
