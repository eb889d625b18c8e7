import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import type { SearchMatch, SearchQuery, SearchResult } from '../../model/api.ts';
import { nodeMap, readConfig, toNodeData, type NodeRow } from './elements.ts';
import { toDocumentLucene, toLuceneWords, toNameLucene, toSymbolCandidates } from './search-terms.ts';

// Search by symbol (any common spelling), by words of a title or paragraph (full-text index documentText),
// and by the name of a conference, group, instrument, series or place (full-text index entityName).
// Symbol matches rank first; the rest by Lucene score.

const symbolScore = 1000;

const bySymbolQuery = `
  CALL () {
    UNWIND $exact AS symbol
    MATCH (n:Document {symbol: symbol})
    RETURN n, 2.0 AS score
    UNION
    UNWIND $prefixes AS prefix
    MATCH (n:Document) WHERE n.symbol STARTS WITH prefix
    RETURN n, 1.0 AS score
  }
  WITH n, max(score) AS score ORDER BY score DESC, n.symbol LIMIT $limit
  RETURN ${nodeMap('n')} AS node, score, 'symbol' AS match`;

const byDocumentTextQuery = `
  CALL db.index.fulltext.queryNodes('documentText', $lucene, {limit: $limit}) YIELD node AS n, score
  WHERE n:Document
  RETURN ${nodeMap('n')} AS node, score,
    CASE WHEN any(word IN $plain WHERE toLower(coalesce(n.title, '')) CONTAINS word) THEN 'title' ELSE 'text' END AS match`;

const byNameQuery = `
  CALL db.index.fulltext.queryNodes('entityName', $lucene, {limit: $limit}) YIELD node AS n, score
  RETURN ${nodeMap('n')} AS node, score, 'name' AS match`;

export async function searchGraph(conn: GraphConnection, { q, limit }: SearchQuery): Promise<SearchResult[]> {
  const config = readConfig(conn);
  const candidates = toSymbolCandidates(q);
  const words = toLuceneWords(q);
  const plain = q.toLowerCase().split(/\s+/).filter((word) => word.length > 2);
  const size = neo4j.int(limit);
  const [symbols, texts, names] = await Promise.all([
    candidates.exact.length + candidates.prefixes.length > 0
      ? conn.driver.executeQuery(bySymbolQuery, { ...candidates, limit: size }, config)
      : null,
    words.length > 0 ? conn.driver.executeQuery(byDocumentTextQuery, { lucene: toDocumentLucene(words), plain, limit: size }, config) : null,
    words.length > 0 ? conn.driver.executeQuery(byNameQuery, { lucene: toNameLucene(words), limit: size }, config) : null,
  ]);
  const results = new Map<string, SearchResult>();
  for (const [result, offset] of [[symbols, symbolScore], [texts, 0], [names, 0]] as const) {
    for (const record of result?.records ?? []) {
      const node = toNodeData(record.get('node') as NodeRow);
      const score = offset + Number(record.get('score'));
      const known = results.get(node.id);
      if (known && known.score >= score) continue;
      results.set(node.id, {
        id: node.id, type: node.type, label: node.label, title: node.title, date: node.date, body: node.body,
        score: Math.round(score * 1000) / 1000, match: record.get('match') as SearchMatch,
      });
    }
  }
  return [...results.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
