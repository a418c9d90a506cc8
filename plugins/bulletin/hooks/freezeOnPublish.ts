import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { IssueDoc } from '../issueContent'

import { bilingualMessage } from '../../../src/lib/platform/labels'
import { stableStringify } from '../contentHash'
import { issueHashOf, printedIssueFields } from '../issueContent'
import { SnapshotError, snapshotOf } from '../snapshot'
import { refOf } from '../sources'

const FROZEN_MESSAGE = bilingualMessage(
  '本期已发布并冻结，刊印内容不能再修改',
  'this issue was published and is frozen: what it prints cannot change',
)

type Sections = NonNullable<IssueDoc['sections']>

/** An empty group, not null: Payload walks a group's fields and cannot walk null. */
const NOT_FROZEN = { versionId: null, contentHash: null, snapshot: null }

/**
 * Freezes an issue when it is published, however that happens (a direct publish now, the workflow's
 * final approval later), inside the publishing transaction: each entry keeps the exact published
 * version of its document and a copy of what prints, with sha256 hashes. A frozen issue's printed
 * content never changes again; an attempt is a 400.
 */
export const freezeOnPublish =
  (): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const original = originalDoc as IssueDoc | undefined
    const refuse = (path: string, message: string): never => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
    }

    if (original?.frozenAt) {
      const next = printedIssueFields({ ...original, ...data } as IssueDoc)
      const before = printedIssueFields(original)
      const changed = (Object.keys(before) as Array<keyof typeof before>).find(
        (key) => stableStringify(next[key]) !== stableStringify(before[key]),
      )
      if (changed) refuse(changed === 'masthead' ? 'title' : changed, FROZEN_MESSAGE)
      return { ...data, sections: original.sections, frozenAt: original.frozenAt, contentHash: original.contentHash }
    }

    const sections = (data.sections ?? original?.sections ?? []) as Sections
    if (data._status !== 'published') {
      // Snapshots are made only by publishing: whatever a client sends for them is dropped.
      return {
        ...data,
        frozenAt: null,
        contentHash: null,
        sections: sections.map((section) => ({
          ...section,
          entries: (section.entries ?? []).map((entry) => ({ ...entry, frozen: NOT_FROZEN })),
        })),
      }
    }

    const frozenSections: Sections = []
    const printed = []
    for (const [sectionIndex, section] of sections.entries()) {
      const entries = []
      const snapshots = []
      for (const [entryIndex, entry] of (section.entries ?? []).entries()) {
        const ref = refOf(entry.document)
        const path = `sections.${sectionIndex}.entries.${entryIndex}.document`
        if (!ref) return refuse(path, bilingualMessage('请选择要刊登的文件', 'choose the document to place'))
        try {
          const snapshot = await snapshotOf(req, ref)
          snapshots.push(snapshot)
          entries.push({
            ...entry,
            frozen: { versionId: snapshot.versionId, contentHash: snapshot.contentHash, snapshot },
          })
        } catch (err) {
          if (err instanceof SnapshotError) return refuse(path, err.message)
          throw err
        }
      }
      frozenSections.push({ ...section, entries })
      printed.push({ heading: section.heading, entries: snapshots })
    }
    const merged = { ...original, ...data, sections: frozenSections } as IssueDoc
    return {
      ...data,
      sections: frozenSections,
      frozenAt: new Date().toISOString(),
      contentHash: issueHashOf(merged, printed),
    }
  }
