import { describe, expect, it } from 'vitest';
import { formatWarning, lineageWarnings } from '../../src/lib/domain/graph-warnings';
import { tinyGraphFile } from './queries/tiny-graph';

describe('lineageWarnings', () => {
  it('lists ideologies with no descent parent that are not roots, in file order', () => {
    const file = tinyGraphFile(
      [
        'marxism',
        'leninism',
        'trotskyism',
        'hoxhaism',
        { id: 'lenin', kind: 'person', en: 'Lenin' },
      ],
      [
        'leninism derived_from marxism',
        'trotskyism split_from leninism',
        'hoxhaism part_of leninism',
      ],
    );
    const warnings = lineageWarnings(file);
    expect(warnings.map((w) => [w.id, w.path])).toEqual([
      ['marxism', ['nodes', 0]],
      ['hoxhaism', ['nodes', 3]],
    ]);
    expect(formatWarning(warnings[0]!)).toBe(
      `warning: ideology 'marxism' (marxism) has no descent parent and is not marked root — add a derived_from/split_from edge or "root": true`,
    );
  });

  it('does not warn about a declared root', () => {
    const file = tinyGraphFile(['marxism', 'leninism'], ['leninism derived_from marxism']);
    const rooted = {
      ...file,
      nodes: file.nodes.map((n) => (n.id === 'marxism' ? { ...n, root: true as const } : n)),
    };
    expect(lineageWarnings(rooted)).toEqual([]);
  });
});
