import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { storyDetail } from '../domain/desk/storyDetail'
import { SITE_PATHS } from '../domain/site/paths'
import { readDesk } from '../desk/readDesk'
import type { DeskPanel, ImportReviewRow } from '../desk/readDesk'

const panelStyle: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: '6px',
  padding: '16px 20px',
  background: 'var(--theme-elevation-0)',
}

const headerStyle: React.CSSProperties = {
  display: 'flex',
  alignItems: 'baseline',
  justifyContent: 'space-between',
  gap: '12px',
}

const noteStyle: React.CSSProperties = { color: 'var(--theme-elevation-600)', margin: '4px 0 12px' }

const countLink = (count: number, href: string, label: string) => (
  <Link className="desk-count" href={href} aria-label={`${label}: ${count}, see all`}>
    <strong data-count={count}>{count}</strong> · see all
  </Link>
)

const StoryPanel = ({ panel, now }: { panel: DeskPanel; now: number }) => (
  <section className="desk-panel" data-queue={panel.key} style={panelStyle}>
    <header style={headerStyle}>
      <h2 style={{ margin: 0, fontSize: '18px' }}>{panel.title}</h2>
      {countLink(panel.count, panel.href, panel.title)}
    </header>
    <p style={noteStyle}>{panel.note}</p>
    {panel.stories.length === 0 ? (
      <p className="desk-empty">Nothing here.</p>
    ) : (
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {panel.stories.map((story) => (
          <li className="desk-story" key={story.id} style={{ marginBottom: '10px' }}>
            <Link href={story.href}>{story.headline}</Link>
            <div style={{ color: 'var(--theme-elevation-600)', fontSize: '13px' }}>
              {storyDetail(panel.key, story, now)}
            </div>
          </li>
        ))}
      </ol>
    )}
  </section>
)

const ImportReviewPanel = ({ rows }: { rows: ImportReviewRow[] }) => {
  const total = rows.reduce((sum, row) => sum + row.count, 0)
  return (
    <section className="desk-panel" data-queue="importReview" style={panelStyle}>
      <header style={headerStyle}>
        <h2 style={{ margin: 0, fontSize: '18px' }}>Import review</h2>
        <strong data-count={total}>{total}</strong>
      </header>
      <p style={noteStyle}>
        What the importer could not type for sure: check it and clear the box.
      </p>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {rows.map((row) => (
          <li className="desk-review-row" data-collection={row.collection} key={row.collection}>
            <Link href={row.href}>{row.label}</Link>:{' '}
            <span data-count={row.count}>{row.count}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The admin's home: the desk's queues for the signed-in user, read with their access, in place of
 * Payload's cards of collections (the menu keeps those). Each panel has its count and a link into
 * the list view filtered the same way.
 */
export const DeskDashboard = async ({ initPageResult }: AdminViewServerProps) => {
  const { req } = initPageResult
  const desk = await readDesk(req)
  const now = Date.now()
  const user = req.user as { name?: string; role?: string } | null
  return (
    <Gutter className="desk-dashboard">
      <header style={{ margin: '24px 0 16px' }}>
        <h1 style={{ margin: 0 }}>The desk</h1>
        <p style={noteStyle}>
          {user?.name ? `${user.name}, ${user.role ?? 'staff'}. ` : ''}
          What is waiting for you, and what went out.{' '}
          <a href={SITE_PATHS.home()} target="_blank" rel="noopener">
            Open the reader site
          </a>
        </p>
      </header>
      <div
        style={{
          display: 'grid',
          gap: '16px',
          gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))',
        }}
      >
        {desk.panels.map((panel) => (
          <StoryPanel key={panel.key} panel={panel} now={now} />
        ))}
        {desk.importReview && <ImportReviewPanel rows={desk.importReview} />}
      </div>
    </Gutter>
  )
}
