package dev.kallsyms.generator.dialect;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * An opened map: its bytes to come, its size when known (else 0), the name the C's messages give it (null
 * for stdin).
 */
public record MapSource(String name, InputStream stream, long size, Closeable closer) implements Closeable {
    @Override
    public void close() throws IOException {
        closer.close();
    }
}
