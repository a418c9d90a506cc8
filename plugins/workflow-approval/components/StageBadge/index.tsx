import type { CSSProperties } from 'react'

/** Colours from the admin theme: grey draft, amber under review, green published, red withheld. */
const tones: Record<string, { background: string; color: string }> = {
  neutral: { background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-800)' },
  review: { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' },
  success: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  error: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
}

const toneOf = (slug: string) => {
  if (slug === 'draft') return tones.neutral
  if (slug === 'published') return tones.success
  if (slug === 'withheld') return tones.error
  return tones.review
}

/** The stage as a small coloured pill; `data-stage` carries the slug for tests and styling. */
export const StageBadge = ({ slug, text, style }: { slug: string; text: string; style?: CSSProperties }) => (
  <span
    className="workflow-stage-badge"
    data-stage={slug}
    style={{
      ...toneOf(slug),
      borderRadius: 'var(--style-radius-l, 12px)',
      display: 'inline-block',
      fontSize: '0.85em',
      lineHeight: 1.6,
      padding: '0 0.6em',
      whiteSpace: 'nowrap',
      ...style,
    }}
  >
    {text}
  </span>
)
