/**
 * A short fingerprint of a checklist item's text. A tick stores the fingerprint of the text
 * it was made against, so when an editor rewords the item the reader can be told that it
 * changed since they ticked it. FNV-1a (32 bit): tiny, stable, and enough to tell texts apart.
 */
export function textVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.normalize('NFC').replace(/\s+/g, ' ').trim()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
