package dev.quarry.post;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON front matter (Hugo): the post opens with a JSON object, and the body follows its closing
 * brace. Jackson's streaming parser gives every value its line and offset.
 */
final class JsonFrontMatter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The keys, and the offset just after the object's closing brace. */
  record Read(List<FrontMatterEntry> entries, int end) {}

  private JsonFrontMatter() {}

  static Read read(Path file, String text) throws PostException {
    List<FrontMatterEntry> out = new ArrayList<>();
    try (JsonParser p = MAPPER.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new PostException(file, 1, "front matter opened with '{' is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken t = p.nextToken();
        JsonLocation at = p.currentTokenLocation();
        int offset = (int) at.getCharOffset() + (t == JsonToken.VALUE_STRING ? 1 : 0);
        Object value = MAPPER.readValue(p, Object.class);
        out.add(new FrontMatterEntry(key, FrontMatterEntry.plain(value), at.getLineNr(), offset));
      }
      int end = (int) p.currentTokenLocation().getCharOffset() + 1;
      return new Read(out, Math.min(end, text.length()));
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
      throw new PostException(file, line, "front matter is not valid JSON: "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new PostException(file, 1, "front matter cannot be read: " + e.getMessage(), e);
    }
  }
}
