/**
 * Fills the progress badges of the process navigation ("(2 av 6)") from the reader's
 * progress. On pages without a checklist it is loaded only when there is saved progress.
 */
import { progressOf, readProgress } from '../../lib/checklist/store';
import type { Progress } from '../../lib/checklist/schema';
import { fill } from '../../i18n/nb';

/** Fills each badge from the template its navigation carries ("({done} av {total})"). */
export function renderBadges(progress: Progress) {
  for (const badge of document.querySelectorAll<HTMLElement>('[data-progress-for][data-items]')) {
    const { done, total } = progressOf(progress, badge.dataset.items!.split(' '));
    badge.textContent = fill(badge.closest<HTMLElement>('[data-badge-template]')?.dataset.badgeTemplate ?? '', {
      done,
      total,
    });
  }
}

export function showProgressBadges(saved: string | null) {
  const result = readProgress(saved);
  if (result.ok) renderBadges(result.progress);
}
