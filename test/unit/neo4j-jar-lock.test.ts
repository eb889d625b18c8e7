import { describe, expect, it } from 'vitest';
import { coordinatesOf, fileNameOf, parseDependencyList, readJarLock, urlOf } from '../../graph/neo4j/jar-lock.ts';

describe('parseDependencyList', () => {
  const output = `
The following files have been resolved:
   org.neo4j:neo4j-kernel:jar:5.26.30:compile:/root/.m2/repository/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar -- module org.neo4j.kernel
   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.137.Final:compile:/m2/io/netty/netty-transport-native-epoll-4.1.137.Final-linux-x86_64.jar
   com.github.luben:zstd-jni:jar:1.5.6-6:runtime:C:\\m2\\zstd-jni-1.5.6-6.jar
   org.neo4j:parent:pom:5.26.30:import:/m2/parent.pom
`;

  it('reads coordinates, classifiers and paths, and skips what is not a jar', () => {
    expect(parseDependencyList(output)).toEqual([
      { jar: { group: 'org.neo4j', artifact: 'neo4j-kernel', version: '5.26.30' }, path: '/root/.m2/repository/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar' },
      { jar: { group: 'io.netty', artifact: 'netty-transport-native-epoll', version: '4.1.137.Final', classifier: 'linux-x86_64' }, path: '/m2/io/netty/netty-transport-native-epoll-4.1.137.Final-linux-x86_64.jar' },
      { jar: { group: 'com.github.luben', artifact: 'zstd-jni', version: '1.5.6-6' }, path: 'C:\\m2\\zstd-jni-1.5.6-6.jar' },
    ]);
  });
});

describe('Maven names', () => {
  const epoll = { group: 'io.netty', artifact: 'netty-transport-native-epoll', version: '4.1.137.Final', classifier: 'linux-x86_64' };

  it('builds Maven Central URLs and file names, with the classifier', () => {
    expect(urlOf(epoll, 'https://repo1.maven.org/maven2')).toBe(
      'https://repo1.maven.org/maven2/io/netty/netty-transport-native-epoll/4.1.137.Final/netty-transport-native-epoll-4.1.137.Final-linux-x86_64.jar',
    );
    expect(fileNameOf({ group: 'org.neo4j', artifact: 'neo4j', version: '5.26.30' })).toBe('neo4j-5.26.30.jar');
    expect(coordinatesOf(epoll)).toBe('io.netty:netty-transport-native-epoll:4.1.137.Final:linux-x86_64');
  });
});

describe('jars.lock.json', () => {
  const lock = readJarLock();

  it('pins one Neo4j 5.26 patch with its server entry point, Bolt and Browser', () => {
    expect(lock.neo4j).toMatch(/^5\.26\.\d+$/);
    const names = lock.jars.map(coordinatesOf);
    for (const artifact of ['org.neo4j:neo4j', 'org.neo4j.app:neo4j-server', 'org.neo4j:neo4j-bolt', 'org.neo4j:neo4j-cypher', 'org.neo4j:neo4j-command-line']) {
      expect(names).toContain(`${artifact}:${lock.neo4j}`);
    }
    expect(names.some((name) => name.startsWith('org.neo4j.client:neo4j-browser:'))).toBe(true);
  });

  it('names every jar once, each under its own file name', () => {
    const files = lock.jars.map(fileNameOf);
    expect(new Set(files).size).toBe(files.length);
  });

  it('holds no test-only artifacts', () => {
    expect(lock.jars.filter((jar) => /junit|mockito|assertj|test-utils/.test(jar.artifact))).toEqual([]);
  });
});
