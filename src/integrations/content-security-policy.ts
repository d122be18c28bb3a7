/**
 * The site's Content-Security-Policy: scripts, styles, images and fetches from the site's
 * own files only, Pagefind's WebAssembly, and by hash the few inline scripts and style
 * attributes in Starlight's markup; nothing from another host, no `'unsafe-inline'`.
 * One policy for every page, so that a server can send it as a header (README, Hosting).
 *
 * In a build, components/Head.astro puts it in a `<meta>` first in each page's head,
 * before the title and any script; `astro dev` goes without (Vite's dev server injects
 * inline scripts and styles). Astro's own `security.csp` is not used: it writes its
 * `<meta>` at the end of the head, after the title and Starlight's theme script, and
 * hashes only the scripts Astro bundles, not Starlight's `is:inline` ones.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';

/** Starlight components rendered on this site's pages whose `<script is:inline>` run as they are written. */
const STARLIGHT_INLINE_SCRIPTS = ['ThemeProvider.astro', 'ThemeSelect.astro', 'SidebarPersister.astro'];

/**
 * The `style` attributes Starlight writes (CSS variables): its icons' sizes (`<Icon>`: 1em
 * by default, 1rem in the mobile table of contents, 1.25rem in the sidebar, 1.5rem in the
 * pager), the theme menu's width (`<Select>`), and the depth of each list of the table of
 * contents (headings h2 and h3: depths 0 and 1). Allowed one by one (`'unsafe-hashes'` with
 * their hashes); avoiding them would take copies of Starlight's components.
 */
const STARLIGHT_STYLE_ATTRIBUTES = [
  '--sl-icon-size: 1em;',
  '--sl-icon-size: 1rem;',
  '--sl-icon-size: 1.25rem;',
  '--sl-icon-size: 1.5rem;',
  '--sl-select-width: 6.25em',
  '--depth: 0;',
  '--depth: 1;',
];

/** The text of each `<script is:inline>` in an Astro component's source, as Astro writes it into the page. */
export function inlineScriptsOf(astroSource: string): string[] {
  return [...astroSource.matchAll(/<script\s+is:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}

/** A CSP hash source: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy, from the inline scripts and style attributes the pages have. */
export function policyOf(inlineScripts: readonly string[], styleAttributes: readonly string[]): string {
  const directives = [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.map(hashSource).join(' ')}`,
    "style-src 'self'",
    `style-src-attr 'unsafe-hashes' ${styleAttributes.map(hashSource).join(' ')}`,
    "img-src 'self'",
    "connect-src 'self'",
    // The code lookup is a form that asks the site's /code/ page.
    "form-action 'self'",
    "base-uri 'none'",
  ];
  return directives.join('; ');
}

/** This site's policy, from the Starlight installed. */
export function contentSecurityPolicy(): string {
  const require = createRequire(import.meta.url);
  const scripts = STARLIGHT_INLINE_SCRIPTS.flatMap((component) =>
    inlineScriptsOf(readFileSync(require.resolve(`@astrojs/starlight/components/${component}`), 'utf8')));
  return policyOf(scripts, STARLIGHT_STYLE_ATTRIBUTES);
}

/** Hands the policy to components/Head.astro as `import.meta.env.CONTENT_SECURITY_POLICY`, in a build only. */
export function contentSecurityPolicyInBuild(): AstroIntegration {
  return {
    name: 'push-codes:content-security-policy',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { define: { 'import.meta.env.CONTENT_SECURITY_POLICY': JSON.stringify(contentSecurityPolicy()) } } });
      },
    },
  };
}
