/**
 * Makes an item's controls from the page's templates (ChecklistSupport.astro): the checkbox
 * with the item's text as its label, the notice that the text changed since it was ticked,
 * and the note. The server renders only what reads without JavaScript.
 */
function fromTemplate(id: string): DocumentFragment {
  const template = document.getElementById(id);
  if (!(template instanceof HTMLTemplateElement))
    throw new Error(`Template #${id} is missing from the page (ChecklistSupport.astro).`);
  return template.content.cloneNode(true) as DocumentFragment;
}

export interface ItemControls {
  box: HTMLInputElement;
  label: HTMLLabelElement;
  note: HTMLTextAreaElement;
  changedNotice: HTMLElement;
  confirmChange: HTMLButtonElement;
}

export function addItemControls(item: HTMLLIElement, id: string): ItemControls {
  const controls = fromTemplate('sjekkliste-punkt');
  const box = controls.querySelector('input')!;
  const changedNotice = controls.querySelector<HTMLElement>('[data-changed-notice]')!;
  const details = controls.querySelector('details')!;
  const note = details.querySelector('textarea')!;
  box.id = `boks-${id}`;
  note.id = `notat-${id}`;

  // The item's text becomes the checkbox's label, keeping its id, language and words.
  const text = item.querySelector<HTMLElement>('[data-item-text]')!;
  const label = document.createElement('label');
  for (const attribute of text.attributes) label.setAttribute(attribute.name, attribute.value);
  label.htmlFor = box.id;
  label.replaceChildren(...text.childNodes);
  const row = document.createElement('div');
  row.className = 'flex items-start gap-3';
  row.append(box, label);
  text.replaceWith(row);

  const indented = document.createElement('div');
  indented.className = 'ml-8';
  indented.append(...[...item.children].filter((child) => child !== row), changedNotice, details);
  details.querySelector('label')!.htmlFor = note.id;
  note.setAttribute('aria-describedby', label.id);
  item.append(indented);
  return { box, label, note, changedNotice, confirmChange: changedNotice.querySelector('button')! };
}

/** A reset dialog for one checklist, labelled by its own heading. */
export function addResetDialog(container: HTMLElement, idPrefix: string): HTMLDialogElement {
  const fragment = fromTemplate('sjekkliste-nullstill');
  const dialog = fragment.querySelector('dialog')!;
  const heading = dialog.querySelector('h2')!;
  heading.id = `${idPrefix}-nullstill`;
  dialog.setAttribute('aria-labelledby', heading.id);
  container.append(dialog);
  return dialog;
}
