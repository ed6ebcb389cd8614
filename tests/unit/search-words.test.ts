import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compoundParts, indexTerms } from '../../src/lib/search/index-terms';
import { searchWords, STOP_WORDS, usableStopWords } from '../../src/lib/search/stopwords';
import { closestWord, editDistance } from '../../src/lib/search/suggest';

const content = resolve(import.meta.dirname, '../../content');

describe('stop words', () => {
  it('keeps every word that is in a title, so a title can always be searched for', () => {
    const usable = usableStopWords(['Hvordan lage en god prosessplan?', 'Hvem gjør hva']);
    for (const word of ['hvordan', 'lage', 'en', 'hvem', 'gjør', 'hva']) expect(usable).not.toContain(word);
    expect(usable).toContain('skal');
  });

  it('holds no word that is in a title of the content', () => {
    const titles = ['process', 'factors', 'examples', 'guidance', 'pages'].flatMap((folder) =>
      readdirSync(join(content, folder)).map((file) =>
        String(
          (parse(readFileSync(join(content, folder, file), 'utf8').split(/^---$/m)[1]!) as { title: string }).title,
        ),
      ),
    );
    const dropped = new Set(usableStopWords(titles));
    expect(titles.flatMap(searchWords).filter((word) => dropped.has(word))).toEqual([]);
  });

  it('holds no content word that published lists are known to hold', () => {
    for (const word of ['arbeid', 'tid', 'bolig', 'plan', 'mål', 'alle', 'sitta'])
      expect(STOP_WORDS).not.toContain(word);
  });
});

describe('index words', () => {
  const lexicon = { brukaren: ['bruker', 'brukeren', 'brukerne'], leid: ['leie'] };

  it('adds the lexicon words of a text and the parts of its compounds, not the words it has', () => {
    const vocabulary = new Set(['plan', 'handlingsplan', 'brukaren']);
    expect(indexTerms('Brukaren i handlingsplan. Planen er leid.', lexicon, vocabulary)).toEqual([
      'bruker',
      'brukeren',
      'brukerne',
      'leie',
      'plan',
    ]);
  });

  it('splits a compound only into parts the site uses on their own', () => {
    expect(compoundParts('handlingsplan', new Set(['plan']))).toEqual(['plan']);
    expect(compoundParts('handlingsplan', new Set(['lan', 'ngsplan']))).toEqual(['ngsplan']);
    expect(compoundParts('plan', new Set(['plan']))).toEqual([]);
  });
});

describe('"Mente du …?"', () => {
  it('counts a swapped pair of letters as one typo', () => {
    expect(editDistance('kartelgging', 'kartlegging')).toBe(1);
    expect(editDistance('styringsgrupen', 'styringsgruppen')).toBe(1);
  });

  it('suggests the most frequent close word, and nothing for short or far words', () => {
    const vocabulary = ['kvalitetssikret', 'kvalitetssikrer', 'styringsgruppen'];
    expect(closestWord('kvalitetsikre', vocabulary)).toBe('kvalitetssikret');
    expect(closestWord('kvalitetsikre', ['kvalitetssikrer', 'kvalitetssikret'])).toBe('kvalitetssikrer');
    expect(closestWord('styringsgrupen', vocabulary)).toBe('styringsgruppen');
    expect(closestWord('bolg', vocabulary)).toBeUndefined();
    expect(closestWord('fotball', vocabulary)).toBeUndefined();
    expect(closestWord('styringsgruppen', vocabulary)).toBeUndefined();
  });
});
