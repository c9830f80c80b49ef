package dev.sheaf.runtime.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a keyset page ends, as text an API can hand out and take back: the values of the last
 * row's order columns and key, each with its type, so the next page binds them as the database
 * returned them. URL-safe Base64; opaque to callers.
 */
public final class PageCursor {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private PageCursor() {}

  /**
   * The cursor of {@code values}.
   *
   * @throws IllegalArgumentException for a null value (no seek condition passes a null the same
   *     way on every database) or a type a cursor cannot carry
   */
  public static String encode(List<Object> values) {
    StringBuilder text = new StringBuilder();
    for (Object value : values) {
      text.append(tagged(value)).append('\n');
    }
    return ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The values of {@code cursor}, which must hold {@code count}.
   *
   * @throws IllegalArgumentException when it is not a cursor of such a query
   */
  public static List<Object> decode(String cursor, int count) {
    List<Object> values = new ArrayList<>();
    try {
      String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
      for (String line : text.split("\n", -1)) {
        if (!line.isEmpty()) {
          values.add(value(line.charAt(0), line.substring(2)));
        }
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a page cursor: \"" + cursor + "\"", e);
    }
    if (values.size() != count) {
      throw new IllegalArgumentException("the page cursor \"" + cursor + "\" holds "
          + values.size() + " values, and this query's order needs " + count
          + ": it came from a query with another order");
    }
    return values;
  }

  private static String tagged(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("the last row has a null in an order column");
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return "l:" + value;
    }
    if (value instanceof String s) {
      // One line per value: a line break inside is escaped.
      return "s:" + s.replace("\\", "\\\\").replace("\n", "\\n");
    }
    if (value instanceof BigDecimal d) {
      return "d:" + d.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return "f:" + value;
    }
    if (value instanceof Boolean) {
      return "b:" + value;
    }
    if (value instanceof UUID) {
      return "u:" + value;
    }
    if (value instanceof Timestamp t) {
      return "t:" + t.toLocalDateTime();
    }
    if (value instanceof LocalDateTime) {
      return "t:" + value;
    }
    if (value instanceof java.sql.Date d) {
      return "D:" + d.toLocalDate();
    }
    if (value instanceof LocalDate) {
      return "D:" + value;
    }
    if (value instanceof java.sql.Time t) {
      return "T:" + t.toLocalTime();
    }
    if (value instanceof LocalTime) {
      return "T:" + value;
    }
    if (value instanceof OffsetDateTime) {
      return "o:" + value;
    }
    if (value instanceof Instant) {
      return "i:" + value;
    }
    throw new IllegalArgumentException("a page cursor cannot carry a "
        + value.getClass().getName() + " (" + value + ")");
  }

  private static Object value(char tag, String text) {
    return switch (tag) {
      case 'l' -> Long.parseLong(text);
      case 's' -> unescape(text);
      case 'd' -> new BigDecimal(text);
      case 'f' -> Double.parseDouble(text);
      case 'b' -> Boolean.parseBoolean(text);
      case 'u' -> UUID.fromString(text);
      case 't' -> LocalDateTime.parse(text);
      case 'D' -> LocalDate.parse(text);
      case 'T' -> LocalTime.parse(text);
      case 'o' -> OffsetDateTime.parse(text);
      case 'i' -> Instant.parse(text);
      default -> throw new IllegalArgumentException("unknown tag " + tag);
    };
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
