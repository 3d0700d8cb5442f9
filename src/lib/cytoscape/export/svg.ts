/**
 * SVG export, written from the laid-out graph rather than traced from the canvas: each visible
 * node is a `<g class="node">` with its shape as a `<path>` and its label as a `<text>` (Thai stays
 * text, in the page's font stack), each edge a `<path>` with its arrowhead, dashed or dotted as on
 * screen. Positions, sizes, colours and widths are read from Cytoscape's computed style, so the
 * stylesheet and the encoding tables are the only source of how things look.
 *
 * Why not the `cytoscape-svg` package: it is GPL-3.0 (this project's code would have to follow),
 * it carries a copy of an older Cytoscape canvas renderer drawn through canvas2svg, and it has had
 * three releases in all; a serializer over the public API is a few hundred lines we control.
 */
import { BREAK_CLASS, BREAK_POLYGON } from '../timeline-ticks';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { FONT_FAMILY } from '../encoding';
import { layoutFrame } from './frame';
import {
  arrowGap,
  arrowPath,
  arrowSize,
  edgePath,
  nodeShapePath,
  num,
  shortened,
  type Point,
} from './geometry';
import { marksToSvg } from './marks';
import {
  backgroundFill,
  ExportError,
  frameTheme,
  legendEntries,
  paletteFor,
  withExportStyle,
  type PictureOptions,
} from './picture';
import { stylePx as px, styleText as text, type Styled } from './style-values';
import { canvasMeasure, escapeXml, exportFontsReady, wrapLabel, type Measure } from './text';

export interface SvgExport {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  readonly nodes: number;
  readonly edges: number;
}

/** The font stack as an attribute value (the encoding's stack uses double quotes). */
const SVG_FONT_FAMILY = FONT_FAMILY.replaceAll('"', "'");

/** A style colour as `#rrggbb` (Cytoscape reports colours as `rgb(r,g,b)`). */
function color(ele: Styled, property: string): string {
  const raw = text(ele, property);
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(raw);
  if (!rgb) return raw || '#000000';
  return `#${rgb
    .slice(1, 4)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('')}`;
}

function fontWeight(ele: Styled): number {
  const weight = text(ele, 'font-weight');
  if (weight === 'bold') return 700;
  const n = Number(weight);
  return Number.isFinite(n) && n > 0 ? n : 400;
}

/** `opacity="…"` when below 1. */
function opacityAttr(name: string, opacity: number): string {
  return opacity < 0.999 ? ` ${name}="${num(opacity)}"` : '';
}

/**
 * A label's lines as a `<text>` with one `<tspan>` per line. `top` is the top of the label box;
 * Cytoscape sets each line on the bottom of its line box, which in these fonts sits about a fifth
 * of the size below the baseline.
 */
function labelText(
  ele: NodeSingular | EdgeSingular,
  lines: readonly string[],
  x: number,
  top: number,
  anchor: 'start' | 'middle' | 'end',
  role: string,
): string {
  const size = px(ele, 'font-size');
  const lineHeight = size * (px(ele, 'line-height') || 1);
  const weight = fontWeight(ele);
  const outlineWidth = px(ele, 'text-outline-width');
  const outline =
    outlineWidth > 0 && px(ele, 'text-outline-opacity') > 0
      ? ` stroke="${color(ele, 'text-outline-color')}" stroke-width="${num(2 * outlineWidth)}" stroke-linejoin="round" paint-order="stroke"${opacityAttr('stroke-opacity', px(ele, 'text-outline-opacity'))}`
      : '';
  const opacity = opacityAttr('opacity', px(ele, 'text-opacity'));
  const spans = lines
    .map((line, i) => {
      const y = top + (i + 1) * lineHeight - size * 0.215;
      return `<tspan x="${num(x)}" y="${num(y)}">${escapeXml(line)}</tspan>`;
    })
    .join('');
  return `<text class="${role}" font-size="${num(size)}"${weight !== 400 ? ` font-weight="${weight}"` : ''} fill="${color(ele, 'color')}"${anchor !== 'start' ? ` text-anchor="${anchor}"` : ''}${outline}${opacity}>${spans}</text>`;
}

function labelLines(ele: NodeSingular | EdgeSingular, measure: Measure): string[] {
  const label = text(ele, 'label');
  if (label === '') return [];
  const size = px(ele, 'font-size');
  const weight = fontWeight(ele);
  if (text(ele, 'text-wrap') !== 'wrap') return label.split('\n');
  return wrapLabel(label, px(ele, 'text-max-width'), (line) => measure(line, size, weight));
}

