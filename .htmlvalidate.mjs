// html-validate settings for the built site (dist/), used by the site check
// `npm run test:site` (scripts/site-checks/html.mjs) and by `npx html-validate dist`.
// This is a .mjs file rather than .htmlvalidate.json so that every switched-off
// rule can say why: html-validate reads .json with plain JSON.parse (no comments).
//
// Everything in html-validate:recommended stays on except where Starlight's
// or Astro's own markup breaks a rule on every page. Markup that breaks a rule
// only in one known Starlight component is let through by selector in
// scripts/site-checks/html.mjs instead, so the rule still guards our pages.
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes <meta ... /> and <link ... />; both forms are valid HTML.
    'void-style': 'off',
    // Starlight's search, menu and theme buttons have no type attribute; the
    // default (submit) only matters inside a <form>, and they are in none.
    'no-implicit-button-type': 'off',
    // Starlight's icons set their size inline (style="--sl-icon-size: 1em;").
    'no-inline-style': 'off',
    // Starlight's page title is <h1 id="_top">: valid HTML (ids just need to be
    // non-empty without spaces); the strict mode also wants a leading letter.
    'valid-id': ['error', { relaxed: true }],
  },
};
