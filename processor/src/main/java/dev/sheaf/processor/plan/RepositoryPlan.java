package dev.sheaf.processor.plan;

import com.palantir.javapoet.ClassName;
import dev.sheaf.processor.model.ProjectionModel;
import java.util.List;
import java.util.Map;

/**
 * What a repository runs: the root level and, under it, one level per collection and
 * reference, each one statement.
 *
 * @param parameters the call-time parameters its annotation SQL names, in name order, each with
 *     the labels of the fields that use it; empty for none
 */
public record RepositoryPlan(ClassName repository, ProjectionModel projection, RootLevel root,
    int statements, Map<String, List<String>> parameters) {

  /** Whether a load must be given parameters. */
  public boolean takesParameters() {
    return !parameters.isEmpty();
  }
}
