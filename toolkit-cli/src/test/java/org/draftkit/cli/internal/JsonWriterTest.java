package org.draftkit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void nestsAndIndents() {
    String json = new JsonWriter().beginObject()
        .name("a").value(1)
        .name("b").value(List.of("x", "y"))
        .name("c").beginArray().endArray()
        .name("d").beginObject().name("e").value(true).name("f").value((String) null).endObject()
        .endObject().toString();
    assertEquals("""
        {
          "a": 1,
          "b": [
            "x",
            "y"
          ],
          "c": [],
          "d": {
            "e": true,
            "f": null
          }
        }
        """, json);
  }

  @Test
  void escapesStrings() {
    assertEquals("\"q\\\" b\\\\ n\\n t\\t c\\u0001 \\u2028 é\"\n",
        new JsonWriter().value("q\" b\\ n\n t\t c\u0001 \u2028 é").toString());
  }

  @Test
  void refusesMalformedStructure() {
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value(1));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("a"));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().endObject());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().value(1).value(2));
  }
}
