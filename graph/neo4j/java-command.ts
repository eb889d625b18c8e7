import { delimiter, join } from 'node:path';
import { jvmFlags } from './server-conf.ts';

export const entryPoint = 'org.neo4j.server.CommunityEntryPoint';

export interface CommandInput {
  java: string;
  home: string;
  conf: string;
  lib: string;
  heap: string;
  /** Whether home/plugins holds any file; Neo4j's launcher puts it first on the class path then. */
  plugins: boolean;
}

/** The command line Neo4j's own launcher (`neo4j console`) would run for the same configuration. */
export function javaCommand(input: CommandInput): { command: string; args: string[] } {
  const classPath = [...(input.plugins ? [join(input.home, 'plugins')] : []), input.conf, input.lib].map((dir) => join(dir, '*'));
  return {
    command: input.java,
    args: [
      '-cp',
      classPath.join(delimiter),
      ...jvmFlags,
      '-Dfile.encoding=UTF-8',
      `-Xms${kilobytes(input.heap)}k`,
      `-Xmx${kilobytes(input.heap)}k`,
      entryPoint,
      `--home-dir=${input.home}`,
      `--config-dir=${input.conf}`,
      '--console-mode',
    ],
  };
}

/** 1g -> 1048576, as Neo4j's launcher writes heap sizes. */
export function kilobytes(size: string): number {
  const factor = { k: 1, m: 1024, g: 1024 * 1024 }[size.slice(-1).toLowerCase()];
  if (factor === undefined) throw new Error(`not a memory size: ${size}`);
  return Number(size.slice(0, -1)) * factor;
}
