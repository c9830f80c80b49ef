package dev.sheaf.processor.plan;

import com.palantir.javapoet.ClassName;
import dev.sheaf.processor.model.ProjectionModel;

/**
 * What a repository runs: the root level and, under it, one level per collection and
 * reference, each one statement.
 */
public record RepositoryPlan(
    ClassName repository, ProjectionModel projection, Level root, int statements) {}
