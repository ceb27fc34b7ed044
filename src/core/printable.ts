/** Text a person typed, made safe to echo in a message: control characters escaped, length bounded. */

/**
 * Escapes control characters (so a terminal escape sequence in an id is shown, not executed) and cuts the text
 * at `max` characters with "…" (so a 1 MB question is not echoed back in full).
 */
export function printable(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
