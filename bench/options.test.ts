import { describe, expect, it } from 'vitest'

import { BenchUsageError, parseBenchOptions } from './options'

const NO_ENV = {}

describe('the bench options', () => {
  it.each([
    { argv: [], articles: 10_000, duration: 10, quick: false, admin: true },
    { argv: ['--quick'], articles: 2_000, duration: 5, quick: true, admin: false },
    { argv: ['--articles', '100000'], articles: 100_000, duration: 10, quick: false, admin: true },
    {
      argv: ['--quick', '--duration', '2'],
      articles: 2_000,
      duration: 2,
      quick: true,
      admin: false,
    },
    { argv: ['--no-admin'], articles: 10_000, duration: 10, quick: false, admin: false },
  ])('$argv → $articles articles, $duration s per path', ({ argv, ...expected }) => {
    const options = parseBenchOptions(argv, NO_ENV)
    expect(options.articles).toBe(expected.articles)
    expect(options.duration).toBe(expected.duration)
    expect(options.isQuick).toBe(expected.quick)
    expect(options.isAdminStartMeasured).toBe(expected.admin)
    expect(options.connections).toBe(64)
  })

  it('takes the Postgres URL from the flag before the environment', () => {
    const env = { BENCH_POSTGRES_URL: 'postgres://a@h/env' }
    expect(parseBenchOptions([], env).postgresUrl).toBe('postgres://a@h/env')
    expect(parseBenchOptions(['--postgres', 'postgres://a@h/flag'], env).postgresUrl).toBe(
      'postgres://a@h/flag',
    )
    expect(parseBenchOptions([], NO_ENV).postgresUrl).toBeNull()
  })

  it('runs one part with --only', () => {
    const postgres = parseBenchOptions(['--only', 'postgres'], NO_ENV)
    expect(postgres.databases).toEqual(['postgres'])
    expect(postgres.isAdminStartMeasured).toBe(false)
    const admin = parseBenchOptions(['--only', 'admin'], NO_ENV)
    expect(admin.databases).toEqual([])
    expect(admin.isAdminStartMeasured).toBe(true)
    expect(parseBenchOptions([], NO_ENV).databases).toEqual(['sqlite', 'postgres'])
  })

  it.each([
    { argv: ['--articles', '0'], message: '--articles must be a whole number above 0; got "0"' },
    { argv: ['--articles', '100001'], message: '--articles goes up to 100000; got 100001' },
    { argv: ['--connections', 'many'], message: '--connections must be a whole number above 0' },
    { argv: ['--only', 'mongodb'], message: '--only is sqlite, postgres or admin; got "mongodb"' },
    { argv: ['--postgres', 'mysql://x'], message: 'must be a postgres:// URL' },
    { argv: ['--fast'], message: "Unknown option '--fast'" },
  ])('refuses $argv, saying what was wrong', ({ argv, message }) => {
    expect(() => parseBenchOptions(argv, NO_ENV)).toThrow(BenchUsageError)
    expect(() => parseBenchOptions(argv, NO_ENV)).toThrow(message)
  })
})
