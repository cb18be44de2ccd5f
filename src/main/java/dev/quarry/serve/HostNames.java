package dev.quarry.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names a server answers for in the {@code Host} header: the loopback names, and the name
 * or address it was started on (with a wildcard address, this machine's name and addresses).
 * A page at any other name that resolves to this machine (DNS rebinding) is refused. No name
 * from a request is ever looked up in DNS.
 */
final class HostNames {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final Set<String> names = new TreeSet<>();

  HostNames(String host) {
    names.add("localhost");
    names.add(normal(host));
    try {
      InetAddress listen = InetAddress.getByName(host);
      if (listen.isAnyLocalAddress()) {
        InetAddress self = InetAddress.getLocalHost();
        names.add(normal(self.getHostName()));
        names.add(normal(self.getCanonicalHostName()));
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          for (InetAddress a : Collections.list(nic.getInetAddresses())) {
            names.add(normal(a.getHostAddress().replaceFirst("%.*$", "")));
          }
        }
      }
    } catch (UnknownHostException | SocketException e) {
      // The server could not start on such a host anyway; the names above are all there is.
    }
  }

  /** Whether a request with this {@code Host} header (name, and maybe a port) is answered. */
  boolean allows(String hostHeader) {
    String name = normal(withoutPort(hostHeader.strip()));
    if (names.contains(name) || name.endsWith(".localhost")) {
      return true;
    }
    if (IPV4.matcher(name).matches() || name.contains(":")) {
      try {
        return InetAddress.getByName(name).isLoopbackAddress(); // a literal: no DNS
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  /** The names, for a message. */
  String describe() {
    return String.join(", ", names) + " and loopback addresses";
  }

  private static String withoutPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(1, end);
    }
    int colon = host.indexOf(':');
    return colon >= 0 && colon == host.lastIndexOf(':') ? host.substring(0, colon) : host;
  }

  private static String normal(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith("[") && n.endsWith("]")) {
      n = n.substring(1, n.length() - 1);
    }
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }
}
