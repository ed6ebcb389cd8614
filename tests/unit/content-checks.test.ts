import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { impossibleDatesIn, isCalendarDate } from '../../src/lib/content/calendar-date';
import { findDeadLinks } from '../../src/lib/content/dead-links';
import { parentCycles } from '../../src/lib/process-tree';

describe('dates an editor writes', () => {
  it('accepts days on the calendar, leap days included', () => {
    for (const day of ['2026-11-24', '2024-02-29', '2026-12-31']) expect(isCalendarDate(day), day).toBe(true);
  });
  it('refuses days that do not exist and other forms', () => {
    for (const day of ['2026-13-45', '2025-02-29', '2026-04-31', '2026', '24.11.2026', ''])
      expect(isCalendarDate(day), day).toBe(false);
  });
  it('finds the line of an impossible date in front matter, quoted or not', () => {
    expect(impossibleDatesIn('title: X\nreviewed: 2026-13-45\nother: "2026-02-30"')).toEqual([
      { line: 2, field: 'reviewed', value: '2026-13-45' },
      { line: 3, field: 'other', value: '2026-02-30' },
    ]);
  });
});

describe('parent cycles', () => {
  it('names every node on a cycle with its chain, and nothing else', () => {
    const nodes = [
      { id: 'a', order: 1, parent: 'b' },
      { id: 'b', order: 1, parent: 'a' },
      { id: 'c', order: 1, parent: 'a' },
      { id: 'd', order: 1 },
    ];
    expect(parentCycles(nodes).map(({ node, chain }) => [node.id, chain.join(' → ')])).toEqual([
      ['a', 'a → b → a'],
      ['b', 'b → a → b'],
    ]);
  });
});

describe('dead links', () => {
  const page = (path: string, html: string) => ({ path, tree: fromHtml(html) });
  const pages = [
    page(
      '/a/',
      '<h2 id="del">Del</h2><a href="/b/#finnes">ok</a><a href="#del">ok</a><a href="/c/">død</a><a href="https://lovdata.no/x">ute</a>',
    ),
    page(
      '/b/',
      '<p id="finnes"></p><a href="/a/#mangler">død</a><a href="/bilde.svg">fil</a><a href="/sok/?q=bolig">søk</a>',
    ),
    page('/sok/', ''),
  ];
  it('finds links to missing pages and missing anchors, and only those', () => {
    expect(findDeadLinks(pages, (path) => path === '/bilde.svg')).toEqual([
      { page: '/a/', href: '/c/', reason: 'page' },
      { page: '/b/', href: '/a/#mangler', reason: 'anchor' },
    ]);
  });
});
