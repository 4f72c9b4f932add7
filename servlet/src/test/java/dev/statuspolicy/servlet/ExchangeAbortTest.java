package dev.statuspolicy.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strategy for a container this module does not know. */
class ExchangeAbortTest {

  private final List<String> calls = new ArrayList<>();

  @Test
  void aContainerOfNoKnownKindGetsTheFallbackThroughWrappers() {
    HttpServletRequest request = new HttpServletRequestWrapper(fake(HttpServletRequest.class));
    assertThat(ExchangeAbort.of(request)).isEqualTo(ExchangeAbort.UNKNOWN);
  }

  @Test
  void theFallbackSendsABare499ThatClosesTheConnection() throws Exception {
    ExchangeAbort.UNKNOWN.abort(fake(HttpServletRequest.class), fake(HttpServletResponse.class));
    assertThat(calls).containsExactly("isCommitted[]", "reset[]", "setStatus[499]",
        "setHeader[Connection, close]", "setContentLength[0]", "flushBuffer[]");
  }

  private <T> T fake(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, arguments) -> {
          if (type == HttpServletResponse.class) {
            calls.add(method.getName() + List.of(arguments == null ? new Object[0] : arguments));
          }
          return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
        }));
  }
}
