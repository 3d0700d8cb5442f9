import { describe, expect, it } from 'vitest';
import { fromGEXF, toGEXF } from '../../../src/lib/domain/formats/gexf';
import { fromGraphML, toGraphML } from '../../../src/lib/domain/formats/graphml';
import { tinyGraphFile } from '../queries/tiny-graph';

const graph = tinyGraphFile(
  [
    { id: 'marxism', en: 'Marxism', th: 'ลัทธิมากซ์' },
    { id: 'leninism', en: 'Leninism', th: 'ลัทธิเลนิน' },
  ],
  ['leninism derived_from marxism'],
);
const positions = { marxism: { x: 10.5, y: -20 }, leninism: { x: 10.5, y: 120 } };

describe('positions in exported drawings', () => {
  it('GEXF carries each node centre as viz:position, and still reads back as the same graph', () => {
    const gexf = toGEXF(graph, { positions });
    expect(gexf).toMatch(/<node id="marxism"[^]*?<viz:position x="10.5" y="-20" z="0"\/>/);
    expect(gexf).toMatch(/<node id="leninism"[^]*?<viz:position x="10.5" y="120" z="0"\/>/);
    const back = fromGEXF(gexf);
    expect(back.ok && back.graph.nodes.map((n) => n.id)).toEqual(['marxism', 'leninism']);
  });

  it('GraphML carries x and y node data, and still reads back as the same graph', () => {
    const graphml = toGraphML(graph, { positions });
    expect(graphml).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(graphml).toMatch(
      /<node id="leninism">[^]*?<data key="n_x">10.5<\/data>\s*<data key="n_y">120<\/data>/,
    );
    const back = fromGraphML(graphml);
    expect(back.ok && back.graph.edges).toHaveLength(1);
  });

  it('writes no positions when none are given', () => {
    expect(toGEXF(graph)).not.toContain('viz:position');
    expect(toGraphML(graph)).not.toContain('attr.name="x"');
  });
});
