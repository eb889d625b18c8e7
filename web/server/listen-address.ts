import { z } from 'zod';

/** Where the server listens: loopback unless HOST is set on purpose. */
export const ListenAddress = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(4173),
});
export type ListenAddress = z.infer<typeof ListenAddress>;

export function readListenAddress(env: NodeJS.ProcessEnv = process.env): ListenAddress {
  const parsed = ListenAddress.safeParse({ host: env.HOST || undefined, port: env.PORT || undefined });
  if (!parsed.success) throw new Error(`PORT must be a number from 0 to 65535, not "${env.PORT}"`);
  return parsed.data;
}
