/**
 * Import with a preview: what a file or link would change (checklist items and the action
 * plan), and the choice to merge, replace or cancel. Shared by Min fremdrift and the
 * Handlingsplan page, so both offer the same choice with the same words.
 */
import { mergeProgress } from '../../lib/checklist/store';
import {
  changesBetween,
  MAX_IMPORT_BYTES,
  readImport,
  replaceProgress,
  type ImportResult,
} from '../../lib/checklist/transfer';
import type { ProgressStore } from '../../lib/checklist/progress-store';
import { planChanges } from '../../lib/plan/plan';
import { fill, type ProgressKey } from '../../i18n/nb';
import { loadCatalog } from './catalog';
import { ask } from '../dialog';

const SHOWN_CHANGES = 30;

/** What to tell the reader after an offer: a message key and its values. */
export type Outcome = { key: ProgressKey; values?: Record<string, string | number> };

/** Shows what an import would change in `dialog` and applies it only if the reader says so. */
export async function offerImport(
  dialog: HTMLDialogElement,
  store: ProgressStore,
  result: ImportResult,
  fromKey: 'import.fromFile' | 'import.fromLink',
): Promise<Outcome> {
  if (!result.ok) return { key: `import.problem.${result.problem}` };
  const incoming = result.progress;
  const { items, strings } = await loadCatalog();
  const from = strings[fromKey];
  const text = (key: ProgressKey, values?: Record<string, string | number>) => fill(strings[key], values);
  const ids = items.map((item) => item.id);
  const current = store.progress;
  const merged = mergeProgress(current, incoming);
  const replaced = replaceProgress(current, incoming);
  const changes = changesBetween(current, merged, ids);
  const replaceChanges = changesBetween(current, replaced, ids);
  const planIfReplaced = planChanges(current.plan, replaced.plan);
  const planIfMerged = planChanges(current.plan, merged.plan);
  const altered = (counts: typeof planIfMerged) => counts.added + counts.changed + counts.removed > 0;
  const planAltered = altered(planIfReplaced) || altered(planIfMerged);
  const textOf = (id: string) => items.find((item) => item.id === id)?.text ?? id;
  dialog.querySelector('[data-import-summary]')!.textContent =
    replaceChanges.length === 0 && !planAltered
      ? text('import.same', { from })
      : text('import.preview', { from, replace: replaceChanges.length, merge: changes.length });
  const lines = replaceChanges
    .slice(0, SHOWN_CHANGES)
    .map((change) => text(`import.change.${change.kind}`, { item: textOf(change.id) }));
  if (planAltered)
    lines.unshift(text('import.planIfReplaced', planIfReplaced), text('import.planIfMerged', planIfMerged));
  dialog
    .querySelector('[data-import-changes]')!
    .replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  const answer = await ask(dialog);
  if (answer === 'merge') store.update((progress) => mergeProgress(progress, incoming));
  else if (answer === 'replace') store.update((progress) => replaceProgress(progress, incoming));
  else return { key: 'import.nothingChanged' };
  return { key: answer === 'merge' ? 'import.merged' : 'import.replaced', values: { from } };
}

/** Reads the file chosen in `input` (and clears the choice, so the same file can be chosen again). */
export async function readImportFile(input: HTMLInputElement): Promise<ImportResult | undefined> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return undefined;
  try {
    // readImport refuses oversized files by their size, before their text is read.
    return readImport(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}
