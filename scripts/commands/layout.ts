/**
 * `layout [--layout lineage|timeline|network] [--kinds K,…] [--relations R,…] [--focus NAME
 * --depth N] [--lang en|th] [--graph FILE] [--json [--boxes]]`: the drawing the explorer shows
 * for that view, computed headless by the same engines (src/lib/cytoscape/layouts/view-drawing.ts):
 * each node's centre and box, each edge's route. `--json` prints it as data; without it, a
 * summary. `--boxes` adds where each node's box stands (`box: { x1, y1, x2, y2 }`: the shape
 * is centred on `x, y` and its label hangs below, so the box is not centred there); it is asked
 * for, so that the JSON without it keeps its shape.
 */
import { edgeIdOf } from '../../src/lib/domain/graph-model';
import { nodeKinds, type NodeKind } from '../../src/lib/domain/kinds';
import { relationIds, type RelationId } from '../../src/lib/domain/relations';
import { subgraphOf } from '../../src/lib/domain/subgraph';
import {
  VIEW_LAYOUTS,
  viewDrawing,
  type ViewLayout,
} from '../../src/lib/cytoscape/layouts/view-drawing';
import { visibleGraph } from '../../src/lib/state/visibility';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../cli-kit';
import { loadModel, parseCount, parseLang, printJson, resolveNames } from './query-options';

/** `--NAME a,b` as members of `allowed`, in the order given; every member when absent. */
function parseList<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T[] {
  if (value === undefined) return [...allowed];
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0)
    throw new UsageError(`--${name} needs at least one of: ${allowed.join(', ')}`);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(
        `unknown ${name.replace(/s$/, '')} '${item}' in --${name}; use ${allowed.join(', ')}`,
      );
    }
  }
  return [...new Set(items)] as T[];
}

export const layoutCommand: Command = {
  name: 'layout',
  summary:
    'print the drawing of a view (node centres and boxes, edge routes) as the explorer lays it out',
  usage:
    'layout [--layout lineage|timeline|network] [--kinds K,…] [--relations R,…] [--focus NAME --depth N] [--lang en|th] [--graph FILE] [--json [--boxes]]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      options: {
        layout: { type: 'string' },
        kinds: { type: 'string' },
        relations: { type: 'string' },
        focus: { type: 'string' },
        depth: { type: 'string' },
        lang: { type: 'string' },
        graph: { type: 'string' },
        json: { type: 'boolean' },
        boxes: { type: 'boolean' },
      },
    });
    if (positionals.length > 0) {
      throw new UsageError(`layout takes no names, only options: '${positionals.join(' ')}'`);
    }
    const layout = (values.layout ?? 'lineage') as ViewLayout;
    if (!(VIEW_LAYOUTS as readonly string[]).includes(layout)) {
      throw new UsageError(`unknown --layout '${values.layout}': use ${VIEW_LAYOUTS.join(', ')}`);
    }
    const kinds = parseList<NodeKind>('kinds', values.kinds, nodeKinds);
    const relations = parseList<RelationId>('relations', values.relations, relationIds);
    if (values.depth !== undefined && values.focus === undefined) {
      throw new UsageError('--depth needs --focus NAME');
    }
    const depth = parseCount('depth', values.depth, 1) ?? 1;
    const lang = parseLang(values.lang);
    const model = loadModel(values.graph, io);
    if (!model) return EXIT.invalid;
    let focus: string | null = null;
    if (values.focus !== undefined) {
      const found = resolveNames(model, [values.focus], io);
      if (typeof found === 'number') return found;
      focus = found[0]!.id;
    }
    const shown = visibleGraph(model, {
      kinds,
      relations,
      from: null,
      to: null,
      connected: false,
      isolate: focus !== null,
      focus,
      depth,
    });
    const selected = subgraphOf(model, [...shown.nodes], (edge) => shown.edges.has(edgeIdOf(edge)));
    const degree = (id: string) => model.outgoing(id).length + model.incoming(id).length;
    const drawing = await viewDrawing(selected, layout, lang, degree);
    if (values.boxes && !values.json) throw new UsageError('--boxes needs --json');
    if (values.json) {
      printJson(
        io,
        values.boxes
          ? drawing
          : { ...drawing, nodes: drawing.nodes.map(({ box: _box, ...node }) => node) },
      );
      return EXIT.ok;
    }
    const boxes = drawing.nodes.flatMap((n) => (n.box ? [n.box] : []));
    const xs = boxes.flatMap((b) => [b.x1, b.x2]);
    const ys = boxes.flatMap((b) => [b.y1, b.y2]);
    const size =
      xs.length === 0
        ? '0×0'
        : `${Math.round(Math.max(...xs) - Math.min(...xs))}×${Math.round(Math.max(...ys) - Math.min(...ys))}`;
    io.out(
      `${layout}: ${drawing.nodes.length} nodes, ${drawing.edges.length} edges, ${size} px (--json for the drawing)`,
    );
    return EXIT.ok;
  },
};
