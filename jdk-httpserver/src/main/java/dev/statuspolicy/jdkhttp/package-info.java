/**
 * The status policy on the JDK's built-in {@code com.sun.net.httpserver} server: {@link
 * dev.statuspolicy.jdkhttp.StatusPolicyHandler} serves every exchange through the policy, and
 * {@link dev.statuspolicy.jdkhttp.HardenedHttpServer} runs it where slow and idle clients cannot
 * stop it.
 */
@NullMarked
package dev.statuspolicy.jdkhttp;

import org.jspecify.annotations.NullMarked;
