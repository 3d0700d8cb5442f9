// Layouts, run headless: they are checked by order and rank, never by pixels.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGraphModel } from '../../src/lib/domain/graph-model';
import { validateGraphData } from '../../src/lib/domain/load-graph';
import { elementsFromModel } from '../../src/lib/cytoscape/elements';
import { GraphView } from '../../src/lib/cytoscape/graph-view';
import { compactRanks } from '../../src/lib/cytoscape/layouts/lineage/positions';
import { timelinePositions } from '../../src/lib/cytoscape/layouts/timeline/positions';

function load(path: string) {
  const result = validateGraphData(
    JSON.parse(readFileSync(resolve(import.meta.dirname, path), 'utf8')),
  );
  if (!result.ok) throw new Error(`${path} is invalid: ${result.problems[0]?.message}`);
  return createGraphModel(result.graph);
}

const bundled = load('../../graph/communism.json');
const medium = load('../e2e/fixtures/lineage-medium.json');

const views: GraphView[] = [];
function viewOf(model: ReturnType<typeof load>) {
  const view = new GraphView(null, {}, { animate: false });
  view.setElements(elementsFromModel(model, 'en'));
  views.push(view);
  return view;
}
afterAll(() => views.forEach((v) => v.destroy()));

const y = (view: GraphView, id: string) => view.cy.getElementById(id).position().y;

describe.each([
  ['the bundled graph', bundled],
  ['the hand-drawn lineage', medium],
])('Lineage layout on %s', (_, model) => {
  it('puts ancestors above descendants along derived_from', async () => {
    const view = viewOf(model);
    await view.runLayout('lineage', { animate: false });
    expect(y(view, 'maoism')).toBeGreaterThan(y(view, 'marxism'));
    expect(y(view, 'leninism')).toBeGreaterThan(y(view, 'marxism'));
    expect(y(view, 'marxism-leninism')).toBeGreaterThan(y(view, 'leninism'));
    expect(y(view, 'maoism')).toBeGreaterThan(y(view, 'marxism-leninism'));
    for (const edge of model.edges.filter((e) => e.relation === 'derived_from')) {
      expect(y(view, edge.source), `${edge.source} below ${edge.target}`).toBeGreaterThan(
        y(view, edge.target),
      );
    }
  });

  it('places every node at a finite position', async () => {
    const view = viewOf(model);
    await view.runLayout('lineage', { animate: false });
    view.cy.nodes().forEach((node) => {
      expect(Number.isFinite(node.position().x) && Number.isFinite(node.position().y)).toBe(true);
    });
  });
});

describe('Timeline layout', () => {
  it('never puts a later start year above an earlier one', async () => {
    const view = viewOf(bundled);
    await view.runLayout('timeline', { animate: false });
    const dated = bundled.nodes.filter((n) => n.time?.start !== undefined);
    const sorted = [...dated].sort((a, b) => a.time!.start! - b.time!.start!);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (a.time!.start! < b.time!.start!) {
        expect(y(view, b.id), `${b.id} not above ${a.id}`).toBeGreaterThanOrEqual(y(view, a.id));
      }
    }
    expect(y(view, 'maoism')).toBeGreaterThan(y(view, 'marxism'));
  });

  it('draws year ticks down the axis, in order', async () => {
    const view = viewOf(medium);
    await view.runLayout('timeline', { animate: false });
    const ticks = view.cy
      .nodes('.tick')
      .map((n) => ({ label: n.data('label') as string, y: n.position().y }));
    expect(ticks.length).toBeGreaterThan(3);
    const years = ticks.filter((t) => t.label !== '?').sort((a, b) => a.y - b.y);
    expect(years[0]?.label).toBe('430 BCE');
    // Leaving the timeline removes the axis.
    await view.runLayout('lineage', { animate: false });
    expect(view.cy.nodes('.tick')).toHaveLength(0);
  });

  it('places undated nodes by their neighbours, or in a band of their own at the bottom', () => {
    const { positions, placedYear } = timelinePositions([
      { id: 'a', year: 1800, neighbours: ['c'] },
      { id: 'b', year: 1900, neighbours: ['c'] },
      { id: 'c', neighbours: ['a', 'b'] },
      { id: 'd', neighbours: [] },
    ]);
    expect(placedYear.get('c')).toBe(1900);
    expect(positions.c!.y).toBe(positions.b!.y);
    expect(positions.d!.y).toBeGreaterThan(positions.b!.y);
    expect(placedYear.get('d')).toBeNull();
  });

  it('spreads contemporaries sideways on one row, and wraps crowded rows', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      id: `n${i}`,
      year: 1917,
      neighbours: [],
    }));
    const { positions } = timelinePositions(items);
    const xs = new Set(items.map((n) => `${positions[n.id]!.x},${positions[n.id]!.y}`));
    expect(xs.size).toBe(30);
    const rows = new Set(items.map((n) => positions[n.id]!.y));
    expect(rows.size).toBe(2);
  });
});

