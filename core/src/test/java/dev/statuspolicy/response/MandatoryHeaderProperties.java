package dev.statuspolicy.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every status carries the headers the standards require of it, whatever the request. */
class MandatoryHeaderProperties {

  private static final StatusPolicy POLICY = ResponseFixtures.policy();

  @Property(tries = 2000)
  void everyDecisionCarriesTheHeadersOfItsStatus(
      @ForAll("requests") RequestFacts facts, @ForAll("outcomes") Outcome outcome) {
    Decision d = POLICY.decide(facts, outcome);
    HttpStatus status = d.status();

    Set<String> names = new HashSet<>();
    for (Header header : d.headers()) {
      assertThat(names.add(header.name().toLowerCase(Locale.ROOT)))
          .as("%s appears once", header.name()).isTrue();
    }
    if (status.isError()) {
      assertThat(d.header("X-ErrorClass")).isEqualTo(d.row().value());
    } else {
      assertThat(d.header("X-ErrorClass")).isNull();
    }
    if (status == HttpStatus.METHOD_NOT_ALLOWED) {
      assertThat(d.header("Allow")).isEqualTo("GET, HEAD");
    }
    if (status == HttpStatus.UNAUTHORIZED) {
      assertThat(d.header("WWW-Authenticate")).startsWith("Bearer realm=\"").contains(", scope=\"");
    }
    if (status == HttpStatus.TOO_MANY_REQUESTS) {
      assertThat(d.header("Retry-After")).matches("[0-9]+");
      assertThat(d.header("RateLimit-Policy")).matches("\"[a-z0-9-]+\";q=[0-9]+;w=[0-9]+");
      assertThat(d.header("RateLimit"))
          .isEqualTo(d.header("RateLimit-Policy").replaceAll(";q=.*", "") + ";r=0;t="
              + d.header("Retry-After"));
    } else {
      assertThat(d.header("RateLimit")).isNull();
    }
    if (status == HttpStatus.TOO_MANY_REQUESTS || status.isServerError()) {
      assertThat(d.header("Cache-Control")).isEqualTo("no-store");
    }
    if (d.header("Retry-After") != null) {
      assertThat(status).isIn(HttpStatus.TOO_MANY_REQUESTS, HttpStatus.SERVICE_UNAVAILABLE);
    }
    if (status == HttpStatus.MOVED_PERMANENTLY) {
      assertThat(d.header("Location")).startsWith("https://");
    }
    if (d.sendsResponse()) {
      assertThat(d.header("Access-Control-Allow-Origin")).isEqualTo("*");
      assertThat(d.header("Access-Control-Expose-Headers")).isEqualTo(CorsHeadersTest.EXPOSED);
    } else {
      assertThat(d.headers()).extracting(Header::name).containsExactly("X-ErrorClass");
    }
    if (status.isError() && d.sendsResponse()) {
      assertThat(d.header("Content-Type")).endsWith(";charset=utf-8");
      assertThat(d.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(d.header("Vary")).isEqualTo("Accept");
    } else {
      assertThat(d.header("Content-Type")).as("the host types backend data itself").isNull();
    }
    if (status == HttpStatus.NOT_MODIFIED) {
      assertThat(d.body()).isEqualTo(Body.EMPTY);
    }
    if (status == HttpStatus.OK || status == HttpStatus.NON_AUTHORITATIVE_INFORMATION
        || status == HttpStatus.NOT_MODIFIED) {
      // a 304 carries the validators exactly as the 200 would, Last-Modified next to the ETag
      // too
      dev.statuspolicy.outcome.Validators validators = validators(outcome);
      assertThat(d.header("ETag")).isEqualTo(validators.etag());
      assertThat(d.header("Last-Modified") != null).isEqualTo(validators.lastModified() != null);
      assertThat(d.header("Expires") != null).isEqualTo(validators.expires() != null);
    }
    if (d.header("Deprecation") != null) {
      long deprecation = Long.parseLong(d.header("Deprecation").substring(1));
      long sunset = ZonedDateTime.parse(d.header("Sunset"), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toEpochSecond();
      assertThat(d.header("Deprecation")).matches("@[0-9]+");
      assertThat(sunset).isGreaterThanOrEqualTo(deprecation);
      assertThat(d.header("Link")).contains("rel=\"successor-version\"", "rel=\"deprecation\"");
    }
  }

  private static dev.statuspolicy.outcome.Validators validators(Outcome outcome) {
    if (outcome instanceof Outcome.Data data) {
      return data.validators();
    }
    if (outcome instanceof Outcome.EmptyDocument empty) {
      return empty.validators();
    }
    return dev.statuspolicy.outcome.Validators.none();
  }

  @Provide
  Arbitrary<RequestFacts> requests() {
    return RequestArbitraries.requests();
  }

  @Provide
  Arbitrary<Outcome> outcomes() {
    return RequestArbitraries.outcomes();
  }
}
