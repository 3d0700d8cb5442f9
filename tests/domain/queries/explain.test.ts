import { describe, expect, it } from 'vitest';
import { explain, shortestPaths } from '../../../src/lib/domain/queries';
import { tinyGraph } from './tiny-graph';

const model = tinyGraph(
  [
    { id: 'marxism', en: 'Marxism', th: 'ลัทธิมากซ์' },
    { id: 'leninism', en: 'Leninism', th: 'ลัทธิเลนิน' },
    { id: 'marxism-leninism', en: 'Marxism–Leninism', th: 'ลัทธิมากซ์–เลนิน' },
    { id: 'maoism', en: 'Maoism', th: 'ลัทธิเหมา' },
    { id: 'trotskyism', en: 'Trotskyism', th: 'ลัทธิทรอตสกี' },
  ],
  [
    'maoism derived_from marxism-leninism',
    'marxism-leninism derived_from leninism',
    'leninism derived_from marxism',
    'trotskyism derived_from leninism ?disputed',
  ],
);
const only = (from: string, to: string, direction: 'forward' | 'any' = 'forward') =>
  shortestPaths(model, from, to, { direction })[0]!;

describe('explain', () => {
  it('reads a path as one English sentence', () => {
    expect(explain(model, only('maoism', 'marxism'), 'en')).toBe(
      'Maoism derived from Marxism–Leninism, which derived from Leninism, which derived from Marxism.',
    );
  });

  it('reads it in Thai with ซึ่ง', () => {
    expect(explain(model, only('maoism', 'marxism'), 'th')).toBe(
      'ลัทธิเหมาพัฒนามาจากลัทธิมากซ์–เลนิน ซึ่งพัฒนามาจากลัทธิเลนิน ซึ่งพัฒนามาจากลัทธิมากซ์',
    );
  });

  it('uses the backward phrase for a step against its edge, and marks uncertain steps', () => {
    const path = only('maoism', 'trotskyism', 'any');
    expect(explain(model, path, 'en')).toBe(
      'Maoism derived from Marxism–Leninism, which derived from Leninism, which gave rise to Trotskyism (disputed).',
    );
    expect(explain(model, path, 'th')).toBe(
      'ลัทธิเหมาพัฒนามาจากลัทธิมากซ์–เลนิน ซึ่งพัฒนามาจากลัทธิเลนิน ซึ่งเป็นรากฐานของลัทธิทรอตสกี (เป็นที่โต้แย้ง)',
    );
  });

  it('names the node of a path without steps', () => {
    expect(explain(model, { nodes: ['maoism'], steps: [] }, 'en')).toBe('Maoism.');
    expect(explain(model, { nodes: ['maoism'], steps: [] }, 'th')).toBe('ลัทธิเหมา');
  });
});
