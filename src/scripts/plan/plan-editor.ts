/**
 * Makes the editing form of the plan from the page's templates (PlanFieldsTemplate.astro):
 * one list item per innsatsområde, goal and measure, each control with an id of its record,
 * its label, its help and, where what is typed cannot be read, its error.
 */
import type { AreaInPlan, GoalInPlan, MeasureInPlan } from '../../lib/plan/plan';
import type { PlanRecord } from '../../lib/plan/schema';
import { parseCost, parseDeadline, parseYears } from '../../lib/plan/views';
import { text } from '../client-strings';

export type Kind = PlanRecord['kind'];
export const KIND_NAME = { area: 'plan.area', goal: 'plan.goal', measure: 'plan.measure' } as const;

/** Fields whose text is read as a deadline, an amount or years: true when it cannot be. */
const UNREADABLE: Record<string, (value: string) => boolean> = {
  deadline: (value) => parseDeadline(value) === 'invalid',
  cost: (value) => parseCost(value) === 'invalid',
  budgetYears: (value) => parseYears(value) === 'invalid',
};

export const fieldId = (recordId: string, field: string) => `plan-${recordId}-${field}`;

/** Marks a field whose text cannot be read, and points it to its help and error texts. */
export function showValidity(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) {
  const field = input.dataset.field!;
  const error = input.parentElement!.querySelector<HTMLElement>(`[data-error="${field}"]`);
  const help = input.parentElement!.querySelector<HTMLElement>(`[data-help="${field}"]`);
  const invalid = UNREADABLE[field]?.(input.value) ?? false;
  if (error) error.hidden = !invalid;
  if (invalid) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  const described = [help?.id, invalid ? error?.id : undefined].filter(Boolean).join(' ');
  if (described) input.setAttribute('aria-describedby', described);
}

/** "Tiltak 1.2.3". */
export const numbered = (kind: Kind, number: string) => text('plan.numbered', { kind: text(KIND_NAME[kind]), number });

function recordItem(
  kind: Kind,
  id: string,
  record: PlanRecord,
  number: string,
  place: { first: boolean; last: boolean },
) {
  const template = document.getElementById(`plan-${kind}`) as HTMLTemplateElement;
  const item = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLLIElement;
  item.dataset.id = id;
  item.dataset.kind = kind;
  item.dataset.number = number;
  const name = numbered(kind, number);
  const heading = item.querySelector<HTMLElement>('[data-heading]')!;
  heading.textContent = name;
  heading.id = fieldId(id, 'heading');
  item.setAttribute('aria-labelledby', heading.id);

  for (const input of item.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    '[data-field]',
  )) {
    const field = input.dataset.field!;
    input.id = fieldId(id, field);
    input.value = (record as unknown as Record<string, string | undefined>)[field] ?? '';
    item.querySelector<HTMLLabelElement>(`label[data-for="${field}"]`)!.htmlFor = input.id;
    const help = item.querySelector<HTMLElement>(`[data-help="${field}"]`);
    const error = item.querySelector<HTMLElement>(`[data-error="${field}"]`);
    if (help) help.id = `${input.id}-help`;
    if (error) error.id = `${input.id}-error`;
    showValidity(input);
  }
  if (record.kind === 'goal')
    for (const box of item.querySelectorAll<HTMLInputElement>('[data-smarte]')) {
      box.id = fieldId(id, `smarte-${box.dataset.smarte}`);
      box.checked = record.smarte.includes(box.dataset.smarte as (typeof record.smarte)[number]);
    }

  const actions = (document.getElementById('plan-actions') as HTMLTemplateElement).content.cloneNode(
    true,
  ) as DocumentFragment;
  for (const button of actions.querySelectorAll<HTMLButtonElement>('button')) {
    // The visible word first, then what it acts on: "Slett tiltak 1.2.3".
    button.setAttribute(
      'aria-label',
      text('plan.actionLabel', { action: button.textContent.trim(), record: name.toLocaleLowerCase('nb') }),
    );
    const step = button.dataset.move;
    if ((step === '-1' && place.first) || (step === '1' && place.last)) button.setAttribute('aria-disabled', 'true');
  }
  heading.after(actions);
  const add = item.querySelector<HTMLButtonElement>(':scope > [data-add]');
  if (add)
    add.setAttribute(
      'aria-label',
      text('plan.addLabel', { action: add.textContent.trim(), record: name.toLocaleLowerCase('nb') }),
    );
  return item;
}

const place = (index: number, length: number) => ({ first: index === 0, last: index === length - 1 });

/** The list items of the whole plan, nested as the plan is. */
export function editorItems(tree: AreaInPlan[]): HTMLLIElement[] {
  const measureItem = (entry: MeasureInPlan, index: number, all: MeasureInPlan[]) =>
    recordItem('measure', entry.id, entry.measure, entry.number, place(index, all.length));
  const goalItem = (entry: GoalInPlan, index: number, all: GoalInPlan[]) => {
    const item = recordItem('goal', entry.id, entry.goal, entry.number, place(index, all.length));
    item.querySelector('[data-children]')!.append(...entry.measures.map(measureItem));
    return item;
  };
  return tree.map((entry, index) => {
    const item = recordItem('area', entry.id, entry.area, entry.number, place(index, tree.length));
    item.querySelector('[data-children]')!.append(...entry.goals.map(goalItem));
    return item;
  });
}
