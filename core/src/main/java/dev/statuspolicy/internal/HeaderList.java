package dev.statuspolicy.internal;

import dev.statuspolicy.decision.Header;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The headers of a decision as the writer collects them: a list that takes additions until
 * {@link #freeze} and is immutable after, so that {@link dev.statuspolicy.decision.Decision}
 * keeps it as it is instead of copying it. Only the policy's own code makes one.
 */
public final class HeaderList extends AbstractList<Header> implements RandomAccess {

  private Header[] headers;
  private int size;
  private boolean frozen;

  /**
   * Starts an empty list.
   *
   * @param capacity the headers expected
   */
  public HeaderList(int capacity) {
    this.headers = new Header[capacity];
  }

  @Override
  public boolean add(Header header) {
    Objects.requireNonNull(header, "header");
    if (frozen) {
      throw new UnsupportedOperationException("the headers of a decision do not change");
    }
    if (size == headers.length) {
      headers = Arrays.copyOf(headers, size * 2 + 1);
    }
    headers[size++] = header;
    modCount++;
    return true;
  }

  @Override
  public Header get(int index) {
    Objects.checkIndex(index, size);
    return headers[index];
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Takes no more additions.
   *
   * @return this list, now immutable
   */
  public HeaderList freeze() {
    frozen = true;
    return this;
  }
}
