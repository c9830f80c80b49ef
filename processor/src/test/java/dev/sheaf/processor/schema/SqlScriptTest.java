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
            "3:CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql",
            "4:INSERT INTO a VALUES ('it''s; fine')").inOrder();
  }

  @Test
  void aTrailingStatementWithoutSemicolonAndCommentOnlyPiecesAreKeptAndDropped() {
    assertThat(pieces("CREATE TABLE a (id int);\n-- the end;\nCREATE TABLE b (id int)"))
        .containsExactly("1:CREATE TABLE a (id int)", "3:CREATE TABLE b (id int)");
  }

  @Test
  void pgDumpCommentsHoldingSemicolonsLeaveTheStatementOnItsOwnLine() {
    assertThat(pieces("""
        --
        -- Name: film; Type: TABLE; Schema: public; Owner: postgres
        --

        CREATE TABLE public.film (id integer);
        """)).containsExactly("5:CREATE TABLE public.film (id integer)");
  }

  @Test
  void copyDataUpToItsEndMarkIsNotSql() {
    assertThat(pieces("""
        COPY public.category (id, name) FROM stdin;
        1	Action; Drama
        2	Don't -- stop $$ here
        \\.

        CREATE TABLE b (id int);
        copy public.film (id) from STDIN;
        \\.
        """)).containsExactly("1:COPY public.category (id, name) FROM stdin",
            "6:CREATE TABLE b (id int)", "7:copy public.film (id) from STDIN").inOrder();
  }

  @Test
  void mysqldumpDelimiterBlocksKeepTriggerBodiesWhole() {
    assertThat(pieces("""
        /*!40101 SET NAMES utf8mb4 */;
        DELIMITER ;;
        CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; SET NEW.y = 2; END ;;
        DELIMITER ;
        CREATE TABLE b (id int);
        """)).containsExactly(
            "3:CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; SET NEW.y = 2; END",
            "5:CREATE TABLE b (id int)").inOrder();
  }
}
