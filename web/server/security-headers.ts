import type { FastifyInstance } from 'fastify';

// The app runs only its own scripts and refuses to be framed; the embed page alone may be framed by
// any origin, which is what it is for. frame-ancestors only governs the framed document itself, so
// its scripts, styles and API calls need no exception.
function policy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

const appPolicy = policy("'none'");
// `*` covers only network schemes: `file:` lets a slide deck opened from disk frame the embed too.
const embedPolicy = policy('* file:');

/** The path other sites may put in an iframe: exactly the one where the page shows the embed (main.ts). */
export function isEmbedPath(url: string): boolean {
  return (url.split(/[?#]/, 1)[0] ?? '') === '/embed';
}

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    const embed = isEmbedPath(request.url);
    reply.header('Content-Security-Policy', embed ? embedPolicy : appPolicy);
    // X-Frame-Options has no "any origin" value: the embed page leaves it out and relies on CSP alone.
    if (!embed) reply.header('X-Frame-Options', 'DENY');
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });
}
