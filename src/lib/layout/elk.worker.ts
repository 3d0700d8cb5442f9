/** The layout worker for ELK layered, apart from layout.worker.ts because ELK is 1.4 MB. */
import { elkLayout } from './elk-layout';
import { serveLayoutRequests } from './worker-protocol';

serveLayoutRequests((input, engine, options) => {
  if (engine === 'elk') return elkLayout(input, options);
  throw new Error(`this worker runs elk, not "${engine}"`);
});
