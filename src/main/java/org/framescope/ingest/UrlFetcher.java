package org.framescope.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.framescope.model.InputException;
import org.framescope.resource.Hashing;

/**
 * Fetches one web page under a {@link FetchPolicy}. Input: an http or https URL. Output: {@link Fetched},
 * the page bytes with the URL chain, status, content type and SHA-256. Every refusal or failure is an
 * {@link InputException} naming the URL: another scheme, a host that resolves to an address the policy
 * refuses, too many redirects, a body over the size limit, a timeout, a non-2xx status, a response that is
 * not HTML or text.
 *
 * <p>Why a small HTTP/1.1 client of its own rather than {@code java.net.http}: the address that is checked
 * must be the address connected to. The host is resolved here, each resolved address is checked against the
 * policy, and the socket is opened to that checked address (TLS then verifies the certificate for the host
 * name, with SNI), so a DNS answer that changes between check and connect (DNS rebinding) cannot lead to a
 * private address. Each redirect hop is resolved and checked the same way. Requests are GET with
 * {@code Connection: close} and no compression; responses may be chunked.
 *
 * <p>Thread-safe: it keeps no state between fetches. The web server (issue 10) reuses it.
 */
public final class UrlFetcher {
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  private final FetchPolicy policy;
  private final Resolver resolver;

  /** Resolves a host name to its addresses (replaceable in tests). */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /**
   * A fetched page.
   *
   * @param requested the URL asked for
   * @param url the URL the page came from after redirects
   * @param redirects every URL in the chain after the first, in order
   * @param status HTTP status of the final response
   * @param contentType the Content-Type header ("" when absent)
   * @param body the page bytes as received
   * @param sha256 SHA-256 of {@code body}
   */
  public record Fetched(URI requested, URI url, List<URI> redirects, int status, String contentType, byte[] body,
                        String sha256) {
    public Fetched {
      Objects.requireNonNull(requested, "requested");
      Objects.requireNonNull(url, "url");
      redirects = List.copyOf(redirects);
      Objects.requireNonNull(body, "body");
    }
  }

  public UrlFetcher(FetchPolicy policy) {
    this(policy, InetAddress::getAllByName);
  }

  public UrlFetcher(FetchPolicy policy, Resolver resolver) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** True when the text looks like a URL (scheme://...), so callers can tell it from a file name. */
  public static boolean looksLikeUrl(String s) {
    return s != null && s.matches("(?i)[a-z][a-z0-9+.-]*://.*");
  }

  /** Fetches a URL given as text. */
  public Fetched fetch(String url) throws InputException {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new InputException(url, "not a valid URL (" + e.getReason() + ")");
    }
    return fetch(uri);
  }

  /** Fetches a URL, following redirects within the policy. */
  public Fetched fetch(URI start) throws InputException {
    long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
    URI current = start.normalize();
    List<URI> chain = new ArrayList<>();
    for (int hop = 0; ; hop++) {
      Response r = request(start, current, deadline);
      if (r.status >= 300 && r.status < 400 && r.headers.containsKey("location")) {
        if (hop >= policy.maxRedirects()) {
          throw new InputException(start.toString(), "too many redirects (more than " + policy.maxRedirects() + ")");
        }
        URI next;
        try {
          next = current.resolve(new URI(r.headers.get("location").strip())).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new InputException(start.toString(), "redirect to a malformed URL '" + r.headers.get("location") + "'");
        }
        chain.add(next);
        current = next;
        continue;
      }
      if (r.status < 200 || r.status >= 300) {
        throw new InputException(start.toString(), "HTTP " + r.status + " from " + current);
      }
      String type = r.headers.getOrDefault("content-type", "");
      String mime = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
      if (!mime.isEmpty() && !mime.equals("text/html") && !mime.equals("application/xhtml+xml")
          && !mime.equals("text/plain")) {
        throw new InputException(start.toString(), "not a web page (content type '" + mime + "')");
      }
      return new Fetched(start, current, chain, r.status, type, r.body, Hashing.sha256(r.body));
    }
  }

  private record Response(int status, Map<String, String> headers, byte[] body) { }

