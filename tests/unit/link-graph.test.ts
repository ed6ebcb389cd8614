import { describe, expect, it } from 'vitest';
import {
  backlinksTo,
  findBrokenLinks,
  findDuplicateIds,
  findRepeatedLinks,
  type LinkSource,
} from '../../src/lib/link-graph';

const existing = [
  { collection: 'process', id: 'kartleggingsfase' },
  { collection: 'process', id: 'forfase' },
  { collection: 'factors', id: 'kompetanse' },
  { collection: 'factors', id: 'brukarmedverknad' },
  { collection: 'examples', id: 'halden' },
  { collection: 'examples', id: 'bodo' },
];

const halden: LinkSource = {
  collection: 'examples',
  id: 'halden',
  filePath: 'content/examples/halden.mdx',
  links: [
    { field: 'phases[0].to', target: { collection: 'process', id: 'kartleggingsfase' }, note: 'Kartlegging' },
    { field: 'factors[0].to', target: { collection: 'factors', id: 'kompetanse' } },
    { field: 'factors[1].to', target: { collection: 'factors', id: 'brukarmedverknad' } },
  ],
};
const bodo: LinkSource = {
  collection: 'examples',
  id: 'bodo',
  filePath: 'content/examples/bodo.mdx',
  links: [{ field: 'phases[0].to', target: { collection: 'process', id: 'forfase' } }],
};

describe('link graph', () => {
  it('accepts links that all point to existing entries', () => {
    expect(findBrokenLinks([halden, bodo], existing)).toEqual([]);
  });

  it('names the file, the field and the missing entry of a broken link', () => {
    const broken: LinkSource = {
      ...bodo,
      links: [...bodo.links, { field: 'factors[0].to', target: { collection: 'factors', id: 'kompetansen' } }],
    };
    const [message, ...rest] = findBrokenLinks([broken], existing);
    expect(rest).toEqual([]);
    expect(message).toContain('content/examples/bodo.mdx');
    expect(message).toContain('"factors[0].to"');
    expect(message).toContain('"kompetansen"');
    expect(message).toContain('"factors"');
  });

  it('does not accept an id from the wrong collection', () => {
    const wrongCollection: LinkSource = {
      ...bodo,
      links: [{ field: 'phases[0].to', target: { collection: 'process', id: 'kompetanse' } }],
    };
    expect(findBrokenLinks([wrongCollection], existing)).toHaveLength(1);
  });

  it('derives reverse links: a factor knows the examples that point to it', () => {
    expect(backlinksTo([halden, bodo], { collection: 'factors', id: 'kompetanse' })).toEqual([
      { from: { collection: 'examples', id: 'halden' }, field: 'factors[0].to', note: undefined },
    ]);
    expect(backlinksTo([halden, bodo], { collection: 'process', id: 'kartleggingsfase' })[0]?.note).toBe('Kartlegging');
    expect(backlinksTo([halden, bodo], { collection: 'factors', id: 'nothing' })).toEqual([]);
  });

  it('reports the same target twice in one list, but not two checklist items sharing a role', () => {
    const twice: LinkSource = {
      ...halden,
      links: [
        ...halden.links,
        { field: 'factors[2].to', target: { collection: 'factors', id: 'kompetanse' } },
        { field: 'checklist[0].role', target: { collection: 'roles', id: 'prosjektleder' } },
        { field: 'checklist[1].role', target: { collection: 'roles', id: 'prosjektleder' } },
      ],
    };
    const messages = findRepeatedLinks([twice]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('"factors[2].to"');
    expect(messages[0]).toContain('"factors[0].to"');
  });

  it('reports a checklist id used twice, naming both places', () => {
    const messages = findDuplicateIds([
      { id: 'mal-forankret', filePath: 'content/process/a.mdx', field: 'checklist[0].id' },
      { id: 'idedugnad', filePath: 'content/process/a.mdx', field: 'checklist[1].id' },
      { id: 'mal-forankret', filePath: 'content/process/b.mdx', field: 'checklist[3].id' },
    ]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('content/process/b.mdx');
    expect(messages[0]).toContain('"checklist[3].id"');
    expect(messages[0]).toContain('content/process/a.mdx');
  });
});
