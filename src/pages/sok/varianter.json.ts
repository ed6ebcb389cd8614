import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';

/** The spelling variants, fetched by the search script on first use. */
export const GET: APIRoute = async () => {
  const groups = (await getCollection('searchVariants')).map((group) => group.data.forms);
  return new Response(JSON.stringify(groups), { headers: { 'Content-Type': 'application/json' } });
};
