/**
 * The policy: {@link dev.statuspolicy.StatusPolicy}, its builder and configuration, and the
 * {@link dev.statuspolicy.Admission} carried between the two phases.
 */
package dev.statuspolicy;
