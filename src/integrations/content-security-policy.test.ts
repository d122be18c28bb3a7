import { describe, expect, it } from 'vitest';
import { chromeKey, contentSecurityPolicy, hashSource, inlineScriptsOf, policiesByChrome, policyOf, styleAttributesOf } from './content-security-policy.ts';

describe('the Content-Security-Policy', () => {
  it('takes each inline script exactly as written, whitespace included, and no other script', () => {
    const source = [
      '<script is:inline>\n\twindow.a = 1;\n</script>',
      '<script>import "./bundled";</script>',
      '<script src="/file.js"></script>',
      '<script is:inline aria-hidden="true">(() => {})();</script>',
    ].join('\n');
    expect(inlineScriptsOf(source)).toEqual(['\n\twindow.a = 1;\n', '(() => {})();']);
  });

  it('hashes as a browser does: SHA-256 of the UTF-8 text, in base64', () => {
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('allows scripts and style attributes by hash only, and nothing from another host', () => {
    expect(policyOf(['a'], ['--x: 1;'])).toBe([
      "default-src 'none'",
      `script-src 'self' 'wasm-unsafe-eval' ${hashSource('a')}`,
      "style-src 'self'",
      `style-src-attr 'unsafe-hashes' ${hashSource('--x: 1;')}`,
      "img-src 'self'",
      "connect-src 'self'",
      "form-action 'self'",
      "base-uri 'none'",
    ].join('; '));
  });

  it('hashes the inline scripts of the Starlight installed', () => {
    const scriptSrc = contentSecurityPolicy().split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc.match(/'sha256-/g)?.length).toBeGreaterThan(0);
  });

  it("allows a page only the style attributes of its own chrome, and the header form every page's", () => {
    const styleHashes = (policy: string) => policy.split('; ').find((d) => d.startsWith('style-src-attr '))!.match(/'sha256-[^']+'/g)!;
    const codePage = contentSecurityPolicy({ tableOfContents: false, pagination: false }, ['a']);
    const withBoth = contentSecurityPolicy({ tableOfContents: true, pagination: true }, ['a']);
    expect(styleHashes(codePage)).toEqual(['--sl-icon-size: 1em;', '--sl-icon-size: 1.25rem;', '--sl-select-width: 6.25em'].map(hashSource));
    expect(styleHashes(contentSecurityPolicy({ tableOfContents: true, pagination: false }, ['a'])))
      .toEqual(expect.arrayContaining([hashSource('--depth: 0;'), hashSource('--depth: 1;'), hashSource('--sl-icon-size: 1rem;')]));
    expect(styleHashes(withBoth)).toHaveLength(7);
    expect(contentSecurityPolicy(undefined, ['a'])).toBe(withBoth);
    expect(styleAttributesOf()).toContain('--sl-icon-size: 1.5rem;');
  });

  it('makes the policy of each kind of chrome once, under its key', () => {
    const policies = policiesByChrome(['a']);
    expect(Object.keys(policies).sort()).toEqual(['pager', 'plain', 'toc', 'toc+pager']);
    expect(policies[chromeKey({ tableOfContents: false, pagination: false })]).toBe(contentSecurityPolicy({ tableOfContents: false, pagination: false }, ['a']));
    expect(policies['toc+pager']).toBe(contentSecurityPolicy(undefined, ['a']));
  });
});
