/**
 * The projections of DESIGN.md's AuthorCard graph. Their tables share the demo's names (author,
 * book, review...) but not its columns, so the build compiles this package on its own, before
 * the rest of the module, checking it against {@code bench/author-card.sql} rather than the
 * demo's DDL (benchmarks/pom.xml, execution {@code card-projections}). Nothing here may use the
 * rest of the module; and since Maven does not recompile a module's sources when only its own
 * classes change, build with {@code clean} after editing a projection.
 */
package dev.sheaf.benchmarks.card.projection;
