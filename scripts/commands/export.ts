/**
 * `export OUT …`: writes the graph, or what a person would be looking at (a node's neighbourhood,
 * a lineage path), in the format OUT's extension names. Data formats (.json, .graphml, .gexf,
 * .csv) are written here from the domain modules; pictures (.png, .svg) are drawn by the real
 * explorer in headless Chromium (export-browser.ts), so a picture matches the app exactly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { createGraphModel, type GraphModel } from '../../src/lib/domain/graph-model';
import { toCSV } from '../../src/lib/domain/formats/csv';
import { toGEXF } from '../../src/lib/domain/formats/gexf';
import { toGraphML } from '../../src/lib/domain/formats/graphml';
import { toJSON } from '../../src/lib/domain/formats/to-json';
import { viewDrawing } from '../../src/lib/cytoscape/layouts/view-drawing';
import { LANGS, type Lang } from '../../src/lib/domain/lang';
import { shortestPaths } from '../../src/lib/domain/queries/shortest-paths';
import { resolveNode, UnknownNameError } from '../../src/lib/domain/resolve-name';
import type { Edge, GraphFile } from '../../src/lib/domain/schema';
import { neighbourhood, subgraphOf } from '../../src/lib/domain/subgraph';
import {
  EXIT,
  loadGraphOrReport,
  parseCommandArgs,
  UsageError,
  type CliOutput,
  type Command,
} from '../cli-kit';
import { exportInBrowser, EXPORT_LAYOUTS, type ExportLayout } from '../export-browser';
import { displayPath, REPO_ROOT } from '../graph-io';
import { parseCount } from './query-options';

const EXTENSIONS = ['png', 'svg', 'json', 'graphml', 'gexf', 'csv'] as const;
type OutputFormat = (typeof EXTENSIONS)[number];

export const SCALE_RANGE = { min: 1, max: 4 } as const;

const SCHEMA_FILE = resolve(REPO_ROOT, 'graph/graph.schema.json');

interface ExportArgs {
  out: string;
  format: OutputFormat;
  focus?: string;
  depth?: number;
  path?: [string, string];
  layout: ExportLayout;
  scale: number;
  lang: Lang;
  graph?: string;
}

/** Takes `--path FROM TO` out of the arguments first: node:util's parser gives an option one value. */
function splitPath(args: string[]): { rest: string[]; path?: [string, string] } {
  const at = args.indexOf('--path');
  if (at === -1) return { rest: args };
  const [from, to] = [args[at + 1], args[at + 2]];
  if (from === undefined || to === undefined || from.startsWith('--') || to.startsWith('--')) {
    throw new UsageError('--path needs two names: --path FROM TO');
  }
  const rest = [...args.slice(0, at), ...args.slice(at + 3)];
  if (rest.includes('--path')) throw new UsageError('give --path once');
  return { rest, path: [from, to] };
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${flag} '${value}': use ${allowed.join(', ')}`);
}

function parseExportArgs(args: string[]): ExportArgs {
  const { rest, path } = splitPath(args);
  const { values, positionals } = parseCommandArgs(rest, {
    options: {
      focus: { type: 'string' },
      depth: { type: 'string' },
      layout: { type: 'string' },
      scale: { type: 'string' },
      lang: { type: 'string' },
      graph: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('export needs an output file OUT');
  if (positionals.length > 1) {
    throw new UsageError(
      `export takes one output file, not ${positionals.map((p) => `'${p}'`).join(' ')}`,
    );
  }
  const out = positionals[0]!;
  const extension = /\.([^./\\]+)$/.exec(out)?.[1]?.toLowerCase();
  if (!extension || !(EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UsageError(
      `cannot tell the format of '${out}': OUT must end in ${EXTENSIONS.map((e) => `.${e}`).join(', ')}`,
    );
  }
  if (values.focus !== undefined && path) throw new UsageError('use --focus or --path, not both');
  if (values.depth !== undefined && values.focus === undefined) {
    throw new UsageError('--depth needs --focus NAME');
  }
  // Like the lineage commands: any whole number from 1; a neighbourhood stops growing anyway.
  const depth =
    values.focus !== undefined ? parseCount('depth', values.depth ?? '1', 1) : undefined;
  const scale = Number(values.scale ?? '2');
  if (
    (values.scale !== undefined && !/^\d+(\.\d+)?$/.test(values.scale)) ||
    !(scale >= SCALE_RANGE.min && scale <= SCALE_RANGE.max)
  ) {
    throw new UsageError(
      `--scale must be a number from ${SCALE_RANGE.min} to ${SCALE_RANGE.max}, not '${values.scale}'`,
    );
  }
  return {
    out,
    format: extension as OutputFormat,
    ...(values.focus !== undefined ? { focus: values.focus, depth } : {}),
    ...(path ? { path } : {}),
    layout: oneOf(values.layout, EXPORT_LAYOUTS, '--layout', 'lineage'),
    scale,
    lang: oneOf(values.lang, LANGS, '--lang', 'en'),
    ...(values.graph !== undefined ? { graph: values.graph } : {}),
  };
}

/** Resolves a name to an id, or prints the suggestions and returns undefined. */
function resolveOrReport(model: GraphModel, name: string, io: CliOutput): string | undefined {
  try {
    return resolveNode(model, name).id;
  } catch (error) {
    if (!(error instanceof UnknownNameError)) throw error;
    const suggestions = error.suggestions.map((s) => `${s.id} (${s.label})`);
    io.err(
      `unknown name '${name}' — ${suggestions.length ? `did you mean: ${suggestions.join(', ')}?` : 'give a node id, label or alias'}`,
    );
    return undefined;
  }
}

/** `$schema` for an exported JSON file: the repository's schema, relative to where the file goes. */
function schemaReference(out: string): string {
  const path = relative(dirname(resolve(out)), SCHEMA_FILE)
    .split(sep)
    .join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** An output file that could not be written: the message names the path and why. */
class CannotWriteError extends Error {
  override readonly name = 'CannotWriteError';
}

const WRITE_ERRORS: Record<string, string> = {
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'part of the path is a file, not a folder',
  ENOENT: 'its folder cannot be made',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  ENAMETOOLONG: 'the name is too long',
};

function write(path: string, content: string | Uint8Array): void {
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(path, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      (code ? WRITE_ERRORS[code] : undefined) ??
      (error instanceof Error ? error.message : String(error));
    throw new CannotWriteError(`cannot write '${displayPath(path)}': ${reason}`);
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph or a part of it as .png, .svg, .json, .graphml, .gexf or .csv',
  usage:
    'export OUT [--focus NAME] [--depth N] [--path FROM TO] [--layout lineage|timeline|network] [--scale N] [--lang en|th] [--graph FILE]',
  async run(args, io) {
    try {
      return await exportSelection(parseExportArgs(args), io);
    } catch (error) {
      if (!(error instanceof CannotWriteError)) throw error;
      io.err(`export: ${error.message}`);
      return EXIT.invalid;
    }
  },
};

/** Loads the graph, picks what to export and writes it; throws CannotWriteError. */
async function exportSelection(options: ExportArgs, io: CliOutput): Promise<number> {
  const graph = loadGraphOrReport(options.graph, io)?.graph;
  if (!graph) return EXIT.invalid;
  const model = createGraphModel(graph);

  let selected: GraphFile = graph;
  let focusId: string | undefined;
  let pathIds: [string, string] | undefined;
  if (options.focus !== undefined) {
    focusId = resolveOrReport(model, options.focus, io);
    if (focusId === undefined) return EXIT.usage;
    selected = subgraphOf(model, neighbourhood(model, [focusId], options.depth ?? 1));
  } else if (options.path) {
    const from = resolveOrReport(model, options.path[0], io);
    const to = resolveOrReport(model, options.path[1], io);
    if (from === undefined || to === undefined) return EXIT.usage;
    pathIds = [from, to];
    const path = lineagePath(model, from, to);
    if (!path) {
      io.err(`no derived_from path between '${from}' and '${to}'`);
      return EXIT.invalid;
    }
    selected = path;
  }

  const sizes = `${count(selected.nodes.length, 'node', 'nodes')}, ${count(selected.edges.length, 'edge', 'edges')}`;
  const shown = displayPath(options.out);
  switch (options.format) {
    case 'json':
      write(options.out, toJSON(selected, { schema: schemaReference(options.out) }));
      break;
    case 'graphml':
    case 'gexf': {
      // The positions of the drawing the explorer shows (`layout --json` prints the same).
      const degree = (id: string) => model.outgoing(id).length + model.incoming(id).length;
      const drawing = await viewDrawing(selected, options.layout, options.lang, degree);
      const positions = Object.fromEntries(drawing.nodes.map(({ id, x, y }) => [id, { x, y }]));
      const toFormat = options.format === 'gexf' ? toGEXF : toGraphML;
      write(options.out, toFormat(selected, { lang: options.lang, positions }));
      break;
    }
    case 'csv': {
      const tables = toCSV(selected);
      const edgesFile = options.out.replace(/\.csv$/i, '.edges.csv');
      write(options.out, tables.nodes);
      write(edgesFile, tables.edges);
      io.out(`wrote ${shown} (${count(selected.nodes.length, 'node', 'nodes')})`);
      io.out(`wrote ${displayPath(edgesFile)} (${count(selected.edges.length, 'edge', 'edges')})`);
      return EXIT.ok;
    }
    case 'png':
    case 'svg': {
      const result = await exportInBrowser(
        {
          format: options.format,
          graph: selected,
          ...(focusId !== undefined ? { focus: focusId, depth: options.depth ?? 1 } : {}),
          ...(pathIds ? { path: pathIds } : {}),
          layout: options.layout,
          lang: options.lang,
          scale: options.scale,
        },
        (line) => io.err(line),
      );
      if (!result.ok) {
        io.err(`export: ${result.message}`);
        return EXIT.invalid;
      }
      write(options.out, result.data);
      break;
    }
  }
  io.out(`wrote ${shown} (${sizes})`);
  return EXIT.ok;
}

/**
 * The nodes and edges of the shortest derived_from path between two nodes, read either way
 * (FROM derived from … TO, or TO derived from … FROM), as a graph file; undefined when none.
 */
function lineagePath(model: GraphModel, from: string, to: string): GraphFile | undefined {
  const options = { via: ['derived_from'] as const, direction: 'forward' as const };
  const [path] = shortestPaths(model, from, to, options).concat(
    shortestPaths(model, to, from, options),
  );
  if (!path) return undefined;
  const onPath = new Set<Edge>();
  for (const step of path.steps) {
    const [source, target] =
      step.direction === 'forward' ? [step.from, step.to] : [step.to, step.from];
    const edge = model
      .outgoing(source)
      .find((e) => e.target === target && e.relation === step.relation);
    if (edge) onPath.add(edge);
  }
  return subgraphOf(model, path.nodes, (edge) => onPath.has(edge));
}
