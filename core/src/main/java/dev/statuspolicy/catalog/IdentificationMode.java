package dev.statuspolicy.catalog;

/** What a product does with a client that does not identify its application. */
public enum IdentificationMode {
  /** Refuse with 403, as products from 2020 on do (Locationforecast 2.0, Nowcast 2.0...). */
  STRICT,
  /** Serve, but under the far lower quota for unidentified clients (429 past it), as older products do. */
  LENIENT
}
