package dev.sheaf.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Requests in a row on one kept-alive connection are answered at once. The JDK's server writes a
 * response's head and body in two writes; with Nagle's algorithm on, the body waited for the
 * client's delayed ACK of the head, about 40 ms on Linux, on every request after the first.
 */
class KeptAliveConnectionTest {
  @Test
  void twentyRequestsInARowOnOneConnectionDoNotWait() throws Exception {
    // GET / runs no statement, so only the HTTP exchange is timed, not a database: this Jdbi
    // never connects.
    Jdbi jdbi = Jdbi.create("jdbc:h2:mem:");
    try (DemoServer server = DemoServer.start(jdbi,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1, line -> { });
        KeptAliveConnection connection = new KeptAliveConnection(server.uri())) {
      // Untimed: the first request also loads classes.
      assertEquals(200, connection.get("/").status());

      long[] micros = new long[20];
      long start = System.nanoTime();
      for (int i = 0; i < micros.length; i++) {
        long sent = System.nanoTime();
        KeptAliveConnection.Response response = connection.get("/");
        micros[i] = (System.nanoTime() - sent) / 1_000;
        assertEquals(200, response.status(), response.body());
        assertEquals("0", response.headers().get("x-sql-statements"));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      // 40 ms a request would be 800 ms; without the stall, a busy machine needs a few ms each.
      assertTrue(millis < 500, "20 requests on one connection took " + millis
          + " ms; each, in microseconds: " + Arrays.toString(micros));
    }
  }
}
