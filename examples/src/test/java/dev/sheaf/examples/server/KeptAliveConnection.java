package dev.sheaf.examples.server;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection on a plain socket, for requests in a row: unlike an HTTP client with a
 * pool, it cannot open a second connection behind the test's back, so every response it reads
 * came over the same kept-alive connection.
 */
final class KeptAliveConnection implements AutoCloseable {
  /** What the server answered; header names in lower case. */
  record Response(int status, Map<String, String> headers, String body) {}

  private final Socket socket;
  private final String host;
  private final OutputStream out;
  private final InputStream in;

  KeptAliveConnection(URI server) throws IOException {
    socket = new Socket(server.getHost(), server.getPort());
    // A server that stops answering fails the test instead of hanging it.
    socket.setSoTimeout(10_000);
    host = server.getHost() + ":" + server.getPort();
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream());
  }

  /** Sends {@code GET path} and reads its whole response, which must have a Content-Length. */
  Response get(String path) throws IOException {
    // The request in one write, so that the client's own writes never wait on Nagle's algorithm.
    out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(ISO_8859_1));
    out.flush();
    String statusLine = line();
    Map<String, String> headers = new HashMap<>();
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).trim());
    }
    String length = headers.get("content-length");
    if (length == null) {
      throw new IOException("no Content-Length in the response to " + path + ": " + headers);
    }
    byte[] body = in.readNBytes(Integer.parseInt(length));
    if (body.length < Integer.parseInt(length)) {
      throw new EOFException("the server closed the connection inside the body of " + path);
    }
    return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers,
        new String(body, UTF_8));
  }

  /** The next line of the response's head, without its CRLF. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c == -1) {
        throw new EOFException("the server closed the connection");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
