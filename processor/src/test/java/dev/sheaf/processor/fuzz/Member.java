package dev.sheaf.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/** A record component or a class's instance field: annotations, type and name as source. */
final class Member {
  final String name;
  String type;
  final List<Ann> annotations = new ArrayList<>();

  Member(String name, String type, Ann... annotations) {
    this.name = name;
    this.type = type;
    this.annotations.addAll(List.of(annotations));
  }

  Ann annotation(String type) {
    return annotations.stream().filter(a -> a.type().equals(type)).findFirst().orElse(null);
  }

  /** A plain column: no @Aggregate and no @Reference. */
  boolean isColumn() {
    return annotation(Ann.AGGREGATE) == null && annotation(Ann.REFERENCE) == null;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    annotations.forEach(a -> out.append(a).append(' '));
    return out.append(type).append(' ').append(name).toString();
  }
}
