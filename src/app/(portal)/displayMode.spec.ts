import { describe, expect, it } from 'vitest'

import {
  applyQuery,
  defaultDisplayMode,
  displayStylesheet,
  parseDisplayMode,
  serializeDisplayMode,
} from './displayMode'

describe('display mode', () => {
  it('should read back what it wrote', () => {
    const mode = { text: 'large', contrast: 'high' } as const
    expect(parseDisplayMode(serializeDisplayMode(mode))).toEqual(mode)
  })

  it('should fall back to the defaults for a missing or foreign cookie', () => {
    expect(parseDisplayMode(undefined)).toEqual(defaultDisplayMode)
    expect(parseDisplayMode('huge.<script>')).toEqual(defaultDisplayMode)
  })

  it('should change only what the query names, and ignore unknown values', () => {
    const large = applyQuery(defaultDisplayMode, new URLSearchParams('text=large'))
    expect(large).toEqual({ text: 'large', contrast: 'normal' })
    expect(applyQuery(large, new URLSearchParams('contrast=high&text=giant'))).toEqual({
      text: 'large',
      contrast: 'high',
    })
  })

  it('should add no rules for the default mode and both rule sets for large high-contrast', () => {
    expect(displayStylesheet(defaultDisplayMode).trim()).toBe('')
    const css = displayStylesheet({ text: 'large', contrast: 'high' })
    expect(css).toContain('font-size:137.5%')
    expect(css).toContain('--background:#000')
  })
})
