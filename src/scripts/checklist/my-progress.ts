/**
 * <my-progress>: the role filter, export (JSON, CSV), import and share links with a
 * preview that asks to merge or replace, and reset of everything with undo. Bad input gets
 * a plain message and leaves the saved state exactly as it was.
 */
import { mergeProgress } from '../../lib/checklist/store';
import {
  changesBetween,
  MAX_IMPORT_BYTES,
  readImport,
  replaceProgress,
  readShareFragment,
  shareFragment,
  toCsv,
  toJson,
  type CatalogItem,
  type ImportResult,
} from '../../lib/checklist/transfer';
import { text } from '../client-strings';
import { formatDate, sharedStore } from './shared-store';
import { resetWithUndo } from './reset-with-undo';

const CHANGE_WORDS = { ticked: 'blir krysset av', unticked: 'blir ikke lenger krysset av', note: 'får et annet notat' };
const SHOWN_CHANGES = 30;

export class MyProgress extends HTMLElement {
  #store = sharedStore();

  connectedCallback() {
    for (const hidden of this.querySelectorAll<HTMLElement>(':scope > [data-enhanced-only], section[data-enhanced-only]')) hidden.hidden = false;
    this.#setUpRoleFilter();
    this.querySelector('[data-download="json"]')!.addEventListener('click', () =>
      download('boligveiviser-fremdrift.json', toJson(this.#store.progress), 'application/json'),
    );
    this.querySelector('[data-download="csv"]')!.addEventListener('click', () =>
      download('boligveiviser-fremdrift.csv', toCsv(this.#store.progress, this.#catalog(), formatDate), 'text/csv'),
    );
    this.querySelector<HTMLInputElement>('[data-import-file]')!.addEventListener('change', (event) => void this.#importFile(event));
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
    this.#offer(shared, 'lenken');
  }

  /** Items as the page shows them: the catalog for tables and previews. */
  #catalog(): CatalogItem[] {
    return [...this.querySelectorAll<HTMLLIElement>('li[data-item-id]')].map((item) => ({
      id: item.dataset.itemId!,
      phase: item.closest('section')?.querySelector('h2, h3')?.textContent?.trim() ?? '',
      text: item.querySelector('[data-item-text]')?.textContent?.trim() ?? '',
      role: item.querySelector('a[href^="/roller/"]')?.textContent?.trim(),
    }));
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
      status.textContent = role ? `Viser ${shown} av ${items.length} punkter` : '';
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

  #message(message: string) {
    this.querySelector('[data-transfer-message]')!.textContent = message;
  }

  async #importFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let result: ImportResult;
    try {
      // readImport refuses oversized files by their size, before their text is read.
      result = readImport(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);
    } catch {
      result = { ok: false, problem: 'corrupt' };
    }
    this.#offer(result, 'filen');
  }

  /** Shows what an import would change and applies it only if the reader says so. */
  #offer(result: ImportResult, from: 'filen' | 'lenken') {
    if (!result.ok) {
      this.#message(text(`import.problem.${result.problem}`));
      return;
    }
    const incoming = result.progress;
    const catalog = this.#catalog();
    const current = this.#store.progress;
    const changes = changesBetween(current, mergeProgress(current, incoming), catalog.map((item) => item.id));
    const replaceChanges = changesBetween(current, incoming, catalog.map((item) => item.id));
    const dialog = this.querySelector<HTMLDialogElement>('dialog[data-import-dialog]')!;
    const textOf = (id: string) => catalog.find((item) => item.id === id)?.text ?? id;
    dialog.querySelector('[data-import-summary]')!.textContent =
      replaceChanges.length === 0
        ? `Innholdet i ${from} er det samme som du har nå.`
        : `Dette endres hvis du erstatter med ${from} (${replaceChanges.length} punkter; ${changes.length} hvis du slår sammen):`;
    dialog.querySelector('[data-import-changes]')!.replaceChildren(
      ...replaceChanges.slice(0, SHOWN_CHANGES).map((change) =>
        Object.assign(document.createElement('li'), { textContent: `«${textOf(change.id)}» ${CHANGE_WORDS[change.kind]}` }),
      ),
    );
    dialog.returnValue = '';
    dialog.showModal();
    dialog.addEventListener(
      'close',
      () => {
        if (dialog.returnValue === 'merge') this.#store.update((progress) => mergeProgress(progress, incoming));
        else if (dialog.returnValue === 'replace') this.#store.update((progress) => replaceProgress(progress, incoming));
        else return this.#message('Ingenting er endret.');
        this.#message(dialog.returnValue === 'merge' ? `Fremdriften fra ${from} er slått sammen med din.` : `Fremdriften er erstattet med den fra ${from}.`);
      },
      { once: true },
    );
  }

  #share() {
    const link = `${location.origin}/min-fremdrift/#${shareFragment(this.#store.progress)}`;
    const field = this.querySelector<HTMLInputElement>('#delingslenke')!;
    field.value = link;
    this.querySelector<HTMLElement>('[data-share-result]')!.hidden = false;
    field.focus();
    field.select();
    navigator.clipboard?.writeText(link).then(
      () => this.#message('Delingslenken er kopiert. Lim den inn i en e-post eller melding.'),
      () => this.#message('Kopier delingslenken fra feltet.'),
    );
  }

  #confirmResetAll() {
    resetWithUndo(
      this.querySelector<HTMLDialogElement>('dialog[data-reset-all-dialog]')!,
      this.querySelector<HTMLElement>('[data-reset-all-undo]')!,
      this.#catalog().map((item) => item.id),
      () => this.querySelector<HTMLElement>('[data-reset-all]')!.focus(),
    );
  }
}

function download(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
