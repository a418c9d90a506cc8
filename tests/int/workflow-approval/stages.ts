import type { Office } from './setup'

import { act, approveAll, draftItem } from './setup'

/** A disclosure item brought to each stage of the default workflow, by the roles that move it there. */
export const itemsInEveryStage = async (office: Office) => {
  const { cast } = office
  const at = async (steps: Array<[keyof Office['cast'], Record<string, unknown>]>) => {
    const item = await draftItem(office)
    for (const [role, body] of steps) {
      const response = await act(cast[role], item.id, body)
      if (response.status !== 200)
        throw new Error(`${String(body.action)} by ${role}: ${response.status} ${response.text}`)
    }
    return item.id
  }
  const submit: [keyof Office['cast'], Record<string, unknown>] = ['editor', { action: 'submit' }]
  const review: [keyof Office['cast'], Record<string, unknown>] = ['reviewer', { action: 'approve' }]
  const secrecy: [keyof Office['cast'], Record<string, unknown>] = [
    'secrecy-reviewer',
    { action: 'approve', secrecyDecision: 'public', secrecyLegalBasis: '不涉密' },
  ]
  const published = (await draftItem(office)).id
  await approveAll(office, published)
  return {
    draft: await at([]),
    review: await at([submit]),
    secrecy: await at([submit, review]),
    signoff: await at([submit, review, secrecy]),
    scheduled: await at([
      submit,
      review,
      secrecy,
      ['signer', { action: 'approve', disclosureMethod: 'proactive', scheduledPublishAt: '2099-01-01T00:00:00.000Z' }],
    ]),
    published,
    withheld: await at([
      submit,
      review,
      secrecy,
      ['signer', { action: 'withhold', comment: '涉及个人隐私', nondisclosureReason: '《条例》第十五条' }],
    ]),
  }
}