  private Response request(URI start, URI uri, long deadline) throws InputException {
    String where = start.equals(uri) ? start.toString() : start + " (redirected to " + uri + ")";
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException(where, "only http and https URLs are fetched, not '" + scheme + "'");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new InputException(where, "URL has no host");
    }
    if (uri.getUserInfo() != null) {
      throw new InputException(where, "URLs with a user name or password are not fetched");
    }
    int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      throw new InputException(where, "unknown host '" + host + "'");
    }
    InetAddress target = null;
    for (InetAddress a : addresses) {
      if (!policy.permits(a, port)) {
        // One refused answer refuses the host: a name that also points inside the network is not followed.
        throw new InputException(where, "refused: " + host + " resolves to a non-public address (" + a.getHostAddress()
            + "); use --allow-private to fetch from your own network");
      }
      if (target == null) {
        target = a;
      }
    }
    if (target == null) {
      throw new InputException(where, "unknown host '" + host + "'");
    }
    try (Socket socket = connect(target, port, host, scheme.equals("https"), deadline)) {
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (uri.getRawQuery() != null) {
        path += "?" + uri.getRawQuery();
      }
      String hostHeader = host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nUser-Agent: " + policy.userAgent()
          + "\r\nAccept: text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8\r\nAccept-Encoding: identity\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return read(new java.io.BufferedInputStream(socket.getInputStream()), where, deadline, socket);
    } catch (SocketTimeoutException e) {
      throw new InputException(where, "timed out");
    } catch (IOException e) {
      throw new InputException(where, "fetch failed (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }

  private Socket connect(InetAddress target, int port, String host, boolean tls, long deadline) throws IOException {
    Socket plain = new Socket();
    try {
      plain.connect(new InetSocketAddress(target, port), timeout(policy.connectTimeout().toMillis(), deadline));
      plain.setSoTimeout(timeout(policy.readTimeout().toMillis(), deadline));
      if (!tls) {
        return plain;
      }
      SSLSocket s = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true);
      SSLParameters p = s.getSSLParameters();
      p.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host we asked for
      if (!host.matches("[0-9.:\\[\\]a-fA-F]+")) {
        p.setServerNames(List.of(new SNIHostName(host)));
      }
      s.setSSLParameters(p);
      s.startHandshake();
      return s;
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
  }

  private static int timeout(long millis, long deadline) throws SocketTimeoutException {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left <= 0) {
      throw new SocketTimeoutException("total time limit");
    }
    return (int) Math.max(1, Math.min(millis, left));
  }

  private Response read(InputStream in, String where, long deadline, Socket socket) throws IOException, InputException {
    byte[] head = readHead(in, where);
    String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
    String[] status = lines[0].split(" ", 3);
    if (status.length < 2 || !status[0].startsWith("HTTP/")) {
      throw new InputException(where, "not an HTTP response");
    }
    int code;
    try {
      code = Integer.parseInt(status[1]);
    } catch (NumberFormatException e) {
      throw new InputException(where, "bad HTTP status line '" + lines[0] + "'");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int c = lines[i].indexOf(':');
      if (c > 0) {
        headers.put(lines[i].substring(0, c).strip().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).strip());
      }
    }
    if (code >= 300 && code < 400) {
      return new Response(code, headers, new byte[0]); // the body of a redirect is not needed
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String te = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
    if (te.contains("chunked")) {
      while (true) {
        String size = readLine(in, where).split(";")[0].strip();
        long n;
        try {
          n = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
          throw new InputException(where, "bad chunked response");
        }
        if (n == 0) {
          break;
        }
        copy(in, body, n, where, deadline, socket);
        readLine(in, where);
      }
    } else if (headers.containsKey("content-length")) {
      long n;
      try {
        n = Long.parseLong(headers.get("content-length"));
      } catch (NumberFormatException e) {
        throw new InputException(where, "bad Content-Length");
      }
      if (n > policy.maxBytes()) {
        throw tooLarge(where);
      }
      copy(in, body, n, where, deadline, socket);
    } else {
      copy(in, body, -1, where, deadline, socket);
    }
    return new Response(code, headers, body.toByteArray());
  }

  private InputException tooLarge(String where) {
    return new InputException(where, String.format(Locale.ROOT, "page larger than the limit (%.1f MB)",
        policy.maxBytes() / 1048576.0));
  }

  /** Copies n bytes (or to the end when n is -1), within the size and time limits. */
  private void copy(InputStream in, ByteArrayOutputStream out, long n, String where, long deadline, Socket socket)
      throws IOException, InputException {
    byte[] buf = new byte[16 * 1024];
    long left = n;
    while (n < 0 || left > 0) {
      socket.setSoTimeout(timeout(policy.readTimeout().toMillis(), deadline));
      int r = in.read(buf, 0, (int) (n < 0 ? buf.length : Math.min(buf.length, left)));
      if (r < 0) {
        if (n < 0) {
          return;
        }
        throw new InputException(where, "connection closed before the page was complete");
      }
      out.write(buf, 0, r);
      left -= r;
      if (out.size() > policy.maxBytes()) {
        throw tooLarge(where);
      }
    }
  }

  private static byte[] readHead(InputStream in, String where) throws IOException, InputException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int c = in.read();
      if (c < 0) {
        throw new InputException(where, "connection closed before the response headers");
      }
      b.write(c);
      if (b.size() > MAX_HEADER_BYTES) {
        throw new InputException(where, "response headers too large");
      }
      state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1
          : c == '\r' ? 1 : 0;
    }
    byte[] all = b.toByteArray();
    return java.util.Arrays.copyOf(all, all.length - 4);
  }

  private static String readLine(InputStream in, String where) throws IOException, InputException {
    StringBuilder sb = new StringBuilder();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new InputException(where, "connection closed inside a chunked response");
      }
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        sb.append((char) c);
      }
      if (sb.length() > 1024) {
        throw new InputException(where, "bad chunked response");
      }
    }
    return sb.toString();
  }
}
