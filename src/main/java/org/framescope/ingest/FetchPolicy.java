package org.framescope.ingest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link UrlFetcher} may do. Input: limits and the address rules. Every setting is checked here, so a
 * bad one fails at construction naming it.
 *
 * @param maxBytes largest response body accepted (the download stops there and fails)
 * @param connectTimeout time to open a connection to one address
 * @param readTimeout longest wait for the next bytes of a response
 * @param totalTimeout longest time for the whole fetch, redirects included
 * @param maxRedirects redirects followed at most (each hop is checked like the first URL)
 * @param allowPrivate true to allow loopback, private, link-local, unique-local, multicast and other
 *     non-public addresses (a user's own intranet page); false refuses them
 * @param exceptions exact addresses (address and port) allowed even when private: a server the caller runs
 *     itself, such as a test's loopback server; every other private address stays refused
 * @param userAgent the User-Agent header sent
 */
public record FetchPolicy(long maxBytes, Duration connectTimeout, Duration readTimeout, Duration totalTimeout,
                          int maxRedirects, boolean allowPrivate, Set<InetSocketAddress> exceptions,
                          String userAgent) {
  /** Default body limit: 10 MB (news pages are rarely above 2 MB). */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public FetchPolicy {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be > 0, got " + maxBytes);
    }
    for (Object[] d : new Object[][] {{"connectTimeout", connectTimeout}, {"readTimeout", readTimeout},
        {"totalTimeout", totalTimeout}}) {
      Duration v = (Duration) d[1];
      if (v == null || v.isNegative() || v.isZero()) {
        throw new IllegalArgumentException(d[0] + " must be > 0, got " + v);
      }
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be 0-20, got " + maxRedirects);
    }
    exceptions = Set.copyOf(Objects.requireNonNull(exceptions, "exceptions"));
    for (InetSocketAddress a : exceptions) {
      if (a.isUnresolved()) {
        throw new IllegalArgumentException("exceptions must be resolved addresses, got " + a);
      }
    }
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must be set");
    }
  }

  /** Public addresses only, 10 MB, 10 s to connect, 20 s between bytes, 60 s in all, 5 redirects. */
  public static FetchPolicy defaults() {
    return new FetchPolicy(DEFAULT_MAX_BYTES, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60),
        5, false, Set.of(), "framescope (+https://github.com/framescope)");
  }

  /** This policy with private addresses allowed or refused. */
  public FetchPolicy withAllowPrivate(boolean allow) {
    return new FetchPolicy(maxBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects, allow, exceptions,
        userAgent);
  }

  /** This policy with one more exact address allowed (see {@code exceptions}). */
  public FetchPolicy withException(InetSocketAddress address) {
    Set<InetSocketAddress> s = new java.util.HashSet<>(exceptions);
    s.add(address);
    return new FetchPolicy(maxBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects, allowPrivate, s,
        userAgent);
  }

  /** This policy with another body limit. */
  public FetchPolicy withMaxBytes(long max) {
    return new FetchPolicy(max, connectTimeout, readTimeout, totalTimeout, maxRedirects, allowPrivate, exceptions,
        userAgent);
  }

  /** This policy with another redirect limit. */
  public FetchPolicy withMaxRedirects(int max) {
    return new FetchPolicy(maxBytes, connectTimeout, readTimeout, totalTimeout, max, allowPrivate, exceptions,
        userAgent);
  }

  /** True when a connection to this address and port is allowed. */
  public boolean permits(InetAddress address, int port) {
    return allowPrivate || isPublic(address) || exceptions.contains(new InetSocketAddress(address, port));
  }

  /**
   * True for a globally routable unicast address: not the unspecified address, loopback, private (10/8,
   * 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), link-local (169.254/16, fe80::/10, the cloud
   * metadata address among them), unique-local (fc00::/7), multicast, benchmarking (198.18/15), "this network"
   * (0/8), IETF protocol assignments (192.0.0/24), documentation ranges or reserved (240/4, broadcast).
   */
  public static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      int o0 = b[0] & 0xff;
      int o1 = b[1] & 0xff;
      int o2 = b[2] & 0xff;
      return !(o0 == 0 || o0 >= 240 || (o0 == 100 && o1 >= 64 && o1 <= 127) || (o0 == 198 && (o1 == 18 || o1 == 19))
          || (o0 == 192 && o1 == 0 && o2 == 0) || (o0 == 192 && o1 == 0 && o2 == 2)
          || (o0 == 198 && o1 == 51 && o2 == 100) || (o0 == 203 && o1 == 0 && o2 == 113));
    }
    int h0 = b[0] & 0xff;
    // fc00::/7 unique-local; 2001:db8::/32 documentation; ::/96 (IPv4-compatible, deprecated)
    if ((h0 & 0xfe) == 0xfc || (h0 == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8)) {
      return false;
    }
    boolean allZeroPrefix = true;
    for (int i = 0; i < 12; i++) {
      allZeroPrefix &= b[i] == 0;
    }
    return !allZeroPrefix;
  }
}
