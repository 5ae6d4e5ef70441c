package dev.kallsyms.reference.internal;

import dev.kallsyms.debian.DebFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/** Takes scripts/kallsyms.c and scripts/include/ out of a linux-source package (a tarball inside the .deb). */
final class ScriptsExtractor {
    private ScriptsExtractor() {
    }

    static Path extract(Path deb, Path target) throws IOException {
        DebFile.forEachDataEntry(deb, (entry, content) -> {
            String name = entry.getName();
            if (name.matches("\\./usr/src/linux-source-[0-9.]+\\.tar\\.(xz|gz)|usr/src/linux-source-[0-9.]+\\.tar\\.(xz|gz)")) {
                DebFile.forEachTarEntry(DebFile.decompress(name, content), (inner, in) -> copyIfWanted(inner, in, target));
                return false;
            }
            return true;
        });
        Path kallsymsC = target.resolve("scripts/kallsyms.c");
        if (!Files.isRegularFile(kallsymsC)) {
            throw new IOException(deb + " holds no scripts/kallsyms.c");
        }
        return kallsymsC;
    }

    private static boolean copyIfWanted(TarArchiveEntry entry, InputStream in, Path target) throws IOException {
        String name = entry.getName();
        String relative = name.substring(name.indexOf('/') + 1);
        boolean wanted = relative.equals("scripts/kallsyms.c")
                || (relative.startsWith("scripts/include/") && entry.isFile());
        if (wanted) {
            Path out = target.resolve(relative).normalize();
            if (!out.startsWith(target)) {
                throw new IOException("refusing entry outside the target: " + name);
            }
            Files.createDirectories(out.getParent());
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }
}
