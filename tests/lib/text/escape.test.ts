import { describe, expect, test } from 'vitest';
import { escapeControls, escapeNameBytes, stripBidiControls } from '../../../src/lib/text/escape.ts';

describe('escapeControls', () => {
	test.each([
		['a\nchorus: forged.txt', 'a\\nchorus: forged.txt'],
		['\x1b[31mred.txt', '\\x1b[31mred.txt'],
		['tab\there\r', 'tab\\there\\r'],
		['rtl\u202efdp.txt', 'rtl\\u{202e}fdp.txt'],
		['zero\u200bwidth', 'zero\\u{200b}width'],
		['plain Übersicht “quoted”.txt', 'plain Übersicht “quoted”.txt'],
	])('%j -> %s', (text, shown) => {
		expect(escapeControls(text)).toBe(shown);
	});
});

describe('escapeNameBytes', () => {
	test('shows printable ASCII and escapes every other byte', () => {
		expect(escapeNameBytes(Uint8Array.of(0x62, 0xff, 0xfe, 0x0a, 0x2e, 0x74))).toBe('b\\xff\\xfe\\x0a.t');
	});
});

describe('stripBidiControls', () => {
	test.each([
		['“Open \u202eit now” · Chorus', '“Open it now” · Chorus'],
		['\u2067isolated\u2069 and \u202aembedded\u202c', 'isolated and embedded'],
		['marks \u200e\u200f\u061c gone', 'marks  gone'],
		['Hebrew שלום and Arabic سلام stay', 'Hebrew שלום and Arabic سلام stay'],
	])('%j -> %j', (text, plain) => {
		expect(stripBidiControls(text)).toBe(plain);
	});
});
