package dev.statuspolicy.benchmarks.alternatives;

import org.jspecify.annotations.Nullable;

/**
 * A request as a hand-written handler reads it from its framework: the same facts the policy
 * gets, already pulled out of the framework's request object.
 *
 * @param method the method
 * @param path the path
 * @param query the raw query string
 * @param userAgent the User-Agent, or null
 * @param ifNoneMatch the If-None-Match value, or null
 * @param requestsThisSecond the application's usage, as the host's limiter counted it
 * @param resetMillis when the limiter's window resets
 * @param requestId the host's request id
 */
public record RawRequest(
    String method,
    String path,
    String query,
    @Nullable String userAgent,
    @Nullable String ifNoneMatch,
    long requestsThisSecond,
    long resetMillis,
    String requestId) {}
