/** What varies between starts of the local server. */
export interface ServerConfig {
  boltPort: number;
  httpPort: number;
  heap: string;
  pagecache: string;
}

/**
 * The JVM flags of the neo4j.conf that Neo4j 5.26's own distribution ships: the --add-opens let the
 * page cache and Netty reach into java.base on Java 17+, the rest are its tuning defaults.
 */
export const jvmFlags: readonly string[] = Object.freeze([
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
]);

/** neo4j.conf for a loopback-only server. Neo4j 5 refuses unknown setting names, so a typo here fails the start. */
export function renderConf(config: ServerConfig): string {
  const settings: [string, string][] = [
    ['server.default_listen_address', '127.0.0.1'],
    ['server.default_advertised_address', '127.0.0.1'],
    ['server.bolt.enabled', 'true'],
    ['server.bolt.listen_address', `127.0.0.1:${config.boltPort}`],
    // Routing (neo4j://) hands out the advertised address, so it must carry the chosen port.
    ['server.bolt.advertised_address', `127.0.0.1:${config.boltPort}`],
    ['server.http.enabled', 'true'],
    ['server.http.listen_address', `127.0.0.1:${config.httpPort}`],
    ['server.http.advertised_address', `127.0.0.1:${config.httpPort}`],
    ['server.https.enabled', 'false'],
    ['server.memory.heap.initial_size', config.heap],
    ['server.memory.heap.max_size', config.heap],
    ['server.memory.pagecache.size', config.pagecache],
    ['dbms.security.auth_enabled', 'true'],
    // Transaction logs are otherwise preallocated at 256 MiB per database: half a gigabyte of disk for an empty graph.
    ['db.tx_log.preallocate', 'false'],
    ['db.tx_log.rotation.size', '64m'],
    // Neo4j keeps two days of transaction logs by default, for backups and clusters a local server does not
    // have: a 25,000-document load writes about 1.5 GB of them, and a day of reloads filled 11 GB. Only what
    // recovery needs is kept; a checkpoint (every 250 MB of log) lets the rest go.
    ['db.tx_log.rotation.retention_policy', 'keep_none'],
    ['dbms.usage_report.enabled', 'false'],
    // Neo4j merges its Lucene (full-text) segments two at a time, so a bulk load rewrites the search index
    // over and over: 5-6 s of the server's CPU in a 25,000-document load, 1.1 s with Lucene's own default of 10.
    // Searches read a few more segments; at this size that is not measurable.
    ['internal.dbms.index.lucene.merge_factor', '10'],
    // Bolt's Netty waits a 5 s quiet period twice on shutdown by default; a local server can stop at once.
    ['internal.dbms.bolt.netty_server_shutdown_quiet_period', '0'],
    ['internal.dbms.bolt.netty_server_shutdown_timeout', '2'],
    ...jvmFlags.map((flag): [string, string] => ['server.jvm.additional', flag]),
  ];
  return `# Written by resograph at every start of the local server; edits here are overwritten.\n${settings.map(([k, v]) => `${k}=${v}`).join('\n')}\n`;
}
