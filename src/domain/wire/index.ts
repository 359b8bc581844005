export { DEFAULT_WIRE_TIME_ZONE, parseWirePage } from './parseWirePage.js'
export { WirePageParseError } from './wirePageParseError.js'
export type {
  ParseWirePageOptions,
  RelatedLink,
  WireLocalDateTime,
  WirePage,
  WireParseWarning,
  WirePhoto,
} from './types.js'
