/**
 * Executable documentation: a status-code reference rendered from a policy by running it.
 *
 * <p>{@link dev.statuspolicy.reference.StatusCodeReference#render(dev.statuspolicy.StatusPolicy)}
 * turns a policy, with its catalog, into the Markdown page that a client developer reads: what
 * each status means, which rows produce it, in which order the rows are consulted, and one real
 * request and response per row. Nothing in the examples is typed by hand; every response shown is
 * the policy's own answer to the request shown.
 */
@org.jspecify.annotations.NullMarked
package dev.statuspolicy.reference;
