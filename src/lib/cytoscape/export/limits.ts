/**
 * Canvas size limits. Chromium refuses canvases over 32,767 px a side or about 268 million
 * pixels, Firefox and Safari draw blank or fail lower than that, and a refused canvas gives an
 * empty or broken file without an error. So a picture is kept within a conservative box and, when
 * the requested scale would overflow it, drawn at the largest scale that fits instead.
 */

export const CANVAS_LIMITS = {
  /** Longest side in pixels. */
  maxSide: 16_000,
  /** Most pixels in all. */
  maxArea: 100_000_000,
} as const;

export interface CanvasLimits {
  readonly maxSide: number;
  readonly maxArea: number;
}

export interface ScaleChoice {
  /** The scale to draw at: the requested one, or the largest that fits. */
  readonly scale: number;
  /** Whether `scale` is below the requested scale. */
  readonly reduced: boolean;
  /** The picture's size in pixels at `scale`. */
  readonly width: number;
  readonly height: number;
}

/**
 * The scale for a picture `width` × `height` CSS pixels at scale 1, given the `requested` scale.
 * A reduced scale is rounded down to a tenth (a hundredth below 1), so the notice can say it.
 */
export function fitScale(
  width: number,
  height: number,
  requested: number,
  limits: CanvasLimits = CANVAS_LIMITS,
): ScaleChoice {
  if (!(width > 0 && height > 0))
    throw new RangeError(`fitScale: empty picture ${width}×${height}`);
  if (!(requested > 0)) throw new RangeError(`fitScale: scale must be positive, not ${requested}`);
  const largest = Math.min(
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxArea / (width * height)),
  );
  let scale = requested;
  let reduced = false;
  if (requested > largest) {
    const step = largest >= 1 ? 10 : 100;
    scale = Math.max(Math.floor(largest * step) / step, 1 / step);
    reduced = true;
  }
  // The epsilon keeps 7000 × 2.2 = 15400.000000000002 from becoming 15401.
  return {
    scale,
    reduced,
    width: Math.ceil(width * scale - 1e-6),
    height: Math.ceil(height * scale - 1e-6),
  };
}
