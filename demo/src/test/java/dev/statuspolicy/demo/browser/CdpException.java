package dev.statuspolicy.demo.browser;

/**
 * A failure while talking to Chromium: a protocol error answer, a call that got no answer in
 * time, a closed websocket, a failed navigation or a crashed page.
 */
final class CdpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure with its explanation.
   *
   * @param message what went wrong, and where
   */
  CdpException(String message) {
    super(message);
  }

  /**
   * A failure caused by another one.
   *
   * @param message what went wrong, and where
   * @param cause the underlying failure
   */
  CdpException(String message, Throwable cause) {
    super(message, cause);
  }
}
