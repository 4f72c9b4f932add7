package dev.statuspolicy.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The admitted request as Spring MVC sees it: without the conditional and range headers, whose
 * answer (304, 412, 206) is the policy's to give, not MVC's. (A HEAD needs nothing: MVC runs the
 * GET's handler and writes its body, which the capture keeps, and the policy sends its length.)
 */
final class ControllerRequest extends HttpServletRequestWrapper {

  /** The headers by which MVC would answer 304, 412 or 206 itself, in lower case. */
  private static final Set<String> HIDDEN = Set.of(
      "if-none-match", "if-modified-since", "if-match", "if-unmodified-since", "if-range",
      "range");

  ControllerRequest(HttpServletRequest request) {
    super(request);
  }

  @Override
  public String getHeader(String name) {
    return hidden(name) ? null : super.getHeader(name);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
  }

  @Override
  public long getDateHeader(String name) {
    return hidden(name) ? -1 : super.getDateHeader(name);
  }

  @Override
  public Enumeration<String> getHeaderNames() {
    List<String> names = Collections.list(super.getHeaderNames());
    names.removeIf(ControllerRequest::hidden);
    return Collections.enumeration(names);
  }

  private static boolean hidden(String name) {
    return name != null && HIDDEN.contains(name.toLowerCase(Locale.ROOT));
  }
}
