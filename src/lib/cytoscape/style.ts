/**
 * The Cytoscape stylesheet, built from the encoding tables and a palette. Classes the adapter
 * toggles: `hidden` (filtered out), `faded` (outside the selection's neighbourhood), `current`
 * (the selected node), `near` (its neighbourhood), `cursor` (the keyboard cursor), and `path`
 * and `dimmed` (a highlighted path or set, and everything else).
 */
import type { StylesheetJson } from 'cytoscape';
import { nodeKinds } from '../domain/kinds';
import { relationIds } from '../domain/relations';
import { FONT_FAMILY, KIND_ENCODING, RELATION_ENCODING, type CanvasPalette } from './encoding';
import { BREAK_POLYGON } from './timeline-ticks';

/** Labels rendered smaller than this many screen pixels are skipped, which keeps zoomed-out views calm and fast. */
const MIN_ZOOMED_FONT_SIZE = 7;

/** The glow of a highlighted path: a warm amber that stands apart from every kind's colour. */
function glowOf(palette: CanvasPalette): { halo: string; ring: string } {
  const dark = parseInt(palette.background.slice(1, 3), 16) < 0x80;
  return dark ? { halo: '#fbbf24', ring: '#fcd34d' } : { halo: '#f59e0b', ring: '#b45309' };
}

