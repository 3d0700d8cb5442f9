/**
 * The languages isms speaks: every label and summary has an English and a Thai text, and the
 * app, its URL (`lang=`) and the CLI (`--lang`) choose between them. Declared once, here.
 */

/** The languages, in the order the app offers them; the first is the default. */
export const LANGS = ['en', 'th'] as const;

/** A language of the graph's texts and of the app. */
export type Lang = (typeof LANGS)[number];
