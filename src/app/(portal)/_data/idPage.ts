import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { positiveInt } from './searchParams'

/** The props Next.js hands a page under an `[id]` segment. */
export type IdPageProps = { params: Promise<{ id: string }> }

/** Nothing is rendered at build time (no database then); each page is rendered once, then cached by tag. */
export const noStaticParams = async () => []

type IdPageArgs<T> = {
  /** The page's cached read (a `cached()` getter of `_data/`), null when the public may not see it. */
  get: (id: number) => Promise<T | null>
  /** The page's title, from what `get` read. */
  title: (data: T) => string
}

/**
 * The one shape of the portal's `[id]` pages (an institution, its guide, an official): the id must be a positive
 * whole number, the page reads through its cached getter, and what is missing or not public is a 404 titled 未找到.
 * Metadata and page each ask the getter; the data cache and its single flight make that one read.
 */
export const idPage = <T>({ get, title }: IdPageArgs<T>) => {
  const load = async ({ params }: IdPageProps): Promise<T | null> => {
    const id = positiveInt((await params).id)
    return id ? get(id) : null
  }
  return {
    generateMetadata: async (props: IdPageProps): Promise<Metadata> => {
      const data = await load(props)
      return { title: data ? title(data) : '未找到' }
    },
    /** The page's data, or Next.js's not-found page. */
    loadOrNotFound: async (props: IdPageProps): Promise<T> => {
      const data = await load(props)
      if (!data) notFound()
      return data
    },
  }
}
