/**
 * Text from a report (block ids, consultation sources, quoted words) and from the user's files is
 * untrusted: an escape sequence in it would be obeyed by the terminal that prints it, recolouring
 * or rewriting the screen. Before text output, line breaks and tabs become spaces and every other
 * control character (C0, DEL, C1) is shown as a `\u` escape instead of being sent raw.
 */

// C0 controls, DEL and C1 controls; \t, \n and \r are handled first.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` safe to write to a terminal, with nothing lost: controls are shown, not obeyed. */
export function printable(text: string): string {
  return text
    .replace(/[\t\n\r]/g, ' ')
    .replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
