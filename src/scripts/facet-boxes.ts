/** The facet values ticked in a set of filter checkboxes (name = facet key, value = value). */
import type { FacetKey, FacetValues } from '../lib/search/facets';

export function chosenIn(boxes: Iterable<HTMLInputElement>): FacetValues {
  const chosen: Partial<Record<FacetKey, string[]>> = {};
  for (const box of boxes) if (box.checked) (chosen[box.name as FacetKey] ??= []).push(box.value);
  return chosen;
}

/**
 * URLs carry a facet value's id (`data-id` of its checkbox), Pagefind filters by its label
 * (the checkbox's value). These translate between the two; a label in an older link is
 * still understood, and a value no checkbox knows is left out.
 */
function translate(
  filters: FacetValues,
  boxes: readonly HTMLInputElement[],
  from: (box: HTMLInputElement) => string[],
  to: (box: HTMLInputElement) => string,
): FacetValues {
  const result: Partial<Record<FacetKey, string[]>> = {};
  for (const [key, values] of Object.entries(filters) as [FacetKey, readonly string[]][]) {
    const ofKey = boxes.filter((box) => box.name === key);
    const translated = values.flatMap((value) => {
      const box = ofKey.find((candidate) => from(candidate).includes(value));
      return box ? [to(box)] : [];
    });
    if (translated.length > 0) result[key] = translated;
  }
  return result;
}

export const labelsFromIds = (filters: FacetValues, boxes: readonly HTMLInputElement[]) =>
  translate(
    filters,
    boxes,
    (box) => [box.dataset.id ?? '', box.value],
    (box) => box.value,
  );

export const idsFromLabels = (filters: FacetValues, boxes: readonly HTMLInputElement[]) =>
  translate(
    filters,
    boxes,
    (box) => [box.value],
    (box) => box.dataset.id ?? box.value,
  );
