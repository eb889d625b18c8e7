import { Command } from 'commander';
import { registerNeo4j } from '../graph/neo4j/cli.ts';
import { registerSynth } from '../ingest/synth/cli.ts';
import { registerParse } from '../ingest/parse-cli.ts';

const program = new Command('resograph')
  .description('Resograph: a knowledge-graph explorer for United Nations resolutions')
  .showHelpAfterError();

registerParse(program);
program.command('ingest').description('load documents into Neo4j').argument('<paths...>')
  .action(() => notYet('ingest'));
program.command('serve').description('serve the explorer and its API').action(() => notYet('serve'));
registerNeo4j(program);
registerSynth(program);

function notYet(name: string): never {
  console.error(`resograph ${name}: not built yet`);
  process.exit(2);
}

await program.parseAsync(process.argv);
