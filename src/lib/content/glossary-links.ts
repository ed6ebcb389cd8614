/**
 * A rehype plugin that links the first use of each glossary term in a text to its definition
 * on the glossary page (`/ordliste/#<id>`). Terms are matched as whole words, case aside,
 * never inside links, headings or quotations. Plain TypeScript, so it is unit tested.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

export interface GlossaryTerm {
  id: string;
  /** Spellings in running text that link to the term. */
  forms: string[];
}

/** Elements whose text is never linked: links cannot nest, and headings and quotes stay as written. */
const SKIPPED = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'q', 'blockquote', 'script', 'style']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function glossaryHref(id: string) {
  return `/ordliste/#${id}`;
}

export function rehypeGlossaryLinks({ terms }: { terms: GlossaryTerm[] }) {
  const forms = terms
    .flatMap((term) => term.forms.map((form) => ({ form: form.toLocaleLowerCase('nb'), id: term.id })))
    .sort((a, b) => b.form.length - a.form.length);
  const termOf = new Map(forms.map(({ form, id }) => [form, id]));
  const pattern =
    forms.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(({ form }) => escape(form)).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : undefined;

  return (tree: Root) => {
    if (!pattern) return;
    const linked = new Set<string>();

    /** The text split around the first match of each term not linked yet in this document. */
    const linkText = (node: Text): ElementContent[] => {
      const parts: ElementContent[] = [];
      let rest = node.value;
      let offset = 0;
      for (const match of node.value.matchAll(pattern)) {
        const id = termOf.get(match[0].toLocaleLowerCase('nb'));
        if (!id || linked.has(id)) continue;
        linked.add(id);
        const start = match.index - offset;
        if (start > 0) parts.push({ type: 'text', value: rest.slice(0, start) });
        parts.push({
          type: 'element',
          tagName: 'a',
          properties: { href: glossaryHref(id), dataGlossaryTerm: id },
          children: [{ type: 'text', value: match[0] }],
        });
        rest = rest.slice(start + match[0].length);
        offset = match.index + match[0].length;
      }
      if (parts.length === 0) return [node];
      if (rest) parts.push({ type: 'text', value: rest });
      return parts;
    };

    const visit = (parent: Root | Element) => {
      const children: (RootContent | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === 'text') children.push(...linkText(child));
        else {
          if (child.type === 'element' && !SKIPPED.has(child.tagName)) visit(child);
          children.push(child);
        }
      }
      parent.children = children;
    };
    visit(tree);
  };
}
