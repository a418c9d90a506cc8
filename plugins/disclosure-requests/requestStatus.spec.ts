import { describe, expect, it } from 'vitest'

import { requestStatusOf } from './requestStatus'

describe('requestStatusOf', () => {
  it('should be received with no steps', () => {
    expect(requestStatusOf([])).toEqual({ status: 'received', repliedOn: null })
  })

  it('should await a correction until it is received, then be received again', () => {
    const asked = [{ kind: 'correctionRequested', date: '2026-03-02' }]
    expect(requestStatusOf(asked).status).toBe('awaitingCorrection')
    expect(requestStatusOf([...asked, { kind: 'correctionReceived', date: '2026-03-05' }]).status).toBe('received')
  })

  it('should take steps in date order, whatever order they were entered in', () => {
    const steps = [
      { kind: 'thirdPartyReplied', date: '2026-03-10' },
      { kind: 'thirdPartySent', date: '2026-03-03' },
    ]
    expect(requestStatusOf(steps).status).toBe('received')
  })

  it('should be extended once an extension is recorded and nothing else is open', () => {
    const steps = [{ kind: 'extension', date: '2026-03-20' }]
    expect(requestStatusOf(steps).status).toBe('extended')
    expect(requestStatusOf([...steps, { kind: 'feeNotified', date: '2026-03-21' }]).status).toBe('awaitingFee')
    expect(requestStatusOf([...steps, { kind: 'thirdPartySent', date: '2026-03-21' }]).status).toBe('thirdParty')
  })

  it('should be replied, on the reply date, once a reply is recorded', () => {
    const steps = [
      { kind: 'feeNotified', date: '2026-03-02' },
      { kind: 'reply', date: '2026-03-09' },
    ]
    expect(requestStatusOf(steps)).toEqual({ status: 'replied', repliedOn: '2026-03-09' })
  })
})
