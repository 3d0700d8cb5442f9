import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_GRAPH, readGraphFile } from '../../../scripts/graph-io';
import { createGraphModel } from '../../../src/lib/domain/graph-model';
import { commonAncestry, explain, shortestPaths } from '../../../src/lib/domain/queries';

const loaded = existsSync(BUNDLED_GRAPH) ? readGraphFile(BUNDLED_GRAPH) : undefined;
const model = loaded?.ok ? createGraphModel(loaded.graph) : undefined;

describe.skipIf(!model)(
  'lineage queries on the bundled graph (skipped: graph/communism.json missing or invalid)',
  () => {
    it('leads from Maoism through Marxism–Leninism to Marxism', () => {
      const [path] = shortestPaths(model!, 'maoism', 'marxism');
      expect(path!.nodes[0]).toBe('maoism');
      expect(path!.nodes[1]).toBe('marxism-leninism');
      expect(path!.nodes.at(-1)).toBe('marxism');
      expect(
        path!.steps.every((s) => s.relation === 'derived_from' && s.direction === 'forward'),
      ).toBe(true);
      expect(explain(model!, path!, 'en')).toMatch(
        /^Maoism derived from Marxism–Leninism, .*Marxism\.$/,
      );
    });

    it('finds the same path from the Thai name', () => {
      expect(shortestPaths(model!, 'ลัทธิเหมา', 'marxism')).toEqual(
        shortestPaths(model!, 'maoism', 'marxism'),
      );
    });

    it("keeps Trotskyism's derived_from lineage clear of Marxism–Leninism", () => {
      const paths = shortestPaths(model!, 'trotskyism', 'marxism', { k: 5 });
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) expect(path.nodes).not.toContain('marxism-leninism');
    });

    it('gives Trotskyism and Maoism a common ancestor', () => {
      const { common, lowest } = commonAncestry(model!, ['trotskyism', 'maoism']);
      expect(common.map((c) => c.id)).toContain('marxism');
      expect(lowest.length).toBeGreaterThan(0);
    });
  },
);
