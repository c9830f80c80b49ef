package dev.sheaf.processor.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/** One annotation as written on a DTO: its type and its attributes, as Java source. */
final class Ann {
  static final String PROJECTION = "dev.sheaf.Projection";
  static final String COLUMN = "dev.sheaf.Column";
  static final String AGGREGATE = "dev.sheaf.Aggregate";
  static final String REFERENCE = "dev.sheaf.Reference";

  private final String type;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  /** The strings set with {@link #set}, unescaped. */
  private final Map<String, String> strings = new LinkedHashMap<>();

  Ann(String type) {
    this.type = type;
  }

  String type() {
    return type;
  }

  /** Sets an attribute to a Java expression. */
  Ann raw(String attribute, String expression) {
    attributes.put(attribute, expression);
    strings.remove(attribute);
    return this;
  }

  /** Sets an attribute to a string. */
  Ann set(String attribute, String value) {
    raw(attribute, JavaText.string(value));
    strings.put(attribute, value);
    return this;
  }

  /** The string an attribute was set to; null when unset or not a string. */
  String stringValue(String attribute) {
    return strings.get(attribute);
  }

  Ann function(String function) {
    return raw("function", "dev.sheaf.Aggregate.Function." + function);
  }

  Ann remove(String attribute) {
    attributes.remove(attribute);
    strings.remove(attribute);
    return this;
  }

  @Override
  public String toString() {
    if (attributes.isEmpty()) {
      return "@" + type;
    }
    if (attributes.size() == 1 && attributes.containsKey("value")) {
      return "@" + type + "(" + attributes.get("value") + ")";
    }
    StringBuilder out = new StringBuilder("@" + type + "(");
    attributes.forEach((name, value) -> out.append(out.charAt(out.length() - 1) == '(' ? "" : ", ")
        .append(name).append(" = ").append(value));
    return out.append(')').toString();
  }
}
