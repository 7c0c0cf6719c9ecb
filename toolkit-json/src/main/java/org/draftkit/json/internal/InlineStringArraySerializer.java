package org.draftkit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * Writes a short list of strings on one line ({@code ["bold", "italic"]}) inside pretty-printed
 * output, where the default printer would give each mark id a line of its own.
 */
public final class InlineStringArraySerializer extends StdSerializer<List<String>> {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings({"unchecked", "rawtypes"})
  public InlineStringArraySerializer() {
    super((Class<List<String>>) (Class) List.class);
  }

  @Override
  public void serialize(List<String> values, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    StringBuilder sb = new StringBuilder("[");
    JsonStringEncoder encoder = JsonStringEncoder.getInstance();
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "\"" : ", \"");
      encoder.quoteAsString(values.get(i), sb);
      sb.append('"');
    }
    gen.writeRawValue(sb.append(']').toString());
  }
}
