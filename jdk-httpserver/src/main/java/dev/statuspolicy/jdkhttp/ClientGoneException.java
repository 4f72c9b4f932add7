package dev.statuspolicy.jdkhttp;

import java.io.IOException;

/**
 * Ends an exchange the policy answered 499: the client is gone and nothing was sent. Thrown by
 * {@link StatusPolicyHandler#handle} after the connection is closed, because an exception is the
 * JDK server's only signal to drop a connection from its books; a filter around the handler may
 * catch it to tell an abort from a failure.
 */
public final class ClientGoneException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ClientGoneException() {
    super("the policy decided 499: the client is gone, nothing was sent");
  }
}
