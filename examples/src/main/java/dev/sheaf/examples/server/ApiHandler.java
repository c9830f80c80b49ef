package dev.sheaf.examples.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Answers every request of the API: routes {@code GET /<collection>} and
 * {@code GET /<collection>/<id>} to their {@link Resource}, {@code GET /} to an index of the
 * collections, anything else to an error; writes the reply as JSON, with the number of SQL
 * statements the request ran in the {@value DemoServer#STATEMENTS_HEADER} header.
 */
final class ApiHandler implements HttpHandler {
  /** Field names in snake_case, as Django REST framework writes them: {@code num_books}. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .build();

  private final Map<String, Resource<?>> collections;
  private final StatementsPerRequest statements;
  private final Consumer<String> accessLog;

  /**
   * @param collections the resources by the path segment that names them, such as {@code authors}
   * @param accessLog takes one line per request
   */
  ApiHandler(Map<String, Resource<?>> collections, StatementsPerRequest statements,
      Consumer<String> accessLog) {
    this.collections = Map.copyOf(collections);
    this.statements = statements;
    this.accessLog = accessLog;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    try (exchange) {
      StatementsPerRequest.Counted<Reply> counted = statements.count(() -> reply(exchange));
      Reply reply = counted.value();
      byte[] body = JSON.writeValueAsBytes(reply.body());
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.getResponseHeaders().set(DemoServer.STATEMENTS_HEADER,
          Long.toString(counted.statements()));
      reply.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(reply.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      accessLog.accept(String.format("%s %s -> %d, %d SQL statement%s, %.1f ms",
          exchange.getRequestMethod(), exchange.getRequestURI(), reply.status(),
          counted.statements(), counted.statements() == 1 ? "" : "s",
          (System.nanoTime() - start) / 1e6));
    }
  }

  /** The reply to {@code exchange}; never throws, so the statements are counted whatever happens. */
  private Reply reply(HttpExchange exchange) {
    try {
      if (!exchange.getRequestMethod().equals("GET")) {
        return Reply.error(405, "method " + exchange.getRequestMethod() + " not allowed")
            .withHeader("Allow", "GET");
      }
      return route(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery());
    } catch (HttpError error) {
      return Reply.error(error.status(), error.getMessage());
    } catch (RuntimeException failure) {
      // The cause stays in the server's log: SQL and driver messages are not for clients.
      System.err.println(exchange.getRequestURI() + ": " + failure);
      failure.printStackTrace();
      return Reply.error(500, "the server failed to answer; its log says why");
    }
  }

  private Reply route(String path, String rawQuery) {
    // "/authors" and "/authors/" alike, as Django REST framework's routes end in a slash.
    List<String> segments = List.of(path.replaceFirst("^/", "").split("/", -1));
    if (segments.size() > 1 && segments.get(segments.size() - 1).isEmpty()) {
      segments = segments.subList(0, segments.size() - 1);
    }
    if (segments.size() == 1 && segments.get(0).isEmpty()) {
      return Reply.ok(index());
    }
    Resource<?> resource = collections.get(segments.get(0));
    if (resource == null || segments.size() > 2) {
      throw new HttpError(404, "no such resource: " + path);
    }
    return segments.size() == 1
        ? Reply.ok(resource.list(Paging.parse(rawQuery)))
        : Reply.ok(resource.find(segments.get(1)));
  }

  /** The API's root: each collection's path, by its name. */
  private Map<String, String> index() {
    Map<String, String> paths = new LinkedHashMap<>();
    collections.keySet().stream().sorted().forEach(name -> paths.put(name, "/" + name));
    return paths;
  }
}
