package dev.statuspolicy.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A response as it came off the wire: the status line, the header fields in order and spelled as
 * sent, and the body after transfer decoding. {@link #nothing()} is the exchange in which the
 * server sent no byte at all.
 *
 * @param code the status code, or -1 when nothing was sent
 * @param reason the reason phrase, possibly empty
 * @param headers the fields in the order received
 * @param body the body, de-chunked
 * @param chunked whether the body came with {@code Transfer-Encoding: chunked}
 */
record WireResponse(int code, String reason, List<Field> headers, byte[] body, boolean chunked) {

  /** One header field as received. */
  record Field(String name, String value) {
    @Override
    public String toString() {
      return name + ": " + value;
    }
  }

  /** The response of a server that closed the connection without sending anything. */
  static WireResponse nothing() {
    return new WireResponse(-1, "", List.of(), new byte[0], false);
  }

  boolean sentNothing() {
    return code == -1;
  }

  /** Returns every value of a field, ignoring the case of the name. */
  List<String> values(String name) {
    List<String> values = new ArrayList<>();
    for (Field field : headers) {
      if (field.name().equalsIgnoreCase(name)) {
        values.add(field.value());
      }
    }
    return values;
  }

  @Nullable String first(String name) {
    List<String> values = values(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** Returns the response as text for a failure message, the body cut short. */
  String describe() {
    if (sentNothing()) {
      return "(nothing sent)";
    }
    StringBuilder text = new StringBuilder().append(code).append(' ').append(reason).append('\n');
    for (Field field : headers) {
      text.append(field).append('\n');
    }
    String shown = new String(body, StandardCharsets.UTF_8);
    text.append('\n').append(shown.length() > 400 ? shown.substring(0, 400) + "..." : shown);
    return text.toString();
  }
}
