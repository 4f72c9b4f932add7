package dev.statuspolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The raw client the suite and the adapters' own tests share: what it sends, how it reads. */
class RawHttpClientTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void aResponseKeepsItsStatusLineAndItsFieldsInOrderAsSpelled() throws IOException {
    RawResponse response = RawResponse.parse(bytes("HTTP/1.1 422 \r\nEtag: \"a\"\r\n"
        + "x-one:  1 \r\nX-One: 2\r\nContent-Length: 2\r\n\r\n{}"), "GET");
    assertThat(response.code()).isEqualTo(422);
    assertThat(response.reason()).isEmpty();
    assertThat(response.statusLine()).isEqualTo("HTTP/1.1 422 ");
    assertThat(response.headers()).extracting(RawResponse.Field::name)
        .containsExactly("Etag", "x-one", "X-One", "Content-Length");
    assertThat(response.values("X-ONE")).containsExactly("1", "2");
    assertThat(response.first("etag")).isEqualTo("\"a\"");
    assertThat(response.first("Allow")).isNull();
    assertThat(response.head()).endsWith("\r\nContent-Length: 2");
    assertThat(response.text()).isEqualTo("{}");
    assertThat(response.chunked()).isFalse();
    assertThat(response.sentNothing()).isFalse();
  }

  @Test
  void aChunkedBodyIsDecodedAndAlsoKeptAsSent() throws IOException {
    String sent = "4;ext=1\r\nabcd\r\n2\r\nef\r\n0\r\n\r\n";
    RawResponse response = RawResponse.parse(
        bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + sent), "GET");
    assertThat(response.chunked()).isTrue();
    assertThat(response.truncated()).isFalse();
    assertThat(response.text()).isEqualTo("abcdef");
    assertThat(response.bodyAsSent()).isEqualTo(bytes(sent));
  }

  @Test
  void aChunkedBodyThatBreaksOffIsTruncatedWithWhatCame() throws IOException {
    RawResponse response = RawResponse.parse(
        bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n9\r\nefg"), "GET");
    assertThat(response.truncated()).isTrue();
    assertThat(response.text()).isEqualTo("abcdefg");
  }

  @Test
  void aHeadResponseHasNoBodyToDecode() throws IOException {
    RawResponse response = RawResponse.parse(
        bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"), "HEAD");
    assertThat(response.chunked()).isTrue();
    assertThat(response.truncated()).isFalse();
    assertThat(response.body()).isEmpty();
  }

  @Test
  void noByteIsAServerThatSentNothing() throws IOException {
    RawResponse response = RawResponse.parse(new byte[0], "GET");
    assertThat(response.sentNothing()).isTrue();
    assertThat(response.code()).isEqualTo(-1);
    assertThat(response.describe()).isEqualTo("(nothing sent)");
  }

  @Test
  void bytesWithoutACompleteHeadAreRefused() {
    assertThatIOException().isThrownBy(() -> RawResponse.parse(bytes("HTTP/1.1 200 OK\r\n"), "GET"))
        .withMessageContaining("no complete head");
    assertThatIOException().isThrownBy(() -> RawResponse.parse(bytes("SSH-2.0\r\n\r\n"), "GET"))
        .withMessageContaining("not an HTTP/1.x status line");
  }

  @Test
  void responsesOnAKeptAliveConnectionAreReadOneByOne() throws IOException {
    InputStream in = new ByteArrayInputStream(bytes(
        "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"
            + "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n"
            + "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nde\r\n0\r\n\r\n"));
    assertThat(RawHttpClient.readResponse(in, "GET").text()).isEqualTo("abc");
    assertThat(RawHttpClient.readResponse(in, "GET").code()).isEqualTo(304);
    assertThat(RawHttpClient.readResponse(in, "GET").text()).isEqualTo("de");
    assertThat(RawHttpClient.readResponse(in, "GET").sentNothing()).isTrue();
  }

  @Test
  void aResponseCutShortOnAKeptAliveConnectionIsAnError() {
    InputStream in = new ByteArrayInputStream(bytes("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc"));
    assertThatIOException().isThrownBy(() -> RawHttpClient.readResponse(in, "GET"))
        .withMessageContaining("inside a response body");
  }

  @Test
  void anExchangeSendsTheRequestAsWrittenAndReadsToTheClose() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> answer(listener));
      URI server = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/ignored");
      RawResponse response = RawHttpClient.to(server).withUserAgent("Test/1.0")
          .exchange("BREW", "/pot?x=%zz", "accept: text/plain");
      assertThat(request.get(RawHttpClient.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(
          "BREW /pot?x=%zz HTTP/1.1\r\nHost: 127.0.0.1:" + listener.getLocalPort() + "\r\n"
              + "User-Agent: Test/1.0\r\naccept: text/plain\r\nConnection: close\r\n\r\n");
      assertThat(response.code()).isEqualTo(418);
      assertThat(response.text()).isEqualTo("until the close");
    }
  }

  @Test
  void aUserAgentAmongTheLinesReplacesTheClientsAndTheHostCanBeSet() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> answer(listener));
      RawHttpClient.to(URI.create("http://127.0.0.1:" + listener.getLocalPort()))
          .withUserAgent("Default/1.0").withHost("example.test")
          .exchange("GET", "/", "user-agent: Own/2.0");
      assertThat(request.get(RawHttpClient.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(
          "GET / HTTP/1.1\r\nHost: example.test\r\nuser-agent: Own/2.0\r\nConnection: close\r\n\r\n");
    }
  }

  @Test
  void aServerUriWithoutAHostIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> RawHttpClient.to(URI.create("file:/x")))
        .withMessageContaining("no host");
  }

  /** Reads one request head, answers 418 with a body framed only by the close. */
  private static String answer(ServerSocket listener) {
    try (Socket socket = listener.accept()) {
      socket.setSoTimeout(RawHttpClient.TIMEOUT_MILLIS);
      StringBuilder head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) {
        int b = socket.getInputStream().read();
        if (b < 0) {
          break;
        }
        head.append((char) b);
      }
      socket.getOutputStream().write(bytes("HTTP/1.1 418 I'm a teapot\r\n\r\nuntil the close"));
      return head.toString();
    } catch (IOException failed) {
      throw new java.io.UncheckedIOException(failed);
    }
  }
}
