// Verbs that attribute words to a speaker. "described"/"called" attribute a characterisation,
// so a scare-quoted word in such a sentence is only kept if the speaker resolves.
const SPEECH_VERB =
  /\b(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|complained|complains|warned|warns|concede[sd]?|insisted|insists|argued|argues|explained|explains|stressed|stresses|emphasi[sz]ed|declared|announced|asked|replied|commented|remarked|admitted|acknowledged|claimed|claims|described|called|urged|wrote|continued|pointed out|answered|responded|reiterated|confirmed|denied)\b/i

/** Finds the first speech verb in an attribution clause. */
export const findSpeechVerb = (clause: string): { index: number; verb: string } | null => {
  const match = SPEECH_VERB.exec(clause)
  return match ? { index: match.index, verb: match[0] } : null
}
