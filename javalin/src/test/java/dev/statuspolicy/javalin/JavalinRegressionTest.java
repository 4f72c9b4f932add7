package dev.statuspolicy.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawResponse;
import io.javalin.Javalin;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The three Javalin bugs, each checked on the plugin and shown, by the same assertion,
 * on the {@link NaiveJavalinAdapter} that writes through {@code ctx.result()}: proof that the
 * assertion can fail, and that it fails for the reason the issue gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavalinRegressionTest {

  static final String BETA = "/weatherapi/conformance/2.0/data?lat=60.1&lon=10.7";
  static final String STABLE = "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7";
  static final String UNKNOWN = "/weatherapi/nosuch/1.0/data?lat=60.1&lon=10.7";
  static final String MATCHING = "If-None-Match: " + ConformanceApi.ETAG;

  private Javalin plugin;
  private Javalin naive;

  @BeforeAll
  void start() {
    plugin = JavalinApps.start(config -> config.registerPlugin(JavalinApps.conformancePlugin()));
    naive = JavalinApps.start(NaiveJavalinAdapter::install);
  }

  @AfterAll
  void stop() {
    plugin.stop();
    naive.stop();
  }

  @Test
  void aBetaVersionWithAMatchingIfNoneMatchStays203() throws Exception {
    stays203(JavalinApps.uri(plugin));
  }

  @Test
  void ctxResultTurnsTheBeta203Into304() {
    assertThatThrownBy(() -> stays203(JavalinApps.uri(naive)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but was: 304");
  }

  @Test
  void aNotModifiedCarriesNoContentType() throws Exception {
    hasNoContentTypeOn304(JavalinApps.uri(plugin));
  }

  @Test
  void javalinsDefaultContentTypeLeaksOntoThe304OfCtxResult() {
    assertThatThrownBy(() -> hasNoContentTypeOn304(JavalinApps.uri(naive)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("text/plain");
  }

  @Test
  void aHeadOfUnknownLengthCarriesNoContentLengthZero() throws Exception {
    hasNoContentLengthOnHead(JavalinApps.uri(plugin));
  }

  @Test
  void jettyAddsContentLengthZeroToAHeadWrittenThroughCtxResult() {
    assertThatThrownBy(() -> hasNoContentLengthOnHead(JavalinApps.uri(naive)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Content-Length sent: [0]");
  }

  /** MET: a 203 always carries its body; If-None-Match does not apply to beta versions. */
  private static void stays203(URI server) throws Exception {
    PolicyAnswer policy = PolicyAnswer.to("GET", BETA, MATCHING);
    assertThat(policy.code()).isEqualTo(203);
    RawResponse wire = PolicyAnswer.client(server).exchange("GET", BETA, MATCHING);
    assertThat(wire.code()).as("status of\n%s", wire).isEqualTo(policy.code());
    assertThat(wire.bodyAsSent()).as("body of\n%s", wire).hasSize((int) policy.contentLength());
  }

  /** RFC 9110: a 304 should not send representation headers such as Content-Type. */
  private static void hasNoContentTypeOn304(URI server) throws Exception {
    PolicyAnswer policy = PolicyAnswer.to("GET", STABLE, MATCHING);
    assertThat(policy.code()).isEqualTo(304);
    assertThat(policy.headers()).doesNotContainKey("Content-Type");
    RawResponse wire = PolicyAnswer.client(server).exchange("GET", STABLE, MATCHING);
    assertThat(wire.code()).as("status of\n%s", wire).isEqualTo(policy.code());
    assertThat(wire.values("Content-Type")).as("Content-Type sent: %s", wire.values("Content-Type"))
        .isEmpty();
  }

  /** RFC 9110: a HEAD's Content-Length, if sent, is what GET sends; 0 is not. */
  private static void hasNoContentLengthOnHead(URI server) throws Exception {
    PolicyAnswer policy = PolicyAnswer.to("HEAD", UNKNOWN);
    assertThat(policy.contentLength()).as("the policy sends no Content-Length").isEqualTo(-1);
    RawResponse wire = PolicyAnswer.client(server).exchange("HEAD", UNKNOWN);
    assertThat(wire.code()).as("status of\n%s", wire).isEqualTo(policy.code());
    assertThat(wire.values("Content-Length"))
        .as("Content-Length sent: %s", wire.values("Content-Length")).isEmpty();
  }
}
