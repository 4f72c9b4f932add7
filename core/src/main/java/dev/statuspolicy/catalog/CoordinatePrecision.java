package dev.statuspolicy.catalog;

import dev.statuspolicy.decision.HttpStatus;
import java.util.Objects;

/**
 * The product's rule for over-precise coordinates. MET's terms ask for at most 4 decimals; newer
 * products refuse more with 403, while the getting-started guide says 400. Both are options.
 *
 * @param maxDecimals the most decimals {@code lat} and {@code lon} may carry; 0 or more
 * @param status 403 or 400, the answer to more decimals; ignored when not {@link #enforced()}
 * @param enforced whether the rule applies at all
 */
public record CoordinatePrecision(int maxDecimals, HttpStatus status, boolean enforced) {

  private static final CoordinatePrecision NOT_ENFORCED =
      new CoordinatePrecision(Integer.MAX_VALUE, HttpStatus.FORBIDDEN, false);

  /**
   * Validates the rule.
   *
   * @param maxDecimals the most decimals allowed; 0 or more
   * @param status 403 or 400, the answer to more decimals
   * @param enforced whether the rule applies at all
   * @throws IllegalArgumentException if {@code maxDecimals} is negative or {@code status} is not
   *     403 or 400
   * @throws NullPointerException if {@code status} is null
   */
  public CoordinatePrecision {
    Objects.requireNonNull(status, "status");
    if (maxDecimals < 0) {
      throw new IllegalArgumentException("maxDecimals must be >= 0, was " + maxDecimals);
    }
    if (status != HttpStatus.FORBIDDEN && status != HttpStatus.BAD_REQUEST) {
      throw new IllegalArgumentException("status must be 403 or 400, was " + status.code());
    }
  }

  /**
   * Returns an enforced rule.
   *
   * @param maxDecimals the most decimals allowed, such as 4
   * @param status 403 or 400
   * @return a rule that answers {@code status} to more than {@code maxDecimals} decimals
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static CoordinatePrecision enforced(int maxDecimals, HttpStatus status) {
    return new CoordinatePrecision(maxDecimals, status, true);
  }

  /** {@return MET's rule for new products: at most 4 decimals, else 403} */
  public static CoordinatePrecision fourDecimals() {
    return enforced(4, HttpStatus.FORBIDDEN);
  }

  /** {@return "any precision is fine"} The default of a product. */
  public static CoordinatePrecision notEnforced() {
    return NOT_ENFORCED;
  }
}
