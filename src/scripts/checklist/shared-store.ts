/**
 * The one progress store of a page, shared by every checklist on it, kept in step with
 * other tabs through the `storage` event.
 */
import { ProgressStore, STORAGE_KEY } from '../../lib/checklist/progress-store';
import { text } from '../client-strings';

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

/** The plain-language notice for the store's current problem, or an empty string. */
export const problemNotice = (current: ProgressStore) =>
  current.problem ? text(`checklist.problem.${current.problem}`) : '';

/** Dates as readers write them: 23. november 2026. */
export const formatDate = (date: Date) => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long' }).format(date);
