/**
 * Checks that a quotation really is in its source text. Readers see the quote as the basis
 * of a checklist item or a glossary definition, so it must be one continuous stretch of the
 * source, word for word. Typography is set aside (quote marks, dashes, spaces, Markdown),
 * wording is not. Plain TypeScript, so it is unit tested without Astro.
 */

/** Markdown and MDX markup that is not part of the words a reader sees. */
const MARKUP: readonly [RegExp, string][] = [
  [/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' '], // MDX components such as <Passage id="…" />
  [/!?\[([^\]]*)\]\([^)]*\)/g, '$1'], // [text](address) keeps its text
  [/^\s{0,3}(?:#{1,6}|[-*+]|\d+\.|>)\s+/gm, ''], // headings, list markers, block quotes
  [/(\*\*|__|\*|`)/g, ''], // emphasis and code marks
];

/** The same text with typography and markup set aside, for comparing words only. */
export function normalizeForQuote(text: string): string {
  let plain = text;
  for (const [pattern, replacement] of MARKUP) plain = plain.replace(pattern, replacement);
  return plain
    .normalize('NFC')
    .replace(/[«»“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `quote` occurs word for word (typography aside) in `source`. */
export function isQuotedFrom(quote: string, source: string): boolean {
  const wanted = normalizeForQuote(quote);
  return wanted.length > 0 && normalizeForQuote(source).includes(wanted);
}
