package dev.statuspolicy.table;

import dev.statuspolicy.Quota;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.internal.parse.HttpDates;
import dev.statuspolicy.request.ParameterError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a row found when it fired. The policy turns evidence into headers and problem members by
 * itself, the same way for every row, so that a row (a product team's included) cannot forget a
 * mandatory header: a 429 always gets {@code Retry-After}, a 401 always gets its challenge.
 *
 * @param detail what happened to this request, for people; empty for the row's generic text
 * @param parameterErrors every bad parameter, for 400
 * @param retryAfter when to try again, for 429 and 503, sent as {@code Retry-After} (and the
 *     {@code RateLimit} reset) in whole seconds, rounded up, at most 2147483647
 *     (2<sup>31</sup>&minus;1, about 68 years; a longer delay is sent as that); null when unknown
 * @param allowedMethods the methods to list in {@code Allow}, for 405
 * @param challenge the {@code WWW-Authenticate} challenge, required for 401
 * @param quota the limit that was exceeded, required for 429
 * @param coverage the product's area, for 422
 * @param successor the version to move to; null when none
 * @param successorLink where the successor lives, for {@code Link}; null when none
 * @param deprecation when the version was deprecated, for {@code Deprecation}; null when not
 * @param sunset when the version goes away, for {@code Sunset}; never earlier than {@code
 *     deprecation}; null when not
 * @param deprecationLink where the deprecation is documented, for {@code Link} with {@code
 *     rel="deprecation"} (RFC 9745); null when not documented
 * @param location where to redirect, for 301
 */
public record Evidence(
    String detail,
    List<ParameterError> parameterErrors,
    @Nullable Duration retryAfter,
    List<String> allowedMethods,
    @Nullable Challenge challenge,
    @Nullable Quota quota,
    @Nullable Coverage coverage,
    @Nullable String successor,
    @Nullable String successorLink,
    @Nullable Instant deprecation,
    @Nullable Instant sunset,
    @Nullable String deprecationLink,
    @Nullable String location) {

  /** Evidence with nothing in it. */
  public static final Evidence NONE = builder().build();

  /**
   * Copies the lists and checks the dates.
   *
   * @param detail what happened, for people; empty for the row's generic text
   * @param parameterErrors every bad parameter; copied
   * @param retryAfter when to try again, zero or more; null when unknown
   * @param allowedMethods the methods for {@code Allow}; copied
   * @param challenge the {@code WWW-Authenticate} challenge; null for none
   * @param quota the limit that was exceeded; null for none
   * @param coverage the product's area; null for none
   * @param successor the version to move to; null when none
   * @param successorLink where the successor lives; null when none
   * @param deprecation when the version was deprecated; null when not
   * @param sunset when the version goes away, not before {@code deprecation}; null when not
   * @param deprecationLink where the deprecation is documented; null when not documented
   * @param location where to redirect; null when not a redirect
   * @throws NullPointerException if {@code detail} or a list is null
   * @throws IllegalArgumentException if {@code sunset} is earlier than {@code deprecation} (RFC
   *     9745 section 3 forbids it), or {@code retryAfter} is negative
   */
  public Evidence {
    Objects.requireNonNull(detail, "detail");
    parameterErrors = List.copyOf(parameterErrors);
    allowedMethods = List.copyOf(allowedMethods);
    if (deprecation != null && sunset != null && sunset.isBefore(deprecation)) {
      throw new IllegalArgumentException(
          "sunset (" + sunset + ") must not be earlier than deprecation (" + deprecation + ")");
    }
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must be >= 0, was " + retryAfter);
    }
  }

  /** {@return an empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns evidence carrying only a detail sentence.
   *
   * @param detail what happened, for people
   * @return evidence whose other parts are all empty or null
   */
  public static Evidence of(String detail) {
    return builder().detail(detail).build();
  }

  /** Builds {@link Evidence}. Not thread-safe. */
  public static final class Builder {
    private String detail = "";
    private List<ParameterError> parameterErrors = List.of();
    private @Nullable Duration retryAfter;
    private List<String> allowedMethods = List.of();
    private @Nullable Challenge challenge;
    private @Nullable Quota quota;
    private @Nullable Coverage coverage;
    private @Nullable String successor;
    private @Nullable String successorLink;
    private @Nullable Instant deprecation;
    private @Nullable Instant sunset;
    private @Nullable String deprecationLink;
    private @Nullable String location;

    private Builder() {}

    /**
     * Sets what happened, for people.
     *
     * @param detail what happened, for people; not null
     * @return this builder
     */
    public Builder detail(String detail) {
      this.detail = Objects.requireNonNull(detail, "detail");
      return this;
    }

    /**
     * Adds parameter errors.
     *
     * @param errors the errors to add after those already set
     * @return this builder
     */
    public Builder parameterErrors(List<ParameterError> errors) {
      if (parameterErrors.isEmpty()) {
        // the first list is kept as an immutable copy, which is the list itself when it is one
        // already (the parser's are): the record takes it as it is, and a renderer may know it
        // again by identity
        this.parameterErrors = List.copyOf(errors);
      } else {
        List<ParameterError> joined = new ArrayList<>(parameterErrors.size() + errors.size());
        joined.addAll(parameterErrors);
        joined.addAll(errors);
        this.parameterErrors = List.copyOf(joined);
      }
      return this;
    }

    /**
     * Sets when to try again; null when unknown.
     *
     * @param retryAfter when to try again; null when unknown
     * @return this builder
     */
    public Builder retryAfter(@Nullable Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /**
     * Sets the methods for {@code Allow}.
     *
     * @param methods the methods, in place of any set before
     * @return this builder
     */
    public Builder allowedMethods(List<String> methods) {
      // an immutable copy, which the record then takes as it is; copying a List.of() constant
      // costs nothing
      this.allowedMethods = List.copyOf(methods);
      return this;
    }

    /**
     * Sets the authentication challenge.
     *
     * @param challenge the challenge; null for none
     * @return this builder
     */
    public Builder challenge(@Nullable Challenge challenge) {
      this.challenge = challenge;
      return this;
    }

    /**
     * Sets the quota that was exceeded.
     *
     * @param quota the exceeded quota; null for none
     * @return this builder
     */
    public Builder quota(@Nullable Quota quota) {
      this.quota = quota;
      return this;
    }

    /**
     * Sets the product's area.
     *
     * @param coverage the product's area; null for none
     * @return this builder
     */
    public Builder coverage(@Nullable Coverage coverage) {
      this.coverage = coverage;
      return this;
    }

    /**
     * Sets the successor version and where it lives.
     *
     * @param successor the version to move to; null for none
     * @param link where the successor lives; null for none
     * @return this builder
     */
    public Builder successor(@Nullable String successor, @Nullable String link) {
      this.successor = successor;
      this.successorLink = link;
      return this;
    }

    /**
     * Sets the deprecation and sunset instants, sent as {@code Deprecation} and {@code Sunset}.
     *
     * @param deprecation when the version is (or will be) deprecated; null for none
     * @param sunset when it stops being served; null for none
     * @return this builder
     * @throws IllegalArgumentException if a date's year is outside 1 to 9999, which an HTTP-date
     *     cannot carry
     */
    public Builder lifecycle(@Nullable Instant deprecation, @Nullable Instant sunset) {
      HttpDates.requireFormattable("deprecation", deprecation);
      HttpDates.requireFormattable("sunset", sunset);
      this.deprecation = deprecation;
      this.sunset = sunset;
      return this;
    }

    /**
     * Sets where the deprecation is documented, sent as {@code Link: <uri>; rel="deprecation"}.
     *
     * @param link a URI reference; null for none
     * @return this builder
     */
    public Builder deprecationLink(@Nullable String link) {
      this.deprecationLink = link;
      return this;
    }

    /**
     * Sets the redirect target.
     *
     * @param location where to redirect; null for none
     * @return this builder
     */
    public Builder location(@Nullable String location) {
      this.location = location;
      return this;
    }

    /**
     * Returns the evidence.
     *
     * @return new evidence with this builder's parts
     * @throws IllegalArgumentException if the sunset is earlier than the deprecation, or the
     *     retry delay is negative
     */
    public Evidence build() {
      // both lists are immutable already, and the record keeps them without copying
      return new Evidence(
          detail, parameterErrors, retryAfter, allowedMethods, challenge, quota, coverage,
          successor, successorLink, deprecation, sunset, deprecationLink, location);
    }
  }
}
