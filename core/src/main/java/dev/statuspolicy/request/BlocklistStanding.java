package dev.statuspolicy.request;

/** The host's blocklist verdict for the client that sent a request. */
public enum BlocklistStanding {
  /** The client is not on the blocklist. This is the default. */
  NOT_LISTED,
  /** The client is banned, for example for breaking the terms of service. Every request gets 403. */
  BLOCKED
}
