package dev.statuspolicy.servlet;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Field;

/**
 * How a container is made to end an exchange without sending anything, for a 499. The Servlet
 * API has no such call, so each known container is reached through its own public classes, by
 * reflection, leaving this module without a compile dependency on any of them. The container is
 * recognised per request from the class of the innermost request object (wrappers are looked
 * through), so one build of the module serves on any of them.
 */
enum ExchangeAbort {

  /**
   * Jetty 12 (ee10): {@code ServletContextRequest.getServletContextRequest(request)
   * .getConnectionMetaData().getConnection().close()}, all public API, looked up on the public
   * types that declare it. Closing the connection before anything is committed sends nothing;
   * what Jetty tries to write after the filter returns meets a closed connection. (The
   * channel's {@code abort(failure)} is no use here: with nothing committed, Jetty answers the
   * failure with a 500.)
   */
  JETTY {
    @Override
    void abort(HttpServletRequest request, HttpServletResponse response) throws IOException {
      ServletRequest inner = innermost(request);
      try {
        ClassLoader loader = inner.getClass().getClassLoader();
        Class<?> type = Class.forName("org.eclipse.jetty.ee10.servlet.ServletContextRequest",
            false, loader);
        Object contextRequest =
            type.getMethod("getServletContextRequest", ServletRequest.class).invoke(null, inner);
        Object metaData = type.getMethod("getConnectionMetaData").invoke(contextRequest);
        Object connection = Class.forName("org.eclipse.jetty.server.ConnectionMetaData", false,
            loader).getMethod("getConnection").invoke(metaData);
        Class.forName("org.eclipse.jetty.io.Connection", false, loader).getMethod("close")
            .invoke(connection);
      } catch (ReflectiveOperationException | RuntimeException | LinkageError changed) {
        fallBack(this, changed, request, response);
      }
    }
  },

  /**
   * Tomcat 11: the Coyote response's {@code action(ActionCode.CLOSE_NOW, null)}, the call Tomcat
   * itself makes when an exchange cannot go on. The Coyote response is public API of Tomcat's
   * {@code org.apache.catalina.connector.Response}, but the servlet sees a {@code
   * ResponseFacade} that keeps it in a protected field, read here by reflection: the one
   * fragile step, so a failure of it falls back to {@link #UNKNOWN}.
   */
  TOMCAT {
    @Override
    void abort(HttpServletRequest request, HttpServletResponse response) throws IOException {
      ServletResponse facade = innermost(response);
      try {
        Field inner = facade.getClass().getDeclaredField("response");
        inner.setAccessible(true);
        Object catalinaResponse = inner.get(facade);
        Object coyote = catalinaResponse.getClass().getMethod("getCoyoteResponse")
            .invoke(catalinaResponse);
        Class<?> actionCode = Class.forName("org.apache.coyote.ActionCode", false,
            coyote.getClass().getClassLoader());
        coyote.getClass().getMethod("action", actionCode, Object.class)
            .invoke(coyote, actionCode.getField("CLOSE_NOW").get(null), null);
      } catch (ReflectiveOperationException | RuntimeException | LinkageError changed) {
        fallBack(this, changed, request, response);
      }
    }
  },

  /**
   * Any other container, or a known one whose classes have changed: the least that can be sent,
   * status 499 with {@code Connection: close} and no body, after dropping whatever was buffered.
   * The client has gone, so in practice no one reads it; but the exchange is not silent.
   */
  UNKNOWN {
    @Override
    void abort(HttpServletRequest request, HttpServletResponse response) throws IOException {
      if (!response.isCommitted()) {
        response.reset();
        response.setStatus(499);
        response.setHeader("Connection", "close");
        response.setContentLength(0);
      }
      response.flushBuffer();
    }
  };

  /**
   * Ends the exchange without a response.
   *
   * @param request the request of the exchange
   * @param response its response, not yet committed
   * @throws IOException if the container fails to close
   */
  abstract void abort(HttpServletRequest request, HttpServletResponse response) throws IOException;

  private static final System.Logger LOGGER = System.getLogger("dev.statuspolicy.servlet");

  /** A known container whose classes no longer fit: logged at WARNING, then {@link #UNKNOWN}. */
  private static void fallBack(ExchangeAbort container, Throwable changed,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    LOGGER.log(System.Logger.Level.WARNING, "cannot close the connection for a 499 the way "
        + container + " allows; sending a bare 499 instead", changed);
    UNKNOWN.abort(request, response);
  }

  /** Returns the strategy for the container that made the request. */
  static ExchangeAbort of(HttpServletRequest request) {
    String type = innermost(request).getClass().getName();
    if (type.startsWith("org.eclipse.jetty.ee10.")) {
      return JETTY;
    }
    if (type.startsWith("org.apache.catalina.")) {
      return TOMCAT;
    }
    return UNKNOWN;
  }

  private static ServletRequest innermost(ServletRequest request) {
    ServletRequest inner = request;
    while (inner instanceof ServletRequestWrapper wrapper) {
      inner = wrapper.getRequest();
    }
    return inner;
  }

  private static ServletResponse innermost(ServletResponse response) {
    ServletResponse inner = response;
    while (inner instanceof ServletResponseWrapper wrapper) {
      inner = wrapper.getResponse();
    }
    return inner;
  }
}
