import type { APIRoute } from 'astro';
import { searchStrings } from '../../i18n/nb';

/** The search scripts' interface strings, fetched with the engine on first use (not carried by every page). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchStrings()), { headers: { 'Content-Type': 'application/json' } });
