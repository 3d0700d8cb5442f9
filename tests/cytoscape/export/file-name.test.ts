import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/lib/cytoscape/export/file-name';

describe('exportFileName', () => {
  it('names pictures after what they show and the layout', () => {
    expect(exportFileName({ kind: 'focus', id: 'maoism' }, 'png', 'lineage')).toBe(
      'isms-maoism-lineage.png',
    );
    expect(exportFileName({ kind: 'graph', id: 'communism' }, 'svg', 'network')).toBe(
      'isms-communism-network.svg',
    );
    expect(exportFileName({ kind: 'path', from: 'maoism', to: 'marxism' }, 'png', 'lineage')).toBe(
      'isms-path-maoism-marxism.png',
    );
    expect(
      exportFileName({ kind: 'compare', a: 'maoism', b: 'trotskyism' }, 'png', 'network'),
    ).toBe('isms-compare-maoism-trotskyism.png');
  });

  it('leaves the layout out of data files and keeps compound extensions', () => {
    expect(exportFileName({ kind: 'focus', id: 'maoism' }, 'graphml')).toBe('isms-maoism.graphml');
    expect(exportFileName({ kind: 'graph', id: 'communism' }, 'edges.csv')).toBe(
      'isms-communism.edges.csv',
    );
  });

  it('keeps names safe for any file system', () => {
    expect(exportFileName({ kind: 'graph', id: 'My Graph: Ω/2 ' }, 'json')).toBe(
      'isms-my-graph-2.json',
    );
    expect(exportFileName({ kind: 'graph', id: 'ลัทธิ' }, 'json')).toBe('isms.json');
  });
});
