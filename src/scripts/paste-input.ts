/**
 * A one-line input that keeps a pasted text's lines: the paste reader needs them (a
 * logcat line's PID, a stack frame), and a browser drops line breaks from a text input.
 * A pasted line break shows as " ↵ " and is read back as a line break.
 */

const LINE_BREAK = ' ↵ ';

/** A text as the input shows it: its line breaks as ↵. */
export const showLines = (text: string) => text.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '').replace(/\n/g, LINE_BREAK);

/** What the input holds, its ↵ read back as line breaks. */
export const readLines = (value: string) => value.replace(/ ?↵ ?/g, '\n');

/** Makes `input` keep the lines of what is pasted into it. */
export function keepPastedLines(input: HTMLInputElement): void {
  input.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\r\n]/.test(text)) return;
    event.preventDefault();
    const [start, end] = [input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length];
    const lines = showLines(text);
    input.value = `${input.value.slice(0, start)}${lines}${input.value.slice(end)}`;
    input.setSelectionRange(start + lines.length, start + lines.length);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
