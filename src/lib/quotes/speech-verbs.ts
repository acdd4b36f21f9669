/**
 * Speech verbs of English news prose: the finite forms that report what someone said, the
 * ones that may stand before their subject, the participles that hang a quote on a clause,
 * and the auxiliaries and adverbs between a subject and its verb.
 */

function words(list: string): ReadonlySet<string> {
	return new Set(list.split(/\s+/u).filter(Boolean));
}

/**
 * Finite verbs that report speech, as news prose writes them; verbs of judgement (`accused`,
 * `praised`, `decried`) are among them, since news hangs partial quotes on them.
 *
 * @example
 * SPEECH_VERBS.has('added') // true
 */
export const SPEECH_VERBS = words(`
	said says say added adds told tells stated states wrote writes declared declares noted notes
	hailed hails announced announces explained explains insisted insists argued argues warned warns
	claimed claims asked asks reply replied replies remarked continued commented confirmed confirms
	emphasised emphasized stressed stresses observed recalled tweeted posted acknowledged admitted
	urged urges predicted concluded promised vowed vows pledged suggested described describes
	called calls dubbed branded termed labeled labelled cited quoted reported reports demanded
	demands summarized summarised responded responds countered counters retorted quipped joked
	shouted yelled screamed whispered accused accuses condemned condemns denounced denounces decried
	decries criticized criticised criticizes criticises praised praises blasted slammed alleged
	alleges asserted asserts conceded concedes complained complains lamented laments boasted
	protested pleaded testified cautioned reiterated reiterates characterized characterised
	dismissed wondered mused discussed`);

/**
 * Verbs that may come before their subject: `“…,” said Jane Doe`.
 *
 * @example
 * INVERTING_VERBS.has('said') // true
 */
export const INVERTING_VERBS = words(`
	said says added adds wrote writes asked asks continued stated declared explained insisted
	noted replied recalled warned argued claimed summarized summarised demanded responded countered
	retorted quipped concluded observed remarked cautioned boasted tweeted`);

/**
 * Participles that hang a quote on the clause's subject: `…, adding “…”`.
 *
 * @example
 * PARTICIPLES.has('calling') // true
 */
export const PARTICIPLES = words(`
	saying adding calling describing telling noting stating declaring insisting warning writing
	explaining arguing claiming urging vowing promising branding dubbing terming hailing labeling
	labelling demanding asking replying responding decrying condemning accusing criticizing
	criticising praising denouncing blasting slamming alleging asserting complaining lamenting
	protesting cautioning characterizing characterising dismissing recalling tweeting reiterating`);

/**
 * Auxiliaries and adverbs allowed between a subject and its speech verb: `Doe also said`.
 *
 * @example
 * VERB_MODIFIERS.has('also') // true
 */
export const VERB_MODIFIERS = words(`
	also later earlier then further previously reportedly once again recently separately publicly
	now still even just already initially originally subsequently eventually finally first too
	never always often repeatedly allegedly apparently immediately quickly simply
	has have had was were is are be been being would will could should may might must did does do`);

/**
 * Auxiliaries that make a speech verb passive: `X was quoted as saying`, `X has been told`.
 *
 * @example
 * PASSIVE_AUXILIARIES.has('was') // true
 */
export const PASSIVE_AUXILIARIES = words('was were is are be been being');
