import { foldText } from '../foldText'

// Lines the site adds to every story; they are dropped on purpose, and only these.
const KNOWN_BOILERPLATE = [
  'We need your support so can keep delivering news and information about Bulgaria! Thank you!',
  'We need your support so we can keep delivering news and information about Bulgaria! Thank you!',
].map(foldText)

/** True for a paragraph that is known site boilerplate (compared case- and spacing-insensitively). */
export const isBoilerplate = (paragraph: string): boolean =>
  KNOWN_BOILERPLATE.includes(foldText(paragraph))
