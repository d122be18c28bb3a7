/**
 * A file of content/ → its text, or why it cannot be used, at a line. Every file the site
 * is built from is read here, so none is published with a "\uFFFD" the author did not
 * write: the text is decoded as its byte-order mark declares (UTF-8, or UTF-16 in either
 * byte order; UTF-8 without one), and bytes that are not valid in that encoding, a NUL
 * (which Markdown turns into "\uFFFD") or a "\uFFFD" already in the text are refused with
 * the line of the first one. A link (symlink) is followed only to a file inside the
 * project, and only regular files are read (a named pipe would wait for ever).
 * Light (node:fs only): the Astro config reads the registry through it.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

export type ContentText =
  | { ok: true; text: string }
  | {
    ok: false;
    /** The file does not exist (some files of content/ are optional). */
    missing: boolean;
    line: number;
    message: string;
    /** What to do, when the problem is the file's text rather than the file (the caller knows what the file is for). */
    action?: string;
  };

/** `file` (relative to `root`, the project) as text. */
export function readContentText(root: string, file: string): ContentText {
  const path = join(root, file);
  let fd: number;
  try {
    // Non-blocking, so that opening a named pipe does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, missing: (error as NodeJS.ErrnoException).code === 'ENOENT', line: 1, message: `cannot be read: ${firstLine(error)}` };
  }
  try {
    const real = realpathSync(path);
    if (isOutside(realpathSync(root), real)) {
      return { ok: false, missing: false, line: 1, message: `is a link to ${real}, outside the project`,
        action: 'copy the file into the project instead of linking to it: links are followed only to files inside the project' };
    }
    const stats = fstatSync(fd);
    if (!stats.isFile() && !stats.isDirectory()) {
      return { ok: false, missing: false, line: 1, message: 'cannot be read: it is not a regular file (a named pipe, a socket or a device)' };
    }
    return decodeText(readFileSync(fd));
  } catch (error) {
    return { ok: false, missing: false, line: 1, message: `cannot be read: ${firstLine(error)}` };
  } finally {
    closeSync(fd);
  }
}

const isOutside = (root: string, path: string) => {
  const inside = relative(root, path);
  return isAbsolute(inside) || inside.split(/[\\/]/)[0] === '..';
};

/** The encodings a byte-order mark declares; without one, UTF-8. */
const ENCODINGS = [
  { bom: [0xef, 0xbb, 0xbf], label: 'utf-8', name: 'UTF-8', replacement: [0xef, 0xbf, 0xbd] },
  { bom: [0xff, 0xfe], label: 'utf-16le', name: 'UTF-16 little-endian', replacement: [0xfd, 0xff] },
  { bom: [0xfe, 0xff], label: 'utf-16be', name: 'UTF-16 big-endian', replacement: [0xff, 0xfd] },
] as const;

const SAVE_AS_UTF8 = 'nothing from the file is published; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)';

/** The bytes as text, in the encoding their byte-order mark declares; the first character that would publish as "\uFFFD" is refused. */
export function decodeText(bytes: Uint8Array): ContentText {
  const declared = ENCODINGS.find(({ bom }) => bom.every((byte, i) => bytes[i] === byte));
  const encoding = declared ?? ENCODINGS[0];
  const text = new TextDecoder(encoding.label).decode(bytes);
  const bad = /[\uFFFD\0]/.exec(text);
  if (!bad) return { ok: true, text };

  const lineOf = (index: number) => text.slice(0, index).split(/\r\n?|\n/).length;
  if (bad[0] === '\0') {
    return { ok: false, missing: false, line: lineOf(bad.index), message: 'the file holds a NUL character, which Markdown reads as "\uFFFD"',
      action: declared ? 'delete it' : `delete it; a file full of them is UTF-16 without a byte-order mark: ${SAVE_AS_UTF8}` };
  }
  // Where in the bytes the "\uFFFD" stands: the text before it was decoded byte for byte.
  const unit = encoding.label === 'utf-8' ? undefined : 2;
  const offset = (declared ? encoding.bom.length : 0) + (unit ? bad.index * unit : Buffer.byteLength(text.slice(0, bad.index)));
  const line = lineOf(bad.index);
  if (encoding.replacement.every((byte, i) => bytes[offset + i] === byte)) {
    return { ok: false, missing: false, line, message: 'the file holds the character "\uFFFD" (U+FFFD), left where an earlier conversion lost a character',
      action: 'put back the character the original page has there' };
  }
  const shown = [...bytes.subarray(offset, offset + (unit ?? 1))].map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
  return unit
    ? { ok: false, missing: false, line, message: `the file is not valid ${encoding.name}, the encoding its byte-order mark declares (bytes ${shown} on this line)`,
      action: 'nothing from the file is published; save it again as UTF-8, or as UTF-16 with its byte-order mark' }
    : { ok: false, missing: false, line, message: `the file is not valid UTF-8 (byte ${shown} on this line)`, action: SAVE_AS_UTF8 };
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]!;