function nodeSvg(node: NodeSingular, measure: Measure): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const tick = node.hasClass('tick');
  if (node.hasClass(BREAK_CLASS)) return axisBreakSvg(node);
  const parts: string[] = [];
  const bgOpacity = px(node, 'background-opacity');
  const border = px(node, 'border-width');
  if (bgOpacity > 0 || border > 0) {
    const fill = bgOpacity > 0 ? color(node, 'background-color') : 'none';
    const stroke =
      border > 0 ? ` stroke="${color(node, 'border-color')}" stroke-width="${num(border)}"` : '';
    parts.push(
      `<path class="shape" d="${nodeShapePath(text(node, 'shape'), x, y, w, h)}" fill="${fill}"${opacityAttr('fill-opacity', bgOpacity)}${stroke}/>`,
    );
  }
  const lines = labelLines(node, measure);
  if (lines.length > 0 && px(node, 'text-opacity') > 0) {
    const size = px(node, 'font-size');
    const height = lines.length * size * (px(node, 'line-height') || 1);
    const valign = text(node, 'text-valign');
    const halign = text(node, 'text-halign');
    const marginX = px(node, 'text-margin-x');
    const marginY = px(node, 'text-margin-y');
    const anchorY = valign === 'top' ? y - h / 2 : valign === 'bottom' ? y + h / 2 : y;
    const top =
      anchorY + marginY - (valign === 'top' ? height : valign === 'center' ? height / 2 : 0);
    const anchorX = halign === 'left' ? x - w / 2 : halign === 'right' ? x + w / 2 : x;
    const anchor = halign === 'left' ? 'end' : halign === 'right' ? 'start' : 'middle';
    parts.push(
      labelText(node, lines, anchorX + marginX, top, anchor, tick ? 'tick-label' : 'label'),
    );
  }
  const id = escapeXml(node.id());
  const attrs = tick
    ? ` class="tick"`
    : ` class="node" data-id="${id}" data-kind="${escapeXml(String(node.data('kind')))}"`;
  return `<g${attrs}${opacityAttr('opacity', node.effectiveOpacity())}>${parts.join('')}</g>`;
}

/** A cut in the timeline's axis: the zig-zag band the canvas draws (timeline-ticks.ts). */
function axisBreakSvg(node: NodeSingular): string {
  const { x, y } = node.position();
  const w = node.width() / 2;
  const h = node.height() / 2;
  const points: string[] = [];
  for (let i = 0; i < BREAK_POLYGON.length; i += 2) {
    points.push(`${num(x + BREAK_POLYGON[i]! * w)} ${num(y + BREAK_POLYGON[i + 1]! * h)}`);
  }
  return `<g class="axis-break"><path d="M${points.join('L')}Z" fill="${color(node, 'background-color')}"/></g>`;
}

/** The dash pattern of a dashed edge (`ele.style` gives it as "7px 4px" or similar). */
function dashPattern(edge: EdgeSingular): string {
  const numbers = text(edge, 'line-dash-pattern').match(/[\d.]+/g) ?? ['6', '3'];
  return numbers.map((n) => num(Number(n))).join(' ');
}

