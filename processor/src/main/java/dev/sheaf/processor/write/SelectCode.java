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

  private SelectCode() {}

  static CodeBlock of(Select select, boolean reference) {
    CodeBlock.Builder code = CodeBlock.builder();
    Select.Parent parent = select.parent();
    if (select.up() != null) {
      code.add("$T.chain($L, $S, $S, $S, $S)", SELECT, select.number(), select.label(),
          select.table(), select.key(), select.up());
    } else if (parent == null) {
      code.add("$T.$L($L, $S, $S, $S)", SELECT, reference ? "referenced" : "root",
          select.number(), select.label(), select.table(), select.key());
    } else if (select.isTree()) {
      code.add("$T.tree($L, $S, $S, $S, $S)", SELECT, select.number(), select.label(),
          select.table(), select.key(), parent.column());
    } else if (parent.link() == null) {
      code.add("$T.children($L, $S, $S, $S, $S)", SELECT, select.number(), select.label(),
          select.table(), select.key(), parent.column());
    } else {
      code.add("$T.childrenThrough($L, $S, $S, $S,\n$>$>$L)$<$<", SELECT, select.number(),
          select.label(), select.table(), select.key(), link(parent.link()));
    }
    code.add("$>$>");
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
        code.add("\n.aggregate($L)", CodeBlock.join(arguments, ", "));
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
