package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.table.RowId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decision keeps the writer's own header list instead of copying it, which is only safe
 * because the list takes no more headers once a decision holds it; any other list is copied.
 */
class HeaderListTest {

  private static final Header ALLOW = new Header("Allow", "GET, HEAD");

  private static Decision decision(List<Header> headers) {
    return new Decision(HttpStatus.METHOD_NOT_ALLOWED, headers, Body.EMPTY, RowId.of("method-not-allowed"),
        new Trace(List.of()));
  }

  @Test
  void aDecisionFreezesTheWritersListAndKeepsIt() {
    HeaderList headers = new HeaderList(1);
    headers.add(ALLOW);
    headers.add(new Header("X-ErrorClass", "method-not-allowed"));
    Decision decision = decision(headers);
    assertThat(decision.headers()).isSameAs(headers).containsExactly(ALLOW,
        new Header("X-ErrorClass", "method-not-allowed"));
    assertThatThrownBy(() -> headers.add(ALLOW)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(decision.headers()).hasSize(2);
  }

  @Test
  void anyOtherListIsCopiedSoLaterChangesDoNotReachTheDecision() {
    List<Header> headers = new ArrayList<>(List.of(ALLOW));
    Decision decision = decision(headers);
    headers.add(new Header("Vary", "Accept"));
    assertThat(decision.headers()).containsExactly(ALLOW);
    assertThatThrownBy(() -> decision.headers().add(ALLOW)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theListRefusesNullAndReadsOutOfRangeAsErrors() {
    HeaderList headers = new HeaderList(0);
    assertThatThrownBy(() -> headers.add(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> headers.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
    for (int i = 0; i < 20; i++) {
      headers.add(new Header("X-N" + i, Integer.toString(i)));
    }
    assertThat(headers).hasSize(20);
    assertThat(headers.get(19).value()).isEqualTo("19");
  }
}
