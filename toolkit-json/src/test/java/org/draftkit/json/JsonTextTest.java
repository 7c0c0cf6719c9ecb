package org.draftkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.Toolkit;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void plainValuesInTheHouseStyle() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", "q\" \\ \n é");
    m.put("a", List.of(1, 2.5, true));
    m.put("none", null);
    m.put("empty", List.of());
    assertEquals(
        "{\n  \"b\": \"q\\\" \\\\ \\n é\",\n  \"a\": [\n    1,\n    2.5,\n    true\n  ],\n"
            + "  \"none\": null,\n  \"empty\": []\n}\n",
        JsonText.write(m));
    assertEquals("[\n  \"x\",\n  null\n]\n", JsonText.write(Arrays.asList("x", null)));
  }

  @Test
  void thePluginListingNamesEveryPlugin() {
    String json =
        JsonText.plugins(
            Toolkit.builder()
                .exporter(new DocumentJsonExporter())
                .importer(new JsonImporter())
                .build()
                .plugins());
    assertEquals(true, json.contains("\"class\": \"org.draftkit.json.JsonImporter\""), json);
    assertEquals(true, json.contains("\"resultType\": \"Document\""), json);
    assertEquals(true, json.endsWith("\"problems\": []\n}\n"), json);
  }
}
