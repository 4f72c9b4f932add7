package dev.statuspolicy.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.request.Credentials;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** Spring Security's authentication, read as the policy's credentials verdict. */
class SecurityCredentialsTest {

  @Test
  void anAuthenticatedRequestIsValidWithTheScopesOfItsScopeAuthorities() {
    var authentication = UsernamePasswordAuthenticationToken.authenticated("app", null,
        AuthorityUtils.createAuthorityList("SCOPE_forecast", "ROLE_USER", "SCOPE_", "SCOPE_radar"));
    assertThat(SecurityCredentials.verdict(authentication, true))
        .isEqualTo(Credentials.valid("forecast", "radar"));
  }

  @Test
  void anAuthenticatedRequestWithoutScopesIsValidAndGrantsNone() {
    var authentication = UsernamePasswordAuthenticationToken.authenticated("app", null, List.of());
    assertThat(SecurityCredentials.verdict(authentication, false)).isEqualTo(Credentials.valid());
  }

  @Test
  void anAuthenticationSecurityDidNotAcceptIsInvalid() {
    var authentication = UsernamePasswordAuthenticationToken.unauthenticated("app", "secret");
    assertThat(SecurityCredentials.verdict(authentication, true)).isEqualTo(Credentials.invalid());
  }

  @Test
  void presentedCredentialsWithoutAnAuthenticationAreInvalid() {
    assertThat(SecurityCredentials.verdict(null, true)).isEqualTo(Credentials.invalid());
    assertThat(SecurityCredentials.verdict(anonymous(), true)).isEqualTo(Credentials.invalid());
  }

  @Test
  void noCredentialsAndNoAuthenticationAreNone() {
    assertThat(SecurityCredentials.verdict(null, false)).isEqualTo(Credentials.none());
    assertThat(SecurityCredentials.verdict(anonymous(), false)).isEqualTo(Credentials.none());
  }

  private static AnonymousAuthenticationToken anonymous() {
    return new AnonymousAuthenticationToken("key", "anonymousUser",
        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
  }
}
