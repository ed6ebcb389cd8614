import { describe, expect, it } from 'vitest';
import { isQuotedFrom, normalizeForQuote } from '../../src/lib/content/quotes';

const source = `## Trinn 1

- Mandatet fra styringsgruppen la sentrale føringer for innhold i planen, samt organisering av planprosessen.
- Se [prosessplanen](/eksempler/bodo/) – «hvem gjør hva».

<Passage id="stavanger-trinn-1" />
Prosjektteamet hadde jevnlig kontakt
med styringsgruppen.`;

describe('a quote is checked against its source', () => {
  it('finds a sentence word for word', () => {
    expect(isQuotedFrom('Mandatet fra styringsgruppen la sentrale føringer for innhold i planen', source)).toBe(true);
  });

  it('sets typography aside: dashes, quote marks, line breaks and link markup', () => {
    expect(isQuotedFrom('Se prosessplanen - "hvem gjør hva".', source)).toBe(true);
    expect(isQuotedFrom('Prosjektteamet hadde jevnlig kontakt med styringsgruppen.', source)).toBe(true);
  });

  it('refuses a changed word, an elision and an empty quote', () => {
    expect(isQuotedFrom('Mandatet fra styringsgruppa la sentrale føringer', source)).toBe(false);
    expect(isQuotedFrom('Mandatet fra styringsgruppen la føringer for innhold i planen', source)).toBe(false);
    expect(isQuotedFrom('   ', source)).toBe(false);
  });

  it('drops MDX components, headings and list markers from the text', () => {
    expect(normalizeForQuote(source)).not.toContain('Passage');
    expect(normalizeForQuote(source).startsWith('Trinn 1 Mandatet')).toBe(true);
  });
});
