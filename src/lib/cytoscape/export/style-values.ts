/**
 * An element's computed style values, as the pictures (PNG painter, SVG writer) read them:
 * through Cytoscape's `pstyle`, what its own renderer reads. The public `ele.style(name)` and
 * `ele.numericStyle(name)` give the same values (`strValue`; `pfValue`, else `value`) at about
 * ten times the cost, and the PNG painter's plain-line test asks eleven of them for each of
 * 15,000 edges.
 */
import type { EdgeSingular, NodeSingular } from 'cytoscape';

export type Styled = NodeSingular | EdgeSingular;

/** Cytoscape's parsed style of a property; `pstyle` is not in its typings. */
interface ParsedStyle {
  readonly value?: unknown;
  readonly strValue?: unknown;
  readonly pfValue?: unknown;
}

const parsed = (ele: Styled, property: string): ParsedStyle | undefined =>
  (ele as unknown as { pstyle(name: string): ParsedStyle | undefined }).pstyle(property);

/** A style value as text, e.g. `haystack`, `600`, `rgb(79,107,216)`; '' when unset. */
export const styleText = (ele: Styled, property: string): string =>
  String(parsed(ele, property)?.strValue ?? '');

/** A style value as a number in px; 0 when not a number. */
export const stylePx = (ele: Styled, property: string): number => {
  const style = parsed(ele, property);
  const n = Number(style?.pfValue ?? style?.value);
  return Number.isFinite(n) ? n : 0;
};
