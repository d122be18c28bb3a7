import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { catalogBuild, NO_SITE_URL } from './catalog-integration.ts';

/** What the integration logs when a build starts, with these settings. */
function logsAtBuildStart(site: string | undefined): string[] {
  const lines: string[] = [];
  const logger = { info: (line: string) => lines.push(line) } as unknown as AstroIntegrationLogger;
  const start = catalogBuild({ contentDir: 'content', base: '/', site, searchIndex: 'in-build' }).hooks['astro:build:start']!;
  void start({ logger } as Parameters<typeof start>[0]);
  return lines;
}

describe('the catalog integration', () => {
  it('says in one line, when a build starts without SITE_URL, that links are paths', () => {
    expect(logsAtBuildStart(undefined)).toEqual([NO_SITE_URL]);
    expect(NO_SITE_URL).toMatch(/^SITE_URL is not set: .*codes\.json .* paths .*SITE_URL=https:\/\/your\.host/);
  });

  it('says nothing of it with SITE_URL', () => {
    expect(logsAtBuildStart('https://errors.example.com')).toEqual([]);
  });
});
