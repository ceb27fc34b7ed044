/** Turns a file's bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is reported. */

/** The decoded text, or a one-line reason why the file cannot be read as text. */
export type Decoded = { ok: true; value: string } | { ok: false; reason: string };

/**
 * Strict decoding: a Latin-1 or binary file must be reported, not silently turned into replacement characters.
 * UTF-16 is recognised by its byte-order mark (Windows editors save "Unicode" text that way); without a BOM its
 * NUL bytes make it look binary, so the message names UTF-16 as a possible cause.
 */
export function decodeText(bytes: Uint8Array, { html = false }: { html?: boolean } = {}): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  let value: string;
  try {
    if (utf16) value = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    else if (bytes.includes(0)) return { ok: false, reason: binaryReason(bytes) };
    else value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = html && !utf16 ? declaredCharset(bytes) : null;
    if (!declared) return { ok: false, reason: utf16 ? `not valid ${utf16.toUpperCase()} although it starts with a UTF-16 byte-order mark` : 'not valid UTF-8 (another encoding, e.g. Latin-1?)' };
    value = declared.decode(bytes);
  }
  value = value.replace(/^\ufeff/, '');
  if (value.trim() === '') return { ok: false, reason: 'empty file (whitespace only)' };
  return { ok: true, value };
}

/** UTF-16 without a BOM has a NUL in every other byte of ASCII text; real binary data does not look like that. */
function binaryReason(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 512);
  let evenNul = 0;
  let oddNul = 0;
  sample.forEach((b, i) => {
    if (b === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  });
  const half = sample.length / 2;
  if (Math.max(evenNul, oddNul) > 0.4 * half && Math.min(evenNul, oddNul) < 0.05 * half) {
    return 'looks like UTF-16 without a byte-order mark; save it as UTF-8';
  }
  return 'binary file (contains NUL bytes)';
}

/** A saved page that is not UTF-8 names its encoding in a <meta> tag ("iso-8859-1", "windows-1252"): use it. */
function declaredCharset(bytes: Uint8Array): TextDecoder | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const label = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
  if (!label || /^utf-?8$/i.test(label)) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null; // a label TextDecoder does not know: report the file as not UTF-8
  }
}
