package dev.sheaf.processor.read;

import dev.sheaf.Projection;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Projection} type as written: the type, its annotation, and its fields in the order
 * its constructor takes them. What {@code validate/} judges.
 */
public record ProjectionSource(
    TypeElement type, Written<Projection> projection, List<Component> components) {
  public ProjectionSource {
    components = List.copyOf(components);
  }
}
