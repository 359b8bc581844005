import Database from 'libsql'
import { describe, expect, test } from 'vitest'

import { keepingPrepare } from './statementCache'

type Db = InstanceType<typeof Database>

/** A real in-memory libSQL database whose prepare keeps statements, counting real compiles. */
const openDb = (limit?: number) => {
  const db = new Database(':memory:') as Db & {
    prepare: (sql: string) => ReturnType<Db['prepare']>
  }
  let compiles = 0
  const original = db.prepare.bind(db)
  db.prepare = keepingPrepare(function (sql: string) {
    compiles += 1
    return original(sql)
  }, limit).bind(db) as never
  db.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)')
  return { db, compiles: () => compiles }
}

describe('keepingPrepare', () => {
  test('a statement is compiled once and answers each run with its own parameters', () => {
    const { db, compiles } = openDb()
    for (const name of ['Sergey Lavrov', 'Anders Fogh Rasmussen', 'Dmitry Rogozin']) {
      db.prepare('INSERT INTO people (name) VALUES (?)').run(name)
    }
    const byId = (id: number) => db.prepare('SELECT name FROM people WHERE id = ?').all(id)
    expect(byId(2)).toEqual([{ name: 'Anders Fogh Rasmussen' }])
    expect(byId(3)).toEqual([{ name: 'Dmitry Rogozin' }])
    expect(byId(9)).toEqual([])
    expect(compiles()).toBe(2)
  })

  test('a run that fails leaves the kept statement usable, and nothing written', () => {
    const { db } = openDb()
    const insert = () => db.prepare('INSERT INTO people (name) VALUES (?)')
    insert().run('NATO')
    expect(() => insert().run('NATO')).toThrow(/UNIQUE/)
    insert().run('Russia')
    // The same through a statement that returns rows, as Payload's inserts do (RETURNING).
    const returning = () => db.prepare('INSERT INTO people (name) VALUES (?) RETURNING id')
    expect(() => returning().all('NATO')).toThrow(/UNIQUE/)
    expect(returning().all('Ukraine')).toEqual([{ id: 3 }])
    const names = db.prepare('SELECT name FROM people ORDER BY id').all()
    expect(names).toEqual([{ name: 'NATO' }, { name: 'Russia' }, { name: 'Ukraine' }])
  })

  test('a statement kept across a schema change still reads the table as it now is', () => {
    const { db } = openDb()
    db.prepare('INSERT INTO people (name) VALUES (?)').run('Sergey Lavrov')
    const all = () => db.prepare('SELECT * FROM people').all()
    expect(all()).toEqual([{ id: 1, name: 'Sergey Lavrov' }])
    db.exec("ALTER TABLE people ADD COLUMN wikidata_id TEXT DEFAULT 'Q11960'")
    expect(all()).toEqual([{ id: 1, name: 'Sergey Lavrov', wikidata_id: 'Q11960' }])
  })

  test('beyond its limit it drops the least recently used statement', () => {
    const { db, compiles } = openDb(2)
    const select = (column: string) => db.prepare(`SELECT ${column} FROM people`).all()
    select('id')
    select('name')
    select('id') // used again: now the most recent
    select('id, name') // over the limit: drops "name"
    expect(compiles()).toBe(3)
    select('id')
    expect(compiles()).toBe(3)
    select('name')
    expect(compiles()).toBe(4)
  })
})
