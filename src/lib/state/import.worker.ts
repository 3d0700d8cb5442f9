/**
 * The import worker: reads an opened file (JSON, GraphML, GEXF) off the page's main thread, so a
 * large file never freezes the page. The protocol is import-protocol.ts; the page's side is
 * import-off-thread.ts.
 */
// First: zod must be jitless before any schema parses (the Content-Security-Policy forbids eval).
import '../domain/zod-jitless';
import { answerImport, isImportRequest } from './import-protocol';

self.onmessage = (event: MessageEvent<unknown>) => {
  if (!isImportRequest(event.data)) return;
  answerImport(event.data, (reply) => self.postMessage(reply));
};
