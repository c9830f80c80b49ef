package dev.sheaf.processor.plan;

/**
 * When a level's rows are every row of its table. The collections, trees and chains below such
 * rows read their own tables whole ({@code WHERE fk IS NOT NULL}) instead of testing each row
 * against a key set of every parent.
 */
public enum EveryRow {
  /** When the load reads every root row: {@code findAll}, or a query with no condition nor page. */
  WHEN_THE_LOAD_DOES,
  /**
   * When the parents' rows are: a collection that leaves none of their related rows out (no
   * where, no limit, no junction, which reaches only the rows some parent links to).
   */
  WHEN_THE_PARENTS_ARE,
  /** Never: a reference's rows are the referenced ones only, a tree's and a chain's build no level. */
  NEVER
}
