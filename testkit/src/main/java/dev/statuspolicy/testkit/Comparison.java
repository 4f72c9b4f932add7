package dev.statuspolicy.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares what came off the wire with what the policy wrote, under the rules the suite enforces,
 * and lists every difference. The rules:
 *
 * <ul>
 *   <li>the status code is the policy's, and so is the reason phrase when the server keeps it;
 *   <li>every header of the policy arrives once, with its value unchanged, spelled as the policy
 *       spelled it and in the policy's order, where the server keeps spelling and order;
 *   <li>the server adds nothing but connection management: {@code Date}, {@code Server}, {@code
 *       Connection}, {@code Keep-Alive}, and the framing fields checked next;
 *   <li>{@code Content-Length}: never on a 304; on HEAD either absent or what GET sends; otherwise
 *       exactly the body's length, not replaced by chunked encoding;
 *   <li>the body is the policy's, byte for byte, and empty for HEAD and 304;
 *   <li>a 499 sends nothing at all.
 * </ul>
 */
final class Comparison {

  private static final Set<String> CONNECTION_FIELDS =
      Set.of("date", "server", "connection", "keep-alive", "content-length", "transfer-encoding");

  private Comparison() {}

  /**
   * Lists the differences.
   *
   * @param expected what the policy wrote
   * @param getLength for HEAD, the length the same GET sends; -1 otherwise
   */
  static List<String> differences(Oracle.Expected expected, RawResponse wire, ServerTraits traits,
      boolean head, long getLength) {
    List<String> problems = new ArrayList<>();
    if (expected.aborted()) {
      if (!wire.sentNothing()) {
        problems.add("the policy decided 499 (abort, send nothing), but the server sent "
            + wire.code() + " " + wire.reason());
      }
      return problems;
    }
    if (wire.sentNothing()) {
      problems.add("the server sent nothing; the policy's answer is " + expected.code());
      return problems;
    }
    if (wire.code() != expected.code()) {
      problems.add("status " + wire.code() + " instead of the policy's " + expected.code());
    }
    if (traits.keepsReasonPhrases() && !wire.reason().equals(expected.reason())) {
      problems.add("reason phrase '" + wire.reason() + "' instead of '" + expected.reason() + "'");
    }
    headers(expected, wire, traits, problems);
    framing(expected, wire, head, getLength, problems);
    byte[] wanted = head || expected.code() == 304 ? new byte[0] : expected.body();
    if (!Arrays.equals(wire.body(), wanted)) {
      problems.add("the body differs: sent " + wire.body().length + " bytes '"
          + shorten(wire.body()) + "', the policy's is " + wanted.length + " bytes '"
          + shorten(wanted) + "'");
    }
    return problems;
  }

  private static void headers(Oracle.Expected expected, RawResponse wire, ServerTraits traits,
      List<String> problems) {
    int previous = -1;
    List<String> expectedNames = new ArrayList<>();
    for (RawResponse.Field field : expected.headers()) {
      expectedNames.add(field.name().toLowerCase(Locale.ROOT));
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < wire.headers().size(); i++) {
        RawResponse.Field sent = wire.headers().get(i);
        if (sent.name().equalsIgnoreCase(field.name())) {
          at.add(i);
        }
      }
      if (at.isEmpty()) {
        problems.add("header " + field + " is missing");
        continue;
      }
      if (at.size() > 1) {
        problems.add("header " + field.name() + " is sent " + at.size() + " times");
      }
      RawResponse.Field sent = wire.headers().get(at.get(0));
      if (!sent.value().equals(field.value())) {
        problems.add("header " + field.name() + " is '" + sent.value() + "' instead of '"
            + field.value() + "'");
      }
      if (traits.keepsHeaderSpelling() && !sent.name().equals(field.name())) {
        problems.add("header " + field.name() + " is spelled " + sent.name());
      }
      if (traits.keepsHeaderOrder() && at.get(0) < previous) {
        problems.add("header " + field.name() + " comes before a header the policy put first");
      }
      previous = Math.max(previous, at.get(0));
    }
    for (RawResponse.Field sent : wire.headers()) {
      String name = sent.name().toLowerCase(Locale.ROOT);
      if (!expectedNames.contains(name) && !CONNECTION_FIELDS.contains(name)) {
        problems.add("the server added header " + sent);
      }
    }
  }

  private static void framing(Oracle.Expected expected, RawResponse wire, boolean head,
      long getLength, List<String> problems) {
    List<String> lengths = wire.values("Content-Length");
    if (lengths.size() > 1) {
      problems.add("Content-Length is sent " + lengths.size() + " times");
    }
    String length = lengths.isEmpty() ? null : lengths.get(0);
    if (expected.code() == 304) {
      if (length != null) {
        problems.add("a 304 carries Content-Length: " + length + "; it must carry none");
      }
      if (wire.chunked()) {
        problems.add("a 304 carries Transfer-Encoding");
      }
    } else if (head) {
      if (length != null && !length.equals(Long.toString(getLength))) {
        problems.add("HEAD carries Content-Length: " + length + ", but GET sends "
            + (getLength < 0 ? "none" : getLength) + "; it must be GET's or absent");
      }
    } else if (expected.contentLength() >= 0) {
      if (!Long.toString(expected.contentLength()).equals(length)) {
        problems.add("Content-Length is " + (length == null ? "absent" : length)
            + " instead of " + expected.contentLength()
            + (wire.chunked() ? " (the body was chunked)" : ""));
      }
    }
  }

  private static String shorten(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.length() > 120 ? text.substring(0, 120) + "..." : text;
  }
}
