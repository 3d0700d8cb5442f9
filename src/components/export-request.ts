/**
 * What an export from the explorer is of: the caption's words (title, the query or focus on show,
 * counts, layout, source), the legend's words, the file name's subject and the visible subgraph
 * for the data formats, all read from the explorer's state. ExportMenu and the export embed
 * (`?embed=export`) both build their requests here, so a picture looks the same from either.
 */
import { PALETTES } from '../lib/cytoscape/encoding';
import type { ExportSubject } from '../lib/cytoscape/export/file-name';
import type { Caption } from '../lib/cytoscape/export/frame';
import type { LegendWords, PictureOptions } from '../lib/cytoscape/export/picture';
import { edgeIdOf } from '../lib/domain/graph-model';
import type { GraphFile, Meta } from '../lib/domain/schema';
import { subgraphOf } from '../lib/domain/subgraph';
import type { Explorer } from '../lib/state/explorer.svelte';
import type { Strings } from '../lib/state/i18n';

/** What `window.__ismsExport` (the export embed, export-embed.ts) takes; all but `format` are optional. */
export interface EmbedExportOptions {
  format: 'png' | 'svg';
  /** 1–4; default 2. */
  scale?: number;
  background?: 'white' | 'transparent' | 'dark';
  legend?: boolean;
  caption?: boolean;
}

declare global {
  interface Window {
    /** Resolves to base64 PNG as a data: URL, or SVG text. */
    __ismsExport?: (options: EmbedExportOptions) => Promise<string>;
  }
}

/** The choices a person makes in the export menu. */
export interface ExportChoices {
  scale: number;
  background: PictureOptions['background'];
  area: PictureOptions['area'];
  legend: boolean;
  caption: boolean;
}

export const DEFAULT_CHOICES: ExportChoices = {
  scale: 2,
  background: 'white',
  area: 'all',
  legend: true,
  caption: true,
};

/** The query a picture answers, for its caption and file name. */
export type ExportQuery =
  | { kind: 'neighbourhood'; id: string; depth: number }
  | { kind: 'selected'; id: string }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'lineage'; id: string }
  | { kind: 'compare'; a: string; b: string }
  | null;

/** The query on show in the explorer: a path, a lineage, a comparison, a focus, a selection. */
export function currentQuery(explorer: Explorer): ExportQuery {
  const { view, queries } = explorer;
  const path = queries.path;
  if (path?.kind === 'paths' && queries.chosen)
    return { kind: 'path', from: path.from, to: path.to };
  if (queries.lineage?.kind === 'lineage') return { kind: 'lineage', id: queries.lineage.root };
  if (queries.comparison?.kind === 'compare') {
    return { kind: 'compare', a: queries.comparison.a, b: queries.comparison.b };
  }
  if (view.focus !== null && view.isolate) {
    return { kind: 'neighbourhood', id: view.focus, depth: view.depth };
  }
  if (view.focus !== null) return { kind: 'selected', id: view.focus };
  return null;
}

/** Who made the graph and under which licence, from its `meta.sources`. */
export function sourceLine(meta: Meta, t: Strings): string {
  const sources = meta.sources.map((source) => {
    const link = source.url ? `, ${source.url.replace(/^https?:\/\//, '')}` : '';
    const licence = source.license ? ` (${source.license})` : '';
    return `${source.title}${link}${licence}`;
  });
  return t.captionSource(sources.join('; '));
}

/** The caption for a picture of what the explorer shows. */
export function captionOf(explorer: Explorer, query: ExportQuery): Caption | null {
  const model = explorer.model;
  if (!model) return null;
  const t = explorer.t;
  const name = (id: string) => explorer.label(id);
  const parts: string[] = [];
  switch (query?.kind) {
    case 'neighbourhood':
      parts.push(t.captionNeighbourhood(name(query.id), query.depth));
      break;
    case 'selected':
      parts.push(t.captionSelected(name(query.id)));
      break;
    case 'path':
      parts.push(t.captionPath(name(query.from), name(query.to)));
      break;
    case 'lineage':
      parts.push(t.lineageOf(name(query.id)));
      break;
    case 'compare':
      parts.push(t.captionCompare(name(query.a), name(query.b)));
      break;
  }
  const v = explorer.visible;
  parts.push(
    v.nodes.size < v.totalNodes || v.edges.size < v.totalEdges
      ? t.captionFiltered(v.nodes.size, v.totalNodes, v.edges.size, v.totalEdges)
      : t.captionCounts(v.nodes.size, v.edges.size),
  );
  parts.push(t.captionLayout(t[explorer.view.layout].replace(/\s*\(.*\)$/, '')));
  return {
    title: model.file.meta.title[explorer.view.lang],
    subtitle: parts.join(' · '),
    source: sourceLine(model.file.meta, t),
  };
}

export function legendWords(t: Strings): LegendWords {
  return {
    kinds: t.kinds,
    relations: t.relations,
    lines: t.captionLines,
    disputed: `${t.disputed} (?)`,
    inferred: t.inferred,
  };
}

/** The options for `exportPng` / `exportSvg` from the person's choices. */
export function pictureOptions(
  explorer: Explorer,
  choices: ExportChoices,
  query: ExportQuery = currentQuery(explorer),
): PictureOptions {
  return {
    scale: choices.scale,
    background: choices.background,
    area: choices.area,
    legend: choices.legend ? legendWords(explorer.t) : null,
    caption: choices.caption ? captionOf(explorer, query) : null,
    lang: explorer.view.lang,
    screenPalette: explorer.dark ? PALETTES.dark : PALETTES.light,
  };
}

/** What the file shows, for its name. */
export function subjectOf(explorer: Explorer, query: ExportQuery): ExportSubject {
  switch (query?.kind) {
    case 'path':
      return { kind: 'path', from: query.from, to: query.to };
    case 'compare':
      return { kind: 'compare', a: query.a, b: query.b };
    // A selection names the file too: the picture is drawn around it, with it marked.
    case 'neighbourhood':
    case 'lineage':
    case 'selected':
      return { kind: 'focus', id: query.id };
    default:
      return { kind: 'graph', id: explorer.model?.file.meta.id ?? 'graph' };
  }
}

/** The visible nodes and edges as a graph file of their own (the data exports' content). */
export function visibleSubgraph(explorer: Explorer): GraphFile | null {
  const model = explorer.model;
  if (!model) return null;
  const { nodes, edges } = explorer.visible;
  return subgraphOf(model, nodes, (edge) => edges.has(edgeIdOf(edge)));
}
