package dev.statuspolicy.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * Embedded Tomcat 11 on 127.0.0.1 and a free port, with the container's defaults except {@code
 * allowTrace}, which users must set too (without it the connector answers TRACE itself, before
 * any filter).
 */
final class TomcatContainer {

  private final Tomcat tomcat = new Tomcat();
  private final Connector connector = new Connector();
  private final Path baseDir;

  private TomcatContainer(Filter filter, Servlet servlet, boolean allowTrace) throws Exception {
    baseDir = Files.createTempDirectory("tomcat-servlet-test");
    tomcat.setBaseDir(baseDir.toString());
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    connector.setAllowTrace(allowTrace);
    // the policy answers a long target with 414; Tomcat's 8 KiB head limit would answer it 400
    connector.setProperty("maxHttpHeaderSize", Integer.toString(JettyContainer.REQUEST_HEAD_BYTES));
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", null);
    if (filter != null) {
      FilterDef definition = new FilterDef();
      definition.setFilterName("status-policy");
      definition.setFilter(filter);
      context.addFilterDef(definition);
      FilterMap mapping = new FilterMap();
      mapping.setFilterName("status-policy");
      mapping.addURLPattern("/*");
      context.addFilterMap(mapping);
    }
    Tomcat.addServlet(context, "application", servlet).addMapping("/");
    tomcat.start();
  }

  /** Starts Tomcat with the filter in front of {@link Downstream}, TRACE allowed. */
  static TomcatContainer withFilter(Filter filter) throws Exception {
    return new TomcatContainer(filter, new Downstream(), true);
  }

  /** Starts Tomcat with the filter in front of {@link Downstream}, the connector's defaults. */
  static TomcatContainer withFilterAndDefaultTrace(Filter filter) throws Exception {
    return new TomcatContainer(filter, new Downstream(), false);
  }

  /** Starts Tomcat with the servlet serving every path, TRACE allowed. */
  static TomcatContainer withServlet(Servlet servlet) throws Exception {
    return new TomcatContainer(null, servlet, true);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  void close() throws Exception {
    tomcat.stop();
    tomcat.destroy();
    try (Stream<Path> files = Files.walk(baseDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> {
        try {
          Files.delete(file);
        } catch (IOException failed) {
          throw new UncheckedIOException(failed);
        }
      });
    }
  }
}
