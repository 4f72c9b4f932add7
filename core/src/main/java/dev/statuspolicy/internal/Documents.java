package dev.statuspolicy.internal;

import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import org.jspecify.annotations.Nullable;

/** The one place that knows which outcomes carry a document, and so caching validators. */
public final class Documents {

  private Documents() {}

  /**
   * Returns the validators of the document an outcome carries.
   *
   * @param outcome the backend's outcome; null in the admission phase
   * @return the validators of data or an empty document; null for every other outcome
   */
  public static @Nullable Validators validators(@Nullable Outcome outcome) {
    if (outcome instanceof Outcome.Data data) {
      return data.validators();
    }
    if (outcome instanceof Outcome.EmptyDocument empty) {
      return empty.validators();
    }
    return null;
  }
}
