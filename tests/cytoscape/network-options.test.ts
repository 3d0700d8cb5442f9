// The Network layout's options by graph size: full quality for small graphs, draft for large.
import { describe, expect, it } from 'vitest';
import {
  defaults,
  NETWORK_DRAFT_ABOVE,
  NETWORK_LABELS_UP_TO,
  networkOptionsFor,
} from '../../src/lib/cytoscape/layouts/network';

describe('networkOptionsFor', () => {
  it('keeps the defaults for the bundled graph and others of its size', () => {
    expect(networkOptionsFor(249)).toBe(defaults);
    expect(networkOptionsFor(NETWORK_DRAFT_ABOVE).quality).toBe('default');
  });

  it('runs in draft quality above the threshold, and leaves labels out of sizes when huge', () => {
    expect(networkOptionsFor(NETWORK_DRAFT_ABOVE + 1)).toMatchObject({
      quality: 'draft',
      nodeDimensionsIncludeLabels: true,
    });
    expect(networkOptionsFor(NETWORK_LABELS_UP_TO + 1).nodeDimensionsIncludeLabels).toBe(false);
    expect(networkOptionsFor(5000).idealEdgeLength).toBe(defaults.idealEdgeLength);
  });
});
