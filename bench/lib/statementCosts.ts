import pg from 'pg'

export type StatementCost = { calls: number; totalMs: number; meanMs: number; statement: string }

/**
 * The statements a phase of a benchmark ran, from pg_stat_statements (preloaded on the bench cluster):
 * `start` clears the counters, the returned function reads the costliest since, by total execution time.
 * Where a phase slows down as the tables grow, this names the statement that grew.
 */
export const statementCosts = async (databaseUrl: string) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  await client.query('select pg_stat_statements_reset()')
  return async (limit = 8): Promise<StatementCost[]> => {
    try {
      const { rows } = await client.query<{ calls: string; total: number; mean: number; query: string }>(
        `select calls, total_exec_time as total, mean_exec_time as mean, query from pg_stat_statements
          where dbid = (select oid from pg_database where datname = current_database())
            and query not ilike '%pg_stat_statements%'
          order by total_exec_time desc limit $1`,
        [limit],
      )
      return rows.map((row) => ({
        calls: Number(row.calls),
        totalMs: row.total,
        meanMs: row.mean,
        statement: row.query.replace(/\s+/g, ' ').slice(0, 160),
      }))
    } finally {
      await client.end()
    }
  }
}
