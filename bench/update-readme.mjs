/**
 * Writes bench/README.md from bench-results/latest.json (its text is `benchReadme` in
 * report.mjs). `--stdout`: print it instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { benchReadme } from './report.mjs';

const results = JSON.parse(readFileSync(new URL('../bench-results/latest.json', import.meta.url), 'utf8'));
const readme = benchReadme(results);
if (process.argv.includes('--stdout')) process.stdout.write(readme);
else writeFileSync(new URL('./README.md', import.meta.url), readme);
