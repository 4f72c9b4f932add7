package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.request.Parameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The memory of recent queries: a query asked again of the same endpoint is the same
 * parameters object, and every answer reads as the parser reads the query, whatever was
 * remembered before it (another endpoint, a query in the same slot, a query too long to keep).
 */
class RecentQueriesTest {

  private final Endpoint compact = Fixtures.compact();
  private final Endpoint latitudeOnly = Endpoint.of("point", ParameterSpec.latitude());

  private static void readsAsTheParser(Parameters read, String query, Endpoint endpoint) {
    Parameters parsed = QueryParser.parse(query, endpoint);
    assertThat(read.errors()).as(query).isEqualTo(parsed.errors());
    assertThat(Map.copyOf(read.values())).as(query).isEqualTo(Map.copyOf(parsed.values()));
  }

  @Test
  void aQueryAskedAgainOfTheSameEndpointIsTheSameParameters() {
    RecentQueries recent = new RecentQueries();
    String query = "lat=59.9333&lon=10.7166&altitude=90";
    Parameters first = recent.parse(query, compact);
    readsAsTheParser(first, query, compact);
    // an equal query in another string, as a server makes one per request
    assertThat(recent.parse(new String(query.toCharArray()), compact)).isSameAs(first);
  }

  @Test
  void aRejectedQueryIsRememberedWithItsErrors() {
    RecentQueries recent = new RecentQueries();
    String query = "lat=abc&lon=999&altitude=high";
    Parameters first = recent.parse(query, compact);
    assertThat(first.errors()).hasSize(3);
    assertThat(recent.parse(query, compact)).isSameAs(first);
    readsAsTheParser(recent.parse(query, compact), query, compact);
  }

  @Test
  void theSameQueryOfAnotherEndpointIsReadForThatEndpoint() {
    RecentQueries recent = new RecentQueries();
    String query = "lat=60.1&lon=10.7";
    Parameters ofCompact = recent.parse(query, compact);
    Parameters ofPoint = recent.parse(query, latitudeOnly);
    assertThat(ofPoint).isNotSameAs(ofCompact);
    assertThat(ofPoint.values()).containsOnlyKeys("lat");
    readsAsTheParser(ofPoint, query, latitudeOnly);
    readsAsTheParser(recent.parse(query, compact), query, compact);
  }

  @Test
  void queriesFallingInTheSameSlotReadAsThemselves() {
    Map<Integer, String> bySlot = new HashMap<>();
    String[] pair = null;
    for (int i = 0; pair == null; i++) {
      String query = "lat=" + (50 + i / 1000) + "." + (i % 1000) + "&lon=10.5";
      String earlier = bySlot.putIfAbsent(RecentQueries.slot(query, query.length()), query);
      if (earlier != null) {
        pair = new String[] {earlier, query};
      }
    }
    RecentQueries recent = new RecentQueries();
    for (int round = 0; round < 3; round++) {
      for (String query : pair) {
        Parameters read = recent.parse(query, compact);
        readsAsTheParser(read, query, compact);
        assertThat(read.value("lat")).isEqualTo(query.substring(4, query.indexOf('&')));
      }
    }
  }

  @Test
  void nearbyPlacesFallApart() {
    // the last digits of the coordinates are what tells a fleet's places apart
    List<String> queries = new java.util.ArrayList<>();
    for (int lat = 0; lat < 10; lat++) {
      for (int lon = 0; lon < 10; lon++) {
        queries.add("lat=59.913" + lat + "&lon=10.752" + lon + "&altitude=90");
      }
    }
    long slots = queries.stream().mapToInt(q -> RecentQueries.slot(q, q.length())).distinct().count();
    assertThat(slots).isGreaterThan(60);
  }

  @Test
  void aQueryTooLongToRememberIsReadEveryTime() {
    RecentQueries recent = new RecentQueries();
    String query = "lat=60.1&lon=10.7&pad=" + "x".repeat(RecentQueries.LONGEST);
    Parameters first = recent.parse(query, compact);
    Parameters second = recent.parse(query, compact);
    assertThat(second).isNotSameAs(first);
    readsAsTheParser(second, query, compact);
    String longest = "lat=60.1&lon=10.7&pad=" + "x".repeat(RecentQueries.LONGEST - 22);
    assertThat(longest).hasSize(RecentQueries.LONGEST);
    assertThat(recent.parse(longest, compact)).isSameAs(recent.parse(longest, compact));
  }

  @Test
  void theEmptyQueryReadsAsTheParserReadsIt() {
    RecentQueries recent = new RecentQueries();
    readsAsTheParser(recent.parse("", compact), "", compact);
    assertThat(recent.parse("", compact).errors()).hasSize(2);
  }

  @Test
  void aSlotIsAlwaysWithinTheMemory() {
    for (String query : List.of("a", "&", "&&", "a&b", "=&=&=", "lat=1", "x".repeat(256))) {
      assertThat(RecentQueries.slot(query, query.length())).isBetween(0, RecentQueries.SLOTS - 1);
    }
  }
}
