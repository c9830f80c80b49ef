package dev.sheaf.processor.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a case's types as Java sources, one file per top-level type. Every JDK and Sheaf type is
 * written fully qualified, so a DTO may be named {@code List} or {@code Column}.
 */
final class SourceWriter {
  private static final Map<String, String> BOXES = Map.of(
      "boolean", "java.lang.Boolean", "byte", "java.lang.Byte", "short", "java.lang.Short",
      "int", "java.lang.Integer", "long", "java.lang.Long", "float", "java.lang.Float",
      "double", "java.lang.Double", "char", "java.lang.Character");

  private final Graph graph;

  private SourceWriter(Graph graph) {
    this.graph = graph;
  }

  /** Qualified name of each file's top-level type, to its text. */
  static Map<String, String> write(Graph graph) {
    return new SourceWriter(graph).files();
  }

  private Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    for (Dto dto : graph.types) {
      if (dto.enclosing == null) {
        String top = dto.localName().split("\\.")[0];
        String qualified = dto.packageName.isEmpty() ? top : dto.packageName + "." + top;
        files.put(qualified, header(dto.packageName) + topLevel(dto));
      }
    }
    if (graph.caller) {
      String name = graph.prefix + "SheafFuzzCaller";
      files.put(graph.qualified(name),
          header(graph.packageName) + CallerWriter.write(name, graph.projections()));
    }
    return files;
  }

  private static String header(String packageName) {
    return packageName.isEmpty() ? "" : "package " + packageName + ";\n\n";
  }

  private String topLevel(Dto dto) {
    return switch (dto.place) {
      case TOP -> declaration(dto, "public", "");
      case NESTED -> holder(dto.holder(), declaration(dto, "public static", "  "));
      case INNER -> holder(dto.holder(), declaration(dto, "public", "  "));
      case PRIVATE_NESTED -> holder(dto.holder(), declaration(dto, "private static", "  "));
      case IN_PRIVATE_HOLDER -> "public class " + dto.name + "Outer {\n"
          + "  private static class " + dto.holder() + " {\n"
          + declaration(dto, "public static", "    ") + "  }\n}\n";
    };
  }

  private static String holder(String name, String inside) {
    return "public class " + name + " {\n" + inside + "}\n";
  }

  private String declaration(Dto dto, String modifiers, String indent) {
    StringBuilder out = new StringBuilder();
    if (dto.projection != null) {
      out.append(indent).append(dto.projection).append('\n');
    }
    String in = indent + "  ";
    switch (dto.kind) {
      case RECORD -> {
        out.append(indent).append(modifiers).append(" record ").append(dto.name)
            .append(dto.typeParameters).append('(');
        List<String> components = dto.members.stream().map(Member::toString).toList();
        out.append(components.isEmpty() ? "" : "\n" + in + "  ")
            .append(String.join(",\n" + in + "  ", components)).append(") {\n");
      }
      case CLASS, ABSTRACT_CLASS -> {
        String kind = dto.kind == Dto.Kind.ABSTRACT_CLASS ? " abstract class " : " class ";
        out.append(indent).append(modifiers).append(kind).append(dto.name)
            .append(dto.typeParameters).append(" {\n");
        boolean assignedOnce = dto.constructor != Dto.Constructor.NONE
            && dto.constructor != Dto.Constructor.PARTIAL;
        for (Member member : dto.members) {
          out.append(in).append(annotations(member)).append(assignedOnce ? "private final " : "")
              .append(member.type).append(' ').append(member.name).append(";\n");
        }
        out.append(constructor(dto, in));
      }
      case INTERFACE -> {
        out.append(indent).append(modifiers).append(" interface ").append(dto.name)
            .append(dto.typeParameters).append(" {\n");
        dto.members.forEach(
            m -> out.append(in).append(m.type).append(' ').append(m.name).append("();\n"));
      }
      case ENUM -> {
        out.append(indent).append(modifiers).append(" enum ").append(dto.name).append(" {\n")
            .append(in).append("FIRST, SECOND;\n");
        dto.members.forEach(m -> out.append(in).append(m).append(";\n"));
      }
      case ANNOTATION -> out.append(indent).append(modifiers).append(" @interface ")
          .append(dto.name).append(" {\n");
    }
    dto.body.forEach(line -> out.append(in).append(line).append('\n'));
    for (Dto nested : graph.types) {
      if (nested.enclosing == dto) {
        // Only a class needs 'static'; javac refuses it on some kinds inside an inner class.
        out.append(declaration(nested, nested.isClass() ? "public static" : "public", in));
      }
    }
    return out.append(indent).append("}\n").toString();
  }

  private static String annotations(Member member) {
    StringBuilder out = new StringBuilder();
    member.annotations.forEach(a -> out.append(a).append(' '));
    return out.toString();
  }

  private static String constructor(Dto dto, String indent) {
    List<Member> parameters = new ArrayList<>(dto.members);
    String access = dto.constructor == Dto.Constructor.ALL_FIELDS ? dto.constructorAccess : "public ";
    switch (dto.constructor) {
      case NONE -> {
        return "";
      }
      case PRIVATE -> access = "private ";
      case PARTIAL -> {
        if (!parameters.isEmpty()) {
          parameters.remove(parameters.size() - 1);
        }
      }
      case REVERSED -> java.util.Collections.reverse(parameters);
      case ALL_FIELDS, BOXED -> { }
    }
    List<String> declared = new ArrayList<>();
    boolean boxed = false;
    for (Member parameter : parameters) {
      String type = parameter.type;
      if (dto.constructor == Dto.Constructor.BOXED && !boxed && BOXES.containsKey(type)) {
        type = BOXES.get(type);
        boxed = true;
      }
      declared.add(type + " " + parameter.name);
    }
    StringBuilder out = new StringBuilder("\n").append(indent).append(access).append(dto.name)
        .append('(').append(String.join(", ", declared)).append(") {\n");
    parameters.forEach(p -> out.append(indent).append("  this.").append(p.name).append(" = ")
        .append(p.name).append(";\n"));
    return out.append(indent).append("}\n").toString();
  }
}
