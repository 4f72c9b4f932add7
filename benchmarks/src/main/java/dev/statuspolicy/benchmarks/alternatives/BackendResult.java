package dev.statuspolicy.benchmarks.alternatives;

/**
 * What the backend did, as a hand-written handler sees it.
 *
 * @param available false when the backend said it is not operational
 * @param retryAfterSeconds the retry delay it gave when unavailable
 */
public record BackendResult(boolean available, long retryAfterSeconds) {}
