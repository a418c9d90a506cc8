/**
 * Runs `work` over `items` with at most `limit` calls in flight. Each Payload write holds a pooled
 * connection for its transaction, so the limit stays below the pool size (DATABASE_POOL_SIZE, 10).
 */
export const forEachLimited = async <T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> => {
  let nextIndex = 0
  const worker = async () => {
    while (nextIndex < items.length) {
      const index = nextIndex++
      await work(items[index]!, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
