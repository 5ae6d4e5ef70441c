package dev.kallsyms.containers.image;

import dev.kallsyms.containers.Toolchain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Reads toolchain recipes (properties files) from the classpath. */
public final class Recipes {
    static final String DIR = "/dev/kallsyms/containers/toolchains/";
    private static final String VERSION_PREFIX = "version.";
    /** The tool-version entry that lists the recipe's packages as NAME=VERSION. */
    public static final String PACKAGES_VERSION = "packages";

    private Recipes() {
    }

    public static List<String> ids() {
        return resourceText("toolchains.list").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public static Toolchain load(String id) {
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("not a toolchain id: " + id);
        }
        return parse(id, properties("common.properties"), properties(id + ".properties"));
    }

    /** The recipe's own text, which goes into the image tag's hash. */
    public static String recipeText(String id) {
        return resourceText("common.properties") + "\n" + resourceText(id + ".properties");
    }

    static Toolchain parse(String id, Properties common, Properties recipe) {
        String suite = required(recipe, "suite", id);
        List<String> packages = new ArrayList<>(list(common.getProperty("packages", ""), ","));
        for (String p : list(required(recipe, "packages", id), ",")) {
            if (!packages.contains(p)) {
                packages.add(p);
            }
        }
        List<String> makeVars = list(required(recipe, "make.vars", id), " ");
        for (String v : makeVars) {
            if (v.indexOf('=') <= 0) {
                throw new IllegalArgumentException("recipe " + id + ": make.vars entry '" + v + "' is not NAME=VALUE");
            }
        }
        Map<String, String> versions = new TreeMap<>();
        for (String key : recipe.stringPropertyNames()) {
            if (key.startsWith(VERSION_PREFIX)) {
                versions.put(key.substring(VERSION_PREFIX.length()), recipe.getProperty(key).strip());
            }
        }
        // the exact Debian versions of the recipe's own packages: what reproduce.sh pins
        versions.put(PACKAGES_VERSION, "dpkg-query -W -f='${Package}=${Version} ' "
                + String.join(" ", list(required(recipe, "packages", id), ",")));
        List<String> aptOptions = list(common.getProperty("apt.options." + suite, ""), " ");
        String pathPrepend = recipe.getProperty("path.prepend", "").strip();
        if (!pathPrepend.isEmpty() && !pathPrepend.matches("/[A-Za-z0-9/._-]*")) {
            throw new IllegalArgumentException("recipe " + id + ": path.prepend '" + pathPrepend
                    + "' is not an absolute directory");
        }
        return new Toolchain(id, suite, packages, makeVars, required(recipe, "description", id), aptOptions,
                versions, pathPrepend);
    }

    private static String required(Properties p, String key, String id) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("toolchain recipe " + id + " lacks " + key);
        }
        return value.strip();
    }

    private static List<String> list(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Properties properties(String name) {
        Properties p = new Properties();
        try (InputStream in = open(name)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String resourceText(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Recipes.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalArgumentException("no toolchain data file " + DIR + name);
        }
        return in;
    }
}
