package dev.sheaf.examples.server;

import dev.sheaf.runtime.RootQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A collection the API serves from a generated repository: its path, such as {@code /authors},
 * lists it, paged by {@link Paging}, and {@code /authors/<id>} is one element.
 *
 * @param name what one element is called, in messages: {@code author}
 * @param query the repository's root query, such as {@code authors::query}
 * @param byId the repository's {@code findById}
 */
record Resource<T>(String name, Supplier<RootQuery<T>> query, LongFunction<Optional<T>> byId) {
  List<T> list(Paging paging) {
    RootQuery<T> rows = query.get();
    if (paging.limit().isPresent()) {
      rows = rows.limit(paging.limit().getAsLong());
    }
    if (paging.offset().isPresent()) {
      rows = rows.offset(paging.offset().getAsLong());
    }
    return rows.list();
  }

  /** The element whose key is {@code id}, the path's last segment; 400 or 404 when there is none. */
  T find(String id) {
    long key;
    try {
      key = Long.parseLong(id);
    } catch (NumberFormatException notANumber) {
      throw new HttpError(400, "not a valid " + name + " id: \"" + id + "\"");
    }
    return byId.apply(key).orElseThrow(() -> new HttpError(404, "no " + name + " " + key));
  }
}
