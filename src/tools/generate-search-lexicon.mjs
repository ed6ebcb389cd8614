#!/usr/bin/env node
/**
 * Regenerates content/search-lexicon.json: for every word of the site's texts, the Bokmål
 * words a reader may type for it. Run it after changing texts (`npm run search:lexicon`).
 * It needs Debian's Apertium (`apt-get install apertium apertium-recursive apertium-nno-nob
 * apertium-swe-nor`); the build and CI only read the committed JSON.
 *
 * - Bokmål words get their lemmas and the parts of compounds (boligplanen → bolig, plan;
 *   leid → leie), from Apertium's Bokmål analyser.
 * - Nynorsk and Swedish words get their Bokmål translation (brukaren → brukeren,
 *   åtgärdsprogram → tiltakprogram), then its lemmas and parts, the same way.
 * The search index adds these words to the pages that hold the original words
 * (src/integrations/search-index.ts), so Pagefind's Bokmål stemming does the rest.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const content = join(root, 'content');
const APERTIUM = '/usr/share/apertium';
const NB_ANALYSER = join(APERTIUM, 'apertium-nno-nob/nob-nno.automorf.bin');

/** Words of a text, lower case, letters only. */
const wordsOf = (text) => (text.toLocaleLowerCase('nb').match(/\p{L}+/gu) ?? []).filter((word) => word.length > 1);

/** Every string inside a parsed YAML value. */
const stringsOf = (value) =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsOf)
        : [];

/** The words of every content file, by the language the file is written in. */
function siteWords() {
  const byLanguage = { nb: new Set(), nn: new Set(), sv: new Set() };
  for (const folder of ['process', 'factors', 'examples', 'guidance', 'passages', 'pages', 'additions']) {
    for (const file of readdirSync(join(content, folder)).filter((name) => name.endsWith('.mdx'))) {
      const [, front = '', body = ''] = readFileSync(join(content, folder, file), 'utf8').split(/^---$/m);
      const data = parse(front) ?? {};
      const lang = data.lang ?? 'nb';
      for (const word of wordsOf(body.replace(/<[^>]+>/g, ' '))) byLanguage[lang].add(word);
      // Checklist items are Bokmål; their basis quotes are in the language of what they quote.
      for (const item of data.checklist ?? []) for (const word of wordsOf(item.text)) byLanguage.nb.add(word);
      for (const text of stringsOf({ title: data.title, aim: data.aim, points: data.points, summary: data.summary }))
        for (const word of wordsOf(text)) byLanguage[lang].add(word);
    }
  }
  for (const file of ['roles.yaml', 'municipalities.yaml'])
    for (const text of stringsOf(parse(readFileSync(join(content, file), 'utf8'))))
      for (const word of wordsOf(text)) byLanguage.nb.add(word);
  return byLanguage;
}

/** Runs one word per paragraph through a command, so no word is joined with the next. */
function perWord(words, command, args) {
  // Apertium's wrapper script wants files, not a pipe from Node.
  const folder = mkdtempSync(join(tmpdir(), 'apertium-'));
  const [input, output_] = [join(folder, 'in.txt'), join(folder, 'out.txt')];
  writeFileSync(input, words.join('\n\n') + '\n');
  execFileSync(command, [...args, input, output_]);
  const output = readFileSync(output_, 'utf8');
  rmSync(folder, { recursive: true });
  const lines = output.split(/\n\n/).map((line) => line.trim());
  if (lines.length !== words.length)
    throw new Error(`${command} ${args.join(' ')}: ${lines.length} svar på ${words.length} ord`);
  return lines;
}

const NB_GENERATOR = join(APERTIUM, 'apertium-nno-nob/nno-nob.autogen.bin');

/** The Bokmål forms a reader may type for a lemma: a noun's four forms, a verb's four. */
const FORMS = {
  n: ['<sg><ind>', '<sg><def>', '<pl><ind>', '<pl><def>'],
  vblex: ['<inf>', '<pres>', '<pret>', '<pp>'],
};