function edgeSvg(edge: EdgeSingular, measure: Measure): string {
  const start = edge.sourceEndpoint();
  const tip = edge.targetEndpoint();
  const controls: Point[] = edge.controlPoints() ?? [];
  const width = px(edge, 'width');
  const arrow = text(edge, 'target-arrow-shape');
  const arrowScale = px(edge, 'arrow-scale') || 1;
  const from = controls.length ? controls[controls.length - 1]! : start;
  const end = shortened(tip, from, arrowGap(arrow, width, arrowScale));
  const lineStyle = text(edge, 'line-style');
  const dash =
    lineStyle === 'dotted'
      ? ' stroke-dasharray="1 1"'
      : lineStyle === 'dashed'
        ? ` stroke-dasharray="${dashPattern(edge)}"`
        : '';
  const parts = [
    `<path class="line" d="${edgePath(start, controls, end)}" fill="none" stroke="${color(edge, 'line-color')}" stroke-width="${num(width)}"${dash}/>`,
  ];
  const head = arrowPath(
    arrow,
    tip,
    { x: tip.x - from.x, y: tip.y - from.y },
    arrowSize(width, arrowScale),
  );
  if (head)
    parts.push(`<path class="arrow" d="${head}" fill="${color(edge, 'target-arrow-color')}"/>`);
  const lines = labelLines(edge, measure);
  if (lines.length > 0) {
    const mid = edge.midpoint();
    const size = px(edge, 'font-size');
    const weight = fontWeight(edge);
    const textW = Math.max(...lines.map((line) => measure(line, size, weight)));
    const textH = lines.length * size;
    const pad = px(edge, 'text-background-padding');
    const bgOpacity = px(edge, 'text-background-opacity');
    const borderW = px(edge, 'text-border-width');
    if (bgOpacity > 0 || borderW > 0) {
      const stroke =
        borderW > 0
          ? ` stroke="${color(edge, 'text-border-color')}" stroke-width="${num(borderW)}"`
          : '';
      parts.push(
        `<rect x="${num(mid.x - textW / 2 - pad)}" y="${num(mid.y - textH / 2 - pad)}" width="${num(textW + 2 * pad)}" height="${num(textH + 2 * pad)}" rx="2" fill="${bgOpacity > 0 ? color(edge, 'text-background-color') : 'none'}"${stroke}/>`,
      );
    }
    parts.push(labelText(edge, lines, mid.x, mid.y - textH / 2, 'middle', 'edge-label'));
  }
  return `<g class="edge" data-id="${escapeXml(edge.id())}" data-relation="${escapeXml(String(edge.data('relation')))}"${opacityAttr('opacity', edge.effectiveOpacity())}>${parts.join('')}</g>`;
}

/** Z-order as Cytoscape draws it: by `z-index`, then in the order the elements were added. */
function byZ<T extends NodeSingular | EdgeSingular>(eles: T[]): T[] {
  return eles
    .map((ele, i) => ({ ele, i, z: px(ele, 'z-index') }))
    .sort((a, b) => a.z - b.z || a.i - b.i)
    .map(({ ele }) => ele);
}

/** Writes the visible graph in `cy` as SVG text (always the whole visible graph). @throws ExportError */
export async function exportSvg(cy: Core, options: PictureOptions): Promise<SvgExport> {
  await exportFontsReady();
  const palette = paletteFor(options.background, options.screenPalette);
  const measure = canvasMeasure(FONT_FAMILY);
  return withExportStyle(
    cy,
    {
      palette,
      screenPalette: options.screenPalette,
      liftLabels: true,
      stylesheetFor: options.stylesheetFor,
    },
    () => {
      const nodes = cy.nodes(':visible').toArray() as NodeSingular[];
      const edges = cy.edges(':visible').toArray() as EdgeSingular[];
      const real = nodes.filter((node) => !node.hasClass('tick'));
      if (real.length === 0) {
        throw new ExportError('empty', 'nothing to export: every node is hidden by the filters');
      }
      const box = cy.elements(':visible').boundingBox();
      const content = {
        width: Math.max(1, Math.ceil(box.w)),
        height: Math.max(1, Math.ceil(box.h)),
      };
      const frame = layoutFrame(content, {
        caption: options.caption,
        legend: options.legend ? legendEntries(cy, options.lang, options.legend) : null,
        theme: frameTheme(palette),
        measure,
        lang: options.lang,
      });
      const fill = backgroundFill(options.background);
      const width = Math.ceil(frame.width);
      const height = Math.ceil(frame.height);
      const dx = frame.content.x - box.x1;
      const dy = frame.content.y - box.y1;
      const title = options.caption?.title ?? 'isms';
      const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SVG_FONT_FAMILY}" lang="${options.lang}">`,
        `  <title>${escapeXml(title)}</title>`,
        ...(fill ? [`  <rect class="background" width="100%" height="100%" fill="${fill}"/>`] : []),
        `  <g class="frame">`,
        marksToSvg(frame.marks),
        `  </g>`,
        `  <g class="graph" transform="translate(${num(dx)} ${num(dy)})">`,
        `    <g class="edges">`,
        ...byZ(edges).map((edge) => `      ${edgeSvg(edge, measure)}`),
        `    </g>`,
        `    <g class="nodes">`,
        ...byZ(nodes).map((node) => `      ${nodeSvg(node, measure)}`),
        `    </g>`,
        `  </g>`,
        '</svg>',
        '',
      ];
      return {
        text: lines.join('\n'),
        width,
        height,
        nodes: real.length,
        edges: edges.length,
      };
    },
  );
}
