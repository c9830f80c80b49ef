package dev.sheaf.processor.fuzz;

import java.util.List;

/**
 * A class that calls every public load of each repository (only findAll where the key type is not
 * known) with the DTO's and the key's types: it compiles only if each repository exists and
 * offers the API the design promises.
 */
final class CallerWriter {
  private CallerWriter() {}

  static String write(String name, List<Dto> projections) {
    StringBuilder out = new StringBuilder("final class " + name + " {\n"
        + "  static void call(org.jdbi.v3.core.Jdbi jdbi, org.jdbi.v3.core.Handle handle) {\n");
    int i = 0;
    for (Dto dto : projections) {
      String type = dto.typeName();
      String repository = "new " + dto.qualifiedRepository() + "(jdbi)";
      out.append("    java.util.List<").append(type).append("> all").append(i).append(" = ")
          .append(repository).append(".findAll();\n");
      i++;
      if (dto.keyType == null) {
        continue; // a chaos projection: its key, if any, is not known
      }
      String key = keyLiteral(dto.keyType);
      out.append("    java.util.Optional<").append(type).append("> one").append(i).append(" = ")
          .append(repository).append(".attach(handle).findById(").append(key).append(");\n")
          .append("    java.util.List<").append(type).append("> some").append(i).append(" = ")
          .append(repository).append(".findAllById(java.util.List.of(").append(key).append("));\n")
          .append("    java.util.List<").append(type).append("> page").append(i).append(" = ")
          .append(repository).append(".query().where(\"1 = 1\").bind(\"x\", 1).orderBy(\"1\")")
          .append(".limit(1).offset(0).list();\n");
    }
    return out.append("  }\n}\n").toString();
  }

  private static String keyLiteral(String keyType) {
    return switch (keyType) {
      case "long", "java.lang.Long" -> "1L";
      case "int", "java.lang.Integer" -> "1";
      case "java.lang.String" -> "\"k\"";
      case "java.util.UUID" -> "new java.util.UUID(0L, 1L)";
      default -> throw new IllegalArgumentException("not a key type: " + keyType);
    };
  }
}
