/**
 * Text on its way to a terminal: graph files are untrusted, and a label holding ESC, OSC or BEL
 * sequences would otherwise recolour, retitle or rewrite the user's terminal (or hide a line),
 * and bidirectional overrides would make printed text read differently from what it is.
 */

/**
 * C0 controls but tab and line feed (which the CLI's own output uses), DEL, C1 controls (U+009B
 * is CSI on its own), and the bidirectional embeddings, overrides and isolates.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every character a terminal would act on written as a `\uXXXX` escape. The escape is
 * JSON's own, so JSON output stays valid JSON with the same values after passing through here.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
