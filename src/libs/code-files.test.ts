import { describe, expect, it } from 'vitest';
import { codeFiles, type CodeFilesInput } from './code-files.ts';
import type { ExportedCode } from './site-index.ts';

const code = (vendor: string, surface: string, number: string, summary: string | null, base = '/'): ExportedCode => ({
  vendor, surface, code: number, url: `https://errors.example.com${base}${vendor}/${surface}/${number}/`, summary,
  numeric: /^-?\d+$/.test(number), likelySameAs: [], meanings: [],
});

const input = (codes: ExportedCode[], more: Partial<CodeFilesInput> = {}): CodeFilesInput => ({
  codes, removed: [], base: '/', site: 'https://errors.example.com',
  catalogLabel: (vendor, surface) => `${vendor.toUpperCase()} ${surface}`, ...more,
});

describe('files per code', () => {
  it('gives each code its JSON, the codes.json item itself', () => {
    const codes = [code('tpns', 'server', '1008001', 'Parameter parse error'), code('fcm', 'server', 'UNREGISTERED', 'gone')];
    const files = codeFiles(input(codes));
    expect(JSON.parse(files.get('tpns/server/1008001.json')!)).toEqual(codes[0]);
    expect(JSON.parse(files.get('fcm/server/UNREGISTERED.json')!)).toEqual(codes[1]);
  });

  it('sends a number one catalog uses to its code, and leaves numbers several use to their own page', () => {
    const files = codeFiles(input([
      code('tpns', 'server', '1008001', 'Parameter parse error'),
      code('huawei', 'server', '503', 'busy'), code('fcm', 'server', '503', 'unavailable'),
      code('fcm', 'server', 'UNREGISTERED', 'gone'),
    ]));
    expect([...files.keys()].filter((path) => path.startsWith('code/'))).toEqual(['code/1008001/index.html']);
    const page = files.get('code/1008001/index.html')!;
    expect(page).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/tpns/server/1008001/">');
    expect(page).toContain('<link rel="canonical" href="https://errors.example.com/tpns/server/1008001/">');
    expect(page).toContain('<h1>1008001 · TPNS server</h1>');
    expect(page).toContain('<a href="/tpns/server/1008001/">1008001 · TPNS server: Parameter parse error</a>');
  });

  it('keeps the base path in every path it writes and links', () => {
    const files = codeFiles(input([code('tpns', 'server', '-10002', null, '/errors/')], { base: '/errors/' }));
    expect([...files.keys()]).toEqual(['tpns/server/-10002.json', 'code/-10002/index.html']);
    const page = files.get('code/-10002/index.html')!;
    expect(page).toContain('url=/errors/tpns/server/-10002/');
    expect(page).toContain('href="/errors/favicon.svg"');
    expect(page).toContain('-10002 · TPNS server: no description in the source');
  });

  it('escapes what the sources say', () => {
    const page = codeFiles(input([code('tpns', 'server', '1', '<script>alert(1)</script> & "x"')])).get('code/1/index.html')!;
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; "x"');
  });

  it('keeps a removed code\'s JSON, saying when it left', () => {
    const files = codeFiles(input([], {
      base: '/errors/',
      removed: [{ path: '/tpns/server/99.json', removed: '2026-11-01' }, { path: '/tpns/server/99/', removed: '2026-11-01' }],
    }));
    expect([...files.keys()]).toEqual(['tpns/server/99.json']);
    expect(JSON.parse(files.get('tpns/server/99.json')!)).toEqual({
      vendor: 'tpns', surface: 'server', code: '99', url: 'https://errors.example.com/errors/tpns/server/99/', removed: '2026-11-01',
    });
  });
});
