import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeGlossaryLinks } from '../../src/lib/content/glossary-links';

const paragraph = (...children: Element['children']): Element => ({
  type: 'element',
  tagName: 'p',
  properties: {},
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

function run(root: Root) {
  rehypeGlossaryLinks({
    terms: [
      { id: 'prosessplan', forms: ['prosessplan', 'prosessplanen'] },
      { id: 'temaplan', forms: ['temaplan'] },
    ],
  })(root);
  return root;
}

const links = (node: Root | Element): Element[] =>
  node.children.flatMap((child) => (child.type === 'element' ? (child.tagName === 'a' ? [child] : links(child)) : []));

describe('glossary terms link to their definition', () => {
  it('links the first use of each term in a text, whole words only, case aside', () => {
    const root: Root = {
      type: 'root',
      children: [
        paragraph(text('Prosessplanen er et verktøy. En prosessplan og en temaplanlegger.')),
        paragraph(text('Temaplan her.')),
      ],
    };
    const found = links(run(root));
    expect(found.map((link) => [link.properties['href'], (link.children[0] as { value: string }).value])).toEqual([
      ['/ordliste/#prosessplan', 'Prosessplanen'],
      ['/ordliste/#temaplan', 'Temaplan'],
    ]);
    const first = root.children[0] as Element;
    expect(first.children.map((child) => (child.type === 'text' ? child.value : 'LINK'))).toEqual([
      'LINK',
      ' er et verktøy. En prosessplan og en temaplanlegger.',
    ]);
  });

  it('never links inside a link, a heading or a quotation', () => {
    const inLink: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: '/x/' },
      children: [text('prosessplan')],
    };
    const heading: Element = { type: 'element', tagName: 'h2', properties: {}, children: [text('Temaplan')] };
    const root: Root = { type: 'root', children: [paragraph(inLink), heading] };
    expect(links(run(root))).toEqual([inLink]);
  });
});
