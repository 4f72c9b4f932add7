package dev.statuspolicy.demo;

import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.reference.ExchangeText;
import dev.statuspolicy.table.RowDefinition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code explain} command: answers one request as the demo server would, and prints the
 * complete response followed by the trace of every row consulted, with its verdict.
 */
final class Explain {

  private Explain() {}

  /**
   * Explains one request.
   *
   * @param api the weather API
   * @param method the method
   * @param target the path and query
   * @param headers the request headers, as "Name: value" lines
   * @param outcome the simulated backend's outcome
   * @return the text to print, ending in a line break
   */
  static String explain(WeatherApi api, String method, String target, List<String> headers,
      SimulatedOutcome outcome) {
    Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String header : headers) {
      int colon = header.indexOf(':');
      byName.computeIfAbsent(header.substring(0, colon).strip(), name -> new ArrayList<>())
          .add(header.substring(colon + 1).strip());
    }
    Answer answer = api.answer(method, target, name -> byName.getOrDefault(name, List.of()), outcome);
    Decision decision = answer.decision();
    StringBuilder text = new StringBuilder();
    if (!decision.sendsResponse()) {
      text.append("(Nothing is sent: the client is gone. The decision, for the logs:)\n");
    }
    String document = new String(answer.document(), StandardCharsets.UTF_8).strip();
    text.append(ExchangeText.response(decision, document)
        .replaceFirst("\n\n|$", successType(answer) + "$0")).append("\n\n");
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
    List<String> verdicts = ExchangeText.verdicts(answer.facts());
    text.append("\nHost verdicts: ").append(verdicts.isEmpty() ? "none" : String.join("; ", verdicts))
        .append(".\nBackend: ")
        .append(answer.outcome() == null ? "not called" : ExchangeText.outcome(answer.outcome()))
        .append(".\n");
    return text.toString();
  }

  private static String successType(Answer answer) {
    return answer.decision().status().isSuccess() ? "\nContent-Type: " + Answer.DATA_TYPE : "";
  }
}
