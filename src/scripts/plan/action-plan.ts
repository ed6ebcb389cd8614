/**
 * <action-plan>: builds and follows up the municipality's action plan. The plan lives in the
 * same store as the checklists (one mechanism for saving, merging between tabs, faults,
 * export and import). What is typed is saved after a pause and when the page is left;
 * adding, moving and deleting are saved at once, announced politely, and deleting can be undone.
 */
import {
  addRecord,
  deleteRecord,
  moveRecord,
  newRecordId,
  planTree,
  updateRecord,
  type RecordChange,
} from '../../lib/plan/plan';
import { MEASURE_STATUSES, type SmarteKey } from '../../lib/plan/schema';
import { planCsv } from '../../lib/plan/views';
import { columnKey, MEASURE_FIELDS } from '../../lib/plan/columns';
import { toJson } from '../../lib/checklist/transfer';
import type { Progress } from '../../lib/checklist/schema';
import { problemNotice, sharedStore } from '../checklist/shared-store';
import { say } from '../checklist/catalog';
import { text } from '../client-strings';
import { keepMunicipality } from '../checklist/municipality-field';
import { debounce } from '../debounce';
import { download } from '../download';
import { editorItems, fieldId, KIND_NAME, numbered, showValidity, type Kind } from './plan-editor';
import { costsView, followUpView, planDocument } from './plan-views';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A new, empty record of each kind under `parent`. */
const blank = (kind: Kind, parent: string | undefined) =>
  kind === 'area'
    ? { kind, title: '' }
    : kind === 'goal'
      ? { kind, area: parent!, title: '', smarte: [] }
      : {
          kind,
          goal: parent!,
          description: '',
          unit: '',
          deadline: '',
          cost: '',
          budgetYears: '',
          financing: '',
          status: MEASURE_STATUSES[0],
          note: '',
        };

export class ActionPlan extends HTMLElement {
  #store = sharedStore();
  /** Typed changes not yet saved, by record id. */
  #pending = new Map<string, Record<string, string>>();
  #saveTyped = debounce(() => this.#flush(), 400);
  /** True while this element saves what the reader typed: the form is already up to date. */
  #savingOwnEdit = false;

