/**
 * The visual encoding: one colour and shape per node kind, one colour, line and arrow per
 * relation. The Cytoscape stylesheet and the legend both read these tables, so what the legend
 * shows is exactly what the canvas draws.
 */
import type { NodeKind } from '../domain/kinds';
import type { RelationId } from '../domain/relations';

export type NodeShape =
  | 'round-rectangle'
  | 'ellipse'
  | 'hexagon'
  | 'rectangle'
  | 'diamond'
  | 'round-tag'
  | 'round-octagon';

export interface KindEncoding {
  /** Fill colour, chosen to keep a 3:1 contrast against both the light and the dark canvas. */
  readonly color: string;
  readonly shape: NodeShape;
  /** Node diameter in model pixels; ideologies are the graph's subject, so they are drawn larger. */
  readonly size: number;
}

export const KIND_ENCODING: Record<NodeKind, KindEncoding> = {
  ideology: { color: '#4f6bd8', shape: 'round-rectangle', size: 34 },
  person: { color: '#d9822b', shape: 'ellipse', size: 26 },
  organization: { color: '#2a9d8f', shape: 'hexagon', size: 28 },
  state: { color: '#c2410c', shape: 'rectangle', size: 26 },
  event: { color: '#9b5de5', shape: 'diamond', size: 28 },
  work: { color: '#8d6e63', shape: 'round-tag', size: 24 },
  concept: { color: '#5c8a3a', shape: 'round-octagon', size: 24 },
};

export type ArrowShape = 'triangle' | 'tee' | 'vee' | 'circle' | 'square' | 'diamond' | 'none';

export interface RelationEncoding {
  readonly color: string;
  readonly arrow: ArrowShape;
  /** Line width in model pixels: lineage relations carry the story, so they are drawn heavier. */
  readonly width: number;
}

const LINEAGE = '#3d4f9f';
const PEOPLE = '#8a8f98';

export const RELATION_ENCODING: Record<RelationId, RelationEncoding> = {
  derived_from: { color: LINEAGE, arrow: 'triangle', width: 2.6 },
  split_from: { color: '#7c5cc4', arrow: 'triangle', width: 2 },
  succeeded: { color: '#4a7fa7', arrow: 'vee', width: 1.8 },
  part_of: { color: '#6b8e9b', arrow: 'diamond', width: 1.4 },
  influenced_by: { color: '#c79a2e', arrow: 'vee', width: 1.4 },
  opposed: { color: '#d1495b', arrow: 'tee', width: 1.6 },
  criticized: { color: '#e07a5f', arrow: 'tee', width: 1.3 },
  founded: { color: '#2a9d8f', arrow: 'triangle', width: 1.4 },
  developed: { color: '#d9822b', arrow: 'triangle', width: 1.6 },
  led: { color: '#b5651d', arrow: 'vee', width: 1.3 },
  member_of: { color: PEOPLE, arrow: 'circle', width: 1.1 },
  authored: { color: '#8d6e63', arrow: 'triangle', width: 1.2 },
  adhered_to: { color: '#7d8fd8', arrow: 'circle', width: 1.1 },
  allied_with: { color: '#55a868', arrow: 'none', width: 1.4 },
  participated_in: { color: '#9b5de5', arrow: 'vee', width: 1.1 },
  occurred_in: { color: '#b0776f', arrow: 'square', width: 1 },
  caused: { color: '#a23b72', arrow: 'triangle', width: 1.5 },
};

/** The two canvas palettes; the CSS custom properties in app.css use the same values. */
export interface CanvasPalette {
  readonly background: string;
  readonly text: string;
  readonly textOutline: string;
  readonly selection: string;
  readonly muted: string;
  /** Year labels on the timeline axis. */
  readonly axis: string;
}

export const PALETTES: Record<'light' | 'dark', CanvasPalette> = {
  light: {
    background: '#fbfaf7',
    text: '#1f2430',
    textOutline: '#fbfaf7',
    selection: '#111827',
    muted: '#c9ccd3',
    axis: '#6b7280',
  },
  dark: {
    background: '#171a21',
    text: '#e7e9ee',
    textOutline: '#171a21',
    selection: '#fbbf24',
    muted: '#3a3f4b',
    axis: '#9aa3b5',
  },
};

/** The font stack shared by the page and the canvas, so Thai labels never fall back to tofu. */
export const FONT_FAMILY = '"Noto Sans", "Noto Sans Thai", system-ui, sans-serif';
