import { describe, expect, test } from 'vitest';
import { escapeControls, escapeNameBytes } from '../../../src/lib/text/escape.ts';

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
