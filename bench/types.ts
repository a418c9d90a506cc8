/** What every benchmark gets from `bench/run.ts`: one migrated database on the run's PostgreSQL. */
export type BenchmarkContext = {
  /** The project root: the working directory of child processes. */
  rootDir: string
  databaseUrl: string
  payloadSecret: string
  /** Generated disclosure items (`--items`, 10,000 by default), for the benchmarks that generate data. */
  items: number
  log: (message: string) => void
}

export type BenchmarkReport = {
  /** Printed on stdout: tables and the verdict, for a human. */
  summary: string
  /** Written to bench/results/latest.json under the benchmark's name. */
  results: unknown
}

/** One benchmark of `npm run bench`; listed in bench/run.ts. */
export type Benchmark = {
  /** Key in latest.json, and the argument that runs only this benchmark (`npm run bench -- numbering`). */
  name: string
  title: string
  run: (context: BenchmarkContext) => Promise<BenchmarkReport>
}
