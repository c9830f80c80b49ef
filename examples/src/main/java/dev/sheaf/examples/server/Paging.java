package dev.sheaf.examples.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * The optional {@code limit} and {@code offset} of a list request, from its query string, such
 * as {@code ?limit=20&offset=40}. Other parameters are ignored, as Django REST framework does.
 */
record Paging(OptionalLong limit, OptionalLong offset) {
  static Paging parse(String rawQuery) {
    OptionalLong limit = OptionalLong.empty();
    OptionalLong offset = OptionalLong.empty();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return new Paging(limit, offset);
    }
    for (String parameter : rawQuery.split("&")) {
      int equals = parameter.indexOf('=');
      String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
      String value = equals < 0 ? "" : decode(parameter.substring(equals + 1));
      switch (name) {
        case "limit" -> limit = OptionalLong.of(count(name, value));
        case "offset" -> offset = OptionalLong.of(count(name, value));
        default -> { }
      }
    }
    return new Paging(limit, offset);
  }

  private static long count(String name, String value) {
    try {
      long count = Long.parseLong(value);
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new HttpError(400, name + " must be a whole number, 0 or more: \"" + value + "\"");
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      throw new HttpError(400, "a malformed query string: " + text);
    }
  }
}
