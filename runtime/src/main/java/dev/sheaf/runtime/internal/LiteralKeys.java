package dev.sheaf.runtime.internal;

import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A statement's parser that writes a list of whole-number keys into the statement after Jdbi
 * has parsed it. Jdbi parses every new text with a lexer and caches it by text: a text that
 * carried its keys would be new at every load of other keys, and parsing 2,200 keys took 25 ms,
 * longer than the load. The statement is written with {@link #PLACEHOLDER} where the list goes,
 * a text that is the same for every load, which Jdbi parses once.
 */
final class LiteralKeys implements SqlParser {
  /** Where the list goes: a name no statement of Sheaf's or fragment of a user's has. */
  static final String PLACEHOLDER = "sheaf_literal_keys";

  private final SqlParser parser;
  private final String list;

  /** Splices {@code list} ({@code 1, 2, 3}) into what {@code parser} makes of the text. */
  LiteralKeys(SqlParser parser, String list) {
    this.parser = parser;
    this.list = list;
  }

  @Override
  public ParsedSql parse(String sql, StatementContext ctx) {
    ParsedSql parsed = parser.parse(sql, ctx);
    return ParsedSql.of(parsed.getSql().replace(PLACEHOLDER, list), parsed.getParameters());
  }

  @Override
  public String nameParameter(String rawName, StatementContext ctx) {
    return parser.nameParameter(rawName, ctx);
  }
}
