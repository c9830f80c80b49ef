package dev.sheaf.examples.server;

import java.util.Map;

/** What a request is answered with: a status, a body to write as JSON, and extra headers. */
record Reply(int status, Object body, Map<String, String> headers) {
  /** An error's body, shaped as Django REST framework shapes it: {@code {"detail": "..."}}. */
  record Detail(String detail) {}

  static Reply ok(Object body) {
    return new Reply(200, body, Map.of());
  }

  static Reply error(int status, String detail) {
    return new Reply(status, new Detail(detail), Map.of());
  }

  Reply withHeader(String name, String value) {
    return new Reply(status, body, Map.of(name, value));
  }
}
