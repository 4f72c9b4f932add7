/**
 * Implementation details: the engine, the standard rows' logic, parsers and renderers. Not
 * exported; nothing here is API.
 */
package dev.statuspolicy.internal;
