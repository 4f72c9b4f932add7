package dev.statuspolicy.benchmarks.alternatives;

/**
 * One rejected parameter, as a hand-written validator reports it.
 *
 * @param parameter the name
 * @param value the rejected value
 * @param detail why
 */
public record BadParameter(String parameter, String value, String detail) {}
