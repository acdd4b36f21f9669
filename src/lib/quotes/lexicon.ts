/**
 * English word lists for attributing quotations: titles, organisation nouns, function words
 * (speech verbs are in speech-verbs.ts).
 * General language knowledge only; nothing here names a person, outlet or story.
 */

export { INVERTING_VERBS, PARTICIPLES, PASSIVE_AUXILIARIES, SPEECH_VERBS, VERB_MODIFIERS } from './speech-verbs.ts';

function words(list: string): ReadonlySet<string> {
	return new Set(list.split(/\s+/u).filter(Boolean));
}

/**
 * Honorifics: evidence on their own that the next name is a person.
 *
 * @example
 * HONORIFICS.has('Mr') // true
 */
export const HONORIFICS = words('Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady');

/**
 * Office, rank and honorific words dropped from a resolved name (`Lt. Col.` is compared as `Lt`).
 *
 * @example
 * TITLES.has('President') // true
 */
export const TITLES = words(`
	Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady President Vice Prime Minister Premier
	Chancellor Secretary General Gen Lt Lieutenant Col Colonel Maj Major Capt Captain Cmdr Commander
	Adm Admiral Sgt Sergeant Cpl Corporal Pvt Marshal Brig Brigadier Senator Sen Rep Representative
	Congressman Congresswoman Governor Gov Mayor Judge Justice Ambassador King Queen Prince Princess
	Emperor Sheikh Sheik Emir Sultan Ayatollah Pope Rev Reverend Father Rabbi Imam Chairman
	Chairwoman Director Deputy Foreign Defence Defense Interior Chief Supreme Spokesman Spokeswoman
	Spokesperson Crown Commissioner Attorney Inspector Detective Superintendent`);

/**
 * Abbreviated titles written with a full stop, so `Lt. Col. Jane Doe` stays one name.
 *
 * @example
 * TITLE_ABBREVIATIONS.includes('Lt') // true
 */
export const TITLE_ABBREVIATIONS = [
	'Mr',
	'Mrs',
	'Ms',
	'Mx',
	'Dr',
	'Prof',
	'Lt',
	'Col',
	'Gen',
	'Maj',
	'Capt',
	'Sgt',
	'Cmdr',
	'Adm',
	'Sen',
	'Rep',
	'Gov',
	'Rev',
	'St',
	'Jr',
	'Sr',
	'Brig',
	'Cpl',
	'Pvt',
] as const;

/**
 * Head nouns that make a capitalised phrase an organisation, a place or a date, not a person;
 * words that are also common surnames (`Hill`, `Hall`, `Park`, `Street`) are left out.
 *
 * @example
 * ORGANISATION_NOUNS.has('Ministry') // true
 */
export const ORGANISATION_NOUNS = words(`
	Ministry Agency Council Office Department Committee Commission Government Army Forces Force
	Command Center Centre Institute University Party Group Service Network Company Corporation Bank
	Union Association Foundation Federation Nations States State Republic Kingdom Congress
	Parliament Senate Court News Times Post Press Radio TV Television Journal Herald Tribune
	Telegraph Organization Organisation Coalition Front Alliance Province Region Base Airbase
	Administration Authority Board Bureau Police Navy Guard Brigade Embassy Cabinet East West North
	South Report Review Magazine Daily Standard Show City County District Islands Avenue Square
	Building House Airport Capitol Valley Mountains Coast Gulf Heights Highway Caucus Caucuses
	Convention Conference Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
	March April June July September October November December`);

/**
 * First words of place names: no person's given name is `North` or `Upper` (`New Freedonia`).
 *
 * @example
 * PLACE_OPENERS.has('North') // true
 */
export const PLACE_OPENERS = words('North South East West Northern Southern Eastern Western New Upper Lower Central Greater');

/**
 * Capitalised function words that start a sentence but never a name: `Despite Mr Doe’s …`.
 *
 * @example
 * LEADING_STOPWORDS.has('Despite') // true
 */
export const LEADING_STOPWORDS = words(`
	The A An And But Or Nor So Yet If In On At Of For From To By With As After Before Despite During
	Since Until While When Where Whereas Though Although Because This That These Those His Her
	Their Its Our My Your Last Next Both Either Neither According Meanwhile However Then Also Now
	Still Even Only Some Many Most All Other Another Such It He She They We I You One Two Three
	Four Five Six Seven Eight Nine Ten Each Every Several Few Here There What How Why Whether`);

/**
 * Prepositions: a name right after one is an object (`the spokesman for Joint Command`).
 *
 * @example
 * PREPOSITIONS.has('for') // true
 */
export const PREPOSITIONS = words('for of at in from with to on by near about against into over under');
