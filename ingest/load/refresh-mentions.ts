import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../../graph/neo4j/connection.ts';
import { addCounters, refreshMentions, zeroCounters, type WriteCounters } from '../../graph/neo4j/queries/write-documents.ts';

/**
 * Brings `mentionedIn` up to date on every node the writes marked, a few thousand nodes per transaction.
 * An ingest runs it after its last batch and before its first (to finish a run that was cut short).
 */
export async function refreshAllMentions(conn: GraphConnection, perTransaction = 2000): Promise<{ nodes: number; counters: WriteCounters }> {
  const total = { nodes: 0, counters: zeroCounters() };
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    while (true) {
      const done = await session.executeWrite(async (tx) => {
        const counters = zeroCounters();
        return { nodes: await refreshMentions(tx, perTransaction, counters), counters };
      });
      total.nodes += done.nodes;
      addCounters(total.counters, done.counters);
      if (done.nodes < perTransaction) return total;
    }
  } finally {
    await session.close();
  }
}
