/**
 * Writes README.md's "## Performance" section from bench-results/latest.json (replacing
 * the section, or adding it at the end). `--stdout`: print the README instead.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performanceSection, withSection } from './report.mjs';

const readmeFile = new URL('../README.md', import.meta.url);
const results = JSON.parse(readFileSync(new URL('../bench-results/latest.json', import.meta.url), 'utf8'));
const readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : '';
const updated = withSection(readme, performanceSection(results));
if (process.argv.includes('--stdout')) process.stdout.write(updated);
else writeFileSync(readmeFile, updated);
