package dev.kallsyms.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A fragment or patch named {@code classpath:/...}: a resource on the harness's class path, as the matrices
 * shipped in fixtures name theirs. The one reader of such names, for both kinds.
 */
public final class ClasspathResource {
    public static final String PREFIX = "classpath:";

    private ClasspathResource() {
    }

    public static boolean named(String spec) {
        return spec.startsWith(PREFIX);
    }

    /**
     * The resource's bytes.
     *
     * @param what    what it should be, for the message ("config fragment", "patch")
     * @param example a shipped resource of that kind, shown in the message as the form to use
     * @throws IllegalArgumentException (a usage error) when there is no such resource
     */
    public static byte[] read(String spec, String what, String example) {
        String path = spec.substring(PREFIX.length());
        try (InputStream in = ClasspathResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + what + " resource " + path + " (" + PREFIX
                        + " takes a resource's absolute path, e.g. " + PREFIX + example + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
