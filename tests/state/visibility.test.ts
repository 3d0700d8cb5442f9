import { describe, expect, it } from 'vitest';
import { createGraphModel } from '../../src/lib/domain/graph-model';
import type { GraphFile } from '../../src/lib/domain/schema';
import { defaultViewState } from '../../src/lib/state/url-state';
import {
  inYearRange,
  neighbourhoodWithin,
  selectionNeighbourhood,
  visibleGraph,
  visibleNeighbours,
} from '../../src/lib/state/visibility';

const src = [{ source: 's', section: 'x' }];
const node = (
  id: string,
  kind: GraphFile['nodes'][number]['kind'],
  start?: number,
  end?: number,
) => ({
  id,
  kind,
  label: { en: id, th: id },
  aliases: [],
  summary: { en: id, th: id },
  ...(start !== undefined ? { time: { start, ...(end !== undefined ? { end } : {}) } } : {}),
  sources: src,
});
const edge = (
  source: string,
  relation: GraphFile['edges'][number]['relation'],
  target: string,
) => ({
  source,
  target,
  relation,
  certainty: 'stated' as const,
  sources: src,
});

// marx —developed→ marxism ←derived_from— leninism ←derived_from— maoism; lonely has no edges.
const model = createGraphModel({
  version: 1,
  meta: { id: 't', title: { en: 't', th: 't' }, sources: [{ id: 's', title: 's' }] },
  nodes: [
    node('marx', 'person', 1818, 1883),
    node('marxism', 'ideology', 1848),
    node('leninism', 'ideology', 1903),
    node('maoism', 'ideology', 1949),
    node('lonely', 'concept'),
  ],
  edges: [
    edge('marx', 'developed', 'marxism'),
    edge('leninism', 'derived_from', 'marxism'),
    edge('maoism', 'derived_from', 'leninism'),
  ],
});

const view = defaultViewState();

describe('visibleGraph', () => {
  it('shows everything by default', () => {
    const v = visibleGraph(model, view);
    expect(v.nodes.size).toBe(5);
    expect(v.edges.size).toBe(3);
    expect([v.totalNodes, v.totalEdges]).toEqual([5, 3]);
  });

  it('hides nodes of unchecked kinds and the edges that touch them', () => {
    const v = visibleGraph(model, { ...view, kinds: ['ideology', 'concept'] });
    expect([...v.nodes].sort()).toEqual(['leninism', 'lonely', 'maoism', 'marxism']);
    expect([...v.edges]).not.toContain('marx__developed__marxism');
  });

  it('hides edges of unchecked relations but keeps their nodes', () => {
    const v = visibleGraph(model, { ...view, relations: ['developed'] });
    expect(v.nodes.size).toBe(5);
    expect([...v.edges]).toEqual(['marx__developed__marxism']);
  });

  it('keeps nodes whose years meet the range, and undated nodes', () => {
    const v = visibleGraph(model, { ...view, from: 1900, to: 1920 });
    // marx died 1883; marxism (from 1848, ongoing) and leninism overlap; maoism starts later.
    expect([...v.nodes].sort()).toEqual(['leninism', 'lonely', 'marxism']);
  });

  it('"hide unconnected" drops nodes without a visible edge', () => {
    const v = visibleGraph(model, { ...view, connected: true });
    expect(v.nodes.has('lonely')).toBe(false);
    const onlyIdeologies = visibleGraph(model, {
      ...view,
      connected: true,
      relations: ['developed'],
    });
    expect([...onlyIdeologies.nodes].sort()).toEqual(['marx', 'marxism']);
  });

  it('Focus isolates the selection’s neighbourhood at the chosen depth', () => {
    const one = visibleGraph(model, { ...view, focus: 'leninism', isolate: true, depth: 1 });
    expect([...one.nodes].sort()).toEqual(['leninism', 'maoism', 'marxism']);
    const two = visibleGraph(model, { ...view, focus: 'leninism', isolate: true, depth: 2 });
    expect([...two.nodes].sort()).toEqual(['leninism', 'maoism', 'marx', 'marxism']);
  });
});

describe('neighbourhoods', () => {
  it('walks edges in both directions up to the depth', () => {
    const n = neighbourhoodWithin(model.edges, 'maoism', 2);
    expect([...n.nodes].sort()).toEqual(['leninism', 'maoism', 'marxism']);
    expect([...n.edges].sort()).toEqual([
      'leninism__derived_from__marxism',
      'maoism__derived_from__leninism',
    ]);
  });

  it('is null when the selection is hidden', () => {
    const v = visibleGraph(model, { ...view, kinds: ['person'] });
    expect(selectionNeighbourhood(model, v, 'maoism', 1)).toBeNull();
  });

  it('lists visible neighbours in label order', () => {
    const v = visibleGraph(model, view);
    expect(visibleNeighbours(model, v, 'marxism')).toEqual(['leninism', 'marx']);
  });
});

describe('inYearRange', () => {
  it('treats a missing end as still going, and BCE years as negative', () => {
    expect(inYearRange(node('x', 'ideology', -400), 1900, null)).toBe(true);
    expect(inYearRange(node('x', 'person', -428, -348), -300, null)).toBe(false);
    expect(inYearRange(node('x', 'person', -428, -348), null, -400)).toBe(true);
  });
});
