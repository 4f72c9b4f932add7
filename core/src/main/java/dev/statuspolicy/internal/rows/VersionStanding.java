package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.RuleContext;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a version stands at the policy's clock: the one reading of a {@link Lifecycle}'s dates,
 * used by every row that looks at the lifecycle ({@code version-retired}, {@code not-modified},
 * {@code version-deprecated}, {@code version-beta}, {@code ok}).
 *
 * <ul>
 *   <li>a deprecation whose {@code deprecatedAt} is still ahead has not begun: the version is
 *       {@link Stage#SERVED}, and its 200 or 304 announces the deprecation ({@code Deprecation}
 *       with the future date, {@code Sunset}, the successor and documentation links);
 *   <li>from {@code deprecatedAt} until the sunset it is {@link Stage#DEPRECATED} (203);
 *   <li>from the sunset, as from a retirement's {@code retiredAt}, it is {@link Stage#RETIRED};
 *   <li>a retirement whose {@code retiredAt} is still ahead has not happened: the version is
 *       served, and announces the date it goes away as {@code Sunset} (RFC 8594) with the
 *       successor {@code Link}, but no {@code Deprecation}, since none was declared.
 * </ul>
 */
final class VersionStanding {

  /** What the version's responses are, now. */
  enum Stage {
    /** In beta: 203, never 304. */
    BETA,
    /** Served with 200, and 304 when a validator matches; possibly announcing its end. */
    SERVED,
    /** Deprecated: 203, never 304. */
    DEPRECATED,
    /** Past its end of life: 404 or 410. */
    RETIRED
  }

  private VersionStanding() {}

  /** Returns the stage of the target's version at the context's instant. */
  static Stage stage(RuleContext context, Target target) {
    return stage(target.version().lifecycle(), context.now());
  }

  /** Returns the stage of a lifecycle at {@code now}. */
  static Stage stage(Lifecycle lifecycle, Instant now) {
    if (lifecycle instanceof Lifecycle.Beta) {
      return Stage.BETA;
    }
    if (lifecycle instanceof Lifecycle.Deprecated deprecated) {
      if (now.isBefore(deprecated.deprecatedAt())) {
        return Stage.SERVED;
      }
      return now.isBefore(deprecated.sunset()) ? Stage.DEPRECATED : Stage.RETIRED;
    }
    if (lifecycle instanceof Lifecycle.Retired retired) {
      return now.isBefore(retired.retiredAt()) ? Stage.SERVED : Stage.RETIRED;
    }
    return Stage.SERVED;
  }

  /** Returns the version the lifecycle names as successor; null when none. */
  static @Nullable String successor(Lifecycle lifecycle) {
    if (lifecycle instanceof Lifecycle.Deprecated deprecated) {
      return deprecated.successor();
    }
    return lifecycle instanceof Lifecycle.Retired retired ? retired.successor() : null;
  }

  /**
   * Returns what a served response (200, 203, 304) says about the version's end: the dates and
   * links of a deprecation, past or announced, or the sunset of an announced retirement; {@link
   * Evidence#NONE} for a stable or beta version, so their plain responses stay plain.
   */
  static Evidence announcement(RuleContext context, Target target) {
    Lifecycle lifecycle = target.version().lifecycle();
    if (lifecycle instanceof Lifecycle.Deprecated deprecated) {
      return Evidence.builder()
          .lifecycle(deprecated.deprecatedAt(), deprecated.sunset())
          .successor(deprecated.successor(), link(context, target, deprecated.successor()))
          .deprecationLink(deprecated.documentation())
          .build();
    }
    if (lifecycle instanceof Lifecycle.Retired retired) {
      return Evidence.builder()
          .lifecycle(null, retired.retiredAt())
          .successor(retired.successor(), link(context, target, retired.successor()))
          .build();
    }
    return Evidence.NONE;
  }

  private static @Nullable String link(RuleContext context, Target target, @Nullable String successor) {
    return Links.successor(context, target.product(), successor, target.endpoint().name());
  }
}
