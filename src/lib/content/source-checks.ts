/**
 * Build-time checks that keep the published text faithful to the sources: every quotation
 * (a checklist item's basis, a glossary definition) is found word for word in the entry it
 * names, and every passage is placed in the entry it says it belongs to. Each problem is one
 * message naming the file and the field. Plain data in, so it is unit tested without Astro.
 */
import { isQuotedFrom } from './quotes';

/** A quotation as declared in the content, with where it was declared. */
export interface DeclaredQuote {
  quote: string;
  /** `<collection>/<id>` of the entry that should hold the quote. */
  from: string;
  filePath: string;
  /** The field of the quote, e.g. `checklist[2].basis.quote`. */
  field: string;
}

/** One message per quotation that is not in the text of the entry it names. */
export function findMissingQuotes(quotes: readonly DeclaredQuote[], textOf: (key: string) => string | undefined) {
  return quotes.flatMap((declared) => {
    const text = textOf(declared.from);
    // An entry that does not exist is reported by the link check; here only the words count.
    if (text === undefined || isQuotedFrom(declared.quote, text)) return [];
    return [
      `${declared.filePath}: feltet "${declared.field}" står ikke ordrett i "${declared.from}": ` +
        `«${declared.quote}». Et grunnlag må være ett sammenhengende utdrag av kildeteksten.`,
    ];
  });
}

/** `<Passage id="…" />` as an MDX body writes it. */
const PLACEMENT = /<Passage\s+id="([^"]+)"/g;

/** The ids of the passages an MDX body places. */
export const placedPassages = (body: string): string[] => [...body.matchAll(PLACEMENT)].map((match) => match[1]!);

export interface PassageDeclaration {
  id: string;
  /** `<collection>/<id>` of the entry the passage is part of. */
  in: string;
  filePath: string;
}

export interface EntryBody {
  key: string;
  filePath: string;
  body: string;
}

/**
 * One message per passage its own entry does not place, and per placement of a passage
 * that does not exist. A passage may also be placed in a second entry (Forshaga's sentence
 * stands in the example and in Boverket's text), but it is written once.
 */
export function findMisplacedPassages(passages: readonly PassageDeclaration[], bodies: readonly EntryBody[]) {
  const known = new Set(passages.map((passage) => passage.id));
  const placedIn = new Map(bodies.map((entry) => [entry.key, new Set(placedPassages(entry.body))]));
  const unknownPlacements = bodies.flatMap((entry) =>
    placedPassages(entry.body)
      .filter((id) => !known.has(id))
      .map((id) => `${entry.filePath}: <Passage id="${id}" /> viser til et utdrag som ikke finnes i content/passages/.`),
  );
  const unplaced = passages
    .filter((passage) => placedIn.has(passage.in) && !placedIn.get(passage.in)!.has(passage.id))
    .map(
      (passage) =>
        `${passage.filePath}: feltet "in" sier at utdraget hører til "${passage.in}", ` +
        `men teksten der har ikke <Passage id="${passage.id}" />.`,
    );
  return [...unknownPlacements, ...unplaced];
}
