package dev.statuspolicy.jdkhttp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@link ServerSettings} into the system properties the JDK's server reads. The JDK reads
 * them once, in {@code sun.net.httpserver.ServerConfig}'s static initialiser, so they must be in
 * place before the JVM's first server is created; a property the user already set is never
 * overwritten, but is checked, because the JDK silently falls back to "no limit" on a value it
 * cannot parse.
 */
final class JdkServerProperties {

  static final String REQUEST_TIME = "sun.net.httpserver.maxReqTime";
  static final String RESPONSE_TIME = "sun.net.httpserver.maxRspTime";
  static final String IDLE_INTERVAL = "sun.net.httpserver.idleInterval";
  static final String MAX_IDLE = "sun.net.httpserver.maxIdleConnections";
  static final String MAX_CONNECTIONS = "jdk.httpserver.maxConnections";
  static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private JdkServerProperties() {}

  /**
   * Sets each property the user has not set, and checks those the user has.
   *
   * @throws IllegalStateException naming the property, if a value the user set is not a number
   *     the JDK can read
   */
  static synchronized void apply(ServerSettings settings) {
    Map<String, String> wanted = new LinkedHashMap<>();
    wanted.put(REQUEST_TIME, Long.toString(settings.requestTimeout().getSeconds()));
    wanted.put(RESPONSE_TIME, Long.toString(settings.responseTimeout().getSeconds()));
    wanted.put(IDLE_INTERVAL, Long.toString(settings.idleTimeout().getSeconds()));
    wanted.put(MAX_IDLE, Integer.toString(settings.maxIdleConnections()));
    wanted.put(MAX_CONNECTIONS, Integer.toString(settings.maxConnections()));
    wanted.put(NO_DELAY, Boolean.toString(settings.noDelay()));
    for (Map.Entry<String, String> property : wanted.entrySet()) {
      String name = property.getKey();
      String set = System.getProperty(name);
      if (set == null) {
        System.setProperty(name, property.getValue());
      } else if (!name.equals(NO_DELAY)) {
        requireNumber(name, set, name.equals(MAX_IDLE) || name.equals(MAX_CONNECTIONS));
      }
    }
  }

  /** Parses as the JDK does ({@code Long.getLong}, {@code Integer.getInteger}: decode, no trim). */
  private static void requireNumber(String name, String value, boolean integer) {
    try {
      if (integer) {
        Integer.decode(value);
      } else {
        Long.decode(value);
      }
    } catch (NumberFormatException notNumber) {
      throw new IllegalStateException("system property " + name + " is '" + value
          + "', which the JDK's server would ignore; set a whole number or leave it unset");
    }
  }
}
