/** Phase 5 of the layered engine: connected components packed on shelves. */

/**
 * Places component boxes left to right on shelves a little wider than a square drawing would
 * be, the largest component first (ties in input order), so the main lineage leads.
 */
export function packShelves(
  boxes: { minX: number; maxX: number; minY: number; maxY: number }[],
  members: number[][],
  gap: number,
): { dx: number; dy: number }[] {
  let area = 0;
  let widest = 0;
  for (const box of boxes) {
    const w = box.maxX - box.minX;
    area += (w + gap) * (box.maxY - box.minY + gap);
    widest = Math.max(widest, w);
  }
  const shelfWidth = Math.max(widest, Math.sqrt(area) * 1.6);
  const shifts: { dx: number; dy: number }[] = boxes.map(() => ({ dx: 0, dy: 0 }));
  const bySize = boxes
    .map((_, c) => c)
    .sort((a, b) => members[b]!.length - members[a]!.length || a - b);
  let x = 0;
  let y = 0;
  let shelfHeight = 0;
  for (const c of bySize) {
    const box = boxes[c]!;
    const w = box.maxX - box.minX;
    const h = box.maxY - box.minY;
    if (x > 0 && x + w > shelfWidth) {
      x = 0;
      y += shelfHeight + gap;
      shelfHeight = 0;
    }
    shifts[c] = { dx: x - box.minX, dy: y - box.minY };
    x += w + gap;
    shelfHeight = Math.max(shelfHeight, h);
  }
  return shifts;
}
