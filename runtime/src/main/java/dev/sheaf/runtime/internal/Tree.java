package dev.sheaf.runtime.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows one tree statement read ({@link Select#tree}), built into DTOs under their parents;
 * or the rows a chain read ({@link Select#chain}), each built with the row it references.
 * A row's children are the rows whose parent is its key, in the order read, at most the limit of
 * them (in a chain: the one row its reference holds the key of); each row is built once (for a
 * declared depth, once per depth left below it) and shared wherever it appears. A row that is
 * its own ancestor is a loop in the data, which no finite DTO can hold: building it fails,
 * naming the row and the way back to it.
 *
 * <p>The walk keeps its own stack, so a chain thousands of rows deep builds as well as a wide
 * tree.
 */
public final class Tree<K, R, V> {
  /** Builds one DTO from its row and its children, already built. */
  @FunctionalInterface
  public interface Node<R, V> {
    V build(R row, List<V> children);
  }

  /** Builds one DTO of a chain from its row and the one it references, already built, or null. */
  @FunctionalInterface
  public interface Link<R, V> {
    V build(R row, V referenced);
  }

  /** Keys printed in a loop's message, at most: the first and last halves of a long way round. */
  private static final int SHOWN_PATH = 20;

  private final Map<K, List<R>> children = new HashMap<>();
  private final Function<R, K> key;
  /** The key whose rows are a row's children: its own (a tree), or the one it references. */
  private final Function<R, K> next;
  /** The levels built under a parent; -1 for all. */
  private final int depth;
  private final Node<R, V> node;
  private final Function<String, RuntimeException> failure;
  private final Map<Built<K>, V> built = new HashMap<>();

  /**
   * @param parent the key a row is grouped under: its parent's (a tree), or its own (a chain)
   * @param next the key whose rows are a row's children: its own (a tree), or the one it
   *     references (a chain; null for none)
   * @param depth the levels built under a parent; 0 for all
   * @param limit at most this many children per row; 0 for all
   * @param failure the exception that a loop's description fails the load with
   */
  Tree(List<R> rows, Function<R, K> parent, Function<R, K> key, Function<R, K> next, int depth,
      int limit, Node<R, V> node, Function<String, RuntimeException> failure) {
    this.key = key;
    this.next = next;
    this.depth = depth == 0 ? -1 : depth;
    this.node = node;
    this.failure = failure;
    // A row read twice (on MariaDB each IN list is a statement, and two may reach one row)
    // counts once.
    Set<K> seen = new HashSet<>();
    List<R> once = new ArrayList<>(rows.size());
    for (R row : rows) {
      if (seen.add(key.apply(row))) {
        once.add(row);
      }
    }
    for (R row : Rows.firstPerParent(once, parent, limit)) {
      children.computeIfAbsent(parent.apply(row), k -> new ArrayList<>()).add(row);
    }
  }

  /**
   * The DTOs under {@code parent} (the key of a row of the level above), each with its own
   * children, to the declared depth; empty for none.
   *
   * @throws RuntimeException the load's failure, when a row under it is its own ancestor
   */
  public List<V> under(K parent) {
    return build(parent, parent);
  }

  /**
   * The DTO of a chain's row whose key is {@code referenced}, which the row {@code owner} of the
   * level above references, built with the rows above it to the declared depth; null for none.
   *
   * @throws RuntimeException the load's failure, when a row above is its own ancestor
   */
  public V referenced(K owner, K referenced) {
    List<V> built = referenced == null ? List.of() : build(owner, referenced);
    return built.isEmpty() ? null : built.get(0);
  }

  /** The DTOs of the rows grouped under {@code first}, reached from the row {@code owner}. */
  private List<V> build(K owner, K first) {
    if (!children.containsKey(first)) {
      return List.of();
    }
    // The rows being built, outermost first; a key met again among them is a loop.
    Deque<Frame<K, R, V>> stack = new ArrayDeque<>();
    Set<K> path = new LinkedHashSet<>();
    path.add(owner);
    stack.push(new Frame<>(null, owner, depth, children.get(first)));
    while (true) {
      Frame<K, R, V> frame = stack.peek();
      if (frame.next < frame.rows.size()) {
        R row = frame.rows.get(frame.next++);
        K rowKey = key.apply(row);
        int left = frame.left < 0 ? -1 : frame.left - 1;
        V done = built.get(new Built<>(rowKey, left));
        if (done != null) {
          frame.built.add(done);
          continue;
        }
        if (!path.add(rowKey)) {
          throw failure.apply(loop(path, rowKey));
        }
        K nextKey = next.apply(row);
        List<R> below = left == 0 || nextKey == null
            ? List.of() : children.getOrDefault(nextKey, List.of());
        stack.push(new Frame<>(row, rowKey, left, below));
        continue;
      }
      stack.pop();
      List<V> list = Collections.unmodifiableList(frame.built);
      if (frame.row == null) {
        return list;
      }
      V value = node.build(frame.row, list);
      built.put(new Built<>(frame.key, frame.left), value);
      path.remove(frame.key);
      stack.peek().built.add(value);
    }
  }

  /** What a loop's failure says: the row, and the way from it back to itself. */
  private static <K> String loop(Set<K> path, K again) {
    List<String> way = new ArrayList<>();
    boolean inLoop = false;
    for (K k : path) {
      inLoop |= k.equals(again);
      if (inLoop) {
        way.add(String.valueOf(k));
      }
    }
    way.add(String.valueOf(again));
    if (way.size() > SHOWN_PATH) {
      List<String> cut = new ArrayList<>(way.subList(0, SHOWN_PATH / 2));
      cut.add("... " + (way.size() - SHOWN_PATH) + " more");
      cut.addAll(way.subList(way.size() - SHOWN_PATH / 2, way.size()));
      way = cut;
    }
    return "found a loop in the data: the row whose key is " + again + " is its own ancestor ("
        + String.join(" -> ", way) + "); a tree cannot hold it";
  }

  /** A row being built: its children, those built so far, and the levels left below it. */
  private static final class Frame<K, R, V> {
    final R row;
    final K key;
    final int left;
    final List<R> rows;
    final List<V> built;
    int next;

    Frame(R row, K key, int left, List<R> rows) {
      this.row = row;
      this.key = key;
      this.left = left;
      this.rows = rows;
      this.built = new ArrayList<>(rows.size());
    }
  }

  /** A built row: one per key, or per key and levels left below it for a declared depth. */
  private record Built<K>(K key, int left) {}
}
