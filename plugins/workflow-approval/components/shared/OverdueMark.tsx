import { say } from './labels'

/**
 * 已超期: the mark of a document past its Art. 26 due date, the same in the document's sidebar, its action bar and
 * the 待办 list (tests find it by its class). No hooks, so server views and client components both render it.
 */
export const OverdueMark = ({
  language,
  dueDate,
  beside = false,
}: {
  language: string
  /** Shown on hover where the date itself is not beside the mark. */
  dueDate?: string | null
  /** Set after the due date, at a little distance from it. */
  beside?: boolean
}) => (
  <strong
    className="workflow-overdue"
    style={{ color: 'var(--theme-error-500)', ...(beside ? { marginInlineStart: '0.5em' } : {}) }}
    title={dueDate ?? undefined}
  >
    {say('overdue', language)}
  </strong>
)
