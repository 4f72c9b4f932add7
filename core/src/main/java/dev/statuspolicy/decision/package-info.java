/** What the policy decided: status, ordered headers, body, the deciding row and the trace. */
package dev.statuspolicy.decision;
