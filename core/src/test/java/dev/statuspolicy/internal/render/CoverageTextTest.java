package dev.statuspolicy.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A coverage's text is read once and kept by identity: each coverage must still get its own
 * description and member, with more coverages than slots, and in any order.
 */
class CoverageTextTest {

  /** The member as the problem+json renderer wrote it before it was kept. */
  private static String member(Coverage coverage) {
    Coverage.Box box = coverage.bounds();
    return ",\"coverage\":{\"description\":\"" + Escape.json(coverage.describe()) + "\",\"south\":"
        + box.south() + ",\"west\":" + box.west() + ",\"north\":" + box.north() + ",\"east\":"
        + box.east() + "}";
  }

  private static List<Coverage> boxes(int count) {
    List<Coverage> coverages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      coverages.add(Coverage.box(-10 - i * 0.5, -20 + i * 0.25, 10 + i, 20 + i * 0.125));
    }
    return coverages;
  }

  @Test
  void moreCoveragesThanSlotsEachKeepTheirOwnText() {
    List<Coverage> coverages = boxes(CoverageText.SLOTS * 4);
    for (int round = 0; round < 3; round++) {
      for (Coverage coverage : coverages) {
        assertThat(CoverageText.description(coverage)).isEqualTo(coverage.describe());
        assertThat(CoverageText.json(coverage)).isEqualTo(member(coverage));
      }
    }
  }

  @Test
  void theTextIsTheCoveragesEvenAfterAnotherOnesWasKept() {
    Coverage norway = Coverage.polygon(GeoPoint.of(58, 5), GeoPoint.of(71, 25), GeoPoint.of(62, 12));
    Coverage globe = Coverage.globe();
    for (int round = 0; round < 3; round++) {
      assertThat(CoverageText.json(norway)).isEqualTo(member(norway))
          .contains("a polygon of 3 vertices");
      assertThat(CoverageText.json(globe)).isEqualTo(member(globe)).contains("the whole globe");
    }
  }

  @Test
  void aDescriptionThatNeedsEscapingIsEscapedInTheMemberOnly() {
    Coverage odd = new Coverage() {
      @Override
      public boolean contains(double latitude, double longitude) {
        return false;
      }

      @Override
      public String describe() {
        return "the \"inner\" <fjords> & islands";
      }

      @Override
      public Box bounds() {
        return new Box(60, 5, 61, 6);
      }
    };
    assertThat(CoverageText.description(odd)).isEqualTo("the \"inner\" <fjords> & islands");
    assertThat(CoverageText.json(odd)).isEqualTo(",\"coverage\":{\"description\":\"the \\\"inner\\\""
        + " \\u003cfjords\\u003e \\u0026 islands\",\"south\":60.0,\"west\":5.0,\"north\":61.0,"
        + "\"east\":6.0}");
  }
}
