package esxnet.remote;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What ESX 2.x's OpenSSH 3.x speaks and a modern client no longer offers (its hmac-sha1 is still in the
 * library's defaults). With --ssh-legacy these are
 * appended to the library's modern lists (as OpenSSH's "+alg" does), so a modern server still
 * negotiates modern algorithms; without it nothing here is ever offered.
 */
final class LegacyAlgorithms {
    private LegacyAlgorithms() {}

    /** JSch config key to the algorithms to append, strongest first. */
    static final Map<String, List<String>> EXTRA = Map.of(
            "kex", List.of("diffie-hellman-group14-sha1", "diffie-hellman-group-exchange-sha1", "diffie-hellman-group1-sha1"),
            "server_host_key", List.of("ssh-rsa", "ssh-dss"),
            "PubkeyAcceptedAlgorithms", List.of("ssh-rsa", "ssh-dss"),
            "cipher.c2s", List.of("aes128-cbc", "aes256-cbc", "3des-cbc"),
            "cipher.s2c", List.of("aes128-cbc", "aes256-cbc", "3des-cbc"),
            "mac.c2s", List.of("hmac-md5"),
            "mac.s2c", List.of("hmac-md5"));

    static void enable(Session session) {
        EXTRA.forEach((key, extra) -> session.setConfig(key, appended(JSch.getConfig(key), extra)));
    }

    static String appended(String base, List<String> extra) {
        LinkedHashSet<String> all = new LinkedHashSet<>(List.of(base.split(",")));
        all.addAll(extra);
        return String.join(",", all);
    }
}
