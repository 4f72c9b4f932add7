package dev.statuspolicy.testkit.contract;

import java.util.List;

/**
 * What a careless or malicious client puts in any field: markup and script, quotes that close
 * attributes and JSON strings, line breaks that would start a header, controls, lone surrogates,
 * percent-escapes of bytes that are not UTF-8, number soup, and template injections.
 */
final class HostileText {

  /** The payloads, each tried in every field that echoes request data. */
  static final List<String> PAYLOADS = List.of(
      "<script>alert(1)</script>", "\"'><img src=x onerror=alert(1)>", "</title><svg onload=alert(1)>",
      "\" , \"status\": 200, \"x\":\"", "\\\"}{", "a\r\nX-Injected: 1", "%0D%0ASet-Cookie:%20a=b",
      "\u0000", "\u0007\u001b[31m", "\u007f", "\ud800", "\uffff", "${jndi:ldap://x/a}", "{{7*7}}",
      "javascript:alert(1)", "&amp;&lt;", "%", "%zz", "%FF%FE", "%C0%AF", "NaN", "Infinity", "1e309",
      "--1", "0x1A", "60,5", "\u0663", "\uff16\uff10", "", " ", "*", "W/\"", "../../etc/passwd",
      "\u202egnp.exe", "x".repeat(300));

  private HostileText() {}
}
