/**
 * The content as the tests read it, so that expectations follow the content files and an
 * editor's change (a new checklist item, a new example) never breaks a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { DIST, htmlPages, pathOfFile, readPage } from './built-site';

const CONTENT = resolve(import.meta.dirname, '../../content');

export interface ChecklistItemData {
  id: string;
  text: string;
  role?: string;
  factor?: string;
  basis: { quote: string; from: string };
}

export interface ProcessNodeData {
  id: string;
  title: string;
  level: 'trinn' | 'underprosess' | 'fase';
  order: number;
  parent?: string;
  /** The part of the Handlingsplan tool the node links to. */
  planTool?: string;
  checklist: ChecklistItemData[];
}

/** The front matter of an MDX file. */
export const frontMatter = (file: string) =>
  parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;

export function processNodes(): ProcessNodeData[] {
  const folder = join(CONTENT, 'process');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const data = frontMatter(join(folder, file));
      return {
        ...(data as Omit<ProcessNodeData, 'id'>),
        id: file.replace(/\.mdx$/, ''),
        checklist: (data['checklist'] as ChecklistItemData[] | undefined) ?? [],
      };
    });
}

export const nodeOf = (id: string) => processNodes().find((node) => node.id === id)!;

/** The municipal examples with the municipality's country and the factors they link to. */
export function examples() {
  const places = parse(readFileSync(join(CONTENT, 'municipalities.yaml'), 'utf8')) as {
    id: string;
    name: string;
    country: string;
  }[];
  return entriesOf('examples').map((entry) => {
    const data = frontMatter(join(CONTENT, 'examples', `${entry.id}.mdx`)) as {
      municipality: string;
      factors?: { to: string }[];
    };
    const place = places.find((candidate) => candidate.id === data.municipality)!;
    return { ...entry, country: place.country, factors: (data.factors ?? []).map((link) => link.to) };
  });
}

/** Entries of a collection folder with their language, e.g. the success factors. */
export function entriesOf(collection: string): { id: string; title: string; lang: string }[] {
  const folder = join(CONTENT, collection);
  return readdirSync(folder)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => ({
      ...(frontMatter(join(folder, file)) as { title: string; lang: string }),
      id: file.replace(/\.mdx?$/, ''),
    }));
}

/** The items of a node and of every node below it, as the progress badges count them. */
export function itemsUnder(id: string): ChecklistItemData[] {
  const nodes = processNodes();
  const below = (parent: string): ChecklistItemData[] =>
    nodes.filter((node) => node.parent === parent).flatMap((node) => [...node.checklist, ...below(node.id)]);
  return [...nodeOf(id).checklist, ...below(id)];
}

export const allItems = () => processNodes().flatMap((node) => node.checklist);

/** A passage's text as the reader sees it: its first paragraph, without Markdown. */
export function passageOf(id: string) {
  const text = readFileSync(join(CONTENT, 'passages', `${id}.mdx`), 'utf8');
  const [, front, body] = text.split(/^---$/m);
  const data = parse(front!) as { title?: string; lang: string; in: string; phases: { to: string }[] };
  return {
    ...data,
    firstParagraph: body!
      .trim()
      .split(/\n\n/)[0]!
      .replace(/^[-*]\s+/, ''),
  };
}

/**
 * A pattern for a source text as the page shows it: Markdown's typography turns straight
 * quotes into curly ones, so any quote mark matches any other.
 */
export function shownText(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    escaped
      .replace(/["“”«»]/g, '["“”«»]')
      .replace(/['‘’]/g, "['‘’]")
      .replace(/\s+/g, '\\s+'),
  );
}

/** Every page the search indexes, with its title and its filter values, read from the build. */
export function indexedPages() {
  return htmlPages()
    .map((file) => ({ file, html: readPage(file) }))
    .filter(({ html }) => html.includes('data-pagefind-body'))
    .map(({ file, html }) => {
      const filters: Record<string, string[]> = {};
      for (const [, key, value] of html.matchAll(/data-pagefind-filter="([^:"]+):([^"]*)"/g)) {
        (filters[key!] ??= []).push(value!.replace(/&amp;/g, '&'));
      }
      const title =
        /<h1[^>]*>([\s\S]*?)<\/h1>/
          .exec(html)?.[1]
          ?.replace(/<[^>]+>/g, '')
          .trim() ?? '';
      return { path: pathOfFile(file), title, filters };
    });
}

export { DIST };
