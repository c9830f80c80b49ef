package dev.sheaf.processor.read;

import dev.sheaf.Projection;
import javax.lang.model.element.TypeElement;

/** Reads a {@code @Projection} type as written, judging nothing: see {@code validate/}. */
public final class ProjectionReader {
  private ProjectionReader() {}

  public static ProjectionSource read(TypeElement dto) {
    return new ProjectionSource(dto, Written.on(dto, Projection.class), Components.of(dto));
  }
}
