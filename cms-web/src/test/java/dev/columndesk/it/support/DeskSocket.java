package dev.columndesk.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The desk's push socket ({@code /desk/push}) as a desk page opens it, with the page's cookies,
 * keeping every text it hears for the test to read.
 */
public final class DeskSocket implements AutoCloseable {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final WebSocket socket;
  private final BlockingQueue<String> heard;

  private DeskSocket(WebSocket socket, BlockingQueue<String> heard) {
    this.socket = socket;
    this.heard = heard;
  }

  /** The socket's address on the server that {@code api} talks to. */
  public static URI address(Api api) {
    URI page = api.uri("/desk/push");
    return URI.create(page.toString().replaceFirst("^http", "ws"));
  }

  /**
   * Opens the socket with these cookies ({@code null}: none). Answers the opened socket, or throws
   * the handshake's refusal ({@link WebSocketHandshakeException}, with the HTTP answer).
   */
  public static DeskSocket open(Api api, String cookies) throws WebSocketHandshakeException {
    BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    WebSocket.Builder builder = CLIENT.newWebSocketBuilder();
    if (cookies != null) {
      builder.header("Cookie", cookies);
    }
    try {
      WebSocket socket =
          builder.buildAsync(address(api), new Listener(heard)).get(10, TimeUnit.SECONDS);
      return new DeskSocket(socket, heard);
    } catch (ExecutionException | CompletionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        throw refused;
      }
      throw new AssertionError("the socket did not open: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new AssertionError("the handshake did not finish within 10 s", e);
    }
  }

  /** The next text the server sends within the time, or {@code null} if it says nothing. */
  public String next(Duration within) {
    try {
      return heard.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether the server has closed the socket (or it broke). */
  public boolean closed() {
    return socket.isInputClosed();
  }

  @Override
  public void close() {
    socket.abort();
  }

  /** Keeps each whole text message; WebSocket may hand one over in parts. */
  private static final class Listener implements WebSocket.Listener {

    private final BlockingQueue<String> heard;
    private final StringBuilder part = new StringBuilder();

    Listener(BlockingQueue<String> heard) {
      this.heard = heard;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence text, boolean last) {
      part.append(text);
      if (last) {
        heard.add(part.toString());
        part.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }
}
