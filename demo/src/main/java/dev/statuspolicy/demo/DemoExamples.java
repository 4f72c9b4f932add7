package dev.statuspolicy.demo;

import dev.statuspolicy.examples.nowcast.NowcastTeam;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.reference.Example;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RowId;
import java.util.HashMap;
import java.util.Map;

/**
 * The examples the demo's product teams chose for the reference, where a telling request says more
 * than the one the automatic search finds, the Nowcast team's own among them. The reference checks that each is decided by its row.
 */
final class DemoExamples {

  private static final String AGENT = "AcmeWeather/1.0 support@acme.example";
  private static final String JSON = "application/problem+json";

  private DemoExamples() {}

  static Map<RowId, Example> all() {
    Map<RowId, Example> all = new HashMap<>(NowcastTeam.referenceExamples());
    all.putAll(Map.of(
        RowId.of("client-blocked"), Example.of(RequestFacts.builder()
            .target("/weatherapi/locationforecast/2.0/compact?lat=59.9333&lon=10.7166")
            .header("User-Agent", "BannedBot/2.0").header("Accept", JSON)
            .blocklist(BlocklistStanding.BLOCKED).build()),
        RowId.of("parameter-invalid"), Example.of(RequestFacts.builder()
            .target("/weatherapi/sunrise/3.0/sun?lat=59.9333&lon=10.7166&date=2026-13-01&offset=+16:00")
            .header("User-Agent", AGENT).header("Accept", JSON).build()),
        RowId.of("outside-coverage"), Example.of(RequestFacts.builder()
            .target("/weatherapi/nowcast/2.0/complete?lat=52.52&lon=13.405")
            .header("User-Agent", AGENT).header("Accept", JSON).build()),
        RowId.of("access-denied"), Example.of(RequestFacts.builder()
            .target("/weatherapi/geosatellite/1.4/image?area=europe")
            .header("User-Agent", AGENT).header("Accept", JSON)
            .credentials(Credentials.valid()).build(), Outcome.data())));
    return Map.copyOf(all);
  }
}
