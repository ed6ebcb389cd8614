/**
 * The one progress store of a page, shared by every checklist on it, kept in step with
 * other tabs through the `storage` event.
 */
import { ProgressStore, STORAGE_KEY } from '../../lib/checklist/progress-store';
import type { StorageProblemKey } from '../../i18n/nb';

let store: ProgressStore | undefined;

export function sharedStore(): ProgressStore {
  if (!store) {
    const created = new ProgressStore(() => window.localStorage);
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY || event.key === null) created.reload();
    });
    store = created;
  }
  return store;
}

let problemMessages: Promise<Record<StorageProblemKey, string>> | undefined;

/**
 * The plain-language notice for the store's current problem, or an empty string. The
 * messages are fetched the first time there is one to show.
 */
export async function problemNotice(current: ProgressStore): Promise<string> {
  const { problem } = current;
  if (!problem) return '';
  problemMessages ??= fetch('/sjekkliste/meldinger.json').then(
    (response) => response.json() as Promise<Record<StorageProblemKey, string>>,
  );
  return (await problemMessages)[`checklist.problem.${problem}`];
}

/** Dates as readers write them: 23. november 2026. */
export const formatDate = (date: Date) => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long' }).format(date);
