package dev.statuspolicy.testkit;

import dev.statuspolicy.host.ResponseSink;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ways real servers and frameworks were seen to change the policy's answers, each as a
 * misbehaviour of {@link ReferenceServer}, and the check of the suite that must catch it.
 */
enum Fault {
  /** None: the faithful server. */
  NONE(""),
  /** Jetty, Javalin and Helidon add {@code Content-Length: 0} to 304 (and HEAD) responses. */
  LENGTH_ZERO_ON_304("304 for a matching If-None-Match, without body or Content-Length"),
  /** Javalin's ETag logic turns any response with a matching ETag into a 304. */
  OWN_ETAG_304("a 203 stays 203 on a matching If-None-Match (no framework 304)"),
  /** Spring's {@code ResponseEntity} answers If-Modified-Since itself. */
  OWN_DATE_304("a future If-Modified-Since stays 200 (no framework 304)"),
  /** Spring and Tomcat answer OPTIONS themselves, with their own {@code Allow}. */
  OWN_OPTIONS("405 for OPTIONS, with the policy's Allow"),
  /** A framework that hands over the decoded query instead of the raw one. */
  DECODED_QUERY("an encoded parameter name and a plus sign reach the policy as they are"),
  /** A host that cannot abort and answers the 499 with a 500. */
  ABORT_AS_500("499 sends nothing when the client has gone"),
  /** A server that writes header names in lower case. */
  LOWER_CASE_NAMES("200 for data, with the data's type and the policy's validators"),
  /** A server that reorders headers. */
  REVERSED_HEADERS("203 for a deprecated version, with Deprecation, Sunset and Link"),
  /** A server that chunks a body whose length it was given. */
  CHUNKED("400 for an invalid parameter, naming it"),
  /** A framework that adds a header of its own. */
  ADDED_HEADER("404 for an unknown product"),
  /** A framework that replaces the reason phrase. */
  OWN_REASON("422 for a point outside the product's coverage"),
  /** The JDK's {@code HttpServer}, which answers a malformed escape with its own 400. */
  OWN_400_FOR_MALFORMED("a malformed escape in the query reaches the policy as it is"),
  /** A HEAD answered with a length that is not GET's. */
  WRONG_HEAD_LENGTH("HEAD of data: 200, GET's headers, GET's Content-Length or none, no body");

  /** The check that must fail when the server has this fault. */
  final String caughtBy;

  Fault(String caughtBy) {
    this.caughtBy = caughtBy;
  }

  /** Returns the response the server sends in the policy's stead, or null when it does not. */
  String ownAnswer(ReferenceServer.Received request) {
    if (this == OWN_OPTIONS && request.method().equals("OPTIONS")) {
      return "HTTP/1.1 200 OK\r\nAllow: GET, HEAD, OPTIONS\r\nContent-Length: 0\r\n\r\n";
    }
    if (this == OWN_400_FOR_MALFORMED && !wellEscaped(request.target())) {
      return "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
    }
    return null;
  }

  private static boolean wellEscaped(String target) {
    try {
      new java.net.URI(target);
      return true;
    } catch (java.net.URISyntaxException malformed) {
      return false;
    }
  }

  String target(String raw) {
    if (this != DECODED_QUERY || raw.indexOf('?') < 0) {
      return raw;
    }
    int question = raw.indexOf('?');
    try {
      return raw.substring(0, question + 1)
          + URLDecoder.decode(raw.substring(question + 1), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return raw.substring(0, question);
    }
  }

  ResponseSink sink(ResponseSink faithful, ReferenceServer.Received request) {
    return this == NONE ? faithful : new Misbehaving(faithful, request);
  }

  /** Buffers the response and rewrites it as the fault does, then writes it. */
  private final class Misbehaving implements ResponseSink {
    private final ResponseSink out;
    private final ReferenceServer.Received request;
    private int code;
    private String reason = "";
    private final List<String[]> headers = new ArrayList<>();

    Misbehaving(ResponseSink out, ReferenceServer.Received request) {
      this.out = out;
      this.request = request;
    }

    @Override
    public void status(int code, String reason) {
      this.code = code;
      this.reason = reason;
    }

    @Override
    public void header(String name, String value) {
      headers.add(new String[] {name, value});
    }

    @Override
    public void body(long contentLength, byte[] bytes) throws IOException {
      long length = contentLength;
      byte[] body = bytes;
      String etag = value("ETag");
      if (Fault.this == OWN_ETAG_304 && etag != null && request.values("If-None-Match").contains(etag)
          || Fault.this == OWN_DATE_304 && value("Last-Modified") != null
              && !request.values("If-Modified-Since").isEmpty() && code == 200) {
        code = 304;
        reason = "Not Modified";
        length = -1;
        body = new byte[0];
      }
      if (Fault.this == LENGTH_ZERO_ON_304 && length < 0) {
        length = 0;
      }
      if (Fault.this == WRONG_HEAD_LENGTH && request.method().equals("HEAD")) {
        length = 0;
      }
      if (Fault.this == ADDED_HEADER) {
        headers.add(new String[] {"X-Powered-By", "a framework"});
      }
      if (Fault.this == REVERSED_HEADERS) {
        java.util.Collections.reverse(headers);
      }
      out.status(code, Fault.this == OWN_REASON ? "Whatever" : reason);
      for (String[] header : headers) {
        out.header(Fault.this == LOWER_CASE_NAMES ? header[0].toLowerCase(Locale.ROOT) : header[0], header[1]);
      }
      if (Fault.this == CHUNKED && length > 0) {
        out.header("Transfer-Encoding", "chunked");
        byte[] chunk = (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] chunked = new byte[chunk.length + body.length + 7];
        System.arraycopy(chunk, 0, chunked, 0, chunk.length);
        System.arraycopy(body, 0, chunked, chunk.length, body.length);
        System.arraycopy("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0, chunked,
            chunk.length + body.length, 7);
        out.body(-1, chunked);
        return;
      }
      out.body(length, body);
    }

    @Override
    public void abort() throws IOException {
      if (Fault.this == ABORT_AS_500) {
        out.status(500, "Internal Server Error");
        out.body(0, new byte[0]);
      } else {
        out.abort();
      }
    }

    private String value(String name) {
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase(name)) {
          return header[1];
        }
      }
      return null;
    }
  }
}
