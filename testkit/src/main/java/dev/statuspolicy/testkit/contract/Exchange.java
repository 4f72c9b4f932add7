package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import java.util.Objects;

/**
 * One generated case: a request and what the backend answered it.
 *
 * @param request the request
 * @param outcome the backend's outcome; used only when the request is admitted
 */
public record Exchange(Request request, Outcome outcome) {

  /**
   * Checks the parts.
   *
   * @param request the request; not null
   * @param outcome the outcome; not null
   */
  public Exchange {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Returns a copy with another request.
   *
   * @param other the request
   * @return the copy
   */
  public Exchange with(Request other) {
    return new Exchange(other, outcome);
  }

  /**
   * Returns a copy with another outcome.
   *
   * @param other the outcome
   * @return the copy
   */
  public Exchange with(Outcome other) {
    return new Exchange(request, other);
  }

  /**
   * Describes an outcome for people, such as {@code custom radar-site-down, retry after PT2M}.
   *
   * @param outcome the outcome
   * @return one line
   */
  public static String describe(Outcome outcome) {
    if (outcome instanceof Outcome.Data data) {
      return "data" + validators(data.validators());
    } else if (outcome instanceof Outcome.EmptyDocument empty) {
      return "empty document" + validators(empty.validators());
    } else if (outcome instanceof Outcome.Unavailable unavailable) {
      return "unavailable" + (unavailable.retryAfter() == null ? "" : ", retry after " + unavailable.retryAfter());
    } else if (outcome instanceof Outcome.UnexpectedFailure failure) {
      return "unexpected failure" + (failure.cause() == null ? "" : " (" + failure.cause().getClass().getName() + ")");
    } else if (outcome instanceof Outcome.Custom custom) {
      return "custom " + Request.shown(custom.kind())
          + (custom.retryAfter() == null ? "" : ", retry after " + custom.retryAfter());
    }
    return switch (outcome.getClass().getSimpleName()) {
      case "NoData" -> "no data";
      case "BackendFailed" -> "backend failed";
      case "TimedOut" -> "timed out";
      case "ClientClosed" -> "client closed";
      default -> outcome.toString();
    };
  }

  private static String validators(Validators validators) {
    if (validators.equals(Validators.none())) {
      return "";
    }
    StringBuilder text = new StringBuilder(" (");
    if (validators.etag() != null) {
      text.append("ETag ").append(validators.etag());
    }
    if (validators.lastModified() != null) {
      text.append(text.length() > 2 ? ", " : "").append("Last-Modified ").append(validators.lastModified());
    }
    if (validators.expires() != null) {
      text.append(text.length() > 2 ? ", " : "").append("Expires ").append(validators.expires());
    }
    return text.append(')').toString();
  }

  @Override
  public String toString() {
    return request + " -> " + describe(outcome);
  }
}