describe('compactRanks', () => {
  it('packs each rank, keeps the order within it and the order of ranks', () => {
    const placed = [
      { id: 'a', x: 0, y: 0, width: 50 },
      { id: 'b', x: 5000, y: 100, width: 50 },
      { id: 'c', x: -3000, y: 100, width: 50 },
      { id: 'd', x: 10, y: 200, width: 50 },
    ];
    const p = compactRanks(placed, { nodeSep: 10, rankSep: 80, maxPerRow: 10 });
    expect(p.c!.x).toBeLessThan(p.b!.x);
    expect(p.b!.x - p.c!.x).toBe(60);
    expect(p.a!.y).toBeLessThan(p.b!.y);
    expect(p.b!.y).toBe(p.c!.y);
    expect(p.d!.y).toBeGreaterThan(p.b!.y);
  });
});

describe('Network layout', () => {
  it('places every node at a finite position', async () => {
    const view = viewOf(medium);
    await view.runLayout('network', { animate: false });
    view.cy.nodes().forEach((node) => {
      expect(Number.isFinite(node.position().x)).toBe(true);
    });
    const xs = new Set(view.cy.nodes().map((n) => Math.round(n.position().x)));
    expect(xs.size).toBeGreaterThan(5);
  });
});

describe('GraphView', () => {
  it('hides filtered elements and marks the selection and its neighbourhood', () => {
    const view = viewOf(medium);
    view.setVisible(
      new Set(['maoism', 'marxism-leninism']),
      new Set(['maoism__derived_from__marxism-leninism']),
    );
    expect(view.cy.nodes('.hidden').length).toBe(medium.nodes.length - 2);
    view.setSelection('maoism', {
      nodes: new Set(['maoism', 'marxism-leninism']),
      edges: new Set(['maoism__derived_from__marxism-leninism']),
    });
    expect(view.cy.getElementById('maoism').hasClass('current')).toBe(true);
    expect(view.cy.getElementById('marxism-leninism').hasClass('near')).toBe(true);
    expect(view.cy.getElementById('karl-marx').hasClass('faded')).toBe(true);
  });

  it('relabels in Thai', () => {
    const view = viewOf(medium);
    view.setLanguage('th');
    expect(view.cy.getElementById('maoism').data('label')).toBe('ลัทธิเหมา');
  });

  it('highlights a path and dims the rest', () => {
    const view = viewOf(medium);
    view.highlight({
      nodes: ['maoism', 'marxism-leninism'],
      edges: ['maoism__derived_from__marxism-leninism'],
    });
    expect(view.cy.getElementById('maoism').hasClass('path')).toBe(true);
    expect(view.cy.getElementById('karl-marx').hasClass('dimmed')).toBe(true);
    view.clearHighlight();
    expect(view.cy.$('.path, .dimmed')).toHaveLength(0);
  });

  it('lays out a subset only, leaving the rest where it was', async () => {
    const view = viewOf(medium);
    await view.runLayout('lineage', { animate: false });
    const before = { ...view.cy.getElementById('karl-marx').position() };
    await view.runLayout('timeline', {
      animate: false,
      only: ['maoism', 'marxism-leninism', 'leninism'],
    });
    expect(view.cy.getElementById('karl-marx').position()).toEqual(before);
    expect(y(view, 'maoism')).toBeGreaterThan(y(view, 'leninism'));
  });
});
