import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource, inlineScriptsOf, policyOf } from './content-security-policy.ts';

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
});
