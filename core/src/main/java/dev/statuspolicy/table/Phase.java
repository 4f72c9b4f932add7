package dev.statuspolicy.table;

/** When a row is consulted. A request turned away in admission never reaches the backend. */
public enum Phase {
  /** Before the backend call, from the request facts alone. */
  ADMISSION,
  /** After the backend call, from its outcome. */
  RESPONSE
}
