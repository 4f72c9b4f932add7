package dev.statuspolicy.decision;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** What goes in the response body. */
public sealed interface Body {

  /** No body: 304, the answer to HEAD, and 499 (which is never sent). */
  record Empty() implements Body {}

  /** The host writes the backend's data, with its own {@code Content-Type}: 200 and 203. */
  record BackendData() implements Body {}

  /**
   * An error document the policy rendered.
   *
   * @param format the format chosen from {@code Accept}
   * @param text the document; the host sends it UTF-8 encoded
   */
  record ErrorDocument(ErrorFormat format, String text) implements Body {
    /**
     * @param format the format chosen from {@code Accept}; not null
     * @param text the document; not null
     * @throws NullPointerException if an argument is null
     */
    public ErrorDocument {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(text, "text");
    }

    /** {@return the document as UTF-8 bytes, a new array each call} */
    public byte[] bytes() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The shared empty body. */
  Body EMPTY = new Empty();

  /** The shared "host writes the data" body. */
  Body BACKEND_DATA = new BackendData();
}
