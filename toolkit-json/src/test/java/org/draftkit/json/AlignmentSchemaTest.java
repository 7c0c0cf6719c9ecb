package org.draftkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.draftkit.align.Alignment;
import org.draftkit.spi.ExportContext;
import org.junit.jupiter.api.Test;

/** The committed {@code docs/schema/alignment.schema.json} describes what the exporter writes. */
class AlignmentSchemaTest {

  private static Schema schema() throws Exception {
    String text =
        Files.readString(Path.of("../docs/schema/alignment.schema.json"), StandardCharsets.UTF_8);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(text, InputFormat.JSON);
  }

  @Test
  void exporterOutputIsValidAndTheSchemaRejectsUnknownKinds() throws Exception {
    Alignment a =
        new Alignment(
            List.of("en", "ar"),
            List.of("ltr", "rtl"),
            List.of(
                new Alignment.Row(
                    "art 1",
                    true,
                    List.of(
                        new Alignment.Cell(0, null, "Article 1", 0),
                        new Alignment.Cell(0, null, "المادة 1", 0))),
                new Alignment.Row(
                    "art 1 / 1",
                    false,
                    Arrays.asList(new Alignment.Cell(1, "1", "Text.", 1), null))),
            List.of(
                new Alignment.Mismatch(
                    Alignment.Kind.MISSING,
                    "art 1 / 1",
                    List.of("ar"),
                    "art 1 / 1: in en, not in ar")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AlignmentJsonExporter().write(a, out, ExportContext.defaults());
    Schema schema = schema();
    List<Error> errors = schema.validate(out.toString(StandardCharsets.UTF_8), InputFormat.JSON);
    assertEquals(List.of(), errors);
    assertFalse(
        schema
            .validate(
                "{\"languages\": [\"en\", \"fr\"], \"directions\": [\"ltr\", \"ltr\"], \"rows\": [],"
                    + " \"mismatches\": [{\"kind\": \"typo\", \"key\": \"x\", \"languages\": [], \"message\": \"\"}]}",
                InputFormat.JSON)
            .isEmpty(),
        "unknown kind");
  }
}
