import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './test/harness.js';

describe.each(engines())('service endpoints on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('reports health with the database engine and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      db: engine,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it('publishes an OpenAPI 3.1 document generated from the same schemas that validate requests', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/households',
      '/api/v1/households/{id}',
      '/api/v1/persons',
      '/api/v1/persons/{id}',
      '/api/v1/persons/{id}/consents',
      '/api/v1/consents/{id}/withdraw',
      '/api/v1/places',
      '/api/v1/auth/login',
      '/api/v1/audit',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    const body = doc.paths['/api/v1/persons'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(
      expect.arrayContaining(['householdId', 'givenName', 'sex', 'birthDate', 'relationToHead']),
    );
    expect(body.properties.sex.enum).toEqual(['female', 'male']);
    expect(doc.paths['/api/v1/persons'].post.responses['422']).toBeDefined();
  });

  it('exposes Prometheus metrics by route pattern, without ids', async () => {
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/persons/01a2121e-0000-7000-8000-000000000000',
    });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('birge_http_request_duration_seconds_bucket');
    expect(res.body).toContain('route="/api/v1/persons/:id"');
    expect(res.body).not.toContain('01a2121e-0000');
  });

  it('serves the web app for its pages, and a 404 for a missing file', async () => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'birge-web-'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Бірге</title>');
    const web = await createTestApp(engine, { BIRGE_WEB_DIST: dist });
    try {
      const page = await web.app.inject({
        method: 'GET',
        url: '/households/01a2121e-0000-7000-8000-000000000000',
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Бірге</title>');
      // After a deployment an old page may ask for a chunk that no longer exists.
      const chunk = await web.app.inject({ method: 'GET', url: '/assets/index-OLD123.js' });
      expect(chunk.statusCode).toBe(404);
      expect(chunk.headers['content-type']).toMatch(/problem\+json/);
    } finally {
      await web.close();
    }
  });

  it('accepts writes from its own site behind a reverse proxy that sets X-Forwarded-Host', async () => {
    const proxied = await createTestApp(engine, { BIRGE_TRUST_PROXY: 'true' });
    try {
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'nobody-at-all', password: 'wrong-password' },
        headers: {
          host: '127.0.0.1:8080',
          'x-forwarded-host': 'birge.example.kz',
          origin: 'https://birge.example.kz',
          'sec-fetch-site': 'same-origin',
        },
      });
      expect(res.json().code).toBe('invalid_credentials');
      const foreign = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'nobody-at-all', password: 'wrong-password' },
        headers: {
          host: '127.0.0.1:8080',
          'x-forwarded-host': 'birge.example.kz',
          origin: 'https://evil.example',
        },
      });
      expect(foreign.json().code).toBe('cross_site');
    } finally {
      await proxied.close();
    }
  });

  it('tells a signed-out client whether this is a demo installation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/instance' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      mode: 'production',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it('serves human API documentation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});
