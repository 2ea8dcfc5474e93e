import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { isCrossSite } from './security.js';

function request(method: string, headers: Record<string, string> = {}): FastifyRequest {
  return { method, headers: { host: 'birge.example.kz', ...headers } } as unknown as FastifyRequest;
}

describe('isCrossSite', () => {
  it('reads are never refused', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      expect(
        isCrossSite(
          request(method, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }),
        ),
      ).toBe(false);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('a %s from another site is refused', (method) => {
    expect(isCrossSite(request(method, { 'sec-fetch-site': 'cross-site' }))).toBe(true);
  });

  it('a write from a sibling subdomain (same-site, not same-origin) is refused', () => {
    expect(isCrossSite(request('POST', { 'sec-fetch-site': 'same-site' }))).toBe(true);
  });

  it('a write from the app itself is allowed', () => {
    expect(
      isCrossSite(
        request('POST', { 'sec-fetch-site': 'same-origin', origin: 'https://birge.example.kz' }),
      ),
    ).toBe(false);
  });

  it('a write the user started by typing or a bookmark (Sec-Fetch-Site: none) is allowed', () => {
    expect(isCrossSite(request('POST', { 'sec-fetch-site': 'none' }))).toBe(false);
  });

  it('a script or the CLI, sending neither header, is not a browser and is allowed', () => {
    expect(isCrossSite(request('POST'))).toBe(false);
    expect(isCrossSite(request('POST', { origin: '' }))).toBe(false);
  });

  it('an older browser without Sec-Fetch-Site is judged by Origin against Host', () => {
    expect(isCrossSite(request('POST', { origin: 'https://birge.example.kz' }))).toBe(false);
    expect(isCrossSite(request('POST', { origin: 'https://evil.example' }))).toBe(true);
  });

  it('the port is part of the site', () => {
    const local = { host: 'localhost:3000' };
    expect(isCrossSite(request('POST', { ...local, origin: 'http://localhost:3000' }))).toBe(false);
    expect(isCrossSite(request('POST', { ...local, origin: 'http://localhost:5173' }))).toBe(true);
  });

  it('an opaque origin ("null", from a sandboxed frame or a file) is refused', () => {
    expect(isCrossSite(request('POST', { origin: 'null' }))).toBe(true);
  });

  it('Sec-Fetch-Site saying same-origin does not excuse a foreign Origin', () => {
    expect(
      isCrossSite(
        request('DELETE', { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' }),
      ),
    ).toBe(true);
  });
});
