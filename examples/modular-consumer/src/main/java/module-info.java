/**
 * A host application on the module path: it requires {@code dev.statuspolicy} and nothing
 * else, so it compiles only if core's module descriptor asks nothing more of its users.
 */
module dev.statuspolicy.example.consumer {
  requires dev.statuspolicy;
}
