package dev.columndesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who is really at the other end of a request, when a reverse proxy may stand in between: its
 * address (for throttling sign-ins) and whether it spoke HTTPS (for HSTS). The {@code
 * X-Forwarded-For} and {@code X-Forwarded-Proto} headers are believed only when the connection
 * comes from a proxy named in {@code cms.trusted-proxies}; anyone else could write them.
 */
public final class ClientAddress {

  /** Loopback by default: a proxy on the same host, as {@code run.sh} behind nginx would have. */
  static final String DEFAULT_PROXIES = "127.0.0.1,::1";

  /** In {@code cms.trusted-proxies}: every peer is a proxy (the tests' setting). */
  static final String ANY = "all";

  /** Read on first use, so that the rules can be tested without a configuration. */
  private static final class Trusted {
    static final Set<String> PROXIES =
        parse(
            ConfigProvider.getConfig()
                .getOptionalValue("cms.trusted-proxies", String.class)
                .orElse(DEFAULT_PROXIES));
  }

  /** What an IPv4 or IPv6 literal can be made of; a name never is looked up. */
  private static final Pattern LITERAL =
      Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F.]*:[0-9a-fA-F:.]*");

  private ClientAddress() {}

  static Set<String> parse(String list) {
    return Arrays.stream(list.split(","))
        .map(ClientAddress::normal)
        .filter(address -> !address.isEmpty() && !address.equals("none"))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * One spelling per address, so that {@code ::1}, {@code [0:0:0:0:0:0:0:1]} and {@code
   * ::ffff:127.0.0.1} match what they mean. Only literal addresses are parsed (never a DNS
   * look-up); anything else is kept as it was written.
   */
  static String normal(String address) {
    String text = address.strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    int scope = text.indexOf('%');
    if (scope > 0) {
      text = text.substring(0, scope);
    }
    if (!LITERAL.matcher(text).matches()) {
      return text;
    }
    try {
      return InetAddress.getByName(text).getHostAddress();
    } catch (UnknownHostException notAnAddress) {
      return text;
    }
  }

  /** The client's address: the socket's, or the one a trusted proxy says it forwarded for. */
  public static String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), Trusted.PROXIES);
  }

  /**
   * Walks the forwarded chain from the right (the hop nearest to us) and stops at the first address
   * that is not a trusted proxy: what a client puts at the left of the header is never believed.
   */
  static String of(String socketAddress, String forwardedFor, Set<String> trusted) {
    String socket = normal(socketAddress);
    if (!isProxy(socket, trusted) || forwardedFor == null || forwardedFor.isBlank()) {
      return socket;
    }
    String[] hops = forwardedFor.split(",");
    String client = socket;
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = normal(hops[i]);
      if (hop.isEmpty() || hop.length() > 64) {
        break; // not an address: keep the last one we could believe
      }
      client = hop;
      if (!trusted.contains(hop)) {
        break;
      }
    }
    return client;
  }

  /**
   * Whether the peer of a connection is a trusted proxy: named in the list, or any peer when the
   * list says {@value #ANY} (every client comes through a proxy; an address named in {@code
   * X-Forwarded-For} is still a proxy only when it is named).
   */
  static boolean isProxy(String socket, Set<String> trusted) {
    return trusted.contains(ANY) || trusted.contains(socket);
  }

  /**
   * The address whose failed sign-ins are counted, or {@code null} for a trusted proxy that did not
   * say whom it forwards: its address stands for everyone behind it, and throttling it would lock
   * them all out (so would anyone guessing), while the per-account throttle still applies.
   */
  public static String toThrottle(HttpServletRequest request) {
    return toThrottle(
        request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), Trusted.PROXIES);
  }

  static String toThrottle(String socketAddress, String forwardedFor, Set<String> trusted) {
    String socket = normal(socketAddress);
    String client = of(socket, forwardedFor, trusted);
    return client.equals(socket) && isProxy(socket, trusted) ? null : client;
  }

  /** Whether the client reached us over HTTPS, directly or through a trusted proxy. */
  public static boolean secure(HttpServletRequest request) {
    return secure(
        request.isSecure(),
        request.getRemoteAddr(),
        request.getHeader("X-Forwarded-Proto"),
        Trusted.PROXIES);
  }

  static boolean secure(boolean direct, String socket, String forwardedProto, Set<String> trusted) {
    if (direct) {
      return true;
    }
    return forwardedProto != null
        && isProxy(normal(socket), trusted)
        && forwardedProto.split(",")[0].strip().equalsIgnoreCase("https"); // the first proxy's view
  }
}
