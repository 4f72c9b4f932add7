package dev.statuspolicy.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.table.RowId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision's values: statuses, headers, traces. */
class DecisionTypesTest {

  @Test
  void theStatusSetIsFixedAndClassified() {
    assertThat(HttpStatus.values()).extracting(HttpStatus::code)
        .containsExactly(200, 203, 301, 304, 400, 401, 403, 404, 405, 410, 414, 422, 429, 499, 500, 502, 503, 504);
    for (HttpStatus status : HttpStatus.values()) {
      assertThat(HttpStatus.ofCode(status.code())).isSameAs(status);
      assertThat(status.isError()).isEqualTo(status.code() >= 400);
      assertThat(status.isSuccess()).isEqualTo(status.code() / 100 == 2);
      assertThat(status.isServerError()).isEqualTo(status.code() >= 500);
      assertThat(status.toString()).isEqualTo(status.code() + " " + status.reason());
    }
    assertThat(HttpStatus.ofCode(418)).isNull();
    assertThat(HttpStatus.ofCode(199)).isNull();
    assertThat(HttpStatus.NOT_FOUND.reason()).isEqualTo("Not Found");
  }

  @Test
  void aHeaderRefusesResponseSplitting() {
    assertThat(new Header("Retry-After", "120")).hasToString("Retry-After: 120");
    assertThat(new Header("X", "")).isNotNull();
    assertThat(new Header("X", "a\tb c")).isNotNull();
    for (String bad : List.of("a\r\nSet-Cookie: x", "a\n", "a\r", "a\u0000", "a\u007f", "é", "a\u0001")) {
      assertThatThrownBy(() -> new Header("X", bad)).isInstanceOf(IllegalArgumentException.class);
    }
    for (String bad : List.of("", "Bad Name", "X:", "X\r", "é")) {
      assertThatThrownBy(() -> new Header(bad, "v")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aDecisionFindsHeadersIgnoringCase() {
    RowId ok = RowId.of("ok");
    Decision decision = new Decision(HttpStatus.OK,
        List.of(new Header("ETag", "\"a\""), new Header("etag", "\"b\"")), Body.BACKEND_DATA, ok,
        new Trace(List.of(new Trace.Entry(ok, Trace.Verdict.FIRED))));
    assertThat(decision.header("ETAG")).isEqualTo("\"a\"");
    assertThat(decision.header("Expires")).isNull();
    assertThat(decision.statusLine()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(decision.sendsResponse()).isTrue();
    Decision gone = new Decision(HttpStatus.CLIENT_CLOSED_REQUEST, List.of(), Body.EMPTY, ok, new Trace(List.of()));
    assertThat(gone.sendsResponse()).isFalse();
  }

  @Test
  void aTraceKnowsEachRowsVerdict() {
    RowId a = RowId.of("a");
    RowId b = RowId.of("b");
    Trace trace = new Trace(List.of(new Trace.Entry(a, Trace.Verdict.NOT_APPLICABLE), new Trace.Entry(b, Trace.Verdict.FIRED)));
    assertThat(trace.verdictOf(a)).isEqualTo(Trace.Verdict.NOT_APPLICABLE);
    assertThat(trace.verdictOf(b)).isEqualTo(Trace.Verdict.FIRED);
    assertThat(trace.verdictOf(RowId.of("c"))).isNull();
    assertThat(trace.entries().get(0)).hasToString("a not applicable");
    assertThatThrownBy(() -> new Trace.Entry(null, Trace.Verdict.FIRED)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void errorFormatsCarryTheirContentTypes() {
    assertThat(ErrorFormat.PROBLEM_JSON.mediaType()).isEqualTo("application/problem+json");
    assertThat(ErrorFormat.HTML.contentType()).isEqualTo("text/html;charset=utf-8");
    assertThat(ErrorFormat.PLAIN.contentType()).isEqualTo("text/plain;charset=utf-8");
  }
}
