package dev.statuspolicy.vertx;

import dev.statuspolicy.StatusPolicy;
import io.vertx.core.http.HttpServerOptions;
import java.util.Objects;

/**
 * The {@link HttpServerOptions} a Vert.x server needs so that the policy, not Vert.x, answers
 * every request a {@link StatusPolicyHandler} serves.
 */
public final class StatusPolicyServerOptions {

  /** Room on a request line for the method, the spaces and {@code HTTP/1.1}. */
  private static final int REQUEST_LINE_ROOM = 64;

  private StatusPolicyServerOptions() {}

  /**
   * Returns server options on {@code 127.0.0.1} whose longest request line is twice the policy's
   * longest target ({@link dev.statuspolicy.PolicyConfig#maxTargetLength()}), with room for the
   * method and version. Vert.x's own limit is 4096 bytes, and a longer line gets Vert.x's 414
   * before any handler runs; with these options a target over the policy's limit gets the
   * policy's 414, up to twice that limit. Set the port, and anything else, on the result.
   *
   * @param policy the policy the server's handler serves
   * @return new options, on host {@code 127.0.0.1}
   * @throws NullPointerException if {@code policy} is null
   */
  public static HttpServerOptions of(StatusPolicy policy) {
    long line = 2L * Objects.requireNonNull(policy, "policy").config().maxTargetLength()
        + REQUEST_LINE_ROOM;
    return new HttpServerOptions()
        .setHost("127.0.0.1")
        .setMaxInitialLineLength((int) Math.min(Integer.MAX_VALUE, line));
  }
}
