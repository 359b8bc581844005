import { readFileSync } from 'node:fs'

import Ajv2020 from 'ajv/dist/2020'
import type { ErrorObject } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

export const NINJS_SCHEMA_URL = new URL('../../../standards/ninjs-schema_3.1.json', import.meta.url)

// The official schema refers to GeoJSON's schema for places[].geoJSON, which tests cannot
// download. Nothing here emits geoJSON, so this stand-in rejects any value: should geoJSON ever
// be emitted, validation fails until the real schema is vendored.
const GEOJSON_STAND_IN = {
  $id: 'https://geojson.org/schema/GeoJSON.json',
  $comment: 'Stand-in for the real GeoJSON schema; see ninjsSchema.testing.ts.',
  not: {},
}

const compileNinjsSchema = () => {
  // The official schema is not ours to tidy, so Ajv's strict-mode lint of it is off.
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  ajv.addSchema(GEOJSON_STAND_IN)
  return ajv.compile(JSON.parse(readFileSync(NINJS_SCHEMA_URL, 'utf8')))
}

let validate: ReturnType<typeof compileNinjsSchema> | undefined

const describeError = (error: ErrorObject): string =>
  `${error.instancePath || '/'} ${error.message ?? error.keyword}${
    error.keyword === 'unevaluatedProperties' || error.keyword === 'additionalProperties'
      ? `: ${JSON.stringify(error.params)}`
      : ''
  }`

/** The ways `value` breaks IPTC ninjs 3.1, one line each; empty when it is valid. */
export const ninjsSchemaErrors = (value: unknown): string[] => {
  validate ??= compileNinjsSchema()
  return validate(value) ? [] : (validate.errors ?? []).map(describeError)
}
