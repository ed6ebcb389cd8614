/**
 * Every interface string lives in src/i18n/nb.ts: the browser scripts and the components hold
 * no Norwegian text of their own. Finds text between tags, text attributes and string literals
 * that read as Norwegian (a Norwegian letter or a common Norwegian word).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const NORWEGIAN =
  /[æøåÆØÅ]|\b(og|er|av|på|som|med|til|ikke|ingen|eller|fra|har|kan|skal|du|vi|den|det|denne|dette|alle|viser|punkt|punkter|treff|søk|side|sider|fase|ferdig|lagret|nettleseren|fremdrift|velg|last|skriv|slik|hvem|hva)\b/i;

function filesIn(folder: string, ending: RegExp): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => ending.test(file))
    .map((file) => join(folder, file));
}

/** Text a reader would see, from an .astro template: between tags and in text attributes. */
function templateTexts(source: string): string[] {
  const template = source.replace(/^---[\s\S]*?\n---/, '');
  const withoutCode = template
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '')
    .replace(/\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}/g, ' ');
  const between = [...withoutCode.matchAll(/>([^<>]+)</g)].map((match) => match[1]!.trim());
  const attributes = [...withoutCode.matchAll(/\s(?:aria-label|placeholder|title|alt)="([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  return [...between, ...attributes].filter((text) => /\p{L}/u.test(text));
}

/** String literals in TypeScript, without comments. */
function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
}

describe('no interface text outside src/i18n/nb.ts', () => {
  const found = (files: string[], extract: (source: string) => string[]) =>
    files.flatMap((file) =>
      extract(readFileSync(join(root, file), 'utf8'))
        .filter((text) => NORWEGIAN.test(text))
        .map((text) => `${relative(root, join(root, file))}: «${text.slice(0, 60)}»`),
    );

  it('in the browser scripts', () => {
    // Words of text, not one-word keys, selectors or file names ('fase', '[data-last-changed]').
    const sentences = (source: string) => literals(source).filter((text) => /\p{L}+ \p{L}+/u.test(text));
    expect(found(filesIn('src/scripts', /\.ts$/), sentences)).toEqual([]);
  });

  it('in the components', () => {
    expect(found(filesIn('src/components', /\.astro$/), templateTexts)).toEqual([]);
  });

  it('finds Norwegian text where it is (the check can fail)', () => {
    expect(
      found(['tests/unit/interface-strings.test.ts'], () => ['Viser 3 av 6 punkter', 'flex items-start gap-3']),
    ).toHaveLength(1);
    expect(templateTexts('---\n---\n<p class="x">Skriv ut</p><b>{t(\'a\')}</b><input placeholder="Søk" />')).toEqual([
      'Skriv ut',
      'Søk',
    ]);
  });
});
