package dev.pitlane.platform.http;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals read from untrusted text (request headers, URLs), never resolved through DNS. Only the
 * canonical forms are addresses: IPv4 as four decimal octets without leading zeros, IPv6 in its colon form
 * (brackets allowed). {@code 2130706433}, {@code 0x7f.1} or {@code 0177.0.0.1} are not, since programs disagree
 * about what they mean.
 */
public final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpLiteral() {
    }

    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (IPV4.matcher(s).matches()) {
            byte[] bytes = new byte[4];
            String[] octets = s.split("\\.");
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(octets[i]);
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(address(bytes));
        }
        if (s.indexOf(':') >= 0 && IPV6.matcher(s).matches()) {
            try {
                // in brackets the JDK takes the text as an IPv6 literal or refuses it; it never asks DNS
                return Optional.of(InetAddress.getByName("[" + s + "]"));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The address in its usual text: dotted quad, or IPv6 without brackets (an IPv4-mapped one as IPv4). */
    public static String format(InetAddress address) {
        return address instanceof Inet4Address ? address.getHostAddress() : address.getHostAddress().toLowerCase();
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
