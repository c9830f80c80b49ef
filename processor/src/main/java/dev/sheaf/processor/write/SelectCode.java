package dev.sheaf.processor.write;

import static dev.sheaf.processor.write.RuntimeTypes.SELECT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.sheaf.Aggregate;
import dev.sheaf.runtime.internal.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * The code that builds a {@link Select} in a generated repository: one fluent call per part, in
 * the order the row reads its values, so the statement reads as a description of itself.
 */
final class SelectCode {
  private static final ClassName FUNCTION = ClassName.get(Aggregate.Function.class);
  private static final ClassName OPTION = SELECT.nestedClass("Option");

  /** The column generated lines stay within, as JavaPoet wraps at {@code $W}. */
  static final int COLUMNS = 100;

  private SelectCode() {}

  /**
   * @param column where the code starts on its line: after {@code Select NAME = }. When the
   *     first call does not fit after it, the code starts on the next line, and its parts one
   *     level further in
   */
  static CodeBlock of(Select select, boolean reference, int column) {
    // Measured as written: Select is imported, so by its simple name.
    String firstLine = head(select, reference, ", ").toString()
        .replace(SELECT.canonicalName(), SELECT.simpleName()).lines().findFirst().orElse("");
    if (column + firstLine.length() <= COLUMNS) {
      return CodeBlock.builder().add(head(select, reference, ", ")).add(parts(select)).build();
    }
    // On a line of its own, a call still too long breaks between its arguments.
    return CodeBlock.builder().add("\n$>$>").add(head(select, reference, ",$W"))
        .add(parts(select)).add("$<$<").build();
  }

  /**
   * The factory call that names the statement, its table, key and parent, its arguments
   * separated by {@code comma}.
   */
  private static CodeBlock head(Select select, boolean reference, String comma) {
    CodeBlock.Builder code = CodeBlock.builder();
    Select.Parent parent = select.parent();
    if (select.up() != null) {
      code.add(String.join(comma, "$T.chain($L", "$S", "$S", "$S", "$S)"), SELECT, select.number(),
          select.label(), select.table(), select.key(), select.up());
    } else if (parent == null) {
      code.add(String.join(comma, "$T.$L($L", "$S", "$S", "$S)"), SELECT,
          reference ? "referenced" : "root", select.number(), select.label(), select.table(),
          select.key());
    } else if (select.isTree()) {
      code.add(String.join(comma, "$T.tree($L", "$S", "$S", "$S", "$S)"), SELECT, select.number(),
          select.label(), select.table(), select.key(), parent.column());
    } else if (parent.link() == null) {
      code.add(String.join(comma, "$T.children($L", "$S", "$S", "$S", "$S)"), SELECT,
          select.number(), select.label(), select.table(), select.key(), parent.column());
    } else {
      code.add(String.join(comma, "$T.childrenThrough($L", "$S", "$S", "$S,\n$>$>$L)$<$<"), SELECT,
          select.number(), select.label(), select.table(), select.key(), link(parent.link()));
    }
    return code.build();
  }

  /** One fluent call per part of the statement, each on a line of its own. */
  private static CodeBlock parts(Select select) {
    CodeBlock.Builder code = CodeBlock.builder().add("$>$>");
    for (Select.Value value : select.values()) {
      if (value instanceof Select.Column column) {
        code.add("\n.column($S)", column.column());
      } else {
        Select.Computed computed = (Select.Computed) value;
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$S", computed.name()));
        arguments.add(CodeBlock.of("$T.$L", FUNCTION, computed.function().name()));
        arguments.add(relation(computed.relation()));
        arguments.add(CodeBlock.of("$S", computed.column()));
        arguments.add(CodeBlock.of("$S", computed.where()));
        for (Select.Option option : computed.options()) {
          arguments.add(CodeBlock.of("$T.$L", OPTION, option.name()));
        }
        // A person breaks a long call between its arguments, as JavaPoet does at $W.
        code.add("\n.aggregate($L)", CodeBlock.join(arguments, ",$W"));
      }
    }
    if (!select.where().isEmpty()) {
      code.add("\n.where($S)", select.where());
    }
    if (!select.orderBy().isEmpty()) {
      code.add("\n.orderBy($S)", select.orderBy());
    }
    if (select.tieBreaker() != null && !select.tieBreaker().equals(select.key())) {
      code.add("\n.tieBreaker($S)", select.tieBreaker());
    }
    if (select.limit() > 0) {
      code.add("\n.limit($L)", select.limit());
    }
    if (select.limitParameter() != null) {
      code.add("\n.limitParameter($S)", select.limitParameter());
    }
    if (select.depth() > 0) {
      code.add("\n.depth($L)", select.depth());
    }
    if (select.ordersKeysInJava()) {
      code.add("\n.keyOrderInJava()");
    }
    return code.add("$<$<").build();
  }

  private static CodeBlock relation(Select.Relation relation) {
    return relation.link() == null
        ? CodeBlock.of("$T.over($S, $S)", SELECT, relation.table(), relation.foreignKey())
        : CodeBlock.of("$T.over($S, $L)", SELECT, relation.table(), link(relation.link()));
  }

  private static CodeBlock link(Select.Link link) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.link($S, $S, $S, $S", SELECT,
        link.table(), link.parentColumn(), link.targetColumn(), link.targetKey());
    for (Select.Hop hop : link.hops()) {
      code.add(",\n$T.hop($S, $S, $S)", SELECT, hop.table(), hop.previousColumn(), hop.column());
    }
    return code.add(")").build();
  }
}
