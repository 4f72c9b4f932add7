package dev.statuspolicy.spring;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.servlet.HostFacts;
import dev.statuspolicy.testkit.ConformanceApi;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The conformance API behind Spring Security, set up as the starter documents: the base path
 * permitted to all, left out of CSRF, and every method let through the firewall, so that the
 * policy answers for it; the kit's tokens
 * authenticated by a filter in Security's chain, standing in for a resource server. The
 * credentials verdict is the starter's, from the authentication; only the blocklist is the
 * application's.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class SecuredApplication {

  @Bean
  Catalog catalog() {
    return ConformanceApi.catalog();
  }

  @Bean
  StatusPolicy statusPolicy() {
    return ConformanceApi.policy();
  }

  @Bean
  Backend backend() {
    return ConformanceApi.backend();
  }

  @Bean
  HostFacts blocklist() {
    return (request, facts) -> {
      String agent = request.getHeader("User-Agent");
      facts.blocklist(agent != null && agent.contains(ConformanceApi.BLOCKED_AGENT)
          ? BlocklistStanding.BLOCKED : BlocklistStanding.NOT_LISTED);
    };
  }

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/weatherapi", "/weatherapi/**").permitAll()
            .anyRequest().authenticated())
        .csrf(csrf -> csrf.ignoringRequestMatchers("/weatherapi", "/weatherapi/**"))
        .addFilterBefore(new KitTokens(), AnonymousAuthenticationFilter.class)
        .build();
  }

  /**
   * Lets every method through Security's firewall, which otherwise refuses any but the seven
   * common ones (TRACE among the refused) with a 400 of its own, before the policy can answer
   * them 405.
   */
  @Bean
  WebSecurityCustomizer anyMethod() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setUnsafeAllowAnyHttpMethod(true);
    return web -> web.httpFirewall(firewall);
  }

  /** Authenticates the kit's two valid tokens, with their scopes as {@code SCOPE_} authorities. */
  static final class KitTokens extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      String scope = switch (String.valueOf(request.getHeader("Authorization"))) {
        case "Bearer " + ConformanceApi.SCOPED_TOKEN -> ConformanceApi.SCOPE;
        case "Bearer " + ConformanceApi.UNSCOPED_TOKEN -> "other";
        default -> null;
      };
      if (scope != null) {
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated("kit", null,
                List.of(new SimpleGrantedAuthority("SCOPE_" + scope))));
      }
      chain.doFilter(request, response);
    }
  }
}
