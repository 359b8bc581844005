export { DEFAULT_WIRE_TIME_ZONE, parseWirePage } from './parseWirePage'
export { WirePageParseError } from './wirePageParseError'
export type {
  ParseWirePageOptions,
  RelatedLink,
  WireLocalDateTime,
  WirePage,
  WireParseWarning,
  WirePhoto,
} from './types'
