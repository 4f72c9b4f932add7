package dev.statuspolicy.reference;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Every document a policy can serve about itself, by the path a host serves it at: what a host
 * needs so that its API documents itself and its problem types resolve.
 *
 * <ul>
 *   <li>{@code {base}/openapi.json}: the OpenAPI document of the whole catalog;
 *   <li>{@code {base}/{product}/{version}/openapi.json}: the document of one product version
 *       ({@code _} names the current one);
 *   <li>{@code {base}/status-codes}: the status-code reference as an HTML page;
 *   <li>one HTML page per row at the path of its problem {@code type} URI, when the policy's
 *       {@link dev.statuspolicy.PolicyConfig#problemTypeBase() problem-type base} is an
 *       {@code http} or {@code https} URI: build the policy with the host's own address there
 *       (such as {@code https://api.example.org/weatherapi/problems/}) and every {@code type} in
 *       its bodies resolves to its page.
 * </ul>
 *
 * <p>{base} is the catalog's base path. Each document is rendered the first time it is asked
 * for, by running the policy on its examples, then kept: the examples show the policy's clock at
 * that moment. HTML pages come with a Content-Security-Policy that allows their one style sheet
 * and images from their own origin (no script, no frames, no forms). Thread-safe.
 */
public final class Documentation {

  /**
   * One document: its media type, its text and the headers to send with it.
   *
   * @param mediaType the Content-Type, with its charset
   * @param text the document
   * @param headers every header to send, Content-Type first
   */
  public record Document(String mediaType, String text, List<Header> headers) {

    /**
     * Checks the parts and copies the headers.
     *
     * @param mediaType the Content-Type
     * @param text the document
     * @param headers the headers to send
     * @throws NullPointerException if an argument is null
     */
    public Document {
      Objects.requireNonNull(mediaType, "mediaType");
      Objects.requireNonNull(text, "text");
      headers = List.copyOf(headers);
    }

    /** {@return the document as UTF-8 bytes} */
    public byte[] bytes() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  private static final String JSON = "application/json";
  private static final String HTML = "text/html;charset=utf-8";

  private final Map<String, Lazy> byPath = new LinkedHashMap<>();

  private Documentation(StatusPolicy policy, Map<RowId, Example> examples) {
    Catalog catalog = policy.config().catalog();
    String base = catalog.basePath();
    String reference = base + "/status-codes";
    put(base + "/openapi.json", JSON, () -> OpenApi.catalog(policy, examples));
    for (Product product : catalog.products()) {
      List<String> names = new ArrayList<>();
      for (ProductVersion version : product.versions()) {
        names.add(version.version());
      }
      names.add(Catalog.CURRENT_VERSION);
      for (String version : names) {
        put(base + "/" + product.name() + "/" + version + "/openapi.json", JSON,
            () -> OpenApi.version(policy, product.name(), version, examples));
      }
    }
    Supplier<Map<RowId, Example>> shown = new Supplier<>() {
      private @Nullable Map<RowId, Example> found;

      @Override
      public synchronized Map<RowId, Example> get() {
        if (found == null) {
          found = StatusCodeReference.examples(policy, examples);
        }
        return found;
      }
    };
    put(reference, HTML, () -> StatusCodeReference.renderHtml(policy, examples));
    String problems = problemPath(policy.config().problemTypeBase());
    if (problems != null) {
      List<RowDefinition> table = policy.table();
      for (int i = 0; i < table.size(); i++) {
        RowDefinition row = table.get(i);
        int position = i + 1;
        put(problems + row.id().value(), HTML,
            () -> ProblemTypePage.render(policy, position, row, shown.get().get(row.id()), reference));
      }
    }
  }

  /**
   * Returns the documents of a policy.
   *
   * @param policy the policy
   * @param examples an example per row id, as for {@link StatusCodeReference#render(StatusPolicy,
   *     Map)}
   * @return the documents
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if an example is not decided by the row it is given for
   */
  public static Documentation of(StatusPolicy policy, Map<RowId, Example> examples) {
    Objects.requireNonNull(policy, "policy");
    Map<RowId, Example> supplied = Map.copyOf(Objects.requireNonNull(examples, "examples"));
    // refused now, not on the first request that asks for a document
    StatusCodeReference.check(policy, supplied);
    return new Documentation(policy, supplied);
  }

  /**
   * Returns the document served at a path.
   *
   * @param path the request's path, without the query, as received (no percent-decoding is done)
   * @return the document, or null when none is served there
   */
  public @Nullable Document find(String path) {
    Lazy lazy = byPath.get(path);
    return lazy == null ? null : lazy.document();
  }

  /** {@return every path a document is served at, in a stable order} */
  public List<String> paths() {
    return Collections.unmodifiableList(new ArrayList<>(byPath.keySet()));
  }

  private void put(String path, String mediaType, Supplier<String> render) {
    byPath.put(path, new Lazy(mediaType, render));
  }

  /** The path part of an http(s) problem-type base, or null when its pages cannot be served. */
  static @Nullable String problemPath(String base) {
    try {
      URI uri = new URI(base);
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getRawPath() == null || !uri.getRawPath().endsWith("/")) {
        return null;
      }
      return uri.getRawPath();
    } catch (java.net.URISyntaxException notHierarchical) {
      return null;
    }
  }

  /** A document rendered once, on first use. */
  private static final class Lazy {
    private final String mediaType;
    private final Supplier<String> render;
    private volatile @Nullable Document document;

    Lazy(String mediaType, Supplier<String> render) {
      this.mediaType = mediaType;
      this.render = render;
    }

    Document document() {
      Document made = document;
      if (made == null) {
        synchronized (this) {
          made = document;
          if (made == null) {
            made = new Document(mediaType, render.get(), headers(mediaType));
            document = made;
          }
        }
      }
      return made;
    }

    private static List<Header> headers(String mediaType) {
      List<Header> headers = new ArrayList<>(List.of(
          new Header("Content-Type", mediaType),
          new Header("X-Content-Type-Options", "nosniff"),
          new Header("Cache-Control", "public, max-age=300")));
      if (mediaType.startsWith("text/html")) {
        headers.add(new Header("Content-Security-Policy", HtmlPage.CONTENT_SECURITY_POLICY));
        headers.add(new Header("Referrer-Policy", "no-referrer"));
      } else {
        // API portals and client generators on other sites read the descriptions
        headers.add(new Header("Access-Control-Allow-Origin", "*"));
      }
      return headers;
    }
  }
}
