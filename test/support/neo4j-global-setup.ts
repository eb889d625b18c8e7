// Starts (or reuses) the Neo4j the tests talk to. Filled in by the foundation work.
export default async function setup(): Promise<void> {}
