package dev.statuspolicy.spring;

import dev.statuspolicy.Admission;
import jakarta.servlet.ServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Where a controller under the catalog's base path finds the request as the policy admitted
 * it: its target (product, version, endpoint) and its parameters, already checked.
 *
 * <pre>{@code
 * @GetMapping("/weatherapi/forecast/1.0/compact")
 * Forecast compact(@RequestAttribute(AdmittedRequest.ATTRIBUTE) Admission.Admitted admitted) {
 *   ...
 * }
 * }</pre>
 */
public final class AdmittedRequest {

  /** The name of the request attribute holding the {@link Admission.Admitted} request. */
  public static final String ATTRIBUTE = "dev.statuspolicy.spring.AdmittedRequest";

  private AdmittedRequest() {}

  /**
   * Returns the admitted request a controller is called for.
   *
   * @param request the servlet request
   * @return the admitted request, or null when the policy did not call a controller for it
   */
  public static Admission.@Nullable Admitted of(ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof Admission.Admitted admitted ? admitted : null;
  }
}
