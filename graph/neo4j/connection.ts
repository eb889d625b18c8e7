import neo4j, { type Driver } from 'neo4j-driver';
import { toGraphError, type Target } from './driver-errors.ts';
import { GraphError } from './errors.ts';
import { localStatus, startLocalNeo4j, type LocalOptions } from './local-server.ts';

export { GraphError, isGraphError, type GraphErrorCode } from './errors.ts';

/** The one way into Neo4j: a driver, the database every query names, and where it points. */
export interface GraphConnection {
  driver: Driver;
  database: string;
  uri: string;
  /** True for the server this folder runs itself (.neo4j/), false for one named by NEO4J_URI. */
  local: boolean;
}

export interface ConnectOptions extends LocalOptions {
  /** Start the local server when it is not running (ignored when NEO4J_URI is set). */
  start?: boolean;
}

/**
 * NEO4J_URI set: that server (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), nothing is started.
 * Otherwise the local server of this folder, started first when `start` is set.
 * Either way the connection is verified by a query on the database before it is returned.
 */
export async function connect(options: ConnectOptions = {}): Promise<GraphConnection> {
  const env = options.env ?? process.env;
  if (env.NEO4J_URI) {
    const target: Target = { uri: env.NEO4J_URI, user: env.NEO4J_USER || 'neo4j', database: env.NEO4J_DATABASE || 'neo4j', local: false };
    return open(target, env.NEO4J_PASSWORD ?? '');
  }
  const server = options.start ? await startLocalNeo4j(options) : (await localStatus(options)).running;
  if (!server) throw new GraphError('not-running', 'local Neo4j is not running: run `resograph neo4j start`');
  return open({ uri: server.uri, user: server.user, database: 'neo4j', local: true }, server.password);
}

async function open(target: Target, password: string): Promise<GraphConnection> {
  let driver: Driver;
  try {
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, password), {
      connectionTimeout: 10_000,
      logging: { level: 'error', logger: () => {} },
      userAgent: 'resograph',
    });
  } catch (error) {
    throw new GraphError('bad-config', `NEO4J_URI=${target.uri} is not a Neo4j URI: use neo4j://, neo4j+s://, bolt:// or bolt+s:// with a host`, [], { cause: error });
  }
  try {
    await driver.verifyConnectivity({ database: target.database });
    await driver.executeQuery('RETURN 1', {}, { database: target.database, routing: neo4j.routing.READ });
    return { driver, database: target.database, uri: target.uri, local: target.local };
  } catch (error) {
    await driver.close();
    throw toGraphError(error, target) ?? error;
  }
}
