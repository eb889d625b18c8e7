import { describe, expect, it } from 'vitest';
import { javaCommand, kilobytes } from '../../graph/neo4j/java-command.ts';
import { jvmFlags, renderConf } from '../../graph/neo4j/server-conf.ts';
import { defaults, layoutOf, readLocalSettings } from '../../graph/neo4j/settings.ts';

describe('readLocalSettings', () => {
  it('takes a 2g heap whole by default, and a 1g page cache taken as the store grows', () => {
    const settings = readLocalSettings({});
    expect(settings).toMatchObject({ heap: '2g', pagecache: '1g', boltPort: undefined, dir: defaults.dir });
    expect(settings.dir.endsWith('/.neo4j')).toBe(true);
  });

  it('takes memory, ports, timeout and repository from the environment', () => {
    const settings = readLocalSettings({
      NEO4J_HEAP: '2G', NEO4J_PAGECACHE: '128m', NEO4J_BOLT_PORT: '7688', NEO4J_HTTP_PORT: '7475',
      NEO4J_START_TIMEOUT: '2.5', RESOGRAPH_MAVEN_REPO: 'http://mirror.example/maven2/',
    });
    expect(settings).toMatchObject({ heap: '2g', pagecache: '128m', boltPort: 7688, httpPort: 7475, startTimeoutMs: 2500, repository: 'http://mirror.example/maven2' });
  });


  it.each([
    ['NEO4J_HEAP', 'lots'],
    ['NEO4J_PAGECACHE', '512'],
    ['NEO4J_BOLT_PORT', '70000'],
    ['NEO4J_HTTP_PORT', 'http'],
    ['NEO4J_START_TIMEOUT', '-1'],
  ])('refuses %s=%s with a bad-config error naming the variable', (name, value) => {
    expect(() => readLocalSettings({ [name]: value })).toThrow(expect.objectContaining({ code: 'bad-config', message: expect.stringContaining(name) }));
  });
});

describe('renderConf', () => {
  const conf = renderConf({ boltPort: 17687, httpPort: 17474, heap: '1g', pagecache: '512m' });
  const lines = conf.split('\n').filter((line) => line && !line.startsWith('#'));

  it('lets Lucene merge ten segments at a time, not two, so a bulk load does not rewrite the search index over and over', () => {
    expect(lines).toContain('internal.dbms.index.lucene.merge_factor=10');
  });

  it('listens on the loopback interface only, advertising the ports it chose', () => {
    expect(lines).toContain('server.default_listen_address=127.0.0.1');
    expect(lines).toContain('server.bolt.listen_address=127.0.0.1:17687');
    expect(lines).toContain('server.bolt.advertised_address=127.0.0.1:17687');
    expect(lines).toContain('server.http.listen_address=127.0.0.1:17474');
    expect(lines).toContain('server.https.enabled=false');
    expect(lines.filter((line) => /listen_address=/.test(line)).every((line) => line.includes('=127.0.0.1'))).toBe(true);
  });

  it('sets heap and page cache explicitly and keeps authentication on', () => {
    expect(lines).toEqual(expect.arrayContaining([
      'server.memory.heap.initial_size=1g', 'server.memory.heap.max_size=1g', 'server.memory.pagecache.size=512m', 'dbms.security.auth_enabled=true',
    ]));
  });

  it('keeps only the transaction logs that recovery needs, not two days of them', () => {
    expect(lines).toContain('db.tx_log.rotation.retention_policy=keep_none');
    expect(lines).toContain('db.tx_log.preallocate=false');
  });

  it('carries the --add-opens flags Java 17 needs, once each', () => {
    const flags = lines.filter((line) => line.startsWith('server.jvm.additional=')).map((line) => line.slice('server.jvm.additional='.length));
    expect(flags).toEqual([...jvmFlags]);
    expect(flags).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(flags).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
  });

  it('writes each setting once, as key=value', () => {
    const keys = lines.map((line) => line.split('=')[0]).filter((key) => key !== 'server.jvm.additional');
    expect(new Set(keys).size).toBe(keys.length);
    expect(lines.every((line) => /^[a-z_.]+=\S+$/.test(line))).toBe(true);
  });
});

describe('javaCommand', () => {
  it('runs the community entry point with home, config, heap and console mode', () => {
    const layout = layoutOf('/srv/project/.neo4j');
    const { command, args } = javaCommand({ java: '/usr/bin/java', home: layout.home, conf: layout.conf, lib: layout.lib, heap: '1g', plugins: false });
    expect(command).toBe('/usr/bin/java');
    expect(args.slice(0, 2)).toEqual(['-cp', '/srv/project/.neo4j/conf/*:/srv/project/.neo4j/lib/*']);
    expect(args.slice(-6)).toEqual([
      '-Xms1048576k', '-Xmx1048576k', 'org.neo4j.server.CommunityEntryPoint',
      '--home-dir=/srv/project/.neo4j', '--config-dir=/srv/project/.neo4j/conf', '--console-mode',
    ]);
  });

  it('puts plugins/ first on the class path when it holds files', () => {
    const { args } = javaCommand({ java: 'java', home: '/h', conf: '/h/conf', lib: '/h/lib', heap: '1g', plugins: true });
    expect(args[1]).toBe('/h/plugins/*:/h/conf/*:/h/lib/*');
  });

  it('converts sizes to kilobytes like Neo4j does', () => {
    expect([kilobytes('512k'), kilobytes('256m'), kilobytes('2g')]).toEqual([512, 262144, 2097152]);
  });
});
