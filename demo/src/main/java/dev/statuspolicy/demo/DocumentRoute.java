package dev.statuspolicy.demo;

import dev.statuspolicy.decision.Header;
import dev.statuspolicy.reference.Documentation;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Serves the demo's documents beside its API, on either server: a GET or HEAD of a path that
 * {@link Documentation} knows gets the document with its headers; every other request goes on to
 * the policy (which answers a POST there with 405, as anywhere).
 */
final class DocumentRoute {

  /** How a server writes a document's response. */
  interface Response {
    /**
     * Adds one header of the response.
     *
     * @param name the header's name
     * @param value its value
     */
    void header(String name, String value);

    /**
     * Sends status 200 and the body, or no body for HEAD.
     *
     * @param body the document's bytes
     * @param head whether the request was HEAD
     * @throws IOException if the connection fails
     */
    void send(byte[] body, boolean head) throws IOException;
  }

  private DocumentRoute() {}

  /**
   * Serves the document of a request, if there is one.
   *
   * @param docs the documents, or null when the API serves none
   * @param method the request method
   * @param path the request's raw path, without the query
   * @param response the server's response
   * @return whether a document was served; false leaves the request to the policy
   * @throws IOException if the connection fails
   */
  static boolean serve(@Nullable Documentation docs, String method, String path, Response response)
      throws IOException {
    if (docs == null || !(method.equals("GET") || method.equals("HEAD"))) {
      return false;
    }
    Documentation.Document document = docs.find(path);
    if (document == null) {
      return false;
    }
    for (Header header : document.headers()) {
      response.header(header.name(), header.value());
    }
    response.send(document.bytes(), method.equals("HEAD"));
    return true;
  }
}
