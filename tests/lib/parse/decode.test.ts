import { describe, expect, test } from 'vitest';
import { decodeText } from '../../../src/lib/parse/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
	const bytes = new Uint8Array(2 + text.length * 2);
	bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		const [first, second] = endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
		bytes[2 + index * 2] = first;
		bytes[3 + index * 2] = second;
	}
	return bytes;
}

describe('decodeText', () => {
	test.each([
		['plain UTF-8', utf8('Putin “said”'), 'Putin “said”'],
		['UTF-8 with a BOM', utf8('\uFEFFHeadline\n\nBody.'), 'Headline\n\nBody.'],
		['CRLF line ends', utf8('a\r\nb\r\n\r\nc'), 'a\nb\n\nc'],
		['old Mac CR line ends', utf8('a\rb'), 'a\nb'],
		['UTF-16 LE with a BOM', utf16('Путин said.\r\nNext', 'le'), 'Путин said.\nNext'],
		['UTF-16 BE with a BOM', utf16('Headline\nBody', 'be'), 'Headline\nBody'],
	])('reads %s as text', (_name, bytes, expected) => {
		expect(decodeText(bytes)).toEqual({ ok: true, text: expected });
	});

	test('refuses binary data and says where the NUL byte is', () => {
		const result = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
		expect(result).toEqual({ ok: false, problem: 'binary data, not text (NUL byte at offset 4)' });
	});

	test('refuses invalid UTF-8 and names the first bad byte', () => {
		const result = decodeText(new Uint8Array([0x41, 0x42, 0xc3, 0x28, 0x43]));
		expect(result).toEqual({ ok: false, problem: 'not valid UTF-8 text (first bad byte at offset 2)' });
	});
});
