export type ReadReplicaConsistencyOptions = {
  /** Leaves the database adapter as it is (no replicas configured). */
  disabled?: boolean
  /**
   * How long a commit waits for the replicas to apply it before its after-commit work (the portal's cache
   * invalidation) runs and its response leaves. Past it, the commit goes on and a replica behind by more
   * may still serve the old rows to anonymous readers.
   * @default 2000
   */
  maxCatchUpMs?: number
}
