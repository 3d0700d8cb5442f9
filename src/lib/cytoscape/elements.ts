/**
 * Cytoscape element definitions from the graph model. Elements carry only what the stylesheet
 * and the layouts read (kind, labels in both languages, start year, relation, certainty); the
 * details panel reads the model itself.
 */
import type { ElementDefinition } from 'cytoscape';
import { edgeIdOf, type GraphModel } from '../domain/graph-model';
import { withWordBreaks } from '../domain/wrap-label';
import type { Lang } from '../domain/lang';
import { nodeSizing, type NodeSizing } from './node-sizing';

export type { Lang };

export interface NodeElementData extends NodeSizing {
  id: string;
  kind: string;
  en: string;
  th: string;
  /**
   * The label in the current language; rewritten in place when the language changes.
   */
  label: string;
  /** `label` as drawn: with invisible breaks between Thai words (`labelIn`). */
  shown: string;
  /** Start year, when known; the timeline layout reads it. */
  year?: number;
  /** Number of edges at this node: hubs are drawn larger, with labels legible from afar. */
  degree: number;
}

export interface EdgeElementData {
  id: string;
  source: string;
  target: string;
  relation: string;
  certainty: string;
}

/**
 * A node label as the canvas draws it: Cytoscape wraps at whitespace and zero-width spaces
 * only, so the word boundaries Thai writes without spaces get a zero-width space each.
 */
export function labelIn(text: string, lang: Lang): string {
  return withWordBreaks(text, lang);
}

/** All nodes and edges of the model as Cytoscape elements, labelled in `lang`. */
export function elementsFromModel(model: GraphModel, lang: Lang): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const node of model.nodes) {
    const degree = model.outgoing(node.id).length + model.incoming(node.id).length;
    const data: NodeElementData = {
      id: node.id,
      kind: node.kind,
      en: node.label.en,
      th: node.label.th,
      label: node.label[lang],
      shown: labelIn(node.label[lang], lang),
      degree,
      ...nodeSizing(node.kind, degree),
    };
    if (node.time?.start !== undefined) data.year = node.time.start;
    elements.push({ group: 'nodes', data });
  }
  for (const edge of model.edges) {
    const data: EdgeElementData = {
      id: edgeIdOf(edge),
      source: edge.source,
      target: edge.target,
      relation: edge.relation,
      certainty: edge.certainty,
    };
    elements.push({ group: 'edges', data });
  }
  return elements;
}
