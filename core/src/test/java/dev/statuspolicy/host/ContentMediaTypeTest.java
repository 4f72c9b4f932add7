package dev.statuspolicy.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A content's media type becomes a header value, so it is refused unless it is safe to send. */
class ContentMediaTypeTest {

  @Test
  void aMediaTypeWithALineBreakOrAControlOrNonAsciiCharacterIsRefused() {
    for (String unsafe : new String[] {"text/plain\r\nSet-Cookie: a=b", "text/plain\u0000", "text/pl\u00e9in"}) {
      assertThatThrownBy(() -> Content.of(unsafe, new byte[0])).as(unsafe)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mediaType");
      assertThatThrownBy(() -> Content.described(unsafe, 0)).as(unsafe)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mediaType");
    }
  }

  @Test
  void aSafeMediaTypeIsKept() {
    assertThat(Content.of("application/json", new byte[] {1}).mediaType()).isEqualTo("application/json");
    assertThat(Content.described("image/png", -1).mediaType()).isEqualTo("image/png");
  }
}
