package dev.statuspolicy.internal.parse;

import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.request.Parameters;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of the queries read most recently, so that a query asked again is not read
 * again. Clients of a weather API ask for the same places over and over (MET asks them to cut
 * coordinates to four decimals so that caches work), and a query compared in full costs a small
 * part of reading it.
 *
 * <p>Slots are chosen by a hash of a few characters and the length, not of the whole query:
 * hashing every character of a fresh query string would cost a third of reading it. A collision
 * only costs a miss, since a hit is compared in full, with the endpoint. Queries longer than
 * {@link #LONGEST} are read every time, so a hostile client cannot make the memory hold more than
 * {@link #SLOTS} queries of that length.
 *
 * <p>Thread-safe without locks: each remembered entry is immutable (and {@link Parameters} with
 * it), and a lost write only costs a miss.
 */
public final class RecentQueries {

  /** How many queries are remembered; a power of two. */
  static final int SLOTS = 256;

  /** The longest query remembered, in characters. */
  static final int LONGEST = 256;

  /** A query an endpoint read, and what it read. */
  private record Remembered(Endpoint endpoint, String query, Parameters parameters) {}

  private final @Nullable Remembered[] slots = new Remembered[SLOTS];

  /** Starts with nothing remembered. */
  public RecentQueries() {}

  /**
   * Reads a query against an endpoint, as {@link QueryParser#parse} does, or returns what the
   * same query read against the same endpoint the last time.
   *
   * @param query the raw query, without {@code ?}
   * @param endpoint the endpoint whose parameters to read
   * @return the values and errors
   */
  public Parameters parse(String query, Endpoint endpoint) {
    int length = query.length();
    if (length == 0 || length > LONGEST) {
      return QueryParser.parse(query, endpoint);
    }
    int slot = slot(query, length);
    Remembered last = slots[slot];
    if (last != null && last.endpoint() == endpoint && last.query().equals(query)) {
      return last.parameters();
    }
    Parameters read = QueryParser.parse(query, endpoint);
    slots[slot] = new Remembered(endpoint, query, read);
    return read;
  }

  /**
   * The slot of a non-empty query: its length and the last three characters of its first three
   * pairs, where the values of nearby places differ (their last digits) and where a query that
   * names other parameters differs too.
   */
  static int slot(String query, int length) {
    int hash = length;
    int first = query.indexOf('&');
    int second = first < 0 ? -1 : query.indexOf('&', first + 1);
    hash = mix(hash, query, first < 0 ? length : first);
    hash = mix(hash, query, second < 0 ? length : second);
    hash = mix(hash, query, length);
    return (hash ^ (hash >>> 8) ^ (hash >>> 16)) & (SLOTS - 1);
  }

  /** Mixes the up to three characters before {@code end} into the hash. */
  private static int mix(int hash, String query, int end) {
    int mixed = hash;
    for (int i = Math.max(0, end - 3); i < end; i++) {
      mixed = mixed * 31 + query.charAt(i);
    }
    return mixed;
  }
}
