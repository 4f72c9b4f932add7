package dev.statuspolicy.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON the documents are written with, and the reader of the policy's own bodies. */
class JsonTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void writesIndentedJsonThatJacksonReadsBack() throws Exception {
    Json.Obj value = new Json.Obj()
        .put("text", "quote \" backslash \\ line\nreturn\r tab\t bell\u0007 sep\u2028 é")
        .put("number", 42)
        .put("yes", true)
        .put("list", Json.Arr.of(List.of("a", "b")))
        .put("empty", new Json.Obj())
        .put("none", new Json.Arr())
        .put("null", new Json.Null());

    String text = Json.write(value);

    assertThat(text).isEqualTo("{\n  \"text\": \"quote \\\" backslash \\\\ line\\nreturn\\r tab\\t"
        + " bell\\u0007 sep\\u2028 é\",\n  \"number\": 42,\n  \"yes\": true,\n  \"list\": [\n"
        + "    \"a\",\n    \"b\"\n  ],\n  \"empty\": {},\n  \"none\": [],\n  \"null\": null\n}\n");
    assertThat(JACKSON.readTree(text).get("text").asText())
        .isEqualTo("quote \" backslash \\ line\nreturn\r tab\t bell\u0007 sep\u2028 é");
  }

  @Test
  void escapesALoneSurrogateAndKeepsAPair() {
    assertThat(Json.write(new Json.Str("\uD800x\uDC00 \uD83D\uDE00")))
        .isEqualTo("\"\\ud800x\\udc00 \uD83D\uDE00\"\n");
  }

  @Test
  void readsWhatItWritesAndWhatThePolicyWrites() {
    String body = "{\"a\":[1,-2.5e3,0,true,false,null,{}],\"b\":\"x\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\","
        + " \"c\" : [ ] }";

    Json value = JsonReader.read(body);

    assertThat(Json.write(value)).isEqualTo("{\n  \"a\": [\n    1,\n    -2.5e3,\n    0,\n    true,\n"
        + "    false,\n    null,\n    {}\n  ],\n  \"b\": \"x\\\"\\\\/\\u0008\\u000c\\n\\r\\tré\","
        .replace("ré", "\u00e9") + "\n  \"c\": []\n}\n");
    assertThat(JsonReader.read(Json.write(value))).isEqualTo(value);
  }

  @Test
  void refusesWhatIsNotOneJsonValue() {
    for (String bad : List.of("", "{", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "{\"a\":1,\"a\":2}",
        "[1,]", "\"open", "\"a\\q\"", "\"\\u12\"", "\"\\uzzzz\"", "\"tab\there\"", "01x", "-",
        "1.", "1e", "tru", "nul", "{} {}", "{1:2}", "[1 2]", "\"\\", "\"\\u+041\"",
        "\"\\u-001\"")) {
      assertThatThrownBy(() -> JsonReader.read(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not JSON at offset");
    }
  }
}
