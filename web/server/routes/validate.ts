import type { z } from 'zod';
import { ApiError } from '../errors.ts';

/** The request's input as `schema` reads it, or a 400 that carries the schema's issues. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
  throw new ApiError(400, 'bad-request', `Bad ${what}: ${issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`).join('; ')}`, issues);
}

export function notFound(id: string): ApiError {
  return new ApiError(404, 'not-found', `No node ${JSON.stringify(id)} in the graph`);
}
