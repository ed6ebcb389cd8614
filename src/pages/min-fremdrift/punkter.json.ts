import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { nb, PROGRESS_STRINGS } from '../../i18n/nb';
import { csvWords } from '../../i18n/csv-words';
import type { Catalog } from '../../lib/checklist/transfer';
import { LEVEL_NAMES } from '../../lib/vocabulary';

/**
 * Every checklist item with its phase and role, and the CSV's words: what the export and the
 * import preview need, as data. Fetched when used, so Min fremdrift stays within one round trip.
 */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const catalog: Catalog = {
    items: site.process.flatMap((node) =>
      node.data.checklist.map((item) => ({
        id: item.id,
        phase: `${LEVEL_NAMES[node.data.level]} ${node.data.order}: ${node.data.title}`,
        text: item.text,
        role: item.role ? site.roles.find((role) => role.id === item.role!.id)?.data.name : undefined,
      })),
    ),
    csvWords: csvWords(),
    strings: Object.fromEntries(PROGRESS_STRINGS.map((key) => [key, nb[key]])) as Catalog['strings'],
  };
  return new Response(JSON.stringify(catalog), { headers: { 'Content-Type': 'application/json' } });
};
