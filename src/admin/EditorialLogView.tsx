'use client'
import { formatAdminURL } from 'payload/shared'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { EditorialLog } from '../payload-types'
import { StageBadge } from './StageBadge'
import { WORKFLOW_MOVED_EVENT } from './workflowEvents'

type Entry = Pick<
  EditorialLog,
  'action' | 'actorName' | 'createdAt' | 'fromStage' | 'id' | 'note' | 'toStage'
>

/**
 * The story's editorial log on the article itself: every move and correction, newest first,
 * read from the log collection (which only staff can read, and nobody can edit).
 */
export const EditorialLogView = () => {
  const { id, lastUpdateTime } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [entries, setEntries] = useState<Entry[] | null>(null)
  const [problem, setProblem] = useState<null | string>(null)

  const load = useCallback(async () => {
    if (!id) return
    const query = new URLSearchParams({
      'where[article][equals]': String(id),
      sort: '-createdAt',
      depth: '0',
      limit: '100',
    })
    const response = await fetch(
      formatAdminURL({ apiRoute: api, path: `/editorial-log?${query}` }),
      { credentials: 'include' },
    )
    if (!response.ok) {
      setProblem(`The editorial log could not be read (HTTP ${response.status})`)
      return
    }
    const body = (await response.json()) as { docs: Entry[] }
    setProblem(null)
    setEntries(body.docs)
  }, [api, id])

  useEffect(() => {
    void load()
    const reload = () => void load()
    window.addEventListener(WORKFLOW_MOVED_EVENT, reload)
    return () => window.removeEventListener(WORKFLOW_MOVED_EVENT, reload)
  }, [load, lastUpdateTime])

  return (
    <section className="editorial-log-view" style={{ marginBottom: '32px' }}>
      <h3 style={{ marginBottom: '8px' }}>Editorial log</h3>
      {problem ? <p role="alert">{problem}</p> : null}
      {entries && entries.length === 0 ? <p>No moves yet.</p> : null}
      {entries && entries.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th>When</th>
              <th>Who</th>
              <th>What</th>
              <th>Note</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr
                className="editorial-log-view__entry"
                key={entry.id}
                style={{ borderTop: '1px solid #e5e7eb' }}
              >
                <td>{new Date(entry.createdAt).toLocaleString()}</td>
                <td>{entry.actorName ?? 'System'}</td>
                <td>
                  {entry.action === 'correction' ? (
                    'Correction'
                  ) : (
                    <>
                      {entry.fromStage ? <StageBadge stage={entry.fromStage} /> : 'New'} →{' '}
                      <StageBadge stage={entry.toStage} />
                    </>
                  )}
                </td>
                <td>{entry.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
