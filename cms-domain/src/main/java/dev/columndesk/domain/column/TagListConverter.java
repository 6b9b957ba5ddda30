package dev.columndesk.domain.column;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * A revision's tags as one text column, one name per line. A revision is a frozen snapshot, so its
 * tags are kept as the names they had, not as links to tags that may later change.
 */
@Converter
public class TagListConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> tags) {
    return tags == null || tags.isEmpty() ? null : String.join("\n", tags);
  }

  @Override
  public List<String> convertToEntityAttribute(String stored) {
    return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
  }
}
