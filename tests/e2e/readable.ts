/**
 * What "readable" means for the opening view, shared by the e2e tests that check it
 * (opening-view, screenshots): the view once its layout has settled and its labels are
 * decluttered, and the ideology labels that a person could not read in it.
 */
import type { Page } from 'playwright-core';
import type { IsmsHook, ViewSnapshot } from '../../src/lib/cytoscape/snapshot';

/** The view once its layout has settled and its labels are decluttered. */
export async function settledSnapshot(page: Page): Promise<ViewSnapshot> {
  await page.evaluate(async () => {
    await (window as unknown as { __isms: IsmsHook }).__isms.layoutDone();
    // Decluttering runs on the frames after a layout, and once a zoom settles (150 ms).
    await new Promise((done) => setTimeout(done, 400));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  const snapshot = await page.evaluate(() =>
    (window as unknown as { __isms: IsmsHook }).__isms.snapshot(),
  );
  if (snapshot === null) throw new Error('no snapshot: the canvas is not mounted');
  return snapshot;
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Ideology labels that are not readable (not drawn, under 9 px on screen, or covered by
 * another drawn label), each with why.
 */
export function unreadableIdeologies(snapshot: ViewSnapshot): string[] {
  const visible = snapshot.nodes.filter((n) => n.visible);
  const drawn = visible.filter((n) => n.labelVisible);
  const problems: string[] = [];
  for (const node of visible.filter((n) => n.kind === 'ideology')) {
    if (!node.labelVisible) problems.push(`${node.id}: label not drawn`);
    else if (node.labelFontPx < 9) problems.push(`${node.id}: ${node.labelFontPx.toFixed(1)}px`);
    else {
      const cover = drawn.find((m) => m.id !== node.id && overlaps(node.labelBox, m.labelBox));
      if (cover) problems.push(`${node.id}: covered by ${cover.id}`);
    }
  }
  return problems;
}
