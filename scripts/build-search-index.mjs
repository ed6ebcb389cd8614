// Builds the Pagefind index of the built site (dist/) after `astro build`.
//
// One index for all three languages: Pagefind would otherwise build one index per
// <html lang> and a Bokmål page would never find Nynorsk or Swedish text. The Norwegian
// stemmer is used for all of it. Any indexing error fails the build.
import { createIndex, close } from 'pagefind';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL(process.argv[2] ?? '../dist/', import.meta.url));
const fail = (step, errors) => {
  console.error(`Søkeindeksen kunne ikke bygges (${step}):\n- ${errors.join('\n- ')}`);
  process.exit(1);
};

// Pages meant for search carry data-pagefind-body; every one of them must end up in the index.
const htmlFiles = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
const searchable = [];
for (const file of htmlFiles) {
  if ((await readFile(join(site, file), 'utf8')).includes('data-pagefind-body')) searchable.push(file);
}
if (searchable.length === 0) fail('oppstart', [`ingen sider med data-pagefind-body i ${site}`]);

const started = performance.now();
const { index, errors: createErrors } = await createIndex({ forceLanguage: 'nb' });
if (!index || createErrors.length > 0) fail('createIndex', createErrors);

const { errors: addErrors } = await index.addDirectory({ path: site });
if (addErrors.length > 0) fail('addDirectory', addErrors);

const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (writeErrors.length > 0) fail('writeFiles', writeErrors);
await close();

const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
if (pages !== searchable.length) {
  fail('writeFiles', [`${pages} sider i indeksen, men ${searchable.length} sider er merket for søk`]);
}

console.log(`Pagefind: ${pages} sider indeksert på ${Math.round(performance.now() - started)} ms`);
