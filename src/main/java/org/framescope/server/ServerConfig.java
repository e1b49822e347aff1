package org.framescope.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import org.framescope.ingest.FetchPolicy;

/**
 * Settings of {@code framescope serve}. Every value is checked here, naming the setting.
 *
 * @param host address to bind (127.0.0.1 by default: the page is for the person at this computer)
 * @param port TCP port (0 picks a free one, for tests)
 * @param maxRequestBytes largest request accepted (a paste, an upload, a JSON body); larger ones get 413
 * @param maxArticleChars longest text of one article analysed
 * @param workers analyses that run at the same time
 * @param queue analyses that may wait for a worker; more get 503
 * @param timeout longest time a request waits for its analyses
 * @param fetch the rules for fetching URLs (the same as {@code analyze --fetch})
 */
public record ServerConfig(String host, int port, long maxRequestBytes, int maxArticleChars, int workers, int queue,
                           Duration timeout, FetchPolicy fetch) {
  /** The default request limit: 8 MB, enough for three long pages pasted as HTML. */
  public static final long DEFAULT_MAX_REQUEST = 8L * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, got " + port);
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1024, got " + maxRequestBytes);
    }
    if (maxArticleChars < 100) {
      throw new IllegalArgumentException("maxArticleChars must be at least 100, got " + maxArticleChars);
    }
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be 1-64, got " + workers);
    }
    if (queue < 0 || queue > 1000) {
      throw new IllegalArgumentException("queue must be 0-1000, got " + queue);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be > 0, got " + timeout);
    }
    Objects.requireNonNull(fetch, "fetch");
  }

  /** 127.0.0.1:8080, 8 MB requests, 400,000 characters an article, one worker, four waiting, 3 minutes. */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, DEFAULT_MAX_REQUEST, 400_000, 1, 4, Duration.ofMinutes(3),
        FetchPolicy.defaults());
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, maxRequestBytes, maxArticleChars, workers, queue, timeout, fetch);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, maxRequestBytes, maxArticleChars, workers, queue, timeout, fetch);
  }

  public ServerConfig withMaxRequestBytes(long b) {
    return new ServerConfig(host, port, b, maxArticleChars, workers, queue, timeout, fetch);
  }

  public ServerConfig withWorkers(int w, int q) {
    return new ServerConfig(host, port, maxRequestBytes, maxArticleChars, w, q, timeout, fetch);
  }

  public ServerConfig withTimeout(Duration t) {
    return new ServerConfig(host, port, maxRequestBytes, maxArticleChars, workers, queue, t, fetch);
  }

  public ServerConfig withFetch(FetchPolicy f) {
    return new ServerConfig(host, port, maxRequestBytes, maxArticleChars, workers, queue, timeout, f);
  }

  /** True when the host is a loopback address (or "localhost"): only this computer can connect. */
  public boolean loopback() {
    try {
      return host.equalsIgnoreCase("localhost") || InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** True when the host binds every interface (0.0.0.0 or ::). */
  public boolean wildcard() {
    try {
      return InetAddress.getByName(host).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
