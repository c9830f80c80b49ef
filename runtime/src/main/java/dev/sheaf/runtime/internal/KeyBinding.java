package dev.sheaf.runtime.internal;

import dev.sheaf.runtime.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;

/** A key set as one statement writes it ({@link KeySet}) and binds it. */
final class KeyBinding<K> {
  private final KeySet text;
  private final boolean fixed;
  private final Consumer<Query> binder;

  private KeyBinding(KeySet text, boolean fixed, Consumer<Query> binder) {
    this.text = text;
    this.fixed = fixed;
    this.binder = binder;
  }

  /** The keys as arrays of at most {@code size} keys: one parameter each (H2, PostgreSQL). */
  static <K> KeyBinding<K> arrays(Dialect dialect, Class<K> keyType, List<K> keys, int size) {
    List<List<K>> parts = new ArrayList<>();
    for (int from = 0; from < keys.size() || from == 0; from += size) {
      parts.add(keys.subList(from, Math.min(keys.size(), from + size)));
    }
    if (parts.size() == 1) {
      return new KeyBinding<>(DialectSql.keySet(dialect, keyType, 1, null), true,
          query -> query.bindArray(Load.KEYS, keyType, keys));
    }
    KeySet text = DialectSql.keySet(dialect, keyType, parts.size(), null);
    return new KeyBinding<>(text, false, query -> {
      for (int part = 0; part < parts.size(); part++) {
        query.bindArray(Load.KEYS + "_" + part, keyType, parts.get(part));
      }
    });
  }

  /**
   * The keys as an IN list (whole numbers on PostgreSQL, any keys on MariaDB and MySQL): whole
   * numbers written as literals, spliced into the statement after Jdbi has parsed its fixed text
   * ({@link LiteralKeys}); other keys bound one parameter each.
   */
  static <K> KeyBinding<K> list(
      Dialect dialect, Class<K> keyType, List<K> keys, boolean literal) {
    StringBuilder list = new StringBuilder(keys.size() * (literal ? 8 : 14));
    for (int i = 0; i < keys.size(); i++) {
      list.append(i == 0 ? "" : ", ").append(literal ? keys.get(i).toString() : ":sheaf_key_" + i);
    }
    if (literal) {
      String literals = list.toString();
      KeySet text = DialectSql.keySet(dialect, keyType, 1, LiteralKeys.PLACEHOLDER);
      return new KeyBinding<>(text, true, query -> {
        SqlStatements statements = query.getConfig(SqlStatements.class);
        statements.setSqlParser(new LiteralKeys(statements.getSqlParser(), literals));
      });
    }
    KeySet text = DialectSql.keySet(dialect, keyType, 1, list.toString());
    return new KeyBinding<>(text, false, query -> {
      for (int i = 0; i < keys.size(); i++) {
        query.bind("sheaf_key_" + i, keys.get(i));
      }
    });
  }

  /** Whether the statement's text is the same for any keys of this kind: one array, or literals. */
  boolean fixedText() {
    return fixed;
  }

  KeySet text() {
    return text;
  }

  void bind(Query query) {
    binder.accept(query);
  }
}