/** Every form of the given lemmas (`bruker<n><m>`), from Apertium's Bokmål generator. */
function inflections(lemmas) {
  const requests = lemmas.flatMap((lemma) => {
    const kind = /<(n|vblex)>/.exec(lemma)?.[1];
    return kind ? FORMS[kind].map((form) => `^${lemma}${form}$`) : [];
  });
  const output = execFileSync('lt-proc', ['-g', NB_GENERATOR], {
    input: requests.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const forms = new Map();
  output
    .trim()
    .split('\n')
    .forEach((form, index) => {
      const lemma = requests[index].replace(/^\^|(<(sg|pl|ind|def|inf|pres|pret|pp)>)+\$$/g, '');
      if (/^[#@*]/.test(form) || !/^\p{L}+$/u.test(form)) return;
      forms.set(lemma, [...(forms.get(lemma) ?? []), form.toLocaleLowerCase('nb')]);
    });
  return forms;
}

/**
 * Lemmas (and, with `withForms`, their inflected forms) and compound parts of Bokmål words,
 * from lt-proc's analyses (`^w/lemma<tags>+part<tags>$`): "leid" → leie; "brukaren" (through
 * its translation "brukeren") → bruker, brukeren, brukere, brukerne.
 */
function bokmalLemmas(words, { withForms }) {
  const lines = execFileSync('lt-proc', ['-e', NB_ANALYSER], {
    input: words.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .trim()
    .split('\n');
  if (lines.length !== words.length) throw new Error(`lt-proc: ${lines.length} svar på ${words.length} ord`);
  const analysed = lines.map((line) =>
    line
      .replace(/^\^|\$$/g, '')
      .split('/')
      .slice(1)
      .filter((analysis) => !analysis.startsWith('*'))
      .flatMap((analysis) => analysis.split('+'))
      // `bruker<n><m><pl><def>` → `bruker<n><m>`: the lemma with its word class (and a noun's gender).
      .map((part) => /^[^<]+(<(n|vblex|adj|adv|pr|cnjcoo|cnjsub|prn|det|np)>(<(m|f|nt)>)?)?/.exec(part)?.[0] ?? part),
  );
  const forms = withForms ? inflections([...new Set(analysed.flat())]) : new Map();
  return analysed.map((lemmas) => [
    ...new Set(
      lemmas.flatMap((lemma) => [lemma.replace(/<.*$/, '').toLocaleLowerCase('nb'), ...(forms.get(lemma) ?? [])]),
    ),
  ]);
}

const { nb, nn, sv } = siteWords();
const lexicon = new Map();
const add = (word, terms) => {
  const useful = terms.filter((term) => term && term !== word && /^\p{L}+$/u.test(term) && term.length > 1);
  if (useful.length === 0) return;
  lexicon.set(word, [...new Set([...(lexicon.get(word) ?? []), ...useful])].sort());
};

const nbWords = [...nb].sort();
// Bokmål text needs only its lemmas (a reader's other form of the same word is matched by
// Pagefind's stemming or by the lemma); each extra form costs bytes in the first search.
bokmalLemmas(nbWords, { withForms: false }).forEach((lemmas, index) => add(nbWords[index], lemmas));
for (const [words, pair] of [
  [[...nn].sort(), 'nno-nob'],
  [[...sv].sort(), 'swe-nob'],
]) {
  const translations = perWord(words, 'apertium', ['-u', pair]).map((text) => text.toLocaleLowerCase('nb'));
  const lemmas = bokmalLemmas(
    translations.map((text) => text.replace(/\s+/g, '')),
    { withForms: true },
  );
  words.forEach((word, index) => add(word, [...wordsOf(translations[index]), ...lemmas[index]]));
}

const sorted = Object.fromEntries([...lexicon].sort(([a], [b]) => a.localeCompare(b, 'nb')));
writeFileSync(join(content, 'search-lexicon.json'), JSON.stringify(sorted, null, 1) + '\n');
console.log(
  `content/search-lexicon.json: ${lexicon.size} ord med søkeord (${nb.size} bokmål, ${nn.size} nynorsk, ${sv.size} svensk ord i tekstene)`,
);
