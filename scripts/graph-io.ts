/**
 * File I/O for the command line, in one place: where the bundled graph lives, and reading a graph
 * file from disk into a load result. Everything after the bytes is the domain's job.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileSizeLimit, formatForFileName, importGraph } from '../src/lib/domain/formats/index';
import type { ImportResult } from '../src/lib/domain/formats/import-mapping';
import { loadGraphBytes } from '../src/lib/domain/load-graph';
import { fileTooLarge } from '../src/lib/domain/problems';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLED_GRAPH = resolve(REPO_ROOT, 'graph/communism.json');

/** How a path is shown to the user: relative to the working directory when that is shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && rel.length < path.length ? rel : path;
}

/**
 * Reads and validates a graph file: JSON, or GraphML/GEXF through the importers (whose report of
 * guesses comes back with the graph). A name without a known extension is read as JSON.
 * Problems reading the file come back as problems too.
 */
export function readGraphFile(path: string): ImportResult {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      return ioProblem(`'${displayPath(path)}' is a folder, not a graph file`);
    }
    size = stat.size;
  } catch {
    return ioProblem(`no such file '${displayPath(path)}'`);
  }
  const limit = fileSizeLimit(path);
  if (size > limit) return { ok: false, problems: [fileTooLarge(size, limit)] };
  const bytes = new Uint8Array(readFileSync(path));
  if (formatForFileName(path) !== undefined) return importGraph(path, bytes);
  const result = loadGraphBytes(bytes);
  return result.ok ? { ...result, report: [] } : result;
}

function ioProblem(message: string): ImportResult {
  return { ok: false, problems: [{ code: 'io', path: '', message }] };
}
