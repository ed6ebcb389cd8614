// Builds the Pagefind index of the built site (dist/) after `astro build`.
//
// One index for all three languages: Pagefind would otherwise build one index per
// <html lang> and a Bokmål page would never find Nynorsk or Swedish text. The Norwegian
// stemmer is used for all of it. Any indexing error fails the build.
import { createIndex, close } from 'pagefind';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL(process.argv[2] ?? '../dist/', import.meta.url));
const fail = (step, errors) => {
  console.error(`Søkeindeksen kunne ikke bygges (${step}):\n- ${errors.join('\n- ')}`);
  process.exit(1);
};

const started = performance.now();
const { index, errors: createErrors } = await createIndex({ forceLanguage: 'nb' });
if (!index || createErrors.length > 0) fail('createIndex', createErrors);

const { page_count: pages, errors: addErrors } = await index.addDirectory({ path: site });
if (addErrors.length > 0) fail('addDirectory', addErrors);
if (pages === 0) fail('addDirectory', [`ingen sider med data-pagefind-body i ${site}`]);

const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (writeErrors.length > 0) fail('writeFiles', writeErrors);
await close();

console.log(`Pagefind: ${pages} sider indeksert på ${Math.round(performance.now() - started)} ms`);
