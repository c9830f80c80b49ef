package dev.sheaf.benchmarks.report;

import dev.sheaf.benchmarks.BenchDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A benchmark's results by database, loader and size, each in the order the report lists
 * them: databases as their enum declares them, loaders as {@link LoaderNames} lists them, sizes
 * ascending.
 */
public final class ResultGrid {
  private final LoaderNames names;
  private final Map<String, LoadResult> byKey;
  private final List<String> databases;
  private final List<String> loaders;
  private final List<Integer> sizes;

  public ResultGrid(List<LoadResult> results, LoaderNames names) {
    this.names = names;
    this.byKey = results.stream()
        .collect(Collectors.toMap(ResultGrid::key, Function.identity(), (a, b) -> b));
    this.databases = ordered(results, LoadResult::database,
        Comparator.comparing(name -> BenchDatabase.named(name).ordinal()));
    this.loaders = ordered(results, LoadResult::loader,
        Comparator.comparing(names::order));
    this.sizes = new ArrayList<>(new TreeSet<>(results.stream().map(LoadResult::authors).toList()));
  }

  /** What the report calls the loader {@code label}. */
  public String description(String loader) {
    return names.description(loader);
  }

  public List<String> databases() {
    return databases;
  }

  public List<String> loaders() {
    return loaders;
  }

  public List<Integer> sizes() {
    return sizes;
  }

  /** The loaders measured on {@code database}, in report order. */
  public List<String> loaders(String database) {
    return loaders.stream()
        .filter(loader -> sizes.stream().anyMatch(size -> get(database, loader, size).isPresent()))
        .toList();
  }

  public Optional<LoadResult> get(String database, String loader, int authors) {
    return Optional.ofNullable(byKey.get(database + "/" + loader + "/" + authors));
  }

  /** The results of one loader on one database, by size. */
  public Map<Integer, LoadResult> series(String database, String loader) {
    Map<Integer, LoadResult> series = new TreeMap<>();
    for (int size : sizes) {
      get(database, loader, size).ifPresent(result -> series.put(size, result));
    }
    return series;
  }

  private static String key(LoadResult result) {
    return result.database() + "/" + result.loader() + "/" + result.authors();
  }

  private static List<String> ordered(List<LoadResult> results, Function<LoadResult, String> name,
      Comparator<String> order) {
    return results.stream().map(name).distinct().sorted(order).toList();
  }
}
