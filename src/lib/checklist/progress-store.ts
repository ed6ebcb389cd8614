/**
 * Keeps a reader's progress in browser storage and in memory. Storage may be missing,
 * blocked, full or hold data we cannot read: the checklist then works for the visit, the
 * reader is told why, nothing is thrown, and nothing already saved is overwritten blindly.
 */
import { emptyProgress, readProgress, type ReadProblem } from './store';
import type { Progress } from './schema';

import { STORAGE_KEY } from './storage-key';

export { STORAGE_KEY };
/** Where unreadable data is set aside, once, before the key is written again. */
export const SET_ASIDE_KEY = 'boligveiviser.sjekkliste.ulest';

/** Why progress is not being saved, or was not read. */
export type StorageProblem = 'unavailable' | 'full' | ReadProblem;

type Listener = (progress: Progress) => void;

export class ProgressStore {
  #progress: Progress;
  #storage: Storage | undefined;
  /** False when saving would destroy data we do not understand (a newer version). */
  #mayWrite = true;
  #listeners = new Set<Listener>();
  problem: StorageProblem | undefined;

  constructor(getStorage: () => Storage) {
    try {
      this.#storage = getStorage();
    } catch {
      this.#storage = undefined;
    }
    this.#progress = this.#read();
  }

  get progress(): Progress {
    return this.#progress;
  }

  /** Applies a change, saves it, and tells every listener. Returns the save problem, if any. */
  update(change: (progress: Progress) => Progress): StorageProblem | undefined {
    this.#progress = change(this.#progress);
    this.#save();
    this.#notify();
    return this.problem;
  }

  /** Re-reads storage, as when another tab has saved. */
  reload(): void {
    this.#progress = this.#read();
    this.#notify();
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify() {
    for (const listener of this.#listeners) listener(this.#progress);
  }

  #read(): Progress {
    let text: string | null;
    try {
      if (!this.#storage) throw new Error('no storage');
      text = this.#storage.getItem(STORAGE_KEY);
    } catch {
      this.problem = 'unavailable';
      return this.#progress ?? emptyProgress();
    }
    const result = readProgress(text);
    if (result.ok) {
      if (this.problem !== 'full') this.problem = undefined;
      return result.progress;
    }
    this.problem = result.problem;
    if (result.problem === 'newer') {
      this.#mayWrite = false;
    } else {
      this.#setAside(text!);
    }
    return emptyProgress();
  }

  /**
   * Keeps unreadable data under another key, so that writing new ticks does not erase it.
   * If data was set aside before, this goes under a key of its own.
   */
  #setAside(text: string) {
    try {
      const taken = this.#storage!.getItem(SET_ASIDE_KEY) !== null;
      this.#storage!.setItem(taken ? `${SET_ASIDE_KEY}.${Date.now()}` : SET_ASIDE_KEY, text);
    } catch {
      this.#mayWrite = false;
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
