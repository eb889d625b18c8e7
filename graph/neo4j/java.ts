import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { GraphError } from './errors.ts';

export interface Java {
  path: string;
  version: string;
  major: number;
}

/** Neo4j 5.26 runs on Java 17 and 21. */
export const minimumJava = 17;

/** Reads `java -version` output: `openjdk version "17.0.15" 2025-04-15`, or `java version "1.8.0_292"` for old ones. */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
  const version = /version "([^"]+)"/.exec(output)?.[1];
  if (!version) return undefined;
  const [first, second] = version.split(/[._+-]/).map(Number);
  const major = first === 1 ? second : first;
  return major === undefined || Number.isNaN(major) ? undefined : { version, major };
}

/** The java to run: JAVA, else JAVA_HOME/bin/java, else java on the PATH; checked to be Java 17 or newer. */
export async function findJava(options: { java?: string | undefined; javaHome?: string | undefined }): Promise<Java> {
  const path = options.java ?? (options.javaHome ? join(options.javaHome, 'bin', 'java') : 'java');
  const fix = 'install Java 17 or newer (Debian: apt-get install openjdk-17-jre-headless) or point JAVA or JAVA_HOME at one, or set NEO4J_URI to use an existing Neo4j';
  const output = await new Promise<string>((resolve, reject) => {
    execFile(path, ['-version'], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error && (error as { code?: unknown }).code === 'ENOENT') reject(new GraphError('java-missing', `no Java found at ${path}: ${fix}`));
      else resolve(`${stderr}\n${stdout}`);
    });
  });
  const parsed = parseJavaVersion(output);
  if (!parsed) throw new GraphError('java-missing', `${path} -version did not report a Java version: ${fix}`);
  if (parsed.major < minimumJava) {
    throw new GraphError('java-too-old', `Java ${parsed.version} at ${path} is too old for Neo4j 5.26: ${fix}`);
  }
  return { path, ...parsed };
}
