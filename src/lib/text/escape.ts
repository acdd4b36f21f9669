/**
 * Escaping for text shown where a raw character could do harm: file names in a terminal (a
 * newline forges a log line, ESC drives the terminal) or on a page (a bidi control reorders it).
 */

/**
 * Control, bidi and other invisible format characters. A backslash is left as it is: the escapes
 * are for reading, and a name that really holds `\n` is rare enough to stay readable.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Make every control or invisible format character visible as an escape (`\n`, `\x1b`, `\u{202e}`).
 *
 * @example
 * escapeControls('a\nb\x1b[31m.txt') // 'a\\nb\\x1b[31m.txt'
 */
export function escapeControls(text: string): string {
	return text.replace(UNSAFE, (character) => NAMED[character] ?? escapeCodePoint(character.codePointAt(0) ?? 0));
}

function escapeCodePoint(codePoint: number): string {
	return codePoint < 0x100 ? `\\x${codePoint.toString(16).padStart(2, '0')}` : `\\u{${codePoint.toString(16)}}`;
}

/** Bidi controls: marks (ALM, LRM, RLM), embeddings and overrides (LRE…RLO), isolates (LRI…PDI). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text for a place that is plain text with no element around it to isolate it: the `<title>`,
 * a meta description, a link preview. There a right-to-left override in a quote would reverse
 * the site's own words after it (a browser tab, a search result, a pasted link), so every bidi
 * control is dropped; on the page itself the same text is isolated instead and kept as written.
 *
 * @example
 * stripBidiControls('“Open \u202eit” · Chorus') // '“Open it” · Chorus'
 */
export function stripBidiControls(text: string): string {
	return text.replace(BIDI_CONTROLS, '');
}

/**
 * Show a name that is not valid UTF-8: printable ASCII as it is, every other byte as `\xNN`.
 *
 * @example
 * escapeNameBytes(Uint8Array.of(0x62, 0xff, 0x2e, 0x74)) // 'b\\xff.t'
 */
export function escapeNameBytes(bytes: Uint8Array): string {
	let shown = '';
	for (const byte of bytes) {
		shown += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : escapeCodePoint(byte);
	}
	return shown;
}
