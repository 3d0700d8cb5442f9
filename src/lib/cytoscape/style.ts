/**
 * The Cytoscape stylesheet, built from the encoding tables and a palette. Classes the adapter
 * toggles: `hidden` (filtered out), `faded` (outside the selection's neighbourhood or a
 * highlighted path), `current` (the selected node), `near` (its neighbourhood), `cursor`
 * (the keyboard cursor) and `path` (a highlighted path).
 */
import type { StylesheetJson } from 'cytoscape';
import { nodeKinds } from '../domain/kinds';
import { relationIds } from '../domain/relations';
import { FONT_FAMILY, KIND_ENCODING, RELATION_ENCODING, type CanvasPalette } from './encoding';

/** Labels rendered smaller than this many screen pixels are skipped, which keeps zoomed-out views calm and fast. */
const MIN_ZOOMED_FONT_SIZE = 7;

export function graphStylesheet(palette: CanvasPalette): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 12,
        color: palette.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
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
  for (const kind of nodeKinds) {
    const enc = KIND_ENCODING[kind];
    sheet.push({
      selector: `node[kind = "${kind}"]`,
      style: {
        'background-color': enc.color,
        shape: enc.shape,
        width: kind === 'ideology' ? enc.size * 1.3 : enc.size,
        height: enc.size,
      },
    });
  }
  sheet.push(
    {
      selector: 'node[kind = "ideology"]',
      style: { 'font-size': 13.5, 'font-weight': 600 },
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
        'text-background-shape': 'round-rectangle',
        'text-background-padding': '2px',
        'text-border-color': '#d1495b',
        'text-border-width': 1.2,
        'text-border-opacity': 1,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
      },
    },
    {
      selector: 'edge[certainty = "inferred"]',
      style: { 'line-style': 'dotted', 'line-dash-pattern': [1.5, 3.5] },
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
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': palette.selection } },
    { selector: 'edge.path', style: { width: 4, opacity: 1, 'z-index': 9 } },
  );
  return sheet;
}