export function graphStylesheet(palette: CanvasPalette): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 'data(fs)',
        color: palette.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-outline-color': palette.textOutline,
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'border-width': 1.5,
        'border-color': palette.textOutline,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
  ];
  // The label as drawn: Thai with invisible breaks between words, where Cytoscape may wrap.
  sheet.push({ selector: 'node[shown]', style: { label: 'data(shown)' } });
  for (const kind of nodeKinds) {
    const enc = KIND_ENCODING[kind];
    sheet.push({
      selector: `node[kind = "${kind}"]`,
      style: {
        'background-color': enc.color,
        shape: enc.shape,
        width: 'data(w)',
        height: 'data(h)',
      },
    });
  }
  sheet.push(
    {
      selector: 'node[kind = "ideology"]',
      style: { 'font-weight': 600 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'curve-style': 'bezier',
        'arrow-scale': 0.9,
        opacity: 0.85,
        'font-family': FONT_FAMILY,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
  );
  for (const relation of relationIds) {
    const enc = RELATION_ENCODING[relation];
    sheet.push({
      selector: `edge[relation = "${relation}"]`,
      style: {
        'line-color': enc.color,
        'target-arrow-color': enc.color,
        'target-arrow-shape': enc.arrow,
        width: enc.width,
      },
    });
  }
  sheet.push(
    {
      selector: 'edge[certainty = "disputed"]',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': [7, 4],
        label: '?',
        'font-size': 11,
        'font-weight': 700,
        color: palette.text,
        'text-background-color': palette.background,
        'text-background-opacity': 1,
        'text-background-shape': 'roundrectangle',
        'text-background-padding': '2px',
        'text-border-color': '#d1495b',
        'text-border-width': 1.2,
        'text-border-opacity': 1,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
      },
    },
    // Edges routed by the layout (the lineage's dot routes, routed-edges.ts) follow their bends.
    {
      selector: 'edge[segW]',
      style: {
        'curve-style': 'round-segments',
        'segment-weights': 'data(segW)',
        'segment-distances': 'data(segD)',
        // Wide corners (model px; Cytoscape keeps each within its segments): a descent edge
        // that turns between rows reads as one curve, not a right-angled wire.
        'segment-radii': [40],
        'edge-distances': 'node-position',
      },
    },
    {
      selector: 'edge[certainty = "inferred"]',
      style: { 'line-style': 'dotted', 'line-dash-pattern': [1.5, 3.5] },
    },
    // Semantic zoom (see GraphView): far out, labels scale up so hubs stay readable (node-sizing.ts).
    {
      selector: 'node.zoom-mid',
      style: { 'font-size': 'data(fsMid)' },
    },
    {
      selector: 'node.zoom-far',
      style: {
        'font-size': 'data(fsFar)',
        'text-max-width': '220px',
        'text-outline-width': 5,
      },
    },
    // Far out, an edge of 1.2px would be a fifth of a pixel: descent (the family tree) widens
    // to stay visible, and the other relations recede behind it.
    { selector: 'edge.zoom-mid', style: { opacity: 0.5 } },
    { selector: 'edge.zoom-far', style: { opacity: 0.3 } },
    {
      selector: 'edge.zoom-mid[relation = "derived_from"], edge.zoom-mid[relation = "split_from"]',
      style: { width: 3.5, opacity: 0.9 },
    },
    {
      selector: 'edge.zoom-far[relation = "derived_from"], edge.zoom-far[relation = "split_from"]',
      style: { width: 7, opacity: 0.9 },
    },
    // Ideologies are the family tree: their labels wrap as wide as their larger font needs
    // (in the same ems as near), as the lineage makes room for them (lineage/node-box.ts).
    { selector: 'node.zoom-mid[kind = "ideology"]', style: { 'text-max-width': '200px' } },
    { selector: 'node.zoom-far[kind = "ideology"]', style: { 'text-max-width': '300px' } },
    // Farther out, only better-connected nodes keep a label; the rest are dots until zoomed in.
    // Every ideology keeps its label: the opening view reads as a family tree.
    { selector: 'node.zoom-mid[degree < 3][kind != "ideology"]', style: { 'text-opacity': 0 } },
    { selector: 'node.zoom-far[degree < 7][kind != "ideology"]', style: { 'text-opacity': 0 } },
    {
      selector: 'node.tick',
      style: {
        shape: 'round-rectangle',
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-y': 0,
        // 10.5 px at the timeline's opening zoom (layouts/timeline/viewport.ts)
        'font-size': 16,
        'font-weight': 700,
        color: palette.axis,
        'text-opacity': 1,
        'text-outline-width': 0,
        events: 'no',
      },
    },
    { selector: 'node.tick.zoom-mid', style: { 'font-size': 26 } },
    { selector: 'node.tick.zoom-far', style: { 'font-size': 60 } },
    // A cut in the time axis: a zig-zag band under the year labels (timeline-ticks.ts).
    {
      selector: 'node.tick-break',
      style: {
        shape: 'polygon',
        'shape-polygon-points': BREAK_POLYGON.join(' '),
        width: 64,
        height: 18,
        'background-color': palette.axis,
        'background-opacity': 1,
        label: '',
      },
    },
    // A node placed at its neighbours' year, having none of its own: a dashed outline says so.
    {
      selector: 'node.year-inferred',
      style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': palette.axis },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.22, 'text-opacity': 0.35 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    { selector: 'edge.near', style: { opacity: 1, 'z-index': 5 } },
    {
      selector: 'node.current',
      style: {
        'border-width': 4,
        'border-color': palette.selection,
        'font-weight': 700,
        'z-index': 10,
      },
    },
    {
      selector: 'node.cursor',
      style: {
        'outline-width': 3,
        'outline-color': palette.selection,
        'outline-offset': 4,
        'outline-style': 'dashed',
      },
    },
    // Lineage queries (GraphView.highlight): the path glows, the rest recedes further than a
    // selection's surroundings do, and every node on the path keeps its label at any zoom.
    { selector: 'node.dimmed', style: { opacity: 0.13, 'text-opacity': 0.2 } },
    { selector: 'edge.dimmed', style: { opacity: 0.05 } },
    {
      selector: 'node.path',
      style: {
        opacity: 1,
        'text-opacity': 1,
        'min-zoomed-font-size': 0,
        'font-size': 'data(fsPath)',
        'font-weight': 700,
        'border-width': 3,
        'border-color': glowOf(palette).ring,
        'underlay-color': glowOf(palette).halo,
        'underlay-padding': 11,
        'underlay-opacity': 0.5,
        'underlay-shape': 'ellipse',
        'z-index': 20,
      },
    },
    {
      selector: 'node.path.zoom-mid',
      style: { 'font-size': 'data(fsPathMid)' },
    },
    {
      selector: 'node.path.zoom-far',
      style: { 'font-size': 'data(fsPathFar)' },
    },
    {
      selector: 'edge.path',
      style: {
        opacity: 1,
        width: 4,
        'line-color': glowOf(palette).ring,
        'target-arrow-color': glowOf(palette).ring,
        'arrow-scale': 1.2,
        'underlay-color': glowOf(palette).halo,
        'underlay-padding': 6,
        'underlay-opacity': 0.55,
        'z-index': 19,
      },
    },
    {
      selector: 'node.path-key',
      style: { 'border-width': 4.5, 'underlay-padding': 16 },
    },
    {
      selector: 'node.path.current',
      style: { 'border-width': 4.5, 'border-color': palette.selection },
    },
    // Last, so that no later rule (faded, dimmed) shows a label the decluttering hid.
    { selector: 'node.crowded', style: { 'text-opacity': 0 } },
  );
  return sheet;
}
