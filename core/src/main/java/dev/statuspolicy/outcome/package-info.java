/** What the backend did with an admitted request. */
package dev.statuspolicy.outcome;
