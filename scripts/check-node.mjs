// Run first by every npm script. Astro 7 needs Node >= 22.12; the project's
// `node` dev dependency puts Node 24 on the PATH of npm scripts, so this only
// fails when that dependency is missing (no `npm install` yet, or install
// scripts were skipped) and the machine's own Node is older.
//
// Written in plain old JavaScript on purpose (no imports, no optional
// chaining, no `??`), so that it prints its one line even on an old Node
// instead of a syntax error.

var REQUIRED = [22, 12, 0];

export function parseVersion(text) {
  var parts = String(text).replace(/^v/, '').split('.');
  var out = [];
  for (var i = 0; i < 3; i++) {
    var n = parseInt(parts[i] || '0', 10);
    out.push(isNaN(n) ? 0 : n);
  }
  return out;
}

export function isSupported(version) {
  var v = parseVersion(version);
  for (var i = 0; i < 3; i++) {
    if (v[i] !== REQUIRED[i]) return v[i] > REQUIRED[i];
  }
  return true;
}

export function tooOldMessage(version) {
  return (
    'push-error-codes: Node ' + version + ' is too old: Astro 7 needs Node >= 22.12. ' +
    '`npm install` normally provides Node 24 through the `node` dev dependency ' +
    '(run `npm install` again, or install Node >= 22.12).'
  );
}

// Runs as a script (`node scripts/check-node.mjs`), not when imported by a test.
var invokedAs = process.argv[1] ? String(process.argv[1]).replace(/\\/g, '/') : '';
if (/(^|\/)check-node\.mjs$/.test(invokedAs)) {
  var current = process.versions.node;
  if (!isSupported(current)) {
    console.error(tooOldMessage(current));
    process.exit(1);
  }
}
