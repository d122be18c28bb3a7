import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSupported, parseVersion, tooOldMessage } from './check-node.mjs';

const script = fileURLToPath(new URL('./check-node.mjs', import.meta.url));

describe('check-node', () => {
  it('parses versions with or without the v prefix', () => {
    expect(parseVersion('v22.12.0')).toEqual([22, 12, 0]);
    expect(parseVersion('24.1')).toEqual([24, 1, 0]);
  });

  it.each([
    ['18.20.4', false],
    ['20.20.2', false],
    ['22.11.9', false],
    ['22.12.0', true],
    ['22.22.1', true],
    ['23.0.0', true],
    ['24.21.0', true],
  ])('Node %s supported: %s', (version, ok) => {
    expect(isSupported(version)).toBe(ok);
  });

  it('says what to do in one line', () => {
    const message = tooOldMessage('20.20.2');
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^push-error-codes: Node 20\.20\.2 is too old: Astro 7 needs Node >= 22\.12\./);
    expect(message).toContain('npm install');
  });

  it('passes silently on the Node that runs the tests', () => {
    expect(execFileSync(process.execPath, [script], { encoding: 'utf8' })).toBe('');
  });

  // The machine's own Node (Debian here: 20) is too old, when there is one.
  const systemNode = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' });
  const oldNode = systemNode.status === 0 && !isSupported(systemNode.stdout.trim()) ? '/usr/bin/node' : null;
  it.skipIf(!oldNode)('fails with the message on an old Node', () => {
    const run = spawnSync(oldNode!, [script], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('is too old: Astro 7 needs Node >= 22.12');
  });
});
