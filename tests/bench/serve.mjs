/**
 * A tiny static file server for a built site folder, behaving like a production host:
 * `/x/` serves `/x/index.html`, unknown paths get `404.html` with status 404, text is
 * gzipped, and Pagefind's files (already compressed by Pagefind) are sent as they are.
 * Measurements of bytes and time in the browser are only meaningful with that behaviour.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by file extension. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Text types a production server gzips. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/**
 * Pagefind's index files are gzipped by Pagefind itself and decompressed by its own code;
 * encoding them again (or declaring Content-Encoding) would break or double-count them.
 */
const PAGEFIND_BINARY = new Set(['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter', '.pagefind']);

/**
 * Gzipped bodies, compressed once per file: production hosts serve precompressed or cached
 * compressed text, so compression time should not show up in the browser timings.
 * @type {Map<string, Buffer>}
 */
const gzipCache = new Map();

/**
 * Finds the file for a URL path, or undefined. Directories map to their index.html.
 * @param {string} root absolute folder served
 * @param {string} pathname decoded URL path
 * @returns {Promise<{ file: string } | { redirect: string } | undefined>}
 */
async function resolveFile(root, pathname) {
  const path = normalize(join(root, pathname));
  // Never serve anything outside the folder (`/../`).
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  if (info.isDirectory()) {
    // Like a static host: `/x` redirects to `/x/`, which serves `/x/index.html`.
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = join(path, 'index.html');
    return (await stat(index).catch(() => undefined))?.isFile() ? { file: index } : undefined;
  }
  return info.isFile() ? { file: path } : undefined;
}

/**
 * Cache headers as a production host would send them: hashed build assets (`/_astro/`)
 * and Pagefind's content-hashed index files never change; everything else (pages,
 * pagefind.js, the wasm file, whose names stay the same) is revalidated.
 * @param {string} pathname
 * @param {number} status
 */
function cacheControl(pathname, status) {
  const hashed =
    pathname.startsWith('/_astro/') || /^\/pagefind\/((index|fragment|filter)\/|.*\.pf_meta$)/.test(pathname);
  return status === 200 && hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Sends one file with the right type and encoding.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} file
 * @param {number} status
 */
async function sendFile(request, response, file, status) {
  const extension = extname(file).toLowerCase();
  /** @type {Buffer} */
  let body = await readFile(file);
  /** @type {Record<string, string | number>} */
  const headers = {
    'Content-Type': PAGEFIND_BINARY.has(extension)
      ? 'application/octet-stream'
      : (TYPES[extension] ?? 'application/octet-stream'),
    'Cache-Control': cacheControl(new URL(request.url ?? '/', 'http://x').pathname, status),
  };
  if (COMPRESSIBLE.has(extension)) {
    headers.Vary = 'Accept-Encoding';
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let gzipped = gzipCache.get(file);
      if (!gzipped) gzipCache.set(file, (gzipped = gzipSync(body)));
      body = gzipped;
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = body.length;
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Serves a built site folder on 127.0.0.1.
 * @param {string} dir the built site (e.g. dist/)
 * @param {number} port port to listen on (0 picks a free one)
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function serve(dir, port) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const found = await resolveFile(root, decodeURIComponent(pathname));
      if (found && 'redirect' in found) {
        response.writeHead(301, { Location: found.redirect }).end();
      } else if (found && 'file' in found) {
        await sendFile(request, response, found.file, 200);
      } else {
        const notFound = join(root, '404.html');
        if ((await stat(notFound).catch(() => undefined))?.isFile()) await sendFile(request, response, notFound, 404);
        else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    } catch (error) {
      // A malformed URL (bad percent-encoding) or a read error must not take the server down.
      if (!response.headersSent) response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    }
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        // Keep-alive connections from the browser would otherwise hold the server open.
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

/**
 * Serves a folder on the first free port of a range, so the benchmarks never collide with
 * the dev server on 4321 or with each other.
 * @param {string} dir
 * @param {number} [from]
 * @param {number} [to]
 */
export async function serveOnFreePort(dir, from = 4400, to = 4499) {
  for (let port = from; port <= to; port++) {
    try {
      return await serve(dir, port);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`Ingen ledig port mellom ${from} og ${to}`);
}
