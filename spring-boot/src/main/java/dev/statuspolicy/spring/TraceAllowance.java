package dev.statuspolicy.spring;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Sets {@code allowTrace} on embedded Tomcat's connector, so that TRACE reaches the policy
 * (which answers it 405 with its own headers and body) instead of Tomcat's connector, which
 * otherwise answers it 405 itself before any filter runs.
 *
 * <p>Tomcat's connector customizer interface is {@code
 * org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer} in Boot 3 and {@code
 * org.springframework.boot.tomcat.TomcatConnectorCustomizer} in Boot 4, and so is the factory
 * that takes it. To serve both from one jar, this customizer names neither: it finds the
 * factory's {@code addConnectorCustomizers} method and gives it a customizer of whatever
 * interface that method takes. A factory without that method (Jetty, say) is left alone.
 */
final class TraceAllowance implements WebServerFactoryCustomizer<WebServerFactory> {

  private static final System.Logger LOGGER = System.getLogger("dev.statuspolicy.spring");

  @Override
  public void customize(WebServerFactory factory) {
    Method add = connectorCustomizers(factory.getClass());
    if (add == null) {
      return;
    }
    Class<?> customizerType = add.getParameterTypes()[0].getComponentType();
    Object customizer = Proxy.newProxyInstance(customizerType.getClassLoader(),
        new Class<?>[] {customizerType}, allowTrace());
    Object customizers = Array.newInstance(customizerType, 1);
    Array.set(customizers, 0, customizer);
    try {
      add.invoke(factory, customizers);
    } catch (ReflectiveOperationException failed) {
      LOGGER.log(System.Logger.Level.WARNING, "cannot set Tomcat's allowTrace; TRACE will be"
          + " answered by Tomcat rather than the status policy", failed);
    }
  }

  /** Answers the customizer's one method by allowing TRACE; the methods of Object as usual. */
  private static InvocationHandler allowTrace() {
    return (proxy, method, arguments) -> {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == arguments[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "status-policy: Tomcat allowTrace";
        };
      }
      if (arguments != null && arguments.length == 1
          && arguments[0] instanceof Connector connector) {
        connector.setAllowTrace(true);
      }
      return null;
    };
  }

  private static Method connectorCustomizers(Class<?> factory) {
    for (Method method : factory.getMethods()) {
      Class<?>[] parameters = method.getParameterTypes();
      if (method.getName().equals("addConnectorCustomizers") && parameters.length == 1
          && parameters[0].isArray() && parameters[0].getComponentType().isInterface()) {
        return method;
      }
    }
    return null;
  }
}
