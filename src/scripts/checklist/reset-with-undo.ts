/**
 * Reset with a confirmation and an undo: asks in `dialog`; if confirmed, removes the ticks
 * and notes of `ids` and puts an "Angre" button in `undoArea` that restores them, except
 * items another tab changed after the reset (the reader is told how many).
 */
import { resetItems } from '../../lib/checklist/store';
import { text } from '../client-strings';
import { sharedStore } from './shared-store';
import { ask } from '../dialog';

export function resetWithUndo(
  dialog: HTMLDialogElement,
  undoArea: HTMLElement,
  ids: readonly string[],
  afterUndo?: () => void,
) {
  const store = sharedStore();
  void ask(dialog).then((answer) => {
    if (answer !== 'confirm') return;
    let reset: ReturnType<typeof resetItems> | undefined;
    store.update((progress) => (reset = resetItems(progress, ids)).progress);
    const { undo, removedCount } = reset!;
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: text('checklist.undo'),
    });
    button.className = 'font-semibold underline';
    button.addEventListener('click', () => {
      let kept = 0;
      store.update((progress) => {
        const undone = undo(progress);
        kept = undone.kept;
        return undone.progress;
      });
      undoArea.textContent = kept === 0 ? text('checklist.undone') : text('checklist.undonePartly', { count: kept });
      afterUndo?.();
    });
    undoArea.replaceChildren(`${text('checklist.resetDone', { count: removedCount })} `, button);
    button.focus();
  });
}
