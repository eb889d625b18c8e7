import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../../graph/neo4j/connection.ts';
import type { DocumentWrite } from '../../graph/model/graph-rows.ts';
import {
  deleteOrphans, deleteOwnEdges, readStoredHashes, writeBatchRows, zeroCounters, type WriteCounters,
} from '../../graph/neo4j/queries/write-documents.ts';
import { toBatchRows } from './batch-rows.ts';

export type WriteStatus = 'new' | 'replaced' | 'unchanged';

export interface BatchOutcome {
  statuses: Map<string, WriteStatus>;
  counters: WriteCounters;
}

/**
 * Writes whole documents in ONE managed transaction: all of them or none. Unchanged documents (same
 * content hash) are skipped; changed ones lose the edges they made before, and stubs nothing holds any
 * more go with them. The driver retries transient failures by running the whole function again, so the
 * counters are those of the attempt that committed.
 */
export async function writeBatch(conn: GraphConnection, writes: readonly DocumentWrite[]): Promise<BatchOutcome> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const counters = zeroCounters();
      const stored = await readStoredHashes(tx, writes.map((write) => write.symbol));
      const statuses = new Map<string, WriteStatus>();
      const fresh: DocumentWrite[] = [];
      for (const write of writes) {
        const hash = stored.get(write.symbol);
        const status: WriteStatus = hash === undefined ? 'new' : hash === write.hash ? 'unchanged' : 'replaced';
        statuses.set(write.symbol, status);
        if (status !== 'unchanged') fresh.push(write);
      }
      if (fresh.length > 0) {
        const replaced = fresh.filter((write) => statuses.get(write.symbol) === 'replaced').map((write) => write.symbol);
        const touched = await deleteOwnEdges(tx, replaced, counters);
        await writeBatchRows(tx, toBatchRows(fresh), counters);
        await deleteOrphans(tx, touched, counters);
      }
      return { statuses, counters };
    });
  } finally {
    await session.close();
  }
}
