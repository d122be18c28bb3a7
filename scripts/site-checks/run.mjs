// `npm run test:site`: every site quality gate over the built site in dist/
// (or the folder given as first argument), honouring BASE_PATH and SITE_URL.
//   links            internal links, anchors and resources resolve; nothing off-host
//   html             html-validate on every page
//   reproducibility  two fresh builds are byte-identical (SKIP_REPRO_CHECK=1 skips it)
import { existsSync } from 'node:fs';
import { checkHtml } from './html.mjs';
import { checkLinks } from './links.mjs';
import { checkSettings, report } from './dist.mjs';
import { checkReproducible } from './reproducible.mjs';

const settings = checkSettings();
if (!existsSync(settings.dist)) {
  console.error(`site checks: ${settings.dist} does not exist: run \`npm run build\` first.`);
  process.exit(1);
}
console.log(`site checks over ${settings.dist} (base path ${settings.base}, site ${settings.site})`);

const results = [];
results.push(['links', report('links', checkLinks(settings))]);
results.push(['html', report('html', await checkHtml(settings))]);
if (process.env.SKIP_REPRO_CHECK === '1') {
  console.log('reproducibility: skipped (SKIP_REPRO_CHECK=1)');
} else {
  const repro = checkReproducible({ keep: process.env.KEEP_REPRO_BUILDS === '1' });
  results.push(['reproducibility', report('reproducibility', repro)]);
}

const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
const passed = results.length - failed.length;
console.log(`site checks: ${passed} passed, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}`);
process.exitCode = failed.length ? 1 : 0;

