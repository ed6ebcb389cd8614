/** Item texts, phases, roles, the CSV's words and the transfer messages, as data: fetched once, when first needed. */
import { fill, type ProgressKey } from '../../i18n/nb';
import type { Catalog } from '../../lib/checklist/transfer';

let catalog: Promise<Catalog> | undefined;

export const loadCatalog = () =>
  (catalog ??= fetch('/min-fremdrift/punkter.json').then((response) => response.json() as Promise<Catalog>));

export const say = async (key: ProgressKey, values?: Record<string, string | number>) =>
  fill((await loadCatalog()).strings[key], values);
