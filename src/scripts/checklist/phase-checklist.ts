/**
 * <phase-checklist>: turns a phase's server-rendered list into real checkboxes with notes,
 * progress ("3 av 6"), and a reset with undo. The list stays readable without JavaScript.
 */
import { progressOf, resetItems, setChecked, setNote } from '../../lib/checklist/store';
import type { Progress } from '../../lib/checklist/schema';
import { text } from '../client-strings';
import { formatDate, problemNotice, sharedStore } from './shared-store';
import { renderBadges } from './progress-badges';

const NOTE_PAUSE_MS = 400;

export class PhaseChecklist extends HTMLElement {
  #store = sharedStore();
  #ids: string[] = [];

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
    const textElement = item.querySelector<HTMLElement>('[data-item-text]')!;
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', id: `boks-${id}` });
    box.className = 'mt-1 size-5 shrink-0';
    const label = Object.assign(document.createElement('label'), { htmlFor: box.id });
    label.lang = textElement.lang;
    label.append(...textElement.childNodes);
    const row = document.createElement('div');
    row.className = 'flex items-start gap-3';
    row.append(box, label);
    textElement.replaceWith(row);
    box.addEventListener('change', () => this.#save((progress) => setChecked(progress, id, box.checked)));

    const details = document.createElement('details');
    details.className = 'mt-2 ml-8';
    const summary = Object.assign(document.createElement('summary'), { textContent: text('checklist.note') });
    summary.className = 'cursor-pointer text-sm text-brand-700 underline';
    const noteLabel = Object.assign(document.createElement('label'), { htmlFor: `notat-${id}`, textContent: text('checklist.noteLabel') });
    noteLabel.className = 'mt-1 block text-sm';
    const note = Object.assign(document.createElement('textarea'), { id: `notat-${id}`, rows: 2, maxLength: 1000 });
    note.className = 'mt-1 w-full rounded border border-slate-500 p-2';
    let pause: ReturnType<typeof setTimeout> | undefined;
    note.addEventListener('input', () => {
      clearTimeout(pause);
      pause = setTimeout(() => this.#save((progress) => setNote(progress, id, note.value)), NOTE_PAUSE_MS);
    });
    note.addEventListener('change', () => {
      clearTimeout(pause);
      this.#save((progress) => setNote(progress, id, note.value));
    });
    details.append(summary, noteLabel, note);
    item.append(details);
  }

  #save(change: (progress: Progress) => Progress) {
    this.#store.update(change);
  }

  #render(progress: Progress) {
    for (const id of this.#ids) {
      const state = progress.items[id];
      const box = this.querySelector<HTMLInputElement>(`#boks-${CSS.escape(id)}`)!;
      box.checked = state?.checked ?? false;
      const note = this.querySelector<HTMLTextAreaElement>(`#notat-${CSS.escape(id)}`)!;
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
      notice.textContent = problemNotice(this.#store);
      notice.hidden = !notice.textContent;
    }
  }

  #setText(selector: string, value: string) {
    const element = this.querySelector<HTMLElement>(selector);
    if (element && element.textContent !== value) element.textContent = value;
  }

  #confirmReset() {
    const dialog = this.querySelector<HTMLDialogElement>('dialog[data-reset-dialog]')!;
    dialog.returnValue = '';
    dialog.showModal();
    dialog.addEventListener(
      'close',
      () => {
        if (dialog.returnValue !== 'confirm') return;
        let undo: ((progress: Progress) => Progress) | undefined;
        let count = 0;
        this.#save((progress) => {
          const reset = resetItems(progress, this.#ids);
          undo = reset.undo;
          count = reset.removedCount;
          return reset.progress;
        });
        this.#offerUndo(count, undo!);
      },
      { once: true },
    );
  }

  #offerUndo(count: number, undo: (progress: Progress) => Progress) {
    const area = this.querySelector<HTMLElement>('[data-undo-area]')!;
    const message = Object.assign(document.createElement('span'), { textContent: `${text('checklist.resetDone', { count })} ` });
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text('checklist.undo') });
    button.className = 'font-semibold underline';
    button.addEventListener('click', () => {
      this.#save(undo);
      area.textContent = text('checklist.undone');
      this.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
    });
    area.replaceChildren(message, button);
    button.focus();
  }
}