  connectedCallback() {
    this.querySelector<HTMLElement>('[data-no-script]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-enhanced-only]')!.hidden = false;
    const editor = this.querySelector<HTMLElement>('[data-editor]')!;
    editor.addEventListener('input', (event) => this.#typed(event.target as Field));
    editor.addEventListener('change', (event) => this.#changed(event.target as HTMLInputElement));
    this.addEventListener('click', (event) => this.#clicked(event.target as HTMLElement));
    this.querySelector('[data-import-file]')!.addEventListener('change', (event) => void this.#import(event));
    // Leaving the page (closing, reloading, following a link) saves what was just typed.
    window.addEventListener('pagehide', () => this.#saveTyped.flush());
    document.addEventListener('visibilitychange', () => this.#saveTyped.flush());
    this.#store.subscribe(() => (this.#savingOwnEdit ? this.#renderViews() : this.#render()));
    this.#render();
    keepMunicipality(this.querySelector('section[aria-labelledby="planen"]')!, this.#store);
  }

  #typed(field: Field) {
    const id = field.closest<HTMLElement>('[data-record]')?.dataset.id;
    if (!id || !field.dataset.field || field instanceof HTMLSelectElement) return;
    this.#pending.set(id, { ...this.#pending.get(id), [field.dataset.field]: field.value });
    this.#saveTyped.call();
  }

  #changed(field: HTMLInputElement) {
    const record = field.closest<HTMLElement>('[data-record]');
    const id = record?.dataset.id;
    if (!id) return;
    if (field.dataset.smarte) {
      const ticked = [...record.querySelectorAll<HTMLInputElement>(':scope > fieldset [data-smarte]:checked')];
      this.#saveOwn({ [id]: { smarte: ticked.map((box) => box.dataset.smarte as SmarteKey) } });
    } else if (field instanceof HTMLSelectElement) {
      this.#saveOwn({ [id]: { [field.dataset.field!]: field.value } });
    } else {
      this.#saveTyped.flush();
      showValidity(field);
    }
  }

  #flush() {
    const edits = Object.fromEntries(this.#pending);
    this.#pending.clear();
    this.#saveOwn(edits);
  }

  /** Saves field changes made in this form, without redrawing the form under the reader's hands. */
  #saveOwn(edits: Record<string, RecordChange>) {
    this.#savingOwnEdit = true;
    try {
      this.#store.update((progress) =>
        Object.entries(edits).reduce((state, [id, change]) => updateRecord(state, id, change), progress),
      );
    } finally {
      this.#savingOwnEdit = false;
    }
    this.#units();
    void this.#showProblem();
  }

  #clicked(target: HTMLElement) {
    const button = target.closest<HTMLButtonElement>('button');
    if (!button) return;
    const record = button.closest<HTMLElement>('[data-record]');
    const id = record?.dataset.id;
    if (button.dataset.add) this.#add(button.dataset.add as Kind, id);
    else if (button.dataset.move && id) this.#move(id, Number(button.dataset.move) as -1 | 1, button);
    else if (button.hasAttribute('data-delete') && id) this.#delete(id, record.dataset.kind as Kind);
    else if (button.dataset.download === 'json')
      download('boligveiviser-handlingsplan.json', toJson(this.#store.progress), 'application/json');
    else if (button.dataset.download === 'csv') this.#downloadCsv();
    else if (button.hasAttribute('data-print-plan')) {
      this.#saveTyped.flush();
      window.print();
    }
  }

  /** Applies a change of the plan's shape (add, move, delete) after saving what was typed. */
  #reshape(change: (progress: Progress) => Progress) {
    this.#saveTyped.flush();
    this.#store.update(change);
    void this.#showProblem();
  }

  #add(kind: Kind, parent: string | undefined) {
    const id = newRecordId();
    this.#reshape((progress) => addRecord(progress, id, blank(kind, parent)));
    const number = this.#item(id)?.dataset.number ?? '';
    this.#announce(text('plan.added', { kind: text(KIND_NAME[kind]), number }));
    document.getElementById(fieldId(id, kind === 'measure' ? 'description' : 'title'))?.focus();
  }

  #move(id: string, step: -1 | 1, button: HTMLButtonElement) {
    const kind = button.closest<HTMLElement>('[data-record]')!.dataset.kind as Kind;
    if (button.getAttribute('aria-disabled') === 'true') {
      this.#announce(text('plan.atEdge', { record: numbered(kind, this.#item(id)!.dataset.number!) }));
      return;
    }
    this.#reshape((progress) => moveRecord(progress, id, step));
    const moved = this.#item(id)!;
    this.#announce(text('plan.moved', { kind: text(KIND_NAME[kind]), number: moved.dataset.number! }));
    moved.querySelector<HTMLButtonElement>(`:scope > [data-actions] [data-move="${step}"]`)!.focus();
  }

  #delete(id: string, kind: Kind) {
    const number = this.#item(id)!.dataset.number!;
    let undo: ReturnType<typeof deleteRecord>['undo'] | undefined;
    this.#reshape((progress) => {
      const deleted = deleteRecord(progress, id);
      undo = deleted.undo;
      return deleted.progress;
    });
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text('plan.undo') });
    button.className = 'ml-2 font-semibold underline';
    button.addEventListener('click', () => {
      let restored = false;
      this.#reshape((progress) => {
        const undone = undo!(progress);
        restored = undone.restored;
        return undone.progress;
      });
      this.#announce(text(restored ? 'plan.undone' : 'plan.undoStale'));
      // Back to the restored record; if it could not be restored, to where records are added.
      const target =
        this.#item(id)?.querySelector<HTMLElement>(':scope > [data-actions] [data-delete]') ??
        this.querySelector<HTMLElement>('[data-add="area"]');
      target?.focus();
    });
    this.#announce(text('plan.deleted', { kind: text(KIND_NAME[kind]), number }), button);
    button.focus();
  }

  #item(id: string) {
    return this.querySelector<HTMLElement>(`[data-record][data-id="${id}"]`) ?? undefined;
  }

  #announce(message: string, ...extra: Node[]) {
    this.querySelector('[data-plan-announce]')!.replaceChildren(message, ...extra);
  }

  #downloadCsv() {
    this.#saveTyped.flush();
    const columns = ['plan.number', 'plan.area', 'plan.goal', ...MEASURE_FIELDS.map(columnKey)] as const;
    const statuses = Object.fromEntries(MEASURE_STATUSES.map((status) => [status, text(`plan.status.${status}`)]));
    const csv = planCsv(this.#store.progress.plan, {
      columns: columns.map((key) => text(key)),
      numbered,
      statuses: statuses as Record<(typeof MEASURE_STATUSES)[number], string>,
    });
    download('boligveiviser-handlingsplan.csv', csv, 'text/csv');
  }

  async #import(event: Event) {
    // Import code is fetched when a file is chosen, not with the page.
    const { offerImport, readImportFile } = await import('../checklist/import-offer');
    const result = await readImportFile(event.target as HTMLInputElement);
    if (!result) return;
    const dialog = this.querySelector<HTMLDialogElement>('dialog[data-import-dialog]')!;
    const { key, values } = await offerImport(dialog, this.#store, result, 'import.fromFile');
    this.querySelector('[data-transfer-message]')!.textContent = await say(key, values);
  }

  /** Redraws the form (after a change of shape, an import or another tab's change) and keeps the reader's place. */
  #render() {
    // Typed text not yet saved would be drawn over with the stored value: save it first.
    this.#saveTyped.flush();
    const active = document.activeElement as Field | null;
    const focusId = active && this.contains(active) ? active.id : '';
    // Checkboxes and selects have no text selection (selectionStart is null).
    const selection =
      (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) &&
      typeof active.selectionStart === 'number'
        ? [active.selectionStart, active.selectionEnd ?? active.selectionStart]
        : undefined;
    const tree = planTree(this.#store.progress.plan);
    this.querySelector('[data-editor]')!.replaceChildren(...editorItems(tree));
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = tree.length > 0;
    this.#units();
    this.#renderViews();
    void this.#showProblem();
    const again = focusId ? document.getElementById(focusId) : null;
    if (again instanceof HTMLElement) {
      again.focus();
      if (selection && 'setSelectionRange' in again)
        (again as HTMLInputElement).setSelectionRange(selection[0]!, selection[1]!);
    }
  }

  #renderViews() {
    const plan = this.#store.progress.plan;
    this.querySelector('[data-document]')!.replaceChildren(...planDocument(plan));
    const followUp = followUpView(plan);
    this.querySelector('[data-counts]')!.textContent = followUp.summary;
    this.querySelector('[data-follow-up]')!.replaceChildren(...followUp.nodes);
    this.querySelector('[data-costs]')!.replaceChildren(...costsView(plan));
  }

  /** The responsible units already used, offered when typing a new one. */
  #units() {
    const units = new Set(
      Object.values(this.#store.progress.plan ?? {}).flatMap((record) =>
        record.kind === 'measure' && record.unit.trim() && !record.deleted ? [record.unit.trim()] : [],
      ),
    );
    const list = document.getElementById('plan-units')!;
    list.replaceChildren(
      ...[...units].sort().map((unit) => Object.assign(document.createElement('option'), { value: unit })),
    );
  }

  async #showProblem() {
    const notice = await problemNotice(this.#store);
    const region = this.querySelector('[data-plan-problem]')!;
    if (region.textContent !== notice) region.textContent = notice;
  }
}
