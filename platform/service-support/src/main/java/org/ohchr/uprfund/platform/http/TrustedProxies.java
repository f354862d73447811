package org.ohchr.uprfund.platform.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which remote addresses are trusted proxies: exact addresses or CIDR blocks, IPv4 or IPv6, written as literals. */
final class TrustedProxies {

    /** What an address literal may hold; anything else would send {@link InetAddress#getByName} to a name lookup. */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.%]+");

    private final List<Block> blocks;

    TrustedProxies(List<String> entries) {
        this.blocks = entries.stream().map(String::strip).filter(entry -> !entry.isEmpty()).map(Block::parse).toList();
    }

    boolean trusts(String address) {
        if (address == null) {
            return false;
        }
        byte[] bytes;
        try {
            bytes = literal(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (Block block : blocks) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** The address an IP literal writes; empty for anything else (a name, a port, garbage). Never a name lookup. */
    static Optional<InetAddress> parse(String address) {
        try {
            return Optional.of(InetAddress.getByAddress(literal(address)));
        } catch (IllegalArgumentException | UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address literal to bytes, never a name lookup. */
    private static byte[] literal(String address) {
        String text = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!LITERAL.matcher(text).matches()) {
            throw new IllegalArgumentException("Not an IP address literal: " + address);
        }
        try {
            int zone = text.indexOf('%');
            return InetAddress.getByName(zone < 0 ? text : text.substring(0, zone)).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address literal: " + address, e);
        }
    }

    private record Block(byte[] network, int prefixLength) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("Not a CIDR block: " + entry);
            }
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefixLength / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
