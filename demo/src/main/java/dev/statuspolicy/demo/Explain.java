package dev.statuspolicy.demo;

import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.host.ResponseSink;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.reference.ExchangeText;
import dev.statuspolicy.reference.ExplainPage;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RowDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code explain} command: answers one request as the demo server would, and prints the
 * complete response followed by the trace of every row consulted, with its verdict.
 */
final class Explain {

  private Explain() {}

  /**
   * Explains one request.
   *
   * @param api the weather API, whose backend is not used: {@code outcome} says what it does
   * @param clock the clock of the simulated backend
   * @param method the method
   * @param target the path and query
   * @param headers the request headers, as "Name: value" lines
   * @param outcome the simulated backend's outcome
   * @param html whether to render the explanation as an HTML page rather than text
   * @return the text or page to print, ending in a line break
   */
  static String explain(DemoApi api, Clock clock, String method, String target,
      List<String> headers, SimulatedOutcome outcome, boolean html) {
    Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String header : headers) {
      int colon = header.indexOf(':');
      byName.computeIfAbsent(header.substring(0, colon).strip(), name -> new ArrayList<>())
          .add(header.substring(colon + 1).strip());
    }
    Backend simulated = DemoBackend.simulating(clock, outcome);
    AtomicReference<byte[]> document = new AtomicReference<>(new byte[0]);
    Backend recording = admitted -> {
      Reply reply = simulated.fetch(admitted);
      if (reply.content() instanceof Content.Bytes bytes) {
        document.set(bytes.bytes());
      }
      return reply;
    };
    Served served;
    try {
      RequestFacts facts = api.facts(method, target, name -> byName.getOrDefault(name, List.of()));
      served = api.policy().serve(facts, recording, DISCARD);
    } catch (IOException e) {
      throw new UncheckedIOException("the discarding sink cannot fail", e);
    }
    Decision decision = served.decision();
    String data = new String(document.get(), StandardCharsets.UTF_8).strip();
    if (html) {
      return ExplainPage.render(api.policy(), served.facts(), served.outcome(), decision, data);
    }
    StringBuilder text = new StringBuilder();
    if (!decision.sendsResponse()) {
      text.append("(Nothing is sent: the client is gone. The decision, for the logs:)\n");
    }
    text.append(ExchangeText.response(decision, data)
        .replaceFirst("\n\n|$", successType(decision) + "$0")).append("\n\n");
    text.append("Trace (rows in precedence order; the first that fires decides):\n");
    List<RowDefinition> table = api.policy().table();
    for (Trace.Entry entry : decision.trace().entries()) {
      int position = 0;
      while (position < table.size() && !table.get(position).id().equals(entry.row())) {
        position++;
      }
      text.append(String.format(Locale.ROOT, "  %2d  %-24s %s%n", position + 1, entry.row(),
          entry.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + (entry.verdict() == Trace.Verdict.FIRED ? "  <- decides: " + decision.status() : "")));
    }
    if (decision.trace().breach() != null) {
      text.append("Breach (a row's defect, answered by the policy): ")
          .append(decision.trace().breach()).append('\n');
    }
    List<String> verdicts = ExchangeText.verdicts(served.facts());
    text.append("\nHost verdicts: ").append(verdicts.isEmpty() ? "none" : String.join("; ", verdicts))
        .append(".\nBackend: ")
        .append(served.outcome() == null ? "not called" : ExchangeText.outcome(served.outcome()))
        .append(".\n");
    return text.toString();
  }

  private static String successType(Decision decision) {
    return decision.status().isSuccess() ? "\nContent-Type: " + SimulatedBackend.DATA_TYPE : "";
  }

  /** The response is printed from the decision, so what the policy writes is dropped. */
  private static final ResponseSink DISCARD = new ResponseSink() {
    @Override
    public void status(int code, String reason) {}

    @Override
    public void header(String name, String value) {}

    @Override
    public void body(long contentLength, byte[] bytes) {}

    @Override
    public void abort() {}
  };
}
