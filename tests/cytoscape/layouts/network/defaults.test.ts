// The Network layout's options by graph size: full quality for small graphs, draft for large.
import { describe, expect, it } from 'vitest';
import {
  defaults,
  NETWORK_DRAFT_ABOVE,
  networkOptionsFor,
} from '../../../../src/lib/cytoscape/layouts/network/defaults';

describe('networkOptionsFor', () => {
  it('keeps the defaults for the bundled graph and others of its size', () => {
    expect(networkOptionsFor(249)).toBe(defaults);
    expect(networkOptionsFor(NETWORK_DRAFT_ABOVE).quality).toBe('default');
  });

  it('runs in draft quality above the threshold, on boxes that already hold the labels', () => {
    expect(networkOptionsFor(NETWORK_DRAFT_ABOVE + 1)).toMatchObject({
      quality: 'draft',
      nodeDimensionsIncludeLabels: false,
    });
    expect(networkOptionsFor(5000).idealEdgeLength).toBe(defaults.idealEdgeLength);
  });
});
