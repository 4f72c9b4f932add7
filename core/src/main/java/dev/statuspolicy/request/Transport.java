package dev.statuspolicy.request;

/** The scheme the request arrived over, as the host (or its TLS-terminating proxy) saw it. */
public enum Transport {
  /** Encrypted transport. This is the default. */
  HTTPS,
  /** Plain-text HTTP; redirected with 301 when the policy requires HTTPS. */
  HTTP
}
