import { describe, expect, it } from 'vitest'

import { onShutdown, runShutdownPhase } from './shutdown'

describe('the shutdown registry', () => {
  it('should close connections last-registered first, once each, after the work has stopped', async () => {
    const ran: string[] = []
    onShutdown({ name: 'pools', run: () => void ran.push('pools') })
    onShutdown({ name: 'listen', run: () => void ran.push('listen') })
    onShutdown({ name: 'runners', phase: 'stop-work', run: () => void ran.push('runners') })
    await runShutdownPhase('stop-work')
    await runShutdownPhase('release')
    await runShutdownPhase('release')
    expect(ran).toEqual(['runners', 'listen', 'pools'])
  })

  it('should skip a step unregistered before the shutdown', async () => {
    const ran: string[] = []
    const unregister = onShutdown({ name: 'closed already', run: () => void ran.push('closed already') })
    onShutdown({ name: 'pools', run: () => void ran.push('pools') })
    unregister()
    await runShutdownPhase('release')
    expect(ran).toEqual(['pools'])
  })

  it('should run the other steps when one fails, and say which failed', async () => {
    const ran: string[] = []
    const logged: string[] = []
    onShutdown({ name: 'pools', run: () => void ran.push('pools') })
    onShutdown({ name: 'broken', run: () => Promise.reject(new Error('refused')) })
    await runShutdownPhase('release', (message) => logged.push(message))
    expect(ran).toEqual(['pools'])
    expect(logged).toEqual(['could not stop broken', 'stopped pools'])
  })
})
