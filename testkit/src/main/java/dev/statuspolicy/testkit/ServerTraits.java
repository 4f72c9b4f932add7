package dev.statuspolicy.testkit;

/**
 * What a server is allowed to do differently from the policy, because HTTP permits it and the
 * server offers no way around it. The suite checks everything else exactly.
 *
 * @param keepsHeaderSpelling whether header names reach the wire spelled as the policy spelled
 *     them ({@code ETag}, {@code RateLimit-Policy}). Field names are case-insensitive (RFC 9110
 *     section 5.1), so a server that re-spells them, as the JDK's {@code HttpServer} does, is
 *     still correct; with false the names are compared ignoring case
 * @param keepsHeaderOrder whether header fields reach the wire in the order the policy wrote
 *     them. The order of differently named fields carries no meaning in HTTP (RFC 9110 section
 *     5.3), and the JDK's {@code HttpServer} keeps headers in a hash map; with false only the
 *     presence, count and value of each field are checked
 * @param keepsReasonPhrases whether the status line carries the policy's reason phrase. A
 *     client must ignore the reason (RFC 9112 section 4), and some servers send their own or
 *     none; with false any reason is accepted
 * @param passesMalformedQueries whether a query with a malformed {@code %} escape reaches the
 *     adapter as it was sent. The JDK's {@code HttpServer} parses every target as a {@link
 *     java.net.URI} and answers such a request with a 400 of its own before any handler runs;
 *     with false, those checks require a 400 and no more
 */
public record ServerTraits(boolean keepsHeaderSpelling, boolean keepsHeaderOrder,
    boolean keepsReasonPhrases, boolean passesMalformedQueries) {

  /** A server that keeps everything, reason phrases included. */
  public static final ServerTraits EXACT = new ServerTraits(true, true, true, true);

  /**
   * Jetty 12: spelling and order kept, but reason phrases from its own table (it sends {@code
   * Non Authoritative Information} for 203 and {@code Server Error} for 500).
   */
  public static final ServerTraits JETTY_12 = new ServerTraits(true, true, false, true);

  /**
   * Tomcat 11: spelling kept, but {@code Content-Type} is written after every other header
   * whatever the order it was set in, and no reason phrase is sent at all.
   */
  public static final ServerTraits TOMCAT_11 = new ServerTraits(true, false, false, true);

  /**
   * The JDK's {@code com.sun.net.httpserver} server, which writes header names with only their
   * first letter upper case, in the order of a hash map, has no reason phrase for some codes
   * (422 and 429), and refuses a query with a malformed escape itself.
   */
  public static final ServerTraits JDK_HTTPSERVER = new ServerTraits(false, false, false, false);
}
