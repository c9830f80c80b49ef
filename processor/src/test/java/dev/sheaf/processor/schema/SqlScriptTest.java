package dev.sheaf.processor.schema;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
  private static List<String> pieces(String script) {
    return SqlScript.split(script).stream().map(p -> p.line() + ":" + p.text().strip()).toList();
  }

  @Test
  void semicolonsInsideQuotesCommentsAndDollarBodiesDoNotEndAStatement() {
    assertThat(pieces("""
        CREATE TABLE a (note text DEFAULT 'x;y', "odd;name" int); -- a; comment
        /* block; comment */
        CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql;
        INSERT INTO a VALUES ('it''s; fine');
        """)).containsExactly(
            "1:CREATE TABLE a (note text DEFAULT 'x;y', \"odd;name\" int)",
            "1:-- a; comment\n/* block; comment */\nCREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql",
            "4:INSERT INTO a VALUES ('it''s; fine')").inOrder();
  }

  @Test
  void aTrailingStatementWithoutSemicolonAndCommentOnlyPiecesAreKeptAndDropped() {
    assertThat(pieces("CREATE TABLE a (id int);\n-- the end;\nCREATE TABLE b (id int)"))
        .containsExactly("1:CREATE TABLE a (id int)", "2:-- the end;\nCREATE TABLE b (id int)");
  }
}
