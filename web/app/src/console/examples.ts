// The shelf of example queries for citation work: each runs as it is on the loaded corpus, and shows
// a way of asking that the explorer's buttons do not offer.

export interface Example {
  title: string;
  description: string;
  query: string;
  params: Record<string, unknown>;
}

export const examples: readonly Example[] = [
  {
    title: 'A resolution’s full chain',
    description: 'Everything a resolution recalls or cites, and what those recall, up to six steps back.',
    query: `// Every path of citation back from one resolution, up to six steps
MATCH p = (r:Resolution {symbol: $symbol})-[:RECALLS|CITES]->{1,6}(earlier:Document)
RETURN p
LIMIT 500`,
    params: { symbol: 'A/RES/64/25' },
  },
  {
    title: 'An agenda item’s series over the years',
    description: 'The resolutions adopted under an agenda item, and the earlier ones of its series that they recall, session by session.',
    query: `// An agenda item's series: what was adopted under it, and the earlier resolutions of the series it recalls
MATCH (a:AgendaItem)<-[u:UNDER]-(r:Resolution)
WHERE toLower(a.title) CONTAINS toLower($topic)
MATCH p = (a)<-[:UNDER]-(r)-[:RECALLS*0..1]->(s:Resolution)
WITH s, collect(p) AS paths
RETURN s.symbol AS resolution, coalesce(s.number, s.symbol) AS number, s.adopted AS adopted, s.stub AS textNotLoaded, paths
ORDER BY s.symbol`,
    params: { topic: 'information and telecommunications' },
  },
  {
    title: 'The most cited documents',
    description: 'Documents by the number of distinct documents that recall or cite them.',
    query: `// Documents by how many distinct documents recall or cite them
MATCH (d:Document)<-[:RECALLS|CITES]-(citing:Document)
RETURN d, d.symbol AS symbol, d.title AS title, count(DISTINCT citing) AS citedBy
ORDER BY citedBy DESC, symbol
LIMIT 20`,
    params: {},
  },
  {
    title: 'Expert groups, their founding resolution and its heirs',
    description: 'Each expert group, the resolution that established it, and the resolutions that recalled that one.',
    query: `// Each expert group with the resolution that established it and those that recalled it
MATCH (g:ExpertGroup)-[e:ESTABLISHED_BY]->(founding:Document)
OPTIONAL MATCH (later:Resolution)-[rec:RECALLS]->(founding)
RETURN g.name AS group, g.established AS established, founding.symbol AS establishedBy, g, e, founding,
       collect(DISTINCT later) AS recalledBy, collect(rec) AS recalls, count(DISTINCT later) AS heirs
ORDER BY heirs DESC, group, established`,
    params: {},
  },
];
