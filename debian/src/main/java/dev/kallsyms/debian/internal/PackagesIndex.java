package dev.kallsyms.debian.internal;

import dev.kallsyms.debian.DebianPackage;
import dev.kallsyms.debian.DebianUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tukaani.xz.XZInputStream;

/** Reads the stanzas of an xz-compressed Packages index. */
public final class PackagesIndex {
    private PackagesIndex() {
    }

    public static List<DebianPackage> find(String name, String suite, URI base, byte[] packagesXz)
            throws DebianUnavailableException {
        String text;
        try (XZInputStream in = new XZInputStream(new ByteArrayInputStream(packagesXz))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DebianUnavailableException("corrupt Packages index of " + suite, e);
        }
        List<DebianPackage> found = new ArrayList<>();
        for (String stanza : text.split("\n\n")) {
            Map<String, String> fields = fields(stanza);
            if (name.equals(fields.get("Package"))) {
                found.add(new DebianPackage(name, fields.get("Version"), suite,
                        base.resolve(fields.get("Filename")), fields.get("SHA256"),
                        Long.parseLong(fields.getOrDefault("Size", "-1"))));
            }
        }
        return found;
    }

    private static Map<String, String> fields(String stanza) {
        Map<String, String> fields = new HashMap<>();
        for (String line : stanza.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith(" ")) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return fields;
    }
}
