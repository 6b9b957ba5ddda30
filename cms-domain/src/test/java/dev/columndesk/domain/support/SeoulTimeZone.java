package dev.columndesk.domain.support;

import java.util.TimeZone;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test class in a JVM whose zone is Asia/Seoul: stored instants must not depend on it. */
public final class SeoulTimeZone implements BeforeAllCallback, AfterAllCallback {

  private TimeZone original;

  @Override
  public void beforeAll(ExtensionContext context) {
    original = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Seoul"));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TimeZone.setDefault(original);
  }
}
