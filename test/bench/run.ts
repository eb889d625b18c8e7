// `npm run bench`: runs every test/bench/*.bench.ts in turn (or those whose name contains an argument).
// Each prints its figures as ratios against a baseline measured in the same process.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

if (benches.length === 0) {
  console.error(`no benchmark matches ${only.join(' ')}`);
  process.exit(1);
}
for (const file of benches) {
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  const bench = (await import(`./${file}`)) as { default: () => Promise<void> };
  await bench.default();
}
