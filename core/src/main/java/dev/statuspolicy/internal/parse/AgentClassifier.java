package dev.statuspolicy.internal.parse;

import dev.statuspolicy.internal.HeaderText;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.KnownHeader;
import dev.statuspolicy.request.RequestFacts;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads how a request identifies its application: a {@code User-Agent} that names one, else
 * {@code Origin}, else the host of {@code Referer}.
 *
 * <p>An agent is read as product tokens ({@code name/version}) and comments in parentheses. It
 * identifies an application when some token's name is not a generic library name: so
 * {@code okhttp/4.9} alone does not, while {@code AcmeWeather/1.0 okhttp/4.9} does.
 *
 * <p>A browser's agent ({@code Mozilla/5.0 ...}: its first product is a browser marker) never
 * names the application, whatever tokens follow: every browser sends one, so taking it as the
 * application would make every web site one client with one quota. A browser is identified by
 * the site that sent the request, through {@code Origin} or {@code Referer}, and is unidentified
 * ({@link Identification.Kind#BROWSER}) without them.
 */
public final class AgentClassifier {

  private static final int MAX_KEY_LENGTH = 100;
  private static final int RECENT = 256;
  /** Longest {@code User-Agent} value whose reading is remembered. */
  static final int MAX_REMEMBERED_AGENT = 512;

  private final String[] prohibited;
  private final String[] browsers;
  /**
   * Identifications recently made from a User-Agent, by a hash of the application name: a host
   * sees the same few applications over and over, so most requests find theirs here and allocate
   * nothing. Only names that sanitising leaves unchanged are kept, so a hit equals what would be
   * built. Racy on purpose: the entries are immutable, and a lost write only costs a miss.
   */
  private final Identification[] recent = new Identification[RECENT];
  /**
   * What each recently seen whole {@code User-Agent} value was read as, by a cheap hash of the
   * value: clients send the same agent with every request, so reading it again token by token,
   * against every generic name, is work done for nothing. A hit is the same value, compared in
   * full, so it reads as a fresh reading would. Values longer than {@link #MAX_REMEMBERED_AGENT}
   * are read each time, so this table holds little. Racy on purpose, as {@link #recent} is.
   */
  private final AgentReading[] readings = new AgentReading[RECENT];

  /**
   * Creates a classifier.
   *
   * @param prohibited generic agent names, compared ignoring case
   * @param browsers the first product names that mark a browser's agent, compared ignoring case
   */
  public AgentClassifier(List<String> prohibited, List<String> browsers) {
    this.prohibited = lowerCase(prohibited);
    this.browsers = lowerCase(browsers);
  }

  private static String[] lowerCase(List<String> names) {
    String[] lower = new String[names.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = names.get(i).toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /**
   * Classifies a request. Never throws.
   *
   * @param facts the request
   * @return the identification
   */
  public Identification classify(RequestFacts facts) {
    List<String> agents = facts.values(KnownHeader.USER_AGENT);
    Identification.Kind failure = agents.isEmpty() ? Identification.Kind.MISSING : Identification.Kind.BLANK;
    for (String agent : agents) {
      AgentReading reading = reading(agent);
      if (reading.application() != null) {
        return reading.application();
      }
      if (reading.kind() == Identification.Kind.BROWSER) {
        failure = Identification.Kind.BROWSER;
      } else if (reading.kind() == Identification.Kind.GENERIC_ONLY
          && failure != Identification.Kind.BROWSER) {
        failure = Identification.Kind.GENERIC_ONLY;
      }
    }
    String origin = site(facts.first(KnownHeader.ORIGIN));
    if (origin != null) {
      return new Identification(Identification.Kind.ORIGIN, origin);
    }
    String referer = site(facts.first(KnownHeader.REFERER));
    if (referer != null) {
      return new Identification(Identification.Kind.REFERER, referer);
    }
    return new Identification(failure, "");
  }

  /** Returns how one {@code User-Agent} value reads, remembered when it was seen recently. */
  private AgentReading reading(String agent) {
    int length = agent.length();
    if (length == 0 || length > MAX_REMEMBERED_AGENT) {
      return read(agent);
    }
    // Length and three characters: enough to spread the few agents a host sees, and a collision
    // only costs a miss, since a hit is compared in full.
    int hash = length * 31 * 31 * 31 + agent.charAt(0) * 31 * 31 + agent.charAt(length >> 1) * 31
        + agent.charAt(length - 1);
    int slot = (hash ^ (hash >>> 8)) & (RECENT - 1);
    AgentReading cached = readings[slot];
    if (cached != null && cached.agent().equals(agent)) {
      return cached;
    }
    AgentReading made = read(agent);
    readings[slot] = made;
    return made;
  }

  /** Reads one {@code User-Agent} value. */
  private AgentReading read(String agent) {
    if (agent.isBlank()) {
      return new AgentReading(agent, null, Identification.Kind.BLANK);
    }
    if (isBrowser(agent)) {
      return new AgentReading(agent, null, Identification.Kind.BROWSER);
    }
    Identification application = application(agent);
    return new AgentReading(agent, application,
        application != null ? Identification.Kind.AGENT : Identification.Kind.GENERIC_ONLY);
  }

  /**
   * How one {@code User-Agent} value reads: the application it names (kind {@code AGENT}), or why it names none
   * ({@code BLANK}, {@code BROWSER} or {@code GENERIC_ONLY}).
   */
  private record AgentReading(String agent, @Nullable Identification application,
      Identification.Kind kind) {}

  /**
   * Returns whether the agent's first product, outside comments, is a browser marker: its name
   * equals one, ignoring case, up to the {@code /} of the version or the end of the token.
   */
  private boolean isBrowser(String agent) {
    int length = agent.length();
    int i = 0;
    int depth = 0;
    while (i < length) {
      char c = agent.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && !Character.isWhitespace(c)) {
        break;
      }
      i++;
    }
    int end = i;
    while (end < length && agent.charAt(end) != '/' && agent.charAt(end) != '('
        && !Character.isWhitespace(agent.charAt(end))) {
      end++;
    }
    for (String browser : browsers) {
      if (end - i == browser.length() && agent.regionMatches(true, i, browser, 0, browser.length())) {
        return true;
      }
    }
    return false;
  }

  /** Returns the identification by the first product token that is not generic, or null. */
  private @Nullable Identification application(String agent) {
    int depth = 0;
    int length = agent.length();
    int i = 0;
    while (i < length) {
      char c = agent.charAt(i);
      if (c == '(') {
        depth++;
        i++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
        i++;
      } else if (depth > 0 || Character.isWhitespace(c)) {
        i++;
      } else {
        int start = i;
        while (i < length && !Character.isWhitespace(agent.charAt(i)) && agent.charAt(i) != '(') {
          i++;
        }
        // The '/' is looked for within this token only: searching on past its end would make an
        // agent of many tokens without '/' cost the square of its length.
        int nameEnd = start;
        while (nameEnd < i && agent.charAt(nameEnd) != '/') {
          nameEnd++;
        }
        // An empty name (a token that starts with '/') has no word character: isApplication says no.
        if (isApplication(agent, start, nameEnd)) {
          return identified(agent, start, nameEnd);
        }
      }
    }
    return null;
  }

  /** Returns the identification by the application named by {@code agent} from start to end. */
  private Identification identified(String agent, int start, int end) {
    int length = end - start;
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + agent.charAt(i);
    }
    // With the odd multiplier 31 the low bits of the hash already depend on every character.
    int slot = hash & (RECENT - 1);
    Identification cached = recent[slot];
    if (cached != null && cached.application().length() == length
        && agent.regionMatches(start, cached.application(), 0, length)) {
      return cached;
    }
    String application = HeaderText.sanitize(agent.substring(start, end), MAX_KEY_LENGTH);
    Identification made = new Identification(Identification.Kind.AGENT, application);
    if (application.length() == length && agent.regionMatches(start, application, 0, length)) {
      recent[slot] = made;
    }
    return made;
  }

  private boolean isApplication(String agent, int start, int end) {
    boolean hasWordCharacter = false;
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(agent.charAt(i))) {
        hasWordCharacter = true;
        break;
      }
    }
    if (!hasWordCharacter || isVersionNumber(agent, start, end)) {
      return false;
    }
    for (String generic : prohibited) {
      int size = generic.length();
      if (end - start >= size
          && agent.regionMatches(true, start, generic, 0, size)
          && (end - start == size || isSeparator(agent.charAt(start + size)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A bare version such as {@code v2.7.4} or {@code 1.0} (as in {@code Faraday v2.7.4}) names
   * nothing. The name from {@code start} to {@code end} is not empty.
   */
  private static boolean isVersionNumber(String agent, int start, int end) {
    int i = agent.charAt(start) == 'v' || agent.charAt(start) == 'V' ? start + 1 : start;
    if (i == end || !Character.isDigit(agent.charAt(i))) {
      return false;
    }
    for (; i < end; i++) {
      char c = agent.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || c == '.';
  }

  /** Returns the host of an origin or URL, or null when there is none to use. */
  private static @Nullable String site(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    if (text.isEmpty() || text.equalsIgnoreCase("null")) {
      return null;
    }
    int scheme = text.indexOf("://");
    int start = scheme >= 0 ? scheme + 3 : 0;
    int end = start;
    while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    int at = text.lastIndexOf('@', end - 1);
    if (at >= start) {
      start = at + 1;
    }
    // An empty host sanitises to "" and is refused as blank below.
    String host = HeaderText.sanitize(text.substring(start, end), MAX_KEY_LENGTH);
    return host.isBlank() ? null : host.toLowerCase(Locale.ROOT);
  }
}
