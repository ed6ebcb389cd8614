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
  type Catalog,
  type ImportResult,
} from '../../lib/checklist/transfer';
import { fill, type ProgressKey } from '../../i18n/nb';
import { formatDate, sharedStore } from './shared-store';
import { resetWithUndo } from './reset-with-undo';
import { ask } from '../dialog';

const SHOWN_CHANGES = 30;

/** Item texts, phases, roles, the CSV's words and the messages, as data: fetched once, when first needed. */
let catalog: Promise<Catalog> | undefined;
const loadCatalog = () =>
  (catalog ??= fetch('/min-fremdrift/punkter.json').then((response) => response.json() as Promise<Catalog>));
const say = async (key: ProgressKey, values?: Record<string, string | number>) =>
  fill((await loadCatalog()).strings[key], values);

export class MyProgress extends HTMLElement {
  #store = sharedStore();

  connectedCallback() {
    for (const hidden of this.querySelectorAll<HTMLElement>(
      ':scope > [data-enhanced-only], section[data-enhanced-only]',
    ))
      hidden.hidden = false;
    this.#setUpRoleFilter();
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
    void this.#offer(result, 'import.fromFile');
  }

  /** Shows what an import would change and applies it only if the reader says so. */
  async #offer(result: ImportResult, fromKey: 'import.fromFile' | 'import.fromLink') {
    if (!result.ok) {
      this.#message(`import.problem.${result.problem}`);
      return;
    }
    const incoming = result.progress;
    const { items, strings } = await loadCatalog();
    const from = strings[fromKey];
    const text = (key: ProgressKey, values?: Record<string, string | number>) => fill(strings[key], values);
    const ids = this.#shownIds();
    const current = this.#store.progress;
    const changes = changesBetween(current, mergeProgress(current, incoming), ids);
    const replaceChanges = changesBetween(current, incoming, ids);
    const dialog = this.querySelector<HTMLDialogElement>('dialog[data-import-dialog]')!;
    const textOf = (id: string) => items.find((item) => item.id === id)?.text ?? id;
    dialog.querySelector('[data-import-summary]')!.textContent =
      replaceChanges.length === 0
        ? text('import.same', { from })
        : text('import.preview', { from, replace: replaceChanges.length, merge: changes.length });
    dialog.querySelector('[data-import-changes]')!.replaceChildren(
      ...replaceChanges.slice(0, SHOWN_CHANGES).map((change) =>
        Object.assign(document.createElement('li'), {
          textContent: text(`import.change.${change.kind}`, { item: textOf(change.id) }),
        }),
      ),
    );
    const answer = await ask(dialog);
    if (answer === 'merge') this.#store.update((progress) => mergeProgress(progress, incoming));
    else if (answer === 'replace') this.#store.update((progress) => replaceProgress(progress, incoming));
    else return this.#message('import.nothingChanged');
    this.#message(answer === 'merge' ? 'import.merged' : 'import.replaced', { from });
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

function download(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
