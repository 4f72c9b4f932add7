package dev.statuspolicy.host;

import dev.statuspolicy.internal.HeaderText;
import java.util.Objects;

/**
 * The backend's document: its media type (sent as {@code Content-Type}) and its bytes, or, for a
 * HEAD request the backend answered without producing the bytes, only what it knows of them.
 */
public sealed interface Content {

  /** {@return the media type, sent as {@code Content-Type}} */
  String mediaType();

  /** {@return the length in bytes, or -1 when unknown; sent as HEAD's {@code Content-Length}} */
  long length();

  /**
   * A document in full.
   *
   * @param mediaType the media type, such as {@code application/json}
   * @param bytes the document; not copied, so the backend must not change it afterwards
   */
  record Bytes(String mediaType, byte[] bytes) implements Content {
    /**
     * Validates the media type.
     *
     * @param mediaType the media type, such as {@code application/json}
     * @param bytes the document; not copied
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the media type is blank or holds a control or
     *     non-ASCII character
     */
    public Bytes {
      checkMediaType(mediaType);
      Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public long length() {
      return bytes.length;
    }
  }

  /**
   * A document the backend described without producing it, to answer HEAD cheaply. Served to a
   * GET, it is a 500: the bytes are missing.
   *
   * @param mediaType the media type
   * @param length the length the GET's document would have, or -1 when unknown
   */
  record Described(String mediaType, long length) implements Content {
    /**
     * Validates the parts.
     *
     * @param mediaType the media type
     * @param length the length in bytes of the GET's document, or -1 when unknown
     * @throws NullPointerException if the media type is null
     * @throws IllegalArgumentException if the media type is blank or unsafe, or the length is
     *     below -1
     */
    public Described {
      checkMediaType(mediaType);
      if (length < -1) {
        throw new IllegalArgumentException("length must be >= 0, or -1 when unknown, was " + length);
      }
    }
  }

  /**
   * Returns a document in full.
   *
   * @param mediaType the media type
   * @param bytes the document, not copied
   * @return the content
   */
  static Content of(String mediaType, byte[] bytes) {
    return new Bytes(mediaType, bytes);
  }

  /**
   * Returns a document described for HEAD: its type and its length.
   *
   * @param mediaType the media type
   * @param length the length of the GET's document, or -1 when unknown
   * @return the content
   */
  static Content described(String mediaType, long length) {
    return new Described(mediaType, length);
  }

  private static void checkMediaType(String mediaType) {
    HeaderText.requireSafe("mediaType", mediaType);
    if (mediaType.isBlank()) {
      throw new IllegalArgumentException("mediaType must not be blank");
    }
  }
}
