/**
 * A build that runs out of memory says what to set, whichever thread ran out. A source
 * of 100,000 rows (10 MB) in a 256 MB heap: the catalog's worker thread runs out while
 * reading it ("Worker terminated due to reaching memory limit"), in a few seconds.
 */
import { expect, it } from 'vitest';
import { buildWithSources } from './build-content.ts';

function hugeSource(rows: number): string {
  return [
    '---', 'title: A source of 100,000 rows', 'tables:', '  - vendor: tpns', '    surface: server', '---', '',
    '| Error Code | Description | Solution |', '| --- | --- | --- |',
    ...Array.from({ length: rows }, (_, i) => `| ${1_000_000 + i} | The request parameter number ${i} is invalid: check its type and length. | Correct it. |`),
    '',
  ].join('\n');
}

it('ends an out-of-memory build with the heap to build with', () => {
  const build = buildWithSources({ 'huge.md': hugeSource(100_000) }, { BUILD_HEAP_MB: '256' });
  try {
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toMatch(/heap out of memory|reaching memory limit/);
    expect(build.output).toContain('The build ran out of its 256 MB heap: build again with BUILD_HEAP_MB=512');
  } finally {
    build.remove();
  }
}, 300_000);
