/**
 * <phase-checklist>: turns a phase's server-rendered list into real checkboxes with notes,
 * progress ("3 av 6"), and a reset with undo. The list stays readable without JavaScript.
 */
import { changedSinceTicked, confirmTextVersion, progressOf, setChecked, setNote } from '../../lib/checklist/store';
import type { Progress } from '../../lib/checklist/schema';
import { text } from '../client-strings';
import { formatDate, problemNotice, sharedStore } from './shared-store';
import { renderBadges } from './progress-badges';
import { resetWithUndo } from './reset-with-undo';
import { textVersion } from '../../lib/checklist/text-version';
import { addItemControls, addResetDialog, type ItemControls } from './item-controls';
import { debounce } from '../debounce';

const NOTE_PAUSE_MS = 400;

export class PhaseChecklist extends HTMLElement {
  #store = sharedStore();
  #ids: string[] = [];
  #controls = new Map<string, ItemControls>();
  #versions = new Map<string, string>();
  #dialog: HTMLDialogElement | undefined;

  connectedCallback() {
    this.querySelector('[data-needs-script]')?.remove();
    const items = [...this.querySelectorAll<HTMLLIElement>('li[data-item-id]')];
    this.#ids = items.map((item) => item.dataset.itemId!);
    items.forEach((item) => this.#enhance(item));
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-enhanced-only]')) hidden.hidden = false;
    this.querySelector('[data-reset]')?.addEventListener('click', () => this.#confirmReset());
    this.#store.subscribe((progress) => this.#render(progress));
    this.#render(this.#store.progress);
  }

  #enhance(item: HTMLLIElement) {
    const id = item.dataset.itemId!;
    const controls = addItemControls(item, id);
    // The fingerprint of the text as the reader sees it now; the server renders the same text.
    const version = textVersion(controls.label.textContent ?? '');
    this.#versions.set(id, version);
    this.#controls.set(id, controls);
    const { box, note, confirmChange } = controls;
    box.addEventListener('change', () =>
      this.#save((progress) => setChecked(progress, id, box.checked, new Date(), version)),
    );
    confirmChange.addEventListener('click', () => {
      this.#save((progress) => confirmTextVersion(progress, id, version));
      box.focus();
    });
    const saveNote = debounce(() => this.#save((progress) => setNote(progress, id, note.value)), NOTE_PAUSE_MS);
    note.addEventListener('input', () => saveNote.call());
    note.addEventListener('change', () => {
      saveNote.cancel();
      this.#save((progress) => setNote(progress, id, note.value));
    });
    // Leaving the page (reload, a link, closing the tab) within the pause must not lose what
    // the reader typed: save it now.
    window.addEventListener('pagehide', () => saveNote.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') saveNote.flush();
    });
  }

  #save(change: (progress: Progress) => Progress) {
    this.#store.update(change);
  }

  #render(progress: Progress) {
    for (const id of this.#ids) {
      const state = progress.items[id];
      const { box, note, changedNotice } = this.#controls.get(id)!;
      box.checked = state?.checked ?? false;
      // A tick made against an older wording stays, and the reader is told the text changed.
      changedNotice.hidden = !changedSinceTicked(state, this.#versions.get(id)!);
      // Never overwrite what the reader is typing; other tabs' notes arrive when they leave the field.
      if (document.activeElement !== note) note.value = state?.note ?? '';
      if (state?.note) note.closest('details')!.open = true;
    }
    renderBadges(progress);
    const { done, total, lastChanged } = progressOf(progress, this.#ids);
    this.#setText('[data-progress]', text('checklist.progress', { done, total }));
    this.#setText(
      '[data-last-changed]',
      lastChanged ? text('checklist.lastChanged', { date: formatDate(lastChanged) }) : text('checklist.neverChanged'),
    );
    const meter = this.querySelector<HTMLProgressElement>('progress');
    if (meter) Object.assign(meter, { max: total, value: done });
    const notice = this.querySelector<HTMLElement>('[data-store-notice]');
    if (notice) {
      void problemNotice(this.#store).then((message) => {
        if (notice.textContent !== message) notice.textContent = message;
      });
    }
  }

  #setText(selector: string, value: string) {
    const element = this.querySelector<HTMLElement>(selector);
    if (element && element.textContent !== value) element.textContent = value;
  }

  #confirmReset() {
    this.#dialog ??= addResetDialog(this, `sjekkliste-${this.dataset.phase}`);
    resetWithUndo(this.#dialog, this.querySelector<HTMLElement>('[data-undo-area]')!, this.#ids, () =>
      this.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus(),
    );
  }
}
