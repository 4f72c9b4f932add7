package dev.statuspolicy.internal.render;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.RowDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Everything an error body says, before it is given a format. Every format carries the same
 * information: the HTML and text bodies are for people, problem+json for programs.
 *
 * @param status the wire status, which the JSON {@code status} member always equals
 * @param row the deciding row
 * @param type the problem type URI
 * @param detail what happened to this request; untrusted parts are escaped by each renderer
 * @param requestId the host's request id, cut to visible ASCII, for people; null when none
 * @param instance the request id as a URI reference, for the JSON {@code instance}; null when none
 * @param retryAfter the seconds sent in {@code Retry-After}, or -1 when that header is not sent;
 *     the body always states the same delay as the header
 * @param evidence the structured findings
 */
public record Problem(
    HttpStatus status,
    RowDefinition row,
    String type,
    String detail,
    @Nullable String requestId,
    @Nullable String instance,
    long retryAfter,
    Evidence evidence) {}
