package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reading a bucket's answer: never a usage the policy would refuse. */
class ProbeUsageTest {

  private static final QuotaClaim THREE = new QuotaClaim(Quota.perSecond("app", 3), "acme");

  @Test
  void aBucketWithMoreTokensLeftThanTheLimitCountsThisRequestOnly() {
    // A bucket made for a limit of ten, read as a quota of three: nine tokens left.
    ConsumptionProbe probe = ConsumptionProbe.consumed(9, 500_000_000L);

    assertThat(ProbeUsage.of(THREE, probe).requests()).isEqualTo(1);
  }

  @Test
  void aWaitLongerThanTheWindowResetsAtTheWindowsEnd() {
    ConsumptionProbe probe = ConsumptionProbe.rejected(0, 5_000_000_000L, 5_000_000_000L);

    assertThat(ProbeUsage.of(THREE, probe).resetIn()).isEqualTo(Duration.ofSeconds(1));
    assertThat(ProbeUsage.of(THREE, probe).requests()).isEqualTo(4);
  }
}
