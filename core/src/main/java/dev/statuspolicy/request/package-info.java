/**
 * What the host knows about a request: raw strings as they came off the wire, plus the host's
 * typed verdicts (blocklist, credentials, quota usage, transport).
 */
package dev.statuspolicy.request;
