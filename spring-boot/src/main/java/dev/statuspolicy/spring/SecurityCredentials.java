package dev.statuspolicy.spring;

import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.servlet.HostFacts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The credentials verdict from Spring Security's {@link Authentication} of the request, which
 * Security's filter chain has set by the time the starter's filter runs:
 *
 * <ul>
 *   <li>authenticated (and not anonymous): valid, with one scope per granted authority named
 *       {@code SCOPE_x} (as Security's resource server names a token's scopes), the scope being
 *       {@code x}; other authorities grant no scope;
 *   <li>an authentication that is not authenticated, or none (or anonymous) while the request
 *       carries an {@code Authorization} header: invalid, because credentials were presented and
 *       Security did not accept them;
 *   <li>none, or anonymous, without {@code Authorization}: none.
 * </ul>
 */
final class SecurityCredentials implements HostFacts {

  private static final String SCOPE = "SCOPE_";

  @Override
  public void addTo(HttpServletRequest request, RequestFacts.Builder facts) {
    facts.credentials(verdict(SecurityContextHolder.getContext().getAuthentication(),
        request.getHeader("Authorization") != null));
  }

  static Credentials verdict(@Nullable Authentication authentication, boolean presented) {
    boolean anonymous = authentication == null
        || authentication instanceof AnonymousAuthenticationToken;
    if (anonymous) {
      return presented ? Credentials.invalid() : Credentials.none();
    }
    if (!authentication.isAuthenticated()) {
      return Credentials.invalid();
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      String name = authority.getAuthority();
      if (name != null && name.startsWith(SCOPE) && name.length() > SCOPE.length()) {
        scopes.add(name.substring(SCOPE.length()));
      }
    }
    return new Credentials.Valid(scopes);
  }
}
