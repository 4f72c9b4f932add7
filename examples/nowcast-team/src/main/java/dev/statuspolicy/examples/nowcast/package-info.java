/**
 * The Nowcast team's extension of the policy, written as a product team writes one: the product
 * with its GeoJSON coverage ({@link dev.statuspolicy.examples.nowcast.NowcastTeam}), and the rows
 * {@code radar-site-down} and {@code radar-coverage-degraded} for the team's own outcomes.
 */
@NullMarked
package dev.statuspolicy.examples.nowcast;

import org.jspecify.annotations.NullMarked;
