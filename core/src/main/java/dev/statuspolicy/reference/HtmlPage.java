package dev.statuspolicy.reference;

import dev.statuspolicy.internal.render.Escape;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The frame of every documentation page: a self-contained HTML document with one style sheet in
 * the head and no script, served with a Content-Security-Policy that allows that sheet by its
 * hash, and images from its own origin, and nothing else.
 */
final class HtmlPage {

  /** The pages' only style sheet. */
  static final String STYLE = String.join("\n",
      "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
          + "color:#1b1f24;background:#fff}",
      "h1,h2,h3{line-height:1.25}h2{border-bottom:1px solid #d0d7de;padding-bottom:.3rem}",
      "code,pre{font:14px/1.45 ui-monospace,monospace;background:#f3f5f7;border-radius:4px}",
      "code{padding:.1rem .3rem}pre{padding:.8rem;overflow-x:auto;white-space:pre-wrap;"
          + "word-break:break-all}pre code{padding:0;background:none}",
      "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;"
          + "padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f3f5f7}",
      "blockquote{margin:1rem 0;padding:0 1rem;border-left:4px solid #d0d7de;color:#424a53}",
      "dt{font-weight:600}dd{margin:0 0 .6rem 1.5rem}a{color:#0757c2}",
      ".status{font-size:1.1rem;font-weight:600}nav{margin:1rem 0}");

  /** What the pages may load and do: their style sheet and same-origin images, nothing else. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '"
      + hash(STYLE) + "'; img-src 'self' data:; base-uri 'none'; form-action 'none';"
      + " frame-ancestors 'none'";

  private HtmlPage() {}

  /**
   * Wraps a body in the page frame.
   *
   * @param title the page title, unescaped
   * @param body the body's HTML
   * @return the document
   */
  static String page(String title, String body) {
    StringBuilder out = new StringBuilder(body.length() + 2048);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n<title>");
    Escape.html(out, title).append("</title>\n<style>").append(STYLE).append("</style>\n")
        .append("</head>\n<body>\n").append(body).append("</body>\n</html>\n");
    return out.toString();
  }

  /** Escapes text for HTML, as a new string; line breaks are kept, other controls are not. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Escape.html(i == 0 ? out : out.append('\n'), lines[i]);
    }
    return out.toString();
  }

  private static String hash(String style) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", impossible);
    }
  }
}
