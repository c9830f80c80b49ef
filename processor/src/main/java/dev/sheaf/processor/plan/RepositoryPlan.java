package dev.sheaf.processor.plan;

import com.palantir.javapoet.ClassName;
import dev.sheaf.processor.model.ProjectionModel;

/**
 * What a repository runs: the root level (its statements for a filter and for a key set) and,
 * under it, one level per collection and reference, each one statement.
 *
 * @param selectByKeys the root statement for the key set bound as {@code :keys}
 * @param defaultOrder the root order when the caller gives none (the key comes last anyway)
 * @param keyOrder the qualified key column: the root order's last tie-breaker
 */
public record RepositoryPlan(
    ClassName repository, ProjectionModel projection, Level root, String selectByKeys,
    String defaultOrder, String keyOrder, int statements) {}
