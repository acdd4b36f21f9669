/**
 * Bytes -> text. The only place that knows about encodings, BOMs and line ends.
 */

/** The result of decoding one file: text, or a one-line reason it is not text. */
export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decode a file's bytes as plain text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Line ends become `\n`. Binary data and invalid UTF-8 are refused with a reason.
 *
 * @example
 * decodeText(new TextEncoder().encode('a\r\nb')) // { ok: true, text: 'a\nb' }
 */
export function decodeText(bytes: Uint8Array): Decoded {
	const utf16 = utf16Encoding(bytes);
	if (utf16) {
		try {
			return withText(new TextDecoder(utf16, { fatal: true }).decode(bytes));
		} catch {
			return { ok: false, problem: `not valid ${utf16.toUpperCase()} text despite its byte order mark` };
		}
	}
	const nul = bytes.indexOf(0);
	if (nul !== -1) return { ok: false, problem: `binary data, not text (NUL byte at offset ${nul})` };
	try {
		return withText(utf8.decode(bytes));
	} catch {
		return { ok: false, problem: `not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
	}
}

function withText(text: string): Decoded {
	if (text.includes('\u0000')) return { ok: false, problem: 'binary data, not text (NUL character)' };
	return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return undefined;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let offset = 0;
	while (offset < bytes.length) {
		const length = sequenceLength(bytes[offset] ?? 0);
		if (length === 0) return offset;
		for (let next = 1; next < length; next++) {
			if (((bytes[offset + next] ?? 0) & 0xc0) !== 0x80) return offset;
		}
		offset += length;
	}
	return offset;
}

function sequenceLength(lead: number): number {
	if (lead < 0x80) return 1;
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}
