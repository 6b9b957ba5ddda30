package dev.columndesk.web.api;

import dev.columndesk.web.api.problem.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses API request bodies over 2 MiB with {@code 413}: at once when {@code Content-Length} says
 * so, and while reading when a chunked body grows past the limit (the JSON reader then fails with
 * {@link TooLarge}, which the problem mappers answer with 413 too). Image uploads have their own
 * limit, which {@code MediaResource} applies.
 */
@WebFilter("/api/*")
public class RequestBodyLimit extends HttpFilter {

  /** The contract's limit. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;

  /** How much of a body over the limit is still read to its end before the refusal. */
  private static final long DRAIN_MAX_BYTES = 16L * 1024 * 1024;

  private static final long serialVersionUID = 1L;

  /** What reading a body past the limit throws. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("request body over " + MAX_BYTES + " bytes");
    }
  }

  /** The problem for a body that is too large. */
  public static Problem problem() {
    return new Problem(413, "The request body is larger than 2 MiB (2097152 bytes)");
  }

  /** Whether a failure came from reading a body past the limit. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isMediaUpload(request)) {
      chain.doFilter(request, response); // MediaResource reads uploads up to their own limit
      return;
    }
    long length = request.getContentLengthLong();
    if (length > MAX_BYTES) {
      // A client that sends the whole body before it reads the answer waits for ever on a server
      // that neither reads nor closes: read a body of a plausible size to its end, close on more.
      if (length <= DRAIN_MAX_BYTES) {
        drain(request.getInputStream(), length);
      } else {
        response.setHeader("Connection", "close");
      }
      problem().writeTo(response);
      return;
    }
    Limited limited = new Limited(request);
    chain.doFilter(limited, response);
    if (limited.limited != null && limited.limited.count > MAX_BYTES) {
      drain(limited.limited.in, DRAIN_MAX_BYTES); // the rest of a chunked body, as above
    }
  }

  private static void drain(java.io.InputStream in, long atMost) {
    try {
      long skipped = 0;
      while (skipped < atMost && in.read() >= 0) {
        skipped += 1 + in.skip(Math.min(64 * 1024, atMost - skipped - 1));
      }
    } catch (IOException e) {
      // The client went away or sent less than it announced: nothing left to wait for.
    }
  }

  /** An image upload, {@code POST /api/v1/media}, which has its own limit. */
  private static boolean isMediaUpload(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && request.getRequestURI().equals(request.getContextPath() + "/api/v1/media");
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private Counting limited;

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        limited = new Counting(super.getInputStream());
      }
      return limited;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private long count;

    Counting(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(int n) throws TooLarge {
      count += n;
      if (count > MAX_BYTES) {
        throw new TooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
