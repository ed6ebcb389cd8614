/**
 * What a page costs a first-time visitor before any interaction: the HTML (with its inlined
 * CSS), linked stylesheets, and the module scripts with their static imports. Lazy chunks
 * (dynamic imports, Pagefind) load on use and are not counted. Sizes are gzip level 9.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './built-site';

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;
const readAsset = (path: string) => readFileSync(join(DIST, path.replace(/^\//, '')));

/** Static imports of a built module (`import{a}from"./x.js"`, `import"./y.js"`), as site paths. */
function staticImports(path: string): string[] {
  const code = readAsset(path).toString('utf8');
  const directory = path.slice(0, path.lastIndexOf('/') + 1);
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g)].map(
    (match) => new URL(match[1]!, `http://x${directory}`).pathname,
  );
}

export interface PageWeight {
  path: string;
  htmlAndCss: number;
  js: number;
  scripts: string[];
}

export function pageWeight(path: string): PageWeight {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) throw new Error(`Ingen bygget side for ${path}`);
  const html = readFileSync(file, 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!);
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  const scripts = new Set<string>();
  const visit = (script: string) => {
    if (scripts.has(script)) return;
    scripts.add(script);
    staticImports(script).forEach(visit);
  };
  entries.forEach(visit);
  return {
    path,
    htmlAndCss: gzipSize(html) + stylesheets.reduce((sum, sheet) => sum + gzipSize(readAsset(sheet)), 0),
    js: [...scripts].reduce((sum, script) => sum + gzipSize(readAsset(script)), 0),
    scripts: [...scripts],
  };
}
