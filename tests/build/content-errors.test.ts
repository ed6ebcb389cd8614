/**
 * A content error must stop the build with the file and the field named. Each case edits
 * one file in a temporary copy of the project (never the real content) and runs a real
 * `astro build` there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectCopy } from './project-copy';

let copy: ProjectCopy | undefined;

/** Builds a copy of the project with one file changed; returns the exit code and output. */
function buildWith(file: string, edit: (text: string) => string) {
  copy = new ProjectCopy();
  copy.edit(file, edit);
  return copy.build();
}

afterEach(() => {
  copy?.remove();
  copy = undefined;
});

describe('a content error fails the build', () => {
  it('names the file and the field of a link to an entry that does not exist', () => {
    const { status, output } = buildWith('content/examples/halden.mdx', (text) =>
      text.replace('- to: brukarmedverknad', '- to: brukermedvirkning'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/examples/halden.mdx');
    expect(output).toContain('"factors[1].to"');
    expect(output).toContain('"brukermedvirkning"');
  });

  it('names both places when two checklist items share an id', () => {
    const { status, output } = buildWith('content/process/fag-temaplan-bolig.mdx', (text) =>
      text.replace('id: tiltak-i-budsjett-og-okonomiplan', 'id: idedugnad-holdt'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/process/fag-temaplan-bolig.mdx');
    expect(output).toContain('content/process/utarbeide-mal.mdx');
    expect(output).toMatch(/"checklist\[\d\]\.id"/);
  });

  it('names the file and the field of bad front matter', () => {
    const { status, output } = buildWith('content/factors/kompetanse.mdx', (text) =>
      text.replace('lang: nn', 'lang: nynorsk'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('kompetanse.mdx');
    expect(output).toContain('lang');
  });

  it('names the file and the field of a checklist basis that is not word for word in its source', () => {
    const { status, output } = buildWith('content/process/forfase.mdx', (text) =>
      text.replace(
        'Mandatet fra styringsgruppen la sentrale føringer',
        'Mandatet fra styringsgruppa la sentrale føringer',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/process/forfase.mdx');
    expect(output).toMatch(/"checklist\[\d+\]\.basis\.quote" står ikke ordrett i "examples\/stavanger"/);
  });

  it('names the passage whose entry does not place it', () => {
    const { status, output } = buildWith('content/examples/bodo.mdx', (text) =>
      text.replace('<Passage id="bodo-prosessplan" />', ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/passages/bodo-prosessplan.mdx');
    expect(output).toContain('"in"');
  });

  it('names the file and the line of malformed YAML in a data file', () => {
    const { status, output } = buildWith('content/roles.yaml', (text) =>
      text.replace('  name: Prosjektgruppe', '  name: [Prosjektgruppe'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/roles\.yaml, linje \d+: ugyldig YAML/);
  });

  it('blames a duplicate municipality id on municipalities.yaml, with both lines', () => {
    const { status, output } = buildWith('content/municipalities.yaml', (text) =>
      text.replace('- id: tromso', '- id: stavanger'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/municipalities\.yaml, linje \d+: feltet "id": "stavanger" finnes allerede \(linje 1\)/,
    );
  });

  it('refuses a date that is not on the calendar, naming the file, the line and the field', () => {
    const { status, output } = buildWith('content/process/forfase.mdx', (text) =>
      text.replace(/^reviewed: .*$/m, 'reviewed: 2026-13-45'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/process/forfase.mdx, linje 12: feltet "reviewed": 2026-13-45 er ikke en dato som finnes',
    );
  });

  it('refuses a year alone as a date in a YAML data file', () => {
    const { status, output } = buildWith('content/roles.yaml', (text) =>
      text.replace(/reviewed: \S+/, 'reviewed: 2026'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('roles.yaml');
    expect(output).toContain('reviewed');
    expect(output).toContain('Skriv en dato som finnes');
  });

  it('refuses a checklist item whose text is only spaces', () => {
    const { status, output } = buildWith('content/process/forfase.mdx', (text) =>
      text.replace('text: Prosjektteamet er opprettet, og det er klart hvem som leder det.', "text: '   '"),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('forfase.mdx');
    expect(output).toMatch(/checklist\.0\.text|checklist\[0\]\.text/);
  });

  it('names the file and the field of a parent cycle in the process tree', () => {
    const { status, output } = buildWith('content/process/fag-temaplan-bolig.mdx', (text) =>
      text.replace('order: 4\n', 'order: 4\nparent: forfase\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/process/fag-temaplan-bolig.mdx: feltet "parent" går i ring: fag-temaplan-bolig → forfase → fag-temaplan-bolig',
    );
  });

  it('names the file and the link of a link in the text to a page or an anchor that does not exist', () => {
    const { status, output } = buildWith(
      'content/examples/halden.mdx',
      (text) =>
        `${text}\nSe [en side som ikke finnes](/prosess/finnes-ikke/) og [et avsnitt som ikke finnes](/prosess/forfase/#finnes-ikke).\n`,
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/examples/halden.mdx (siden /eksempler/halden/): lenken "/prosess/finnes-ikke/" peker til en side som ikke finnes',
    );
    expect(output).toContain(
      'content/examples/halden.mdx (siden /eksempler/halden/): lenken "/prosess/forfase/#finnes-ikke" peker til et anker (#) som ikke finnes på siden',
    );
  });

  it("refuses an editors' fact cited to a page that is not authoritative", () => {
    const { status, output } = buildWith('content/additions/reguleringsplan.mdx', (text) =>
      text.replace(/url: https:\/\/www\.regjeringen\.no\S*/, 'url: https://www.example.com/reguleringsplan'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('reguleringsplan.mdx');
    expect(output).toContain('sources');
  });
});
