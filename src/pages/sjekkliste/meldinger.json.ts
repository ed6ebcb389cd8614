import type { APIRoute } from 'astro';
import { nb, STORAGE_PROBLEM_STRINGS } from '../../i18n/nb';

/** The checklists' messages for failing browser storage, fetched only when storage fails. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(Object.fromEntries(STORAGE_PROBLEM_STRINGS.map((key) => [key, nb[key]]))), {
    headers: { 'Content-Type': 'application/json' },
  });
