'use client'
import { useSearchParams } from 'next/navigation'
import Link from 'next/link'
import React from 'react'

const REVIEW_PARAM = 'where[needsReview][equals]'

const TAB_STYLE = {
  borderRadius: '999px',
  display: 'inline-block',
  fontSize: '12px',
  fontWeight: 600,
  lineHeight: '20px',
  padding: '0 10px',
  textDecoration: 'none',
}

/**
 * Above a list: everything, or only what the importer marked for review (the review queue). The
 * link is Payload's own list filter on the `needsReview` field, so it combines with the rest.
 */
export const ReviewTabs = () => {
  const isFiltered = useSearchParams().get(REVIEW_PARAM) === 'true'
  const tabs: Array<[href: string, label: string, isCurrent: boolean, colours: object]> = [
    ['?', 'All', !isFiltered, { background: '#f3f4f6', color: '#1f2937' }],
    [
      `?${new URLSearchParams({ [REVIEW_PARAM]: 'true' })}`,
      'Needs review',
      isFiltered,
      { background: '#fef3c7', color: '#78350f' },
    ],
  ]
  return (
    <nav aria-label="Review" style={{ display: 'flex', gap: '8px', marginBottom: '12px' }}>
      {tabs.map(([href, label, isCurrent, colours]) => (
        <Link
          aria-current={isCurrent ? 'page' : undefined}
          className="review-tab"
          href={href}
          key={label}
          style={{
            ...TAB_STYLE,
            ...colours,
            outline: isCurrent ? '2px solid currentColor' : 'none',
          }}
        >
          {label}
        </Link>
      ))}
    </nav>
  )
}
