// The generator API: plans the corpus once, then yields one resolution at a time, so that a caller
// can write each text and let it go (25,000 texts are never held together).
import { type CorpusPlan, type SynthOptions, planCorpus } from './plan.ts';
import { specFor } from './plan-specs.ts';
import type { ResolutionSpec } from './spec.ts';
import { type SynthResolution, synthesizeResolution } from './synthesize-resolution.ts';

export function* resolutionSpecs(plan: CorpusPlan): Generator<ResolutionSpec> {
  for (let i = Math.max(0, plan.firstWritten); i < plan.members.length; i++) yield specFor(plan, i);
}

/** Yields `count` synthetic resolutions, oldest session first; the same options give the same texts. */
export function* generateResolutions(options: SynthOptions): Generator<SynthResolution> {
  for (const spec of resolutionSpecs(planCorpus(options))) yield synthesizeResolution(spec);
}
