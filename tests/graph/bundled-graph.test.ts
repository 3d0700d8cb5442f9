/** The bundled graph: valid, bilingual, cited, and holding the article's own lineages. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countGraph, createGraphModel } from '../../src/lib/domain/graph-model';
import { loadGraphText } from '../../src/lib/domain/load-graph';

const ROOT = resolve(import.meta.dirname, '../..');
const text = readFileSync(resolve(ROOT, 'graph/communism.json'), 'utf8');
const result = loadGraphText(text);

describe('bundled graph', () => {
  it('validates with no problems', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  const graph = result.ok ? result.graph : undefined;
  const model = graph ? createGraphModel(graph) : undefined;

  it('points editors at the generated JSON Schema', () => {
    expect(JSON.parse(text).$schema).toBe('./graph.schema.json');
  });

  it('covers the article: well over 100 nodes and 150 edges, of every kind', () => {
    const counts = countGraph(graph!);
    expect(counts.nodes).toBeGreaterThan(100);
    expect(counts.edges).toBeGreaterThan(150);
    for (const kind of ['ideology', 'person', 'organization', 'state', 'event', 'work'] as const) {
      expect(counts.byKind[kind], kind).toBeGreaterThan(0);
    }
  });

  it('gives every node both labels, both summaries, and a cited section', () => {
    for (const node of graph!.nodes) {
      expect(node.label.en.trim(), node.id).not.toBe('');
      expect(node.label.th, node.id).toMatch(/[\u0E00-\u0E7F]/);
      expect(node.summary.th, node.id).toMatch(/[\u0E00-\u0E7F]/);
      expect(node.sources.length, node.id).toBeGreaterThan(0);
    }
  });

  it('marks every disputed edge with a note in both languages', () => {
    const disputed = graph!.edges.filter((e) => e.certainty === 'disputed');
    expect(disputed.length).toBeGreaterThan(0);
    for (const edge of disputed)
      expect(edge.note?.th, `${edge.source} → ${edge.target}`).toBeTruthy();
  });

  it('keeps names that contain other names apart', () => {
    const ids = new Set(graph!.nodes.map((n) => n.id));
    for (const id of [
      'marxism',
      'leninism',
      'marxism-leninism',
      'maoism',
      'trotskyism',
      'stalinism',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(model!.node('marxism')!.label.th).not.toBe(model!.node('marxism-leninism')!.label.th);
  });

  it('holds the lineage Maoism → Marxism–Leninism → Leninism → Marxism', () => {
    const derived = (from: string, to: string) =>
      model!.outgoing(from).some((e) => e.relation === 'derived_from' && e.target === to);
    expect(derived('maoism', 'marxism-leninism')).toBe(true);
    expect(derived('marxism-leninism', 'leninism')).toBe(true);
    expect(derived('leninism', 'marxism')).toBe(true);
  });
});
