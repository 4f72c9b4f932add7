package dev.statuspolicy.demo;

import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.examples.nowcast.RadarCoverageDegraded;
import dev.statuspolicy.examples.nowcast.RadarSiteDown;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.Parameters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's stand-in for a weather backend: small JSON documents, with validators that stay the
 * same for an hour (Last-Modified at the top of the hour, Expires an hour later, an ETag derived
 * from the request and Last-Modified), so that conditional requests can be tried by hand.
 */
final class SimulatedBackend {

  /** The media type of the simulated backend's documents. */
  static final String DATA_TYPE = "application/json";

  private SimulatedBackend() {}

  /**
   * Answers an admitted request as the simulated outcome says.
   *
   * @param target the product, version and endpoint
   * @param parameters the validated parameters
   * @param simulated the outcome to simulate
   * @param now the current instant
   * @return the outcome, with the document when there is one
   * @throws IllegalStateException for {@link SimulatedOutcome#ERROR}: a real handler's fault is a
   *     throw, which the host protocol answers with a 500 that tells nothing of it
   */
  static Reply produce(Target target, Parameters parameters, SimulatedOutcome simulated, Instant now) {
    Instant modified = now.truncatedTo(ChronoUnit.HOURS);
    Map<String, String> sorted = new TreeMap<>(parameters.values());
    String identity = target.product().name() + "/" + target.version().version() + "/"
        + target.endpoint().name() + sorted + modified;
    Validators validators = new Validators(modified, modified.plus(Duration.ofHours(1)),
        "\"" + Integer.toHexString(identity.hashCode()) + "\"");
    return switch (simulated) {
      case DATA -> Reply.data(validators, document(target, sorted, modified, false, false));
      case EMPTY -> Reply.emptyDocument(validators, document(target, sorted, modified, true, false));
      case NO_DATA -> Reply.of(Outcome.noData());
      case FAILED -> Reply.of(Outcome.backendFailed());
      case TIMEOUT -> Reply.of(Outcome.timedOut());
      case UNAVAILABLE -> Reply.of(Outcome.unavailable(Duration.ofMinutes(2)));
      case ERROR -> throw new IllegalStateException("simulated fault");
      case CLOSED -> Reply.of(Outcome.clientClosed());
      case RADAR_DOWN -> Reply.of(new Outcome.Custom(RadarSiteDown.KIND, Duration.ofMinutes(10)));
      // the data, flagged as MET flags it, and without validators: see RadarCoverageDegraded
      case RADAR_DEGRADED -> new Reply(new Outcome.Custom(RadarCoverageDegraded.KIND, null),
          document(target, sorted, modified, false, true));
    };
  }

  private static Content document(Target target, Map<String, String> parameters, Instant modified,
      boolean empty, boolean radarDegraded) {
    StringBuilder json = new StringBuilder(256).append('{');
    field(json, "product", target.product().name()).append(',');
    field(json, "version", target.version().version()).append(',');
    field(json, "endpoint", target.endpoint().name()).append(',');
    json.append("\"parameters\":{");
    boolean first = true;
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      json.append(first ? "" : ",");
      field(json, parameter.getKey(), parameter.getValue());
      first = false;
    }
    json.append("},");
    field(json, "updated_at", modified.toString()).append(',');
    if (radarDegraded) {
      json.append("\"meta\":{");
      field(json, "radar_coverage", "temporarily unavailable").append("},");
    }
    json.append("\"data\":");
    json.append(empty ? "[]" : data(target.product().name(), parameters.toString().hashCode()));
    return Content.of(DATA_TYPE, json.append("}\n").toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Made-up but stable numbers for each product. */
  private static String data(String product, int seed) {
    double a = Math.floorMod(seed, 300) / 10.0;
    double b = Math.floorMod(seed / 300, 150) / 10.0;
    return switch (product) {
      case "locationforecast" -> String.format(Locale.ROOT,
          "[{\"air_temperature\":%.1f,\"wind_speed\":%.1f}]", a - 10, b);
      case "nowcast" -> String.format(Locale.ROOT, "[{\"precipitation_rate\":%.1f}]", b / 3);
      case "oceanforecast" -> String.format(Locale.ROOT,
          "[{\"sea_water_temperature\":%.1f,\"sea_surface_wave_height\":%.1f}]", a / 2, b / 4);
      case "sunrise" -> "[{\"sunrise\":\"05:04\",\"sunset\":\"22:13\"}]";
      case "textforecast" -> "[{\"area\":\"Oslofjord\",\"text\":\"Light breeze, clearing later.\"}]";
      default -> "[{\"area\":\"europe\",\"image\":\"satellite-europe.png\"}]";
    };
  }

  private static StringBuilder field(StringBuilder json, String name, String value) {
    return string(string(json, name).append(':'), value);
  }

  private static StringBuilder string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"');
  }
}
