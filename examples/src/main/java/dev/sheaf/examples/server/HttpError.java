package dev.sheaf.examples.server;

/** A request the API answers with an error status instead of data: 400, 404, 405. */
final class HttpError extends RuntimeException {
  private final int status;

  HttpError(int status, String detail) {
    super(detail, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
