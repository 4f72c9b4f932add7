package dev.statuspolicy.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.fixtures.FactClasses.Agent;
import dev.statuspolicy.fixtures.FactClasses.Conditional;
import dev.statuspolicy.fixtures.FactClasses.Creds;
import dev.statuspolicy.fixtures.FactClasses.Method;
import dev.statuspolicy.fixtures.FactClasses.PathClass;
import dev.statuspolicy.fixtures.FactClasses.Query;
import dev.statuspolicy.fixtures.FactClasses.Result;
import dev.statuspolicy.fixtures.FactClasses.Scheme;
import dev.statuspolicy.fixtures.FactClasses.Usage;
import dev.statuspolicy.fixtures.TableCase;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.RequestFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/**
 * Over the table's input space: what {@code serve} writes is exactly the policy's decision for
 * the same facts and outcome, under the sink contract, and {@code serveAsync} writes the same.
 */
class ServeProperties {

  private static final byte[] DOCUMENT = "{\"data\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);
  private static final String DATA_TYPE = "application/geo+json";

  // heavy: it serves every case three times (twice on other threads), and under mutation
  // ServeTest and ServeAsyncTest cover the serving code it adds
  @Property(tries = 1500)
  @Tag("heavy")
  void serveWritesTheDecisionOfTheSameFactsAndOutcomeUnderTheSinkContract(
      @ForAll Method method, @ForAll Agent agent, @ForAll BlocklistStanding blocklist,
      @ForAll Creds credentials, @ForAll Usage quota, @ForAll Scheme transport,
      @ForAll PathClass path, @ForAll Query parameters, @ForAll Result result,
      @ForAll Conditional conditional) throws IOException {
    TableCase tableCase = new TableCase(method, agent, blocklist, credentials, quota, transport,
        path, parameters, result, conditional);
    StatusPolicy policy = tableCase.policy();
    RequestFacts facts = tableCase.facts();
    Outcome outcome = tableCase.backendOutcome();
    Reply reply = new Reply(outcome, Content.of(DATA_TYPE, DOCUMENT));
    int[] calls = {0};
    RecordingSink sink = new RecordingSink();

    Served served = policy.serve(facts, admitted -> {
      calls[0]++;
      return reply;
    }, sink);

    Decision expected = policy.decide(facts, outcome);
    assertThat(served.decision().status()).isEqualTo(expected.status());
    assertThat(served.decision().headers()).isEqualTo(expected.headers());
    assertThat(calls[0]).as("the backend is called exactly when admitted")
        .isEqualTo(policy.admit(facts) instanceof Admission.Admitted ? 1 : 0);
    checkWritten(expected, facts, sink);

    RecordingSink async = new RecordingSink();
    policy.serveAsync(facts, admitted -> CompletableFuture.supplyAsync(() -> reply), async)
        .toCompletableFuture().join();
    assertThat(async.calls).isEqualTo(sink.calls);
    assertThat(async.headers).isEqualTo(sink.headers);
    assertThat(async.contentLength).isEqualTo(sink.contentLength);
    assertThat(async.body).isEqualTo(sink.body);
  }

  static void checkWritten(Decision decision, RequestFacts facts, RecordingSink sink) {
    if (!decision.sendsResponse()) {
      assertThat(sink.calls).containsExactly("abort");
      return;
    }
    assertThat(sink.status).isEqualTo(decision.status().code());
    assertThat(sink.reason).isEqualTo(decision.status().reason());
    List<RecordingSink.Written> policyHeaders = new ArrayList<>();
    for (Header header : decision.headers()) {
      policyHeaders.add(new RecordingSink.Written(header.name(), header.value()));
    }
    boolean data = decision.status().isSuccess();
    List<RecordingSink.Written> expected = new ArrayList<>(policyHeaders);
    if (data) {
      expected.add(new RecordingSink.Written("Content-Type", DATA_TYPE));
    }
    assertThat(sink.headers).as("the policy's headers in its order, then the data's type")
        .containsExactlyElementsOf(expected);
    Set<String> names = new HashSet<>();
    for (RecordingSink.Written header : sink.headers) {
      assertThat(names.add(header.name().toLowerCase(Locale.ROOT)))
          .as("no name twice: %s", header.name()).isTrue();
    }
    assertThat(names).doesNotContain("content-length");

    boolean head = facts.method().equals("HEAD");
    switch (decision.status()) {
      case NOT_MODIFIED -> {
        assertThat(sink.contentLength).isEqualTo(-1);
        assertThat(sink.body).isEmpty();
      }
      case MOVED_PERMANENTLY -> {
        assertThat(sink.contentLength).isZero();
        assertThat(sink.body).isEmpty();
      }
      default -> {
        if (data) {
          assertThat(sink.contentLength).isEqualTo(DOCUMENT.length);
          assertThat(sink.body).isEqualTo(head ? new byte[0] : DOCUMENT);
        } else if (head) {
          assertThat(sink.contentLength).isEqualTo(-1);
          assertThat(sink.body).isEmpty();
        } else {
          byte[] error = ((Body.ErrorDocument) decision.body()).bytes();
          assertThat(sink.body).isEqualTo(error);
          assertThat(sink.contentLength).isEqualTo(error.length);
        }
      }
    }
  }
}
