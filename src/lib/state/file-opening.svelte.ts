/**
 * A file being read (in the import worker): which file, how large, which phase, for the
 * progress shown while it reads; and Cancel, which stops the read and leaves the graph on
 * screen as it was. Opening another file cancels the one still being read.
 */
import type { ImportPhase } from '../domain/formats/index';

export interface OpeningProgress {
  file: string;
  bytes: number;
  /** `reading` until the worker reports its first phase. */
  phase: ImportPhase | 'reading';
}

export interface OpeningTask {
  signal: AbortSignal;
  onPhase: (phase: ImportPhase) => void;
}

export class FileOpening {
  /** The file being read, or null. */
  progress = $state.raw<OpeningProgress | null>(null);
  /** Whether the last read ended by Cancel (not by its own problems or another file). */
  wasCancelled = false;
  private controller: AbortController | null = null;

  /**
   * Runs `task` as the read of `file` (`bytes` long), with progress shown until it ends;
   * resolves with its value, or null once cancelled.
   */
  async run<T>(
    file: string,
    bytes: number,
    task: (task: OpeningTask) => Promise<T>,
  ): Promise<T | null> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.wasCancelled = false;
    this.progress = { file, bytes, phase: 'reading' };
    const current = () => this.controller === controller;
    try {
      return await task({
        signal: controller.signal,
        onPhase: (phase) => {
          if (current()) this.progress = { file, bytes, phase };
        },
      });
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      if (current()) this.wasCancelled = true;
      return null;
    } finally {
      if (current()) {
        this.controller = null;
        this.progress = null;
      }
    }
  }

  /** Stops the read under way, if any; the graph on screen stays. */
  cancel(): void {
    this.controller?.abort();
  }
}
