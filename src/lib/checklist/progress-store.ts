/**
 * Keeps a reader's progress in browser storage and in memory. Storage may be missing,
 * blocked, full or hold data we cannot read: the checklist then works for the visit, the
 * reader is told why, nothing is thrown, and nothing already saved is overwritten blindly.
 */
import { emptyProgress, mergeProgress, readProgress, sameItems, type ReadProblem } from './store';
import type { Progress } from './schema';

import { STORAGE_KEY } from './storage-key';

export { STORAGE_KEY };
/** Where unreadable data is set aside, once, before the key is written again. */
export const SET_ASIDE_KEY = 'boligveiviser.sjekkliste.ulest';

/**
 * Why progress is not being saved, or was not read. `unreadable-full`: unreadable data could not
 * be set aside because storage is full, so nothing is written (it would destroy that data).
 */
export type StorageProblem = 'unavailable' | 'full' | 'unreadable-full' | ReadProblem;

type Listener = (progress: Progress) => void;

/**
 * Every write merges with what storage holds at that moment, item by item (the later change
 * wins), and a tab that hears another tab's write merges its own newer items back: two tabs
 * ticking different items at the same instant both keep their tick.
 */
export class ProgressStore {
  #progress: Progress = emptyProgress();
  #storage: Storage | undefined;
  /** False when saving would destroy data we do not understand or could not set aside. */
  #mayWrite = true;
  #listeners = new Set<Listener>();
  problem: StorageProblem | undefined;

  constructor(getStorage: () => Storage) {
    try {
      this.#storage = getStorage();
    } catch {
      this.#storage = undefined;
    }
    this.#progress = this.#readStored() ?? emptyProgress();
  }

  get progress(): Progress {
    return this.#progress;
  }

  /** Applies a change to the latest state, saves it, and tells every listener. Returns the save problem, if any. */
  update(change: (progress: Progress) => Progress): StorageProblem | undefined {
    const stored = this.#readStored();
    this.#progress = change(stored ? mergeProgress(this.#progress, stored) : this.#progress);
    this.#save();
    this.#notify();
    return this.problem;
  }

  /** Takes in what another tab saved, and saves back what this tab changed later. */
  reload(): void {
    const stored = this.#readStored();
    if (stored) {
      const merged = mergeProgress(stored, this.#progress);
      this.#progress = merged;
      if (!sameItems(merged, stored)) this.#save();
    }
    this.#notify();
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify() {
    for (const listener of this.#listeners) listener(this.#progress);
  }

  /** What storage holds now; undefined when it cannot be read (the problem says why). */
  #readStored(): Progress | undefined {
    let text: string | null;
    try {
      if (!this.#storage) throw new Error('no storage');
      text = this.#storage.getItem(STORAGE_KEY);
    } catch {
      this.problem = 'unavailable';
      return undefined;
    }
    const result = readProgress(text);
    if (result.ok) {
      if (this.problem !== 'full') this.problem = undefined;
      return result.progress;
    }
    this.problem = result.problem;
    if (result.problem === 'newer') this.#mayWrite = false;
    else this.#setAside(text!);
    return undefined;
  }

  /**
   * Keeps unreadable data under another key, so that writing new ticks does not erase it:
   * once (the same text is not copied again on every visit), under a key of its own if an
   * earlier text was set aside. If it cannot be kept, nothing is written.
   */
  #setAside(text: string) {
    const storage = this.#storage!;
    try {
      const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '');
      const taken = keys.filter((key) => key.startsWith(SET_ASIDE_KEY));
      if (taken.some((key) => storage.getItem(key) === text)) return;
      storage.setItem(taken.length > 0 ? `${SET_ASIDE_KEY}.${Date.now()}` : SET_ASIDE_KEY, text);
    } catch {
      this.#mayWrite = false;
      this.problem = 'unreadable-full';
    }
  }

  #save() {
    if (!this.#mayWrite) return;
    try {
      if (!this.#storage) throw new Error('no storage');
      this.#storage.setItem(STORAGE_KEY, JSON.stringify(this.#progress));
      if (this.problem === 'full' || this.problem === 'unavailable') this.problem = undefined;
    } catch (error) {
      this.problem = isQuotaError(error) ? 'full' : 'unavailable';
    }
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}
