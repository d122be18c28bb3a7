/**
 * The site's Content-Security-Policy: scripts, styles, images and fetches from the site's
 * own files only, Pagefind's WebAssembly, and by hash the few inline scripts and style
 * attributes in Starlight's markup; nothing from another host, no `'unsafe-inline'`.
 * A server can send every page's policy as a header (README, Hosting); each page's
 * `<meta>` allows only the style attributes its own chrome has.
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
 * The `style` attributes Starlight writes (CSS variables), by the part of the page that
 * has them: on every page its icons' default size (`<Icon>`, 1em), the sidebar groups'
 * carets (1.25rem) and the theme menu's width (`<Select>`); with a table of contents the
 * mobile one's caret (1rem) and each list's depth (headings h2 and h3: 0 and 1); with a
 * pager its arrows (1.5rem). Allowed one by one (`'unsafe-hashes'` with their hashes);
 * avoiding them would take copies of Starlight's components.
 */
const STARLIGHT_STYLE_ATTRIBUTES = {
  everyPage: ['--sl-icon-size: 1em;', '--sl-icon-size: 1.25rem;', '--sl-select-width: 6.25em'],
  tableOfContents: ['--sl-icon-size: 1rem;', '--depth: 0;', '--depth: 1;'],
  pagination: ['--sl-icon-size: 1.5rem;'],
};

/** What a page's Starlight chrome has beyond every page's: it decides the style attributes the page's policy allows. */
export interface PageChrome {
  tableOfContents: boolean;
  pagination: boolean;
}

/**
 * The style attributes a page with this chrome has; without a page, every page's (the
 * header form). A page's `<meta>` allows only its own: the four hashes a code page does
 * not need are 300 B of every code page (6% of it gzipped), incompressible.
 */
export function styleAttributesOf(chrome?: PageChrome): string[] {
  const { everyPage, tableOfContents, pagination } = STARLIGHT_STYLE_ATTRIBUTES;
  return [...everyPage, ...(!chrome || chrome.tableOfContents ? tableOfContents : []), ...(!chrome || chrome.pagination ? pagination : [])];
}

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

/** The inline scripts of Starlight's components, as the pages carry them. */
export function starlightInlineScripts(): string[] {
  const require = createRequire(import.meta.url);
  return STARLIGHT_INLINE_SCRIPTS.flatMap((component) =>
    inlineScriptsOf(readFileSync(require.resolve(`@astrojs/starlight/components/${component}`), 'utf8')));
}

/** This site's policy for a page with this chrome, or for every page (the header form), from the Starlight installed. */
export function contentSecurityPolicy(chrome?: PageChrome, inlineScripts = starlightInlineScripts()): string {
  return policyOf(inlineScripts, styleAttributesOf(chrome));
}

/** A chrome's key among a build's policies: `toc+pager`, `toc`, `pager` or `plain`. */
export function chromeKey({ tableOfContents, pagination }: PageChrome): string {
  return [tableOfContents && 'toc', pagination && 'pager'].filter(Boolean).join('+') || 'plain';
}

/** The policy of every kind of chrome, by its key: made once for a build, each page takes its own. */
export function policiesByChrome(inlineScripts = starlightInlineScripts()): Record<string, string> {
  const chromes = [false, true].flatMap((tableOfContents) => [false, true].map((pagination) => ({ tableOfContents, pagination })));
  return Object.fromEntries(chromes.map((chrome) => [chromeKey(chrome), contentSecurityPolicy(chrome, inlineScripts)]));
}

/**
 * Hands the policies to components/Head.astro as `import.meta.env.CONTENT_SECURITY_POLICIES`
 * (by chrome), in a build only: `astro dev` goes without.
 */
export function contentSecurityPolicyInBuild(): AstroIntegration {
  return {
    name: 'push-codes:content-security-policy',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { define: { 'import.meta.env.CONTENT_SECURITY_POLICIES': JSON.stringify(policiesByChrome()) } } });
      },
    },
  };
}
