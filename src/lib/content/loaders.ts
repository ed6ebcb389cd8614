/**
 * Content loaders that fail the build on an editor's mistake instead of logging it. Astro's
 * own `file()` loader only logs "Error reading data" for malformed YAML and publishes the
 * previous build's data (or none); its duplicate-id warning lets the build pass.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { impossibleDatesIn } from './calendar-date';

/** An editor's mistake in a content file, with the file and line named. */
export class ContentFileError extends Error {
  constructor(file: string, line: number | undefined, reason: string) {
    super(`${file}${line ? `, linje ${line}` : ''}: ${reason}`);
    this.name = 'ContentFileError';
  }
}

/**
 * A YAML file holding a list of entries, each with a unique `id`. YAML 1.2 (the `yaml`
 * package) keeps dates as the text the editor wrote, so the schema can check them.
 */
export function yamlList(fileName: string): Loader {
  return {
    name: 'yaml-list',
    load: async (context) => {
      const { config, store, watcher } = context;
      const filePath = fileURLToPath(new URL(fileName, config.root));
      const relative = fileName.replace(/^\.\//, '');
      const sync = async () => {
        const lines = new LineCounter();
        const document = parseDocument(await readFile(filePath, 'utf8'), { lineCounter: lines, prettyErrors: false });
        const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line);
        const [error] = document.errors;
        if (error) throw new ContentFileError(relative, lineAt(error.pos[0]), `ugyldig YAML: ${error.message.split('\n')[0]}`);
        if (!isSeq(document.contents)) throw new ContentFileError(relative, 1, 'filen må være en liste med oppføringer («- id: …»)');
        const seen = new Map<string, number | undefined>();
        const entries = document.contents.items.map((item) => {
          const line = lineAt(isMap(item) ? item.range?.[0] : undefined);
          const data: unknown = isMap(item) ? item.toJSON() : undefined;
          const id = (data as { id?: unknown } | undefined)?.id;
          if (typeof id !== 'string' || id === '') throw new ContentFileError(relative, line, 'oppføringen mangler feltet "id"');
          if (seen.has(id)) {
            throw new ContentFileError(relative, line, `feltet "id": "${id}" finnes allerede (linje ${seen.get(id)})`);
          }
          seen.set(id, line);
          return { id, data: data as Record<string, unknown> };
        });
        store.clear();
        for (const { id, data } of entries) {
          store.set({ id, data: await context.parseData({ id, data, filePath }), filePath: relative });
        }
      };
      await sync();
      watcher?.add(filePath);
      watcher?.on('change', (changed) => {
        if (changed === filePath) void sync();
      });
    },
  };
}

/**
 * Astro's glob loader for the Markdown and MDX files of a folder, after a check that every
 * date in their front matter exists.
 */
export function checkedGlob(folder: string): Loader {
  const inner = glob({ pattern: '*.{md,mdx}', base: folder });
  return {
    ...inner,
    load: async (context) => {
      const base = fileURLToPath(new URL(folder, context.config.root));
      const names = (await readdir(base)).filter((name) => /\.mdx?$/.test(name));
      for (const name of names) {
        const relative = join(folder, name).replace(/^\.?\//, '');
        const text = await readFile(join(base, name), 'utf8');
        const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
        const [wrong] = impossibleDatesIn(frontMatter);
        // +1: the opening "---" is the file's first line.
        if (wrong) {
          throw new ContentFileError(relative, wrong.line + 1, `feltet "${wrong.field}": ${wrong.value} er ikke en dato som finnes (skriv ÅÅÅÅ-MM-DD)`);
        }
      }
      await inner.load(context);
    },
  };
}
