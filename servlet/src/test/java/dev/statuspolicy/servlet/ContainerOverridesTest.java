package dev.statuspolicy.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.host.Reply;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawResponse;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ways a servlet container changes an answer, each checked on the wire against the policy's
 * in-process answer: one subclass per container, each serving the conformance API through the
 * filter (in front of {@link Downstream}) and through the servlet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContainerOverridesTest {

  static final String DATA = "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7";
  static final String UNKNOWN = "/weatherapi/nosuch/1.0/data?lat=60.1&lon=10.7";

  /** A request header of the host's own, which only a {@link ServletBackend} can read. */
  static final String OUTCOME_HEADER = "X-Demo-Outcome";

  URI filtered;
  URI servlet;

  /** Starts the container with the filter in front of {@link Downstream}. */
  abstract URI startFilter(Filter filter) throws Exception;

  /** Starts the container with the servlet on every path. */
  abstract URI startServlet(Servlet servlet) throws Exception;

  /** Stops both. */
  abstract void stop() throws Exception;

  /** The value an earlier filter gives a header the policy also sends. */
  static final String EARLIER_VALUE = "set-by-an-earlier-filter";

  @BeforeAll
  void start() throws Exception {
    StatusPolicyFilter policy = StatusPolicyFilter.builder(ConformanceApi.policy(),
            (admitted, request) -> "failed".equals(request.getHeader(OUTCOME_HEADER))
                ? Reply.of(Outcome.backendFailed()) : ConformanceApi.backend().fetch(admitted))
        .facts(ConformanceAdapters.verdicts())
        .build();
    filtered = startFilter((request, response, chain) -> {
      ((HttpServletResponse) response).setHeader("X-Content-Type-Options", EARLIER_VALUE);
      policy.doFilter(request, response, chain);
    });
    servlet = startServlet(ConformanceAdapters.servlet());
  }

  @AfterAll
  void stopContainers() throws Exception {
    stop();
  }

  @Test
  void aHeadOfUnknownLengthCarriesNoContentLengthZero() throws Exception {
    for (URI server : new URI[] {filtered, servlet}) {
      RawResponse wire = InProcess.client(server).exchange("HEAD", UNKNOWN);
      assertThat(wire.code()).isEqualTo(InProcess.answer("HEAD", UNKNOWN).code());
      assertThat(wire.values("Content-Length")).as(wire.toString()).isEmpty();
      assertThat(wire.values("Transfer-Encoding")).as(wire.toString()).isEmpty();
      assertThat(wire.bodyAsSent()).isEmpty();
    }
  }

  @Test
  void a304CarriesNoContentLength() throws Exception {
    for (URI server : new URI[] {filtered, servlet}) {
      RawResponse wire = InProcess.client(server)
          .exchange("GET", DATA, "If-None-Match: " + ConformanceApi.ETAG);
      assertThat(wire.code()).as(wire.toString()).isEqualTo(304);
      assertThat(wire.values("Content-Length")).as(wire.toString()).isEmpty();
      assertThat(wire.values("Transfer-Encoding")).as(wire.toString()).isEmpty();
      assertThat(wire.bodyAsSent()).isEmpty();
    }
  }

  @Test
  void aHeadOfDataCarriesTheLengthOfTheGetAndNoBody() throws Exception {
    for (URI server : new URI[] {filtered, servlet}) {
      RawResponse get = InProcess.client(server).exchange("GET", DATA);
      RawResponse head = InProcess.client(server).exchange("HEAD", DATA);
      assertThat(head.code()).isEqualTo(get.code()).isEqualTo(200);
      assertThat(head.values("Content-Length")).as(head.toString())
          .containsExactly(Integer.toString(get.bodyAsSent().length));
      assertThat(head.bodyAsSent()).isEmpty();
    }
  }

  @Test
  void aBodyOfKnownLengthIsNotChunked() throws Exception {
    for (URI server : new URI[] {filtered, servlet}) {
      RawResponse wire = InProcess.client(server)
          .exchange("GET", UNKNOWN, "Accept: application/problem+json");
      assertThat(wire.values("Transfer-Encoding")).as(wire.toString()).isEmpty();
      assertThat(wire.values("Content-Length"))
          .containsExactly(Integer.toString(wire.bodyAsSent().length));
    }
  }

  @Test
  void theErrorContentTypeKeepsThePolicysSpelling() throws Exception {
    for (String accept : new String[] {"text/html", "text/plain", "application/problem+json"}) {
      RawResponse wire = InProcess.client(filtered).exchange("GET", UNKNOWN, "Accept: " + accept);
      assertThat(wire.values("Content-Type")).as(wire.toString())
          .containsExactly(InProcess.answer("GET", UNKNOWN, "Accept: " + accept).headers()
              .get("Content-Type"));
    }
  }

  @Test
  void optionsTraceAndUnknownMethodsReachThePolicy() throws Exception {
    for (URI server : new URI[] {filtered, servlet}) {
      for (String method : new String[] {"OPTIONS", "TRACE", "BREW"}) {
        RawResponse wire = InProcess.client(server).exchange(method, DATA);
        InProcess policy = InProcess.answer(method, DATA);
        assertThat(wire.code()).as(wire.toString()).isEqualTo(policy.code()).isEqualTo(405);
        assertThat(wire.values("Allow")).as(wire.toString())
            .containsExactly(policy.headers().get("Allow"));
        assertThat(wire.values("X-ErrorClass")).containsExactly("method-not-allowed");
      }
    }
  }

  @Test
  void aMalformedEscapeInTheQueryReachesThePolicy() throws Exception {
    String target = "/weatherapi/conformance/1.0/data?lat=60.1&lon=%zz";
    for (URI server : new URI[] {filtered, servlet}) {
      RawResponse wire = InProcess.client(server).exchange("GET", target);
      InProcess policy = InProcess.answer("GET", target);
      assertThat(wire.code()).as(wire.toString()).isEqualTo(policy.code()).isEqualTo(400);
      assertThat(wire.values("X-ErrorClass"))
          .containsExactly(policy.headers().get("X-ErrorClass"));
    }
  }

  /**
   * A documented limit, not a countermeasure: the container refuses a malformed escape in the
   * path with its own 400 before any filter runs, where the policy would answer 404.
   */
  @Test
  void aMalformedEscapeInThePathIsRefusedByTheContainerFirst() throws Exception {
    String target = "/weatherapi/conformance/1.0/da%zzta?lat=60.1&lon=10.7";
    for (URI server : new URI[] {filtered, servlet}) {
      RawResponse wire = InProcess.client(server).exchange("GET", target);
      assertThat(wire.code()).isEqualTo(400).isNotEqualTo(InProcess.answer("GET", target).code());
      assertThat(wire.values("X-ErrorClass")).as(wire.toString()).isEmpty();
    }
  }

  @Test
  void aClosedRequestSendsNothing() throws Exception {
    String target = "/weatherapi/conformance/1.0/closed?lat=60.1&lon=10.7";
    assertThat(InProcess.answer("GET", target).code()).isEqualTo(-1);
    for (URI server : new URI[] {filtered, servlet}) {
      assertThat(InProcess.client(server).exchange("GET", target).received())
          .as("bytes sent for a 499").isEmpty();
    }
  }

  @Test
  void theFilterPassesPathsOutsideTheBasePathDownTheChain() throws Exception {
    RawResponse wire = InProcess.client(filtered).exchange("GET", "/elsewhere/page?x=%zz");
    assertThat(wire.code()).isEqualTo(299);
    assertThat(new String(wire.bodyAsSent(), StandardCharsets.US_ASCII)).isEqualTo(Downstream.BODY);
    assertThat(InProcess.client(filtered).exchange("GET", "/weatherapifoo").code()).isEqualTo(299);
  }

  @Test
  void aHeaderAnEarlierFilterSetIsReplacedByThePolicys() throws Exception {
    RawResponse wire = InProcess.client(filtered).exchange("GET", UNKNOWN);
    assertThat(wire.values("X-Content-Type-Options")).as(wire.toString())
        .containsExactly(InProcess.answer("GET", UNKNOWN).headers().get("X-Content-Type-Options"))
        .doesNotContain(EARLIER_VALUE);
  }

  @Test
  void aServletBackendReadsAHeaderOfTheHostsOwn() throws Exception {
    assertThat(InProcess.client(filtered).exchange("GET", DATA, OUTCOME_HEADER + ": failed").code())
        .isEqualTo(502);
    assertThat(InProcess.client(filtered).exchange("GET", DATA).code()).isEqualTo(200);
  }
}
