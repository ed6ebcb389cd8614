/**
 * The municipality's name on a printout, kept with the progress, and today's date beside it
 * (MunicipalityAndDate.astro). A name typed and the page left at once is saved all the same.
 */
import type { ProgressStore } from '../../lib/checklist/progress-store';
import { formatDate } from './shared-store';

export function keepMunicipality(root: HTMLElement, store: ProgressStore) {
  root.querySelector('[data-today]')!.textContent = formatDate(new Date());
  const name = root.querySelector<HTMLInputElement>('[data-municipality]')!;
  name.value = store.progress.municipality ?? '';
  const save = () => {
    const municipality = name.value.trim() || undefined;
    if (municipality !== store.progress.municipality) store.update((current) => ({ ...current, municipality }));
  };
  name.addEventListener('change', save);
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });
}
