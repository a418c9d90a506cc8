/** What one child process of the numbering benchmark measures, printed as one JSON line. */

/**
 * `baseline`: the same publishes with the plugin disabled (`CATALOGUE_NUMBERING_DISABLED=true`).
 * `plugin`: the default, gapless numbering. `notGapless`: `CATALOGUE_NUMBERING_GAPLESS=false`.
 */
export type Variant = 'baseline' | 'plugin' | 'notGapless'

/**
 * `sequential`: one publish after another (the cost of a single publish). `concurrent`: N in flight for
 * one institution, so all on one counter row (the worst case for its lock). `concurrentSpread`: N in
 * flight over N institutions, one counter each.
 */
export type Mode = 'sequential' | 'concurrent' | 'concurrentSpread'

export type PhaseResult = {
  mode: Mode
  concurrency: number
  publishes: number
  ms: number
  publishesPerSecond: number
  /** Wall time divided by publishes (amortised when concurrent). */
  msPerPublish: number
  /** CPU time of this process (user + system) per publish: less sensitive than wall time to other work on the machine. */
  cpuMsPerPublish: number
  /** SQL statements per publish, BEGIN and COMMIT included. */
  queriesPerPublish: number
  /** The process's peak resident set size so far (boot included), at the end of the phase. */
  peakRssMb: number
  /** The machine's 1-minute load average at the end of the phase: above the core count, other work competed. */
  loadAverage: number
}

export type PublishRunResult = { variant: Variant; phases: PhaseResult[] }
