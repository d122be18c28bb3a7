import { describe, expect, it } from 'vitest';
import { normalizeBase, siteSettings } from './site-settings.ts';

describe('siteSettings', () => {
  it('defaults to the root path and no origin: the build invents none', () => {
    expect(siteSettings({})).toEqual({ base: '/', site: undefined, contentDir: 'content' });
    expect(siteSettings({ BASE_PATH: '  ', SITE_URL: '', CONTENT_DIR: '' })).toEqual({ base: '/', site: undefined, contentDir: 'content' });
  });

  it('builds from another content folder inside the project', () => {
    expect(siteSettings({ CONTENT_DIR: '__e2e__/fixtures/hostile/content/' }).contentDir).toBe('__e2e__/fixtures/hostile/content');
    expect(() => siteSettings({ CONTENT_DIR: '/etc' })).toThrow(/CONTENT_DIR must be a folder inside the project/);
    expect(() => siteSettings({ CONTENT_DIR: '../elsewhere' })).toThrow(/CONTENT_DIR/);
  });

  it.each([
    ['/', '/'],
    ['errors', '/errors/'],
    ['/errors', '/errors/'],
    ['errors/', '/errors/'],
    ['/errors/', '/errors/'],
    ['/docs//push//', '/docs/push/'],
  ])('normalizes BASE_PATH %j to %j', (raw, base) => {
    expect(normalizeBase(raw)).toBe(base);
  });

  it.each(['https://example.com/errors/', '//cdn.example.com/x', '/a/../b/', '/with space/', '/a?b', '/a#b', '/a%20b/'])(
    'rejects BASE_PATH %j',
    (raw) => {
      expect(() => normalizeBase(raw)).toThrow(/BASE_PATH/);
    },
  );

  it('keeps only the origin of SITE_URL', () => {
    expect(siteSettings({ SITE_URL: 'https://errors.example.com/' }).site).toBe('https://errors.example.com');
    expect(siteSettings({ SITE_URL: 'https://Errors.Example.com:8443' }).site).toBe('https://errors.example.com:8443');
  });

  it('accepts a SITE_URL whose path is the base path', () => {
    expect(siteSettings({ SITE_URL: 'https://example.com/errors/', BASE_PATH: '/errors/' })).toEqual({
      base: '/errors/',
      site: 'https://example.com',
      contentDir: 'content',
    });
  });

  it.each([
    [{ SITE_URL: 'errors.example.com' }, /absolute URL/],
    [{ SITE_URL: 'ftp://example.com' }, /http/],
    [{ SITE_URL: 'https://example.com/?x=1' }, /scheme, host and port/],
    [{ SITE_URL: 'https://example.com/errors/' }, /BASE_PATH/],
    [{ SITE_URL: 'https://example.com/other/', BASE_PATH: '/errors/' }, /BASE_PATH/],
  ])('rejects %j', (env, message) => {
    expect(() => siteSettings(env)).toThrow(message);
  });
});
