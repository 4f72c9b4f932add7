package dev.statuspolicy.table;

import dev.statuspolicy.decision.HttpStatus;
import java.util.Objects;

/** What a row concluded about one request. */
public sealed interface Finding {

  /** The row's question does not apply (for example {@code https-required} when it is off). */
  record NotApplicable() implements Finding {}

  /** The row asked its question and the answer was no: evaluation goes on. */
  record Passed() implements Finding {}

  /**
   * The row fires and decides the response.
   *
   * @param status one of the row's declared statuses
   * @param evidence what the row found
   */
  record Fired(HttpStatus status, Evidence evidence) implements Finding {
    /**
     * @param status one of the row's declared statuses; not null
     * @param evidence what the row found; not null
     * @throws NullPointerException if an argument is null
     */
    public Fired {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(evidence, "evidence");
    }
  }

  /** The shared "not applicable" finding. */
  Finding NOT_APPLICABLE = new NotApplicable();

  /** The shared "passed" finding. */
  Finding PASSED = new Passed();

  /** {@return "not applicable"} */
  static Finding notApplicable() {
    return NOT_APPLICABLE;
  }

  /** {@return "passed"} */
  static Finding passed() {
    return PASSED;
  }

  /**
   * Returns "fired".
   *
   * @param status one of the row's declared statuses
   * @param evidence what the row found
   * @return a {@link Fired} finding
   */
  static Finding fired(HttpStatus status, Evidence evidence) {
    return new Fired(status, evidence);
  }
}
