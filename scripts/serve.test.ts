import { describe, expect, it } from 'vitest';
import { previewArgs } from './serve.mjs';

describe('serve', () => {
  it('serves on 127.0.0.1:4321 by default', () => {
    expect(previewArgs([])).toEqual(['preview', '--port', '4321', '--host', '127.0.0.1', '--ignore-lock']);
  });

  it('takes --host alone (all addresses), --host ADDRESS and --port, each once', () => {
    expect(previewArgs(['--host'])).toEqual(['preview', '--port', '4321', '--host', '--ignore-lock']);
    expect(previewArgs(['--host', '0.0.0.0', '--port', '8080'])).toEqual([
      'preview', '--port', '8080', '--host', '0.0.0.0', '--ignore-lock',
    ]);
    expect(previewArgs(['--port=9000', '--host=::1', '--open'])).toEqual([
      'preview', '--port', '9000', '--host', '::1', '--ignore-lock', '--open',
    ]);
    expect(previewArgs(['--host', '--open'])).toEqual(['preview', '--port', '4321', '--host', '--ignore-lock', '--open']);
  });

  it('rejects a port that is not a number', () => {
    expect(() => previewArgs(['--port', 'abc'])).toThrow(/--port needs a number/);
  });
});
