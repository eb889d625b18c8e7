import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../../graph/neo4j/connection.ts';
import { mapLimit } from '../../graph/neo4j/map-limit.ts';
import { addCounters, readPending, refreshMentions, zeroCounters, type WriteCounters } from '../../graph/neo4j/queries/write-documents.ts';

export interface RefreshOptions {
  /** Nodes refreshed in one transaction. */
  perTransaction?: number;
  /** Transactions at once: each takes nodes of its own, so they never wait on one another's locks. */
  concurrency?: number;
}

/**
 * Brings `mentionedIn` up to date on every node the writes marked, a few thousand nodes per transaction,
 * two transactions at once (a single one keeps the server on one core: 1.0 s for 70,000 nodes, 0.6 s
 * so). The marked nodes are read a page at a time, so memory stays flat however many there are. An
 * ingest runs it after its last batch and before its first (to finish a run that was cut short).
 */
export async function refreshAllMentions(conn: GraphConnection, options: RefreshOptions = {}): Promise<{ nodes: number; counters: WriteCounters }> {
  const { perTransaction = 2000, concurrency = 2 } = options;
  const total = { nodes: 0, counters: zeroCounters() };
  const page = perTransaction * concurrency * 5;
  while (true) {
    const ids = await readPendingPage(conn, page);
    const chunks: string[][] = [];
    for (let start = 0; start < ids.length; start += perTransaction) chunks.push(ids.slice(start, start + perTransaction));
    await mapLimit(chunks, concurrency, async (chunk) => {
      const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        const done = await session.executeWrite(async (tx) => {
          const counters = zeroCounters();
          return { nodes: await refreshMentions(tx, chunk, counters), counters };
        });
        total.nodes += done.nodes;
        addCounters(total.counters, done.counters);
      } finally {
        await session.close();
      }
    });
    if (ids.length < page) return total;
  }
}

// Read on the leader, as a write transaction: a cluster's follower may not have the last batch's marks yet.
async function readPendingPage(conn: GraphConnection, limit: number): Promise<string[]> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => readPending(tx, limit));
  } finally {
    await session.close();
  }
}
