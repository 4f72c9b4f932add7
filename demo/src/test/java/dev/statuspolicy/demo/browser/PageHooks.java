package dev.statuspolicy.demo.browser;

/**
 * The script Chromium runs in every new document of a page before the page's own scripts. It
 * gives a page under test {@code __pwned(marker)}, which an injected payload calls to prove that
 * it ran, and records in {@code __executed} every marker so reported; it also records each
 * Content-Security-Policy violation in {@code __cspViolations}, as {@code "<directive> <blocked
 * URI>"}. The three globals are neither writable nor configurable, so a page cannot remove them,
 * and recording uses no method a page could replace.
 */
final class PageHooks {
  /** The script's source. */
  static final String SCRIPT =
      """
      (function () {
        'use strict';
        var executed = [];
        var violations = [];
        function fixed(name, value) {
          Object.defineProperty(window, name,
              { value: value, writable: false, configurable: false, enumerable: false });
        }
        fixed('__executed', executed);
        fixed('__cspViolations', violations);
        fixed('__pwned', function (marker) {
          executed[executed.length] = '' + marker;
        });
        document.addEventListener('securitypolicyviolation', function (event) {
          violations[violations.length] = event.violatedDirective + ' ' + event.blockedURI;
        }, true);
      })();
      """;

  private PageHooks() {}
}
