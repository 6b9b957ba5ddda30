package dev.columndesk.domain.support;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a {@code TIMESTAMP WITH TIME ZONE} in UTC.
 *
 * <p>Why a converter: the EclipseLink that Payara ships (4.0.7) maps {@code Instant} as a
 * serialized object rather than a timestamp. {@code OffsetDateTime} it binds natively, on H2 and
 * PostgreSQL alike, and fixing the offset to UTC keeps the JVM's time zone out of the data.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime stored) {
    return stored == null ? null : stored.toInstant();
  }
}
