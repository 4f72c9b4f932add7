package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values of a query remember whether a coverage holds their location: the last coverage of
 * each answer. Alternating coverages, of both answers and more than two, must each keep their
 * own answer, and a coverage asked again must not be asked to compute it again.
 */
class RememberedCoverageTest {

  /** A box that counts the points it is asked about. */
  private static final class Counted implements Coverage {
    private final Coverage box;
    private final List<double[]> asked = new ArrayList<>();

    Counted(double south, double west, double north, double east) {
      this.box = Coverage.box(south, west, north, east);
    }

    @Override
    public boolean contains(double latitude, double longitude) {
      asked.add(new double[] {latitude, longitude});
      return box.contains(latitude, longitude);
    }

    @Override
    public String describe() {
      return "a counted " + box.describe();
    }

    @Override
    public Coverage.Box bounds() {
      return box.bounds();
    }
  }

  private static ParameterValues oslo() {
    return (ParameterValues) QueryParser.parse("lat=59.91&lon=10.75", Fixtures.compact()).values();
  }

  @Test
  void alternatingCoveragesOfBothAnswersEachKeepTheirOwn() {
    ParameterValues values = oslo();
    Counted nordic = new Counted(54, 4, 72, 32);
    Counted norway = new Counted(57, 4, 72, 32);
    Counted southern = new Counted(-60, -180, 0, 180);
    Counted tropics = new Counted(-23, -180, 23, 180);
    for (int round = 0; round < 3; round++) {
      assertThat(values.locatedIn(nordic)).isTrue();
      assertThat(values.locatedIn(southern)).isFalse();
      assertThat(values.locatedIn(norway)).isTrue();
      assertThat(values.locatedIn(tropics)).isFalse();
      assertThat(values.locatedIn(norway)).isTrue();
    }
    assertThat(nordic.asked).as("pushed out by norway each round").hasSize(3);
    assertThat(norway.asked).as("kept from the second call of each round").hasSize(3);
    assertThat(nordic.asked.get(0)).containsExactly(59.91, 10.75);
  }

  @Test
  void aCoverageAskedAgainIsNotAskedToComputeAgainAndOtherQueriesAskForThemselves() {
    Counted nordic = new Counted(54, 4, 72, 32);
    ParameterValues values = oslo();
    for (int i = 0; i < 5; i++) {
      assertThat(values.locatedIn(nordic)).isTrue();
    }
    assertThat(nordic.asked).hasSize(1);
    ParameterValues capeTown =
        (ParameterValues) QueryParser.parse("lat=-33.9&lon=18.4", Fixtures.compact()).values();
    assertThat(capeTown.locatedIn(nordic)).isFalse();
    assertThat(nordic.asked).hasSize(2);
    assertThat(nordic.asked.get(1)).containsExactly(-33.9, 18.4);
    assertThat(oslo().locatedIn(nordic)).as("a query parsed again is new values").isTrue();
    assertThat(nordic.asked).hasSize(3);
  }
}
