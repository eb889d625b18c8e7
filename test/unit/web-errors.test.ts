import { describe, expect, it } from 'vitest';
import { ApiError, toErrorResponse } from '../../web/server/errors.ts';
import { readListenAddress } from '../../web/server/listen-address.ts';

describe('toErrorResponse', () => {
  it('keeps an ApiError status and message', () => {
    expect(toErrorResponse(new ApiError(400, 'bad-query', 'q is required'))).toEqual({
      status: 400,
      body: { error: { code: 'bad-query', message: 'q is required', details: undefined } },
    });
  });
  it('turns a driver ServiceUnavailable into a 503 the user understands', () => {
    const result = toErrorResponse(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ServiceUnavailable' }));
    expect(result.status).toBe(503);
    expect(result.body.error.code).toBe('database-unreachable');
  });
  it('turns a query stopped by its time limit into a 504 that says so', () => {
    for (const code of ['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']) {
      const result = toErrorResponse(Object.assign(new Error('The transaction has been terminated.'), { code }));
      expect(result.status).toBe(504);
      expect(result.body.error).toMatchObject({ code: 'query-timeout', message: expect.stringContaining('took too long') });
    }
  });
  it('never leaks an internal message', () => {
    const result = toErrorResponse(new Error('secret stack detail'));
    expect(result.status).toBe(500);
    expect(JSON.stringify(result)).not.toContain('secret');
  });
});

describe('readListenAddress', () => {
  it('listens on loopback port 4173 unless told otherwise', () => {
    expect(readListenAddress({})).toEqual({ host: '127.0.0.1', port: 4173 });
    expect(readListenAddress({ HOST: '0.0.0.0', PORT: '8080' })).toEqual({ host: '0.0.0.0', port: 8080 });
  });
  it('names a bad PORT', () => {
    expect(() => readListenAddress({ PORT: 'eighty' })).toThrow(/PORT must be a number/);
  });
});
