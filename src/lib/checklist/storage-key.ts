/** The browser-storage key of checklist progress (its own module so a loader stays tiny). */
export const STORAGE_KEY = 'boligveiviser.sjekkliste';
