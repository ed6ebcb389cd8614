import { describe, expect, it } from 'vitest';
import { ancestorsOf, childrenOf, neighboursOf, processOrder, stepOf, subtreeOf } from '../../src/lib/process-tree';

/** A small copy of the real tree: step 4 has sub-processes, its third has phases. */
const nodes = [
  { id: 'okonomiplan', order: 6 },
  { id: 'planstrategi', order: 1 },
  { id: 'fag-temaplan-bolig', order: 4 },
  { id: 'reguleringsplan', order: 5 },
  { id: 'samfunnsdel', order: 2 },
  { id: 'arealdel', order: 3 },
  { id: 'losningsfase', order: 3, parent: 'fag-temaplan-bolig' },
  { id: 'forfase', order: 1, parent: 'fag-temaplan-bolig' },
  { id: 'kartleggingsfase', order: 2, parent: 'fag-temaplan-bolig' },
  { id: 'bli-enige-om-tiltak', order: 3, parent: 'losningsfase' },
  { id: 'utarbeide-mal', order: 1, parent: 'losningsfase' },
  { id: 'utarbeide-strategier', order: 2, parent: 'losningsfase' },
  { id: 'gjennomforingsfase', order: 5, parent: 'fag-temaplan-bolig' },
  { id: 'bearbeidingsfase', order: 4, parent: 'fag-temaplan-bolig' },
];

describe('process order', () => {
  it('lists steps by their number', () => {
    expect(childrenOf(nodes).map((node) => node.id)).toEqual([
      'planstrategi',
      'samfunnsdel',
      'arealdel',
      'fag-temaplan-bolig',
      'reguleringsplan',
      'okonomiplan',
    ]);
  });

  it('reads depth first: a step, its sub-processes, their phases', () => {
    expect(processOrder(nodes).map((node) => node.id)).toEqual([
      'planstrategi',
      'samfunnsdel',
      'arealdel',
      'fag-temaplan-bolig',
      'forfase',
      'kartleggingsfase',
      'losningsfase',
      'utarbeide-mal',
      'utarbeide-strategier',
      'bli-enige-om-tiltak',
      'bearbeidingsfase',
      'gjennomforingsfase',
      'reguleringsplan',
      'okonomiplan',
    ]);
  });

  it('wraps around the circle: after step 6 comes step 1, before step 1 comes step 6', () => {
    expect(neighboursOf(nodes, 'okonomiplan').next.id).toBe('planstrategi');
    expect(neighboursOf(nodes, 'planstrategi').previous.id).toBe('okonomiplan');
  });

  it('leaves a sub-process for the next one after its last phase', () => {
    expect(neighboursOf(nodes, 'bli-enige-om-tiltak').next.id).toBe('bearbeidingsfase');
    expect(neighboursOf(nodes, 'bearbeidingsfase').previous.id).toBe('bli-enige-om-tiltak');
  });

  it('gives the chain of ancestors for breadcrumbs and the step a phase belongs to', () => {
    expect(ancestorsOf(nodes, 'utarbeide-mal').map((node) => node.id)).toEqual(['fag-temaplan-bolig', 'losningsfase']);
    expect(ancestorsOf(nodes, 'planstrategi')).toEqual([]);
    expect(stepOf(nodes, 'utarbeide-mal')?.id).toBe('fag-temaplan-bolig');
    expect(stepOf(nodes, 'okonomiplan')?.id).toBe('okonomiplan');
  });

  it('refuses a tree with a node that no step leads to', () => {
    const orphan = [...nodes, { id: 'lost', order: 1, parent: 'does-not-exist' }];
    expect(() => processOrder(orphan)).toThrow(/lost/);
  });

  it('refuses an unknown node', () => {
    expect(() => neighboursOf(nodes, 'nowhere')).toThrow(/nowhere/);
  });
});

describe('subtree', () => {
  it('gives a node and everything below it, in reading order', () => {
    expect(subtreeOf(nodes, 'losningsfase').map((node) => node.id)).toEqual([
      'losningsfase',
      'utarbeide-mal',
      'utarbeide-strategier',
      'bli-enige-om-tiltak',
    ]);
    expect(subtreeOf(nodes, 'nowhere')).toEqual([]);
  });
});
