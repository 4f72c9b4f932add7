package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.fixtures.Fixtures;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The values read from a query iterate as a map should: the given ones in order, then no more. */
class ParameterValuesIterationTest {

  @Test
  void theGivenValuesComeInDeclarationOrderAndThenTheIteratorIsExhausted() {
    Map<String, String> values = QueryParser.parse("lon=10.7&lat=60.1", Fixtures.compact()).values();
    Iterator<Map.Entry<String, String>> entries = values.entrySet().iterator();
    assertThat(entries.next()).isEqualTo(Map.entry("lat", "60.1"));
    assertThat(entries.next()).isEqualTo(Map.entry("lon", "10.7"));
    assertThat(entries.hasNext()).isFalse();
    assertThatThrownBy(entries::next).isInstanceOf(NoSuchElementException.class);
  }
}
