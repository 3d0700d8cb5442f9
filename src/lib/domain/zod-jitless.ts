/**
 * Turns zod's JIT off. zod compiles object parsers with `new Function` after probing with
 * `Function('')`, which the app's Content-Security-Policy (no 'unsafe-eval') forbids: the probe
 * alone is reported as a violation. Imported first by the app's entry point, before any schema
 * is used; the CLI and the tests keep the JIT (no CSP there, and it is faster on large files).
 */
import { z } from 'zod';

z.config({ jitless: true });
