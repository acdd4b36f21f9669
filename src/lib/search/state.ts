/**
 * The search page's state as URL parameters, so that a search is a link: `?q=…&outlet=…&quotes=1`.
 */

/** What the page shows. */
export interface SearchState {
	q: string;
	outlet: string;
	quotesOnly: boolean;
}

/**
 * Read the state from a query string.
 *
 * @example
 * readState('?q=night+ferry&quotes=1') // { q: 'night ferry', outlet: '', quotesOnly: true }
 */
export function readState(search: string): SearchState {
	const params = new URLSearchParams(search);
	return { q: params.get('q') ?? '', outlet: params.get('outlet') ?? '', quotesOnly: params.get('quotes') === '1' };
}

/**
 * Write the state as a query string, leaving out what is empty.
 *
 * @example
 * writeState({ q: 'night ferry', outlet: '', quotesOnly: true }) // '?q=night+ferry&quotes=1'
 */
export function writeState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	if (state.outlet) params.set('outlet', state.outlet);
	if (state.quotesOnly) params.set('quotes', '1');
	const text = params.toString();
	return text ? `?${text}` : '';
}
