package dev.statuspolicy.catalog;

/** What an empty backend document means for a product. */
public enum EmptyResult {
  /** Empty means the handler had nothing to offer: 404 {@code no-data}. The default. */
  NO_DATA,
  /** Empty is a meaningful answer (such as "no alerts"): the document is served as usual. */
  MEANINGFUL
}
